import { describe, expect, it } from '@jest/globals';
import { mean, median, percentile } from '../../src/core/verdict/statistics.js';

const samples = [12, 7, 3, 15, 9, 10, 4, 8];

describe('statistics', () => {
  it('percentile interpolates between closest ranks', () => {
    expect(percentile(samples, 0)).toBe(3);
    expect(percentile(samples, 100)).toBe(15);
    expect(percentile(samples, 50)).toBe(8.5);
    expect(percentile(samples, 95)).toBeCloseTo(13.95, 10);
    expect(percentile([5], 99)).toBe(5);
    expect(percentile([], 50)).toBeNull();
  });

  it('median and mean', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(mean(samples)).toBe(8.5);
    expect(mean([])).toBeNull();
  });
});
