import { describe, expect, it } from '@jest/globals';
import { compareAll, type ComparisonInput } from '../../src/core/verdict/compare.js';

const base5 = [10, 11, 9, 10, 10]; // mean 10, variance 0.5
const p95 = (head: number[], extra: Partial<ComparisonInput> = {}): ComparisonInput => ({
  target: 'api',
  metric: 'p95',
  better: 'lower',
  percent: 10,
  base: base5,
  head,
  ...extra,
});

describe('compareAll', () => {
  it('finds a clear regression: Welch interval beyond the allowed change', () => {
    const [c] = compareAll([p95([15, 16, 14, 15, 15])]);
    // se = √(0.5/5 + 0.5/5) = 0.4472136, df = 8, t(0.95, 8) = 1.8595480; allowed = 10 % of 10 = 1.
    expect(c!.verdict).toBe('regressed');
    expect(c!.baseMean).toBe(10);
    expect(c!.headMean).toBe(15);
    expect(c!.delta).toBe(5);
    expect(c!.deltaPercent).toBe(50);
    expect(c!.allowed).toBe(1);
    expect(c!.confidence).toBeCloseTo(0.9, 12);
    expect(c!.interval![0]).toBeCloseTo(5 - 1.859548037 * 0.447213595, 6);
    expect(c!.interval![1]).toBeCloseTo(5 + 1.859548037 * 0.447213595, 6);
    expect(c!.intervalPercent![0]).toBeCloseTo(41.68385, 4);
    // t = (5 − 1) / 0.4472 = 8.944 on 8 df.
    expect(c!.pValue!).toBeCloseTo(9.7e-6, 6);
  });

  it('calls the same build unchanged (A/A)', () => {
    const [c] = compareAll([p95([10, 9, 11, 10, 10])]);
    expect(c!.verdict).toBe('unchanged');
    expect(c!.delta).toBe(0);
    expect(c!.interval![1]).toBeCloseTo(0.8316, 4);
  });

  it('is unsure when the interval straddles the threshold, and says how many samples would resolve it', () => {
    const [c] = compareAll([p95([11, 12, 10, 11, 12])]);
    // Worse by 1.2 against 1 allowed; se = √(0.5/5 + 0.7/5) = 0.4899, Welch df = 7.784, t(0.95) = 1.8663.
    expect(c!.verdict).toBe('unsure');
    expect(c!.interval![0]).toBeCloseTo(0.28572, 4);
    expect(c!.interval![1]).toBeCloseTo(2.11428, 4);
    expect(c!.samplesNeeded).toBe(Math.ceil(5 * ((c!.interval![1] - 1.2) / 0.2) ** 2));
  });

  it('sees improvements on metrics where higher is better', () => {
    const [c] = compareAll([{ target: 'api', metric: 'rps', better: 'higher', percent: -5, base: [100, 102, 98, 100, 100], head: [120, 122, 118, 120, 120] }]);
    expect(c!.verdict).toBe('improved');
    expect(c!.delta).toBe(20);
    expect(c!.interval![0]).toBeGreaterThan(5);
  });

  it('regresses a higher-is-better metric when it falls', () => {
    const [c] = compareAll([{ target: 'api', metric: 'rps', better: 'higher', percent: -5, base: [100, 102, 98, 100, 100], head: [80, 82, 78, 80, 80] }]);
    expect(c!.verdict).toBe('regressed');
    expect(c!.interval![1]).toBeLessThan(-5);
  });

  it('uses the larger of the relative and absolute allowance', () => {
    const small = [1.0, 1.1, 0.9, 1.0, 1.0];
    const [c] = compareAll([p95([1.5, 1.6, 1.4, 1.5, 1.5], { base: small, percent: 10, absolute: 2 })]);
    expect(c!.allowed).toBe(2);
    expect(c!.verdict).toBe('unchanged');
  });

  it('judges identical constant samples exactly', () => {
    const [c] = compareAll([{ target: 'home', metric: 'performance', better: 'higher', absolute: -5, base: [100, 100, 100], head: [100, 100, 100] }]);
    expect(c).toMatchObject({ verdict: 'unchanged', interval: [-0, 0], pValue: 1 });
  });

  it('is unsure below two samples a side, and leaves such rows out of the Holm count', () => {
    const [c] = compareAll([p95([30], { base: [10] })]);
    expect(c).toMatchObject({ verdict: 'unsure', pValue: null, note: 'needs at least 2 samples on each side (base 1, head 1)' });
  });

  it("holds the run's false-alarm rate with Holm's step-down", () => {
    // p-values of about 1e-5, 0.02 and 0.4: alone, the second would be flagged at 5 %;
    // with three comparisons its Holm level is 0.05 / 2 = 0.025, and it still is; the third is not.
    const results = compareAll([p95([15, 16, 14, 15, 15]), p95([11.8, 12.6, 11.4, 12.0, 12.2]), p95([10.8, 11.6, 10.2, 11.0, 11.4])]);
    const levels = results.map((r) => (1 - r.confidence) / 2);
    expect(levels[0]).toBeCloseTo(0.05 / 3, 12);
    expect(levels[1]).toBeCloseTo(0.025, 12);
    expect(levels[2]).toBeCloseTo(0.05, 12);
    expect(results.map((r) => r.verdict)).toEqual(['regressed', 'regressed', 'unsure']);
    for (const r of results) {
      // Every row's interval agrees with its verdict.
      if (r.verdict === 'regressed') expect(r.interval![0]).toBeGreaterThanOrEqual(r.allowed!);
      else expect(r.interval![0]).toBeLessThan(r.allowed!);
    }
  });

  it('stops at the first comparison Holm cannot reject, and judges the rest at that level', () => {
    const results = compareAll([p95([10.9, 11.7, 10.3, 11.1, 11.5]), p95([11, 11.2, 10.4, 11.3, 11.6]), p95([15, 16, 14, 15, 15])]);
    const alphas = results.map((r) => +((1 - r.confidence) / 2).toFixed(6));
    expect(alphas[2]).toBeCloseTo(0.05 / 3, 6);
    expect(alphas[0]).toBe(alphas[1]);
    expect(results[2]!.verdict).toBe('regressed');
    expect(results.slice(0, 2).map((r) => r.verdict)).toEqual(['unsure', 'unsure']);
  });
});
