// Confirmation's decisions with fakes: a stored run says regressed, and measuring again beside the base says
// whether it holds. No process: the head is loaded where the budget points (a fake load), the base pair is a fake.
import { describe, expect, it } from '@jest/globals';
import { ownRows } from '../helpers/rows.js';
import type { Report } from '../../src/core/report/report.js';
import { fakeApps } from '../../__fixtures__/fake-apps.js';
import { budgetDir, fastGate } from '../../__fixtures__/fast-gate.js';
import { around, fakeLoad } from '../../__fixtures__/fake-load.js';

const budget = () =>
  budgetDir(`app:
  command: node server.js
  baseUrl: http://127.0.0.1:3000
confirm: { dir: $DIR, minSamples: 4, maxSamples: 12, restartEvery: 100 }
load: { duration: 1s, warmup: 100ms, samples: 4, connections: 2 }
endpoints:
  - { name: orders, url: /api/orders, relative: { p95: '+10% or +1ms' } }
`);

/** The base's stored run: the endpoint at 10 ms. */
async function stored(): Promise<Report> {
  const out = await fastGate(budget(), { seams: fakeApps(), loadGenerator: fakeLoad((_ep, _side, i) => ({ latencyMs: around(10, i) })) });
  return out.report;
}

describe('confirmation beside the base, with fakes of the apps and the load', () => {
  it('confirms a regression the stored run saw, when the base beside this run is as fast as it was', async () => {
    const report = await stored();
    const sides = fakeApps();
    const load = fakeLoad((_ep, side, i) => ({ latencyMs: around(side === 'base' ? 10 : 20, i) }));
    const out = await fastGate(budget(), { loadGenerator: load, seams: sides, baseline: async () => ({ ok: true, report, info: { source: 'stored run' } }) });
    expect(ownRows(out.report.comparisons).map((r) => [r.metric, r.verdict])).toEqual([['p95', 'regressed']]);
    expect(out.report.baseline?.confirmation).toMatchObject({
      status: 'confirmed',
      source: 'a fake base',
      sampling: [{ target: 'orders', samples: 4, stop: 'settled' }],
    });
    expect(sides.events).toEqual(['start one', 'stop one', 'start pair', 'stop pair']);
  });

  it("overrules the stored run when the base, measured beside this run, is as slow: this runner's noise, not the change", async () => {
    const report = await stored();
    const load = fakeLoad((_ep, _side, i) => ({ latencyMs: around(20, i) }));
    const out = await fastGate(budget(), {
      loadGenerator: load,
      seams: fakeApps(),
      baseline: async () => ({ ok: true, report, info: { source: 'stored run' } }),
    });
    expect(ownRows(out.report.comparisons).map((r) => [r.metric, r.verdict])).toEqual([['p95', 'unchanged']]);
    expect(out.exitCode).toBe(0);
  });
});
