import { describe, expect, it } from '@jest/globals';
import { editDistance, suggest } from '../../src/core/budget/suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['lpc', 'lcp', 1],
    ['p95', 'p95', 0],
    ['duration', 'durtion', 1],
  ])('%s → %s is %d', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('suggest', () => {
  const ids = ['p50', 'p90', 'p95', 'p99', 'rps', 'errors', 'error-rate'];
  it('finds typos, prefers the nearest digit, gives up on strangers', () => {
    expect(suggest('P96', ids)).toBe('p95');
    expect(suggest('eror-rate', ids)).toBe('error-rate');
    expect(suggest('latency', ids)).toBeUndefined();
    expect(suggest('x', [])).toBeUndefined();
    expect(suggest('perf', ['performance', 'seo'])).toBe('performance');
    expect(suggest('err', ids)).toBeUndefined(); // errors or error-rate: no single answer
  });
});
