// The load arithmetic on fixed events: which burst a response lands in, what counts as an error, the metrics.
import { describe, expect, it } from '@jest/globals';
import type { EndpointPlan } from '../../src/core/budget/plan.js';
import { loadRecorder, newLoadTally, resultOf } from '../../src/core/load/load-metrics.js';

const ep = (extra: Partial<EndpointPlan> = {}): EndpointPlan => ({
  kind: 'endpoint',
  name: 'items',
  url: 'http://127.0.0.1:3000/api/items',
  method: 'GET',
  headers: {},
  load: { durationMs: 2000, warmupMs: 500, connections: 2, samples: 2, minSamples: 2, timeoutMs: 10_000, profile: { kind: 'steady' } },
  thresholds: [],
  relative: [],
  ...extra,
});

describe('loadRecorder', () => {
  it('drops the warm-up, splits the rest into bursts and pools them', () => {
    const rec = loadRecorder(ep(), newLoadTally());
    rec.response(100, 200, 50, 9); // warm-up
    rec.response(600, 200, 100, 1);
    rec.response(1400, 200, 100, 3);
    rec.response(1600, 200, 100, 2); // second burst
    rec.response(2600, 200, 100, 4); // past the end: the last burst
    const r = rec.finish(2600, false);
    expect(r.endpoint!.bursts.map((b) => [b.startMs, b.requests, b.p50])).toEqual([
      [0, 2, 1],
      [1000, 2, 2],
    ]);
    expect(r.metrics.requests).toEqual({ value: 4, unit: 'count', samples: [2, 2] });
    expect(r.metrics.rps).toEqual({ value: 2, unit: 'rps', samples: [2, 2] });
    // HDR histograms keep 3 significant digits: a value reads back as the top of its bucket.
    expect(r.metrics.p99!.value).toBeCloseTo(4, 2);
    expect(r.metrics.mean!.value).toBeCloseTo(2.5, 2);
    expect(r.metrics.throughput!.value).toBe(200);
    expect(r.endpoint!.sent).toBe(4);
  });

  it('counts unexpected statuses and failures as errors, timeouts apart', () => {
    const rec = loadRecorder(ep({ status: [201] }), newLoadTally());
    rec.response(600, 201, 10, 1);
    rec.response(700, 200, 10, 1);
    rec.failure(800, 'ECONNREFUSED', false);
    rec.failure(900, 'request timed out', true);
    rec.failure(950, 'ECONNREFUSED', false);
    const r = rec.finish(2500, false);
    expect(r.metrics.errors!.value).toBe(4);
    expect(r.metrics.timeouts!.value).toBe(1);
    expect(r.metrics['error-rate']!.value).toBe(80);
    expect(r.metrics.non2xx!.value).toBe(0);
    // By kind, the commonest first.
    expect(r.endpoint!.errorKinds).toEqual([
      { kind: 'ECONNREFUSED', count: 2 },
      { kind: 'request timed out', count: 1 },
      { kind: 'unexpected status 200', count: 1 },
    ]);
    expect(r.endpoint!.statusCodes).toEqual({ 200: 1, 201: 1 });
  });

  it('keeps only the bursts begun when the load is cut short, and adds loads up in one tally', () => {
    const tally = newLoadTally();
    const first = loadRecorder(ep(), tally);
    first.response(600, 200, 10, 1);
    expect(first.finish(1200, true).endpoint!.bursts).toHaveLength(1);
    const second = loadRecorder(ep(), tally);
    second.response(600, 200, 10, 2);
    second.response(1600, 200, 10, 3);
    second.finish(2500, false);
    const all = resultOf(ep(), tally);
    expect(all.endpoint!.bursts.map((b) => b.startMs)).toEqual([0, 1000, 2000]);
    expect(all.metrics.p50!.samples.map((v) => Math.round(v * 100) / 100)).toEqual([1, 2, 3]);
    expect(tally.measuredMs).toBe(700 + 2000);
  });

  it('stopped at a burst’s end, keeps the bursts before it and nothing the next one got before the stop', () => {
    const plan = ep({ load: { durationMs: 4000, warmupMs: 500, connections: 2, samples: 4, minSamples: 2, timeoutMs: 10_000, profile: { kind: 'steady' } } });
    const rec = loadRecorder(plan, newLoadTally());
    rec.response(600, 200, 10, 1);
    rec.response(1600, 201, 10, 2);
    expect(rec.soFar(2).p50!.samples.map((v) => Math.round(v))).toEqual([1, 2]);
    rec.response(2510, 200, 10, 50); // the third burst, before the stop took effect
    rec.failure(2520, 'ECONNRESET', false);
    const r = rec.finish(2530, false, 2);
    expect(r.endpoint!.bursts).toHaveLength(2);
    expect(r.metrics.requests!.value).toBe(2);
    expect(r.metrics.errors!.value).toBe(0);
    expect(r.metrics.rps!.value).toBe(1);
    expect(r.metrics.max!.value).toBeCloseTo(2, 2);
    expect(r.endpoint!.statusCodes).toEqual({ 200: 1, 201: 1 });
  });
});
