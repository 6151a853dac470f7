import { describe, expect, it } from '@jest/globals';
import { scheduledShapeResult, slopeOf } from '../../src/core/load/shape-metrics.js';
import { timelineRecorder } from '../../src/core/load/timeline.js';
import { shapeLines } from '../../src/core/render/render-shapes.js';
import type { TargetResult } from '../../src/core/report/report.js';

const MB = 1024 ** 2;

/** A spike's load, made up: 100 req/s answered in `latency(t)` ms, the app's memory growing `rssPerSecond` a second. */
function spikeTimeline(latency: (t: number) => number, rssPerSecond = 0, status = (_t: number) => 200, keepEvents = false, seriesOnly = false) {
  const rec = timelineRecorder({}, { keepEvents, seriesOnly });
  const phases: [string, number][] = [
    ['before', 0],
    ['spike', 5000],
    ['after', 7000],
  ];
  for (let t = 0; t < 15_000; t += 10) {
    const starting = phases.find(([, at]) => at === t);
    if (starting) rec.begin(starting[0], t, true);
    if (t % 1000 === 0) rec.usage(t, { cpuMs: t / 10, rssBytes: 50 * MB + (t / 1000) * rssPerSecond, peakRssBytes: 0 });
    rec.response(t + 5, status(t), 100, latency(t));
  }
  rec.usage(15_000, { cpuMs: 1500, rssBytes: 50 * MB + 15 * rssPerSecond, peakRssBytes: 0 });
  return rec.finish(15_000);
}

const spike = { kind: 'spike' as const, rate: 100, factor: 5, beforeMs: 5000, spikeMs: 2000, afterMs: 8000, bandPercent: 25 };

describe('a timeline', () => {
  it('keeps a point a second, with the phase it began in and what the app spent', () => {
    const tl = spikeTimeline(() => 10, MB);
    expect(tl.series).toHaveLength(15);
    // hdr-histogram keeps 3 significant digits: 10 ms reads 10.007.
    expect(tl.series[6]).toEqual({ t: 6, phase: 'spike', rps: 100, p50: 10.007, p95: 10.007, p99: 10.007, errors: 0, cpuMs: 100, rssBytes: 50 * MB + 7 * MB });
    expect(tl.phases.map((p) => [p.name, p.startMs, p.endMs, p.stats.ok])).toEqual([
      ['before', 0, 5000, 500],
      ['spike', 5000, 7000, 200],
      ['after', 7000, 15_000, 800],
    ]);
    expect(tl.measuredMs).toBe(15_000);
  });

  it('series only: the same points, nothing counted into phases', () => {
    const latency = (t: number) => 5 + (t % 700) / 10;
    const only = spikeTimeline(latency, MB, () => 200, false, true);
    expect(only.series).toEqual(spikeTimeline(latency, MB).series);
    expect(only.pooled.ok).toBe(0);
    expect(only.phases.map((p) => p.stats.ok)).toEqual([0, 0, 0]);
  });
});

describe('a spike', () => {
  it('recovers at the first second from which p95 stays within the band of its level before', () => {
    // Slow during the spike and 2 s after, one stray slow second later that does not undo the recovery's hold.
    const tl = spikeTimeline((t) => ((t >= 5000 && t < 9000) || (t >= 12_000 && t < 13_000) ? 80 : 10));
    const { metrics, summary } = scheduledShapeResult(spike, tl);
    expect(metrics['recovery-time']).toEqual({ value: 2000, unit: 'ms', samples: [2000] });
    expect(metrics['spike-p95']?.value).toBeCloseTo(80, 0);
    expect(metrics['p95@before']?.value).toBeCloseTo(10, 1);
    expect(metrics['spike-error-rate']?.value).toBe(0);
    expect(summary).toMatchObject({ kind: 'spike', baselineP95: 10.007, recovered: true, recoveryMs: 2000, peakRate: 500 });
  });

  it('with every outcome kept, recovers to the 100 ms: windows of a second, 100 ms apart', () => {
    const tl = spikeTimeline(
      (t) => (t >= 5000 && t < 9150 ? 80 : 10),
      0,
      () => 200,
      true,
    );
    expect(tl.events?.atMs).toHaveLength(1500);
    const { metrics } = scheduledShapeResult(spike, tl);
    // The window from 9.1 s holds 5 slow answers of 100: its p95 is back.
    expect(metrics['recovery-time']?.value).toBe(2100);
  });

  it('that never recovers reports the whole after-phase, and says so', () => {
    const tl = spikeTimeline((t) => (t >= 5000 ? 80 : 10));
    const { metrics, summary } = scheduledShapeResult(spike, tl);
    expect(metrics['recovery-time']?.value).toBe(8000);
    expect(summary).toMatchObject({ recovered: false });
    const target = { name: 'checkout', status: 'ok', endpoint: { shape: summary } } as TargetResult;
    expect(shapeLines([target])).toEqual([
      'checkout spike 100 req/s → 500 req/s: p95 80.1 ms during, 0% errors; not back within 25% of p95 10 ms by the end (8 s)',
    ]);
  });

  it('has not recovered while errors are above their level before', () => {
    const tl = spikeTimeline(
      () => 10,
      0,
      (t) => (t >= 5000 && t < 10_000 && t % 100 === 0 ? 503 : 200),
    );
    const { metrics } = scheduledShapeResult(spike, tl);
    expect(metrics['recovery-time']?.value).toBe(3000);
    expect(metrics['spike-error-rate']?.value).toBeCloseTo(10, 6);
  });
});

