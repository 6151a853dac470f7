// Load shapes' decisions with a fake load on a virtual clock: a capacity search finds a made-up knee, a spike's
// recovery, and a same-runner capacity beside the base. No process, no socket, no waiting.
import { describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/core/report/report.js';
import { fakeApps } from '../../__fixtures__/fake-apps.js';
import { budgetDir, fastGate } from '../../__fixtures__/fast-gate.js';
import { around, fakeLoad, type Side } from '../../__fixtures__/fake-load.js';

const budget = budgetDir;

type Shape = NonNullable<NonNullable<Report['targets'][number]['endpoint']>['shape']>;

/** 10 ms a request up to `knee` req/s, ten times that above: a service that saturates there. */
const saturating = (knee: Record<Side, number>) =>
  fakeLoad((_ep, side, i, rate) => ({ latencyMs: around(rate !== undefined && rate > knee[side] ? 100 : 10, i) }));

describe('load shapes, with a fake load on a virtual clock', () => {
  it('capacity: finds the knee of a service that saturates at 300 req/s', async () => {
    const dir = budget(`app:
  command: node server.js
  baseUrl: http://127.0.0.1:3000
endpoints:
  - name: checkout
    url: /api/checkout
    load:
      profile:
        capacity: { objective: p95 < 60ms, from: 40, to: 1000, probe: 1s, resolution: 5%, repeats: 2, timeBudget: 60s }
    thresholds: ['capacity-rps > 200']
`);
    const out = await fastGate(dir, { seams: fakeApps(), loadGenerator: saturating({ head: 300, base: 300 }) });
    expect(out.report.errors).toEqual([]);
    const shape = out.report.targets[0]!.endpoint!.shape as Extract<Shape, { kind: 'capacity' }>;
    expect(shape).toMatchObject({ kind: 'capacity', stop: 'found' });
    expect(shape.capacityRps).toBeGreaterThan(270);
    expect(shape.capacityRps).toBeLessThanOrEqual(300);
    expect(out.report.checks.map((c) => [c.metric, c.outcome])).toEqual([['capacity-rps', 'pass']]);
  });

  it('same runner: catches a head whose capacity is a third lower than its base', async () => {
    const dir = budget(`app:
  command: node server.js
  baseUrl: http://127.0.0.1:3000
sameRunner: { dir: $DIR, minSamples: 2, maxSamples: 4 }
endpoints:
  - name: checkout
    url: /api/checkout
    load: { profile: { capacity: { objective: p95 < 60ms, from: 40, to: 800, probe: 1s, resolution: 5%, repeats: 3, timeBudget: 45s } } }
    relative: { capacity-rps: -15% }
`);
    const out = await fastGate(dir, { seams: fakeApps(), loadGenerator: saturating({ head: 200, base: 300 }) });
    expect(out.report.comparisons.map((r) => [r.metric, r.verdict])).toEqual([['capacity-rps', 'regressed']]);
  });
});
