import { describe, expect, it } from '@jest/globals';
import { endpointResult } from '../../__fixtures__/report.js';
import type { TargetResult } from '../../src/core/report/report.js';
import { decidingRule, defaultRestartEvery, meansPerStart, perStart, roundOrder, stopReason, unsettledMetrics } from '../../src/core/load/sampling.js';

const withP95 = (samples: number[]): TargetResult => {
  const t = endpointResult('api', { rps: 1, p50: 1, p90: 1, p95: 1, p99: 1, errorRate: 0 });
  t.metrics.p95 = { value: samples[0]!, unit: 'ms', samples };
  return t;
};
const target = { kind: 'endpoint' as const, relative: [{ source: '+10%', metric: 'p95', percent: 10, unit: 'ms' as const }] };

describe('unsettledMetrics', () => {
  const base = withP95([10, 11, 9, 10, 10]);
  it('is empty once the interval is clear of the allowed change, either way', () => {
    expect(unsettledMetrics(target, withP95([15, 16, 14, 15, 15]), base, 1)).toEqual([]);
    expect(unsettledMetrics(target, withP95([10, 10.1, 9.9, 10, 10]), base, 1)).toEqual([]);
  });
  it('names a metric whose interval straddles it', () => {
    expect(unsettledMetrics(target, withP95([11, 12, 10, 11, 12]), base, 1)).toEqual(['p95']);
  });
  it('judges at the strictest Holm level of the run: more rules in the run, wider intervals', () => {
    // One-sided p ≈ 0.0011 here: settled alone (0.05), unsettled as one of 50 rules (0.001).
    const head = withP95([12.4, 13.4, 11.4, 12.4, 12.4]);
    expect(unsettledMetrics(target, head, base, 1)).toEqual([]);
    expect(unsettledMetrics(target, head, base, 50)).toEqual(['p95']);
  });
});

describe('one sample per start of the apps', () => {
  it('averages the samples of each start', () => {
    expect(meansPerStart([1, 3, 5, 7, 10], [0, 2, 4])).toEqual([2, 6, 10]);
    expect(meansPerStart([1, 3, 5], [0])).toEqual([1, 3, 5]);
    expect(meansPerStart([1, 3, 5], undefined)).toEqual([1, 3, 5]);
  });
  it("replaces every metric's samples of a target", () => {
    const t = perStart(withP95([10, 12, 20, 22]), [0, 2]);
    expect(t.metrics.p95!.samples).toEqual([11, 21]);
    expect(t.metrics.rps!.samples).toEqual([1]);
  });
  it('does not take a steady gap between two processes for a difference', () => {
    // Each start of the head happened to be 15 % slower or faster than the base's, bursts alike within a start.
    const base = withP95([10, 10.1, 9.9, 10, 10, 10.1, 9.9, 10]);
    const head = withP95([11.5, 11.6, 11.4, 11.5, 8.5, 8.6, 8.4, 8.5]);
    const oneStart = unsettledMetrics(target, withP95([11.5, 11.6, 11.4, 11.5]), withP95([10, 10.1, 9.9, 10]), 1);
    expect(oneStart).toEqual([]);
    expect(unsettledMetrics(target, head, base, 1, [0, 4])).toEqual(['p95']);
  });
  it('restarts four times by the minimum by default, at least once a sample', () => {
    expect([16, 10, 5, 2].map(defaultRestartEvery)).toEqual([4, 2, 1, 1]);
  });
});

describe('stopReason', () => {
  const s = { samples: 5, min: 5, max: 20, outOfTime: false, unsettled: ['p95'], hasRules: true };
  it('always takes the minimum', () => {
    expect(stopReason({ ...s, samples: 4, unsettled: [], outOfTime: true })).toBeNull();
  });
  it('stops when settled, at the maximum, or out of time, in that order', () => {
    expect(stopReason({ ...s, unsettled: [] })).toBe('settled');
    expect(stopReason({ ...s, samples: 20, outOfTime: true })).toBe('max samples');
    expect(stopReason({ ...s, outOfTime: true })).toBe('time budget');
    expect(stopReason(s)).toBeNull();
    expect(stopReason({ ...s, hasRules: false })).toBe('no relative rules');
  });
  it('stops at the minimum once the outcome is decided, but never before it', () => {
    expect(stopReason({ ...s, decided: 'orders model-calls-per-request regressed' })).toBe('outcome decided');
    expect(stopReason({ ...s, samples: 4, decided: 'x' })).toBeNull();
    expect(stopReason({ ...s, unsettled: [], decided: 'x' })).toBe('settled');
  });
});

describe('decidingRule', () => {
  const rule = (metric: string, level?: 'warn') => ({ source: `${metric} +10%`, metric, percent: 10, unit: 'count' as const, ...(level && { level }) });
  it('is the first gating rule settled as regressed; a warning or an unsure rule decides nothing', () => {
    expect(decidingRule([{ rule: rule('p95'), verdict: 'unsure' }])).toBeUndefined();
    expect(decidingRule([{ rule: rule('p95', 'warn'), verdict: 'regressed' }])).toBeUndefined();
    expect(
      decidingRule([
        { rule: rule('p95'), verdict: 'unsure' },
        { rule: rule('model-calls-per-request'), verdict: 'regressed' },
      ])?.metric,
    ).toBe('model-calls-per-request');
  });
});

describe('roundOrder', () => {
  it('puts either side first', () => {
    expect(roundOrder(() => 0.2)).toEqual(['base', 'head']);
    expect(roundOrder(() => 0.7)).toEqual(['head', 'base']);
  });
});