describe('a soak', () => {
  it('fits memory growth as a slope (bytes a minute) over its second half and compares the last window with the first', () => {
    const rec = timelineRecorder({});
    for (let t = 0; t < 30_000; t += 10) {
      if (t % 10_000 === 0) rec.begin(`w${t / 10_000 + 1}`, t, true);
      if (t % 1000 === 0) rec.usage(t, { cpuMs: 0, rssBytes: 40 * MB + (t / 1000) * 0.1 * MB + (t % 2000 ? 3 * MB : 0), peakRssBytes: 0 });
      rec.response(t + 1, 200, 10, t < 10_000 ? 10 : t < 20_000 ? 11 : 12);
    }
    rec.usage(30_000, { cpuMs: 0, rssBytes: 43 * MB, peakRssBytes: 0 });
    const { metrics, summary } = scheduledShapeResult({ kind: 'soak', durationMs: 30_000, windowMs: 10_000, connections: 1 }, rec.finish(30_000));
    // 0.1 MB a second under a ±1.5 MB sawtooth: 6 MB a minute.
    expect((metrics['rss-growth']?.value ?? 0) / MB).toBeCloseTo(6, 0);
    // Fitted over the second half: the last 2 of 3 windows.
    expect(metrics['rss-growth']?.samples).toHaveLength(2);
    expect(metrics['p95-drift']?.value).toBeCloseTo(20, 1);
    expect(summary).toMatchObject({ kind: 'soak', fittedWindows: 2, p95DriftPercent: metrics['p95-drift']?.value });
  });

  it('slope is exact on a line, null without two distinct x', () => {
    expect(
      slopeOf([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toBe(2);
    expect(
      slopeOf([
        [1, 1],
        [1, 2],
      ]),
    ).toBeNull();
    expect(slopeOf([[1, 1]])).toBeNull();
  });
});

describe('shape headlines', () => {
  const phase = (name: string, rps: number, p95: number, errors = 0) => ({
    name,
    durationMs: 5000,
    rps,
    p50: p95 / 2,
    p95,
    p99: p95 * 1.5,
    errors,
    errorRate: errors ? 2 : 0,
  });
  const target = (shape: NonNullable<NonNullable<TargetResult['endpoint']>['shape']>) =>
    ({ name: 'checkout', status: 'ok', endpoint: { shape } }) as TargetResult;

  it('say per stage, the capacity found and how, and the soak’s growth and drift, in one line each', () => {
    expect(
      shapeLines([
        target({ kind: 'stages', stages: [phase('light', 50, 21.3), phase('peak', 198, 48, 4)] }),
        target({
          kind: 'capacity',
          objective: ['p95 < 60ms', 'error-rate < 1%'],
          probes: [{ ...phase('probe 1', 30, 21), rate: 30, round: 1, passed: true, broke: [] }],
          capacityRps: 201.8,
          estimates: [201.8, 198, 201.8],
          belowLower: false,
          aboveUpper: false,
          stop: 'time budget',
        }),
        target({ kind: 'soak', windows: [phase('w1', 200, 0.3), phase('w2', 200, 0.36)], rssGrowthPerMin: 3 * MB, fittedWindows: 1, p95DriftPercent: 20 }),
      ]),
    ).toEqual([
      'checkout stages: light 50 req/s, p95 21.3 ms · peak 198 req/s, p95 48 ms, 2% errors',
      'checkout capacity: 202 req/s (searches: 202 req/s, 198 req/s, 202 req/s) at p95 < 60ms and error-rate < 1%; 1 probe (stopped: time budget)',
      'checkout soak: memory +3 MB/min (last 1 of 2 windows), p95 0.3 ms → 0.36 ms (+20.0%) over 2 windows, 0 errors',
    ]);
  });

  it('say when the bounds decided the capacity', () => {
    const probes = [{ ...phase('probe 1', 10, 900), rate: 10, round: 1, passed: false, broke: ['p95 < 60ms'] }];
    const base = { kind: 'capacity' as const, objective: ['p95 < 60ms'], probes, estimates: [], stop: 'found' as const };
    expect(shapeLines([target({ ...base, capacityRps: null, belowLower: true, aboveUpper: false })])).toEqual([
      'checkout capacity: – at p95 < 60ms; the lowest rate probed, 10 req/s, broke it; 1 probe',
    ]);
  });
});
