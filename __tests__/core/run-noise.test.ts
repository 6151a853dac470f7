import { describe, expect, it } from '@jest/globals';
import { compareAll } from '../../src/core/verdict/compare.js';
import { assumedRunNoise, estimateRunNoise } from '../../src/core/verdict/run-noise.js';

describe('estimateRunNoise', () => {
  it('takes the spread of the run means less what the samples explain, relative to the grand mean', () => {
    // Means 11, 12, 15 (grand 38/3); their variance 13/3; each run's sample variance 2, over 2 samples → 1.
    const n = estimateRunNoise([
      [10, 12],
      [11, 13],
      [14, 16],
    ]);
    expect(n).toMatchObject({ df: 2, source: 'history', runs: 3 });
    expect(n!.fraction).toBeCloseTo(Math.sqrt(13 / 3 - 1) / (38 / 3), 12);
  });
  it('is zero when the samples explain all of it, and null below three usable runs', () => {
    expect(
      estimateRunNoise([
        [1, 3],
        [2, 4],
        [1.5, 3.5],
      ])!.fraction,
    ).toBe(0);
    expect(estimateRunNoise([[1, 2], [3, 4], [5]])).toBeNull();
    expect(estimateRunNoise([])).toBeNull();
  });
});

describe('compareAll with run-to-run noise', () => {
  const rule = { target: 'api', metric: 'p95', better: 'lower' as const, percent: 10 };
  const flat = [10, 10, 10, 10];
  it('adds one run effect per side: identical flat runs are unsure, not unchanged', () => {
    // se = √(2 × 0.5²) = 0.7071068; z(0.95) = 1.6448536 → upper end 1.1631 beyond the allowed 1.
    const [c] = compareAll([{ ...rule, base: flat, head: flat, runNoise: assumedRunNoise(5) }]);
    expect(c!.verdict).toBe('unsure');
    expect(c!.interval![1]).toBeCloseTo(1.6448536 * Math.SQRT1_2, 5);
    expect(c!.pValue).toBeCloseTo(0.9213504, 6);
    expect(c!.samplesNeeded).toBeUndefined();
    expect(c!.note).toMatch(/more samples will not settle it/);
  });
  it('still finds a change well beyond the noise', () => {
    const [c] = compareAll([{ ...rule, base: flat, head: [13, 13, 13, 13], runNoise: assumedRunNoise(5) }]);
    expect(c!.verdict).toBe('regressed');
    expect(c!.pValue).toBeCloseTo(0.0023389, 6);
  });
  it("takes the estimate's degrees of freedom into the interval (Welch–Satterthwaite)", () => {
    const [c] = compareAll([{ ...rule, base: flat, head: [13, 13, 13, 13], runNoise: { fraction: 0.05, df: 2, source: 'history', runs: 3 } }]);
    // All variance is the run part, so df = 2: t(0.95, 2) = 2.9199856.
    expect(c!.interval![0]).toBeCloseTo(3 - 2.9199856 * Math.SQRT1_2, 6);
    expect(c!.verdict).toBe('unsure');
  });

  it('assumes a score moves by points, less near its bounds, and a count no more than within a run', () => {
    const score = (m: number) => assumedRunNoise(5, 'score', { base: [m, m], head: [m, m] }).fraction * m;
    expect(score(50)).toBeCloseTo(3, 10);
    expect(score(100)).toBe(0);
    expect(score(90)).toBeCloseTo(1.8, 10);
    expect(assumedRunNoise(0, 'score', { base: [50], head: [50] }).fraction).toBe(0);
    expect(assumedRunNoise(5, 'count', { base: [9, 9, 9], head: [10, 10] }).fraction).toBe(0);
    expect(assumedRunNoise(5, 'bytes', { base: [100, 102], head: [100, 100] }).fraction).toBeCloseTo(Math.SQRT2 / 101, 10);
    expect(assumedRunNoise(5, 'count', { base: [1, 50], head: [] }).fraction).toBe(0.05);
    expect(assumedRunNoise(5, 'ms').fraction).toBe(0.05);
  });
});
