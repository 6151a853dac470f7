// The beside-the-base chain's decisions with fakes of its seams (the load generator, the app pair, the profiler):
// no process, no socket, no waiting. What a regression, an A/A, a lost app and a diagnosis make of a run.
import { describe, expect, it } from '@jest/globals';
import { ownRows } from '../helpers/rows.js';
import { fakeApps } from '../../__fixtures__/fake-apps.js';
import { budgetDir, fastGate } from '../../__fixtures__/fast-gate.js';
import { around, fakeLoad } from '../../__fixtures__/fake-load.js';
import { fakeProfiler } from '../../__fixtures__/fake-profiler.js';

/** A budget of one endpoint beside the base (its app never started: the pair is a fake). */
const budget = (extra = '') =>
  budgetDir(`app:
  command: node server.js
  baseUrl: http://127.0.0.1:3000
sameRunner: { dir: $DIR, minSamples: 4, maxSamples: 12, restartEvery: 100 }
load: { duration: 1s, warmup: 100ms, samples: 4, connections: 2 }
endpoints:
  - { name: orders, url: /api/orders, relative: { p95: '+10% or +1ms' } }
${extra}`);

describe('same runner, with fakes of the apps and the load', () => {
  it('calls a head twice as slow regressed, having started both apps once and stopped them', async () => {
    const sides = fakeApps();
    const load = fakeLoad((_ep, side, i) => ({ latencyMs: around(side === 'head' ? 20 : 10, i) }));
    const out = await fastGate(budget(), { seams: sides, loadGenerator: load });
    expect(out.report.errors).toEqual([]);
    expect(ownRows(out.report.comparisons).map((r) => [r.target, r.metric, r.verdict])).toEqual([['orders', 'p95', 'regressed']]);
    expect(out.report.baseline?.source).toBe('same runner: a fake base');
    expect(sides.events).toEqual(['start pair', 'stop pair']);
    expect(load.requests.head).toBeGreaterThan(0);
    expect(load.requests.base).toBe(load.requests.head);
    expect(out.exitCode).toBe(1);
  });

  it('calls the same app beside itself unchanged, at its fewest samples', async () => {
    const load = fakeLoad((_ep, _side, i) => ({ latencyMs: around(10, i) }));
    const out = await fastGate(budget(), { seams: fakeApps(), loadGenerator: load });
    expect(ownRows(out.report.comparisons).map((r) => r.verdict)).toEqual(['unchanged']);
    expect(out.report.baseline?.sameRunner?.sampling).toEqual([{ target: 'orders', samples: 4, stop: 'settled' }]);
    expect(out.exitCode).toBe(0);
  });

  it('keeps what was measured and says why when an app stops serving under load', async () => {
    const load = fakeLoad(() => ({ latencyMs: 5, status: 502 }));
    const out = await fastGate(budget(), { seams: fakeApps({ lost: "the base's app exited with code 1" }), loadGenerator: load });
    expect(out.report.errors).toEqual(["the base's app exited with code 1"]);
    expect(out.exitCode).toBe(3);
  });
});

describe('the diagnosis after the rounds, with a fake profiler', () => {
  it('restarts both apps with what names their functions, profiles the regressed endpoint and names what grew', async () => {
    const sides = fakeApps();
    const load = fakeLoad((_ep, side, i) => ({ latencyMs: around(side === 'head' ? 20 : 10, i) }));
    const profiler = fakeProfiler({
      base: 'main;handle app/server.js:10:1 400\n',
      head: 'main;handle app/server.js:10:1 400\nmain;handle app/server.js:10:1;priceQuote app/server.js:3:1 800\n',
    });
    const out = await fastGate(budget('diagnose: { duration: 1s }\n'), { seams: sides, loadGenerator: load, profiler });
    expect(profiler.windows).toBe(1);
    expect(sides.events).toEqual(['start pair', 'restart', 'stop pair']);
    expect(sides.restartEnv[0]!.NODE_OPTIONS).toMatch(/--inspect=127\.0\.0\.1:0/);
    expect(out.report.diagnosis?.endpoints.map((d) => [d.target, d.profiler])).toEqual([['orders', 'perf']]);
    expect(out.markdown).toMatch(
      /\*\*Why `orders`\*\*.*\n\n- `priceQuote` \(`app\/server\.js:3:1`\) from `handle` .*: \+[\d.,]+ (ms|s) CPU per 1,000 requests, 100% of the growth .*new on this path/,
    );
  });
});

describe('when sampling stops beside the base', () => {
  it("stops an endpoint that answered no request at once ('no answers') and keeps the run going", async () => {
    const load = fakeLoad((ep, _side, i) => ({ latencyMs: around(10, i), ...(ep.name === 'broken' && { status: 500 }) }));
    const dir = budget('  - { name: broken, url: /api/broken, relative: { p95: "+10% or +1ms" } }\n');
    const out = await fastGate(dir, { seams: fakeApps(), loadGenerator: load });
    const sampling = Object.fromEntries((out.report.baseline?.sameRunner?.sampling ?? []).map((s) => [s.target, s]));
    expect(sampling.broken).toMatchObject({ stop: 'no answers' });
    expect(sampling.orders).toMatchObject({ stop: 'settled' });
    expect(out.report.checks.find((c) => c.target === 'broken' && c.metric === 'error-rate')).toMatchObject({ outcome: 'fail' });
  });

  it("takes every target's fewest samples once a gating rule has settled regressed ('outcome decided')", async () => {
    // orders regresses by half; items is the same on both sides, but its bursts swing between 10 and 18 ms, so a
    // +1% rule would keep it sampling.
    const swinging = (i: number) => around(10 + 8 * (Math.floor(i / 200) % 2), i);
    const load = fakeLoad((ep, side, i) => ({ latencyMs: ep.name === 'orders' ? around(side === 'head' ? 20 : 10, i) : swinging(i) }));
    const dir = budget('  - { name: items, url: /api/items, relative: { p95: "+1%" } }\n');
    const out = await fastGate(dir, { seams: fakeApps(), loadGenerator: load });
    const stops = (out.report.baseline?.sameRunner?.sampling ?? []).map((s) => [s.target, s.stop, s.samples]);
    expect(stops[0]).toEqual(['orders', 'settled', 4]);
    expect(stops[1]).toEqual(['items', 'outcome decided', 4]);
    // Without the regression, the same items samples past its minimum.
    const same = await fastGate(dir, {
      seams: fakeApps(),
      loadGenerator: fakeLoad((ep, _side, i) => ({ latencyMs: ep.name === 'orders' ? around(10, i) : swinging(i) })),
    });
    expect(same.report.baseline?.sameRunner?.sampling?.[1]?.samples).toBeGreaterThan(4);
  });
});
