import { describe, expect, it } from '@jest/globals';
import { parseRelativeRule, parseThreshold, satisfies } from '../../src/core/budget/threshold.js';

describe('parseThreshold', () => {
  it.each([
    ['p95 < 200ms', { metric: 'p95', op: '<', value: 200, unit: 'ms' }],
    ['p(99) <= 1s', { metric: 'p99', op: '<=', value: 1000, unit: 'ms' }],
    ['rps > 500', { metric: 'rps', op: '>', value: 500, unit: 'rps' }],
    ['errors == 0', { metric: 'errors', op: '==', value: 0, unit: 'count' }],
    ['error-rate<1%', { metric: 'error-rate', op: '<', value: 1, unit: 'percent' }],
    ['P99.9 < 50ms', { metric: 'p99.9', op: '<', value: 50, unit: 'ms' }],
    ['median < 5', { metric: 'p50', op: '<', value: 5, unit: 'ms' }],
    ['throughput >= 1MB', { metric: 'throughput', op: '>=', value: 1048576, unit: 'bytes/s' }],
  ] as const)('%s', (text, expected) => {
    expect(parseThreshold('endpoint', text)).toEqual({ ok: true, value: { source: text, ...expected } });
  });

  it.each([
    ['lcp < 2.5s', { metric: 'lcp', op: '<', value: 2500, unit: 'ms' }],
    ['performance >= 90', { metric: 'performance', op: '>=', value: 90, unit: 'score' }],
    ['script-bytes < 300KB', { metric: 'script-bytes', op: '<', value: 307200, unit: 'bytes' }],
    ['cls < 0.1', { metric: 'cls', op: '<', value: 0.1, unit: 'unitless' }],
    ['requests < 50', { metric: 'requests', op: '<', value: 50, unit: 'count' }],
  ] as const)('page: %s', (text, expected) => {
    expect(parseThreshold('page', text)).toEqual({ ok: true, value: { source: text, ...expected } });
  });

  it.each([
    ['p95', "expected a threshold like 'p95 < 200ms' (metric, one of < <= > >= ==, value; '(warn)' after it to only warn), got 'p95'"],
    ['p95 => 3ms', "expected a threshold like 'p95 < 200ms' (metric, one of < <= > >= ==, value; '(warn)' after it to only warn), got 'p95 => 3ms'"],
    ['p96 < 20ms', "unknown endpoint metric 'p96' (did you mean 'p95'?)"],
    ['latncy < 20ms', expect.stringMatching(/^unknown endpoint metric 'latncy'; expected one of p50, p75, p90, p95, p99, p99\.9, mean, max, rps/)],
    ['error-rate < 1', "error-rate: expected a percentage like 1%, got '1'"],
    ['p95 < 20 parsecs', "p95: expected a duration like 200ms, 1.5s or 800 (milliseconds), got '20 parsecs'"],
  ])('rejects %s', (text, error) => {
    expect(parseThreshold('endpoint', text)).toEqual({ ok: false, error });
  });

  it('rejects page metrics on endpoints with a suggestion from the right list', () => {
    expect(parseThreshold('page', 'lpc < 2s')).toEqual({ ok: false, error: "unknown page metric 'lpc' (did you mean 'lcp'?)" });
    expect(parseThreshold('page', 'performance >= 0.9')).toEqual({ ok: false, error: 'performance: scores run from 0 to 100: write 90, not 0.9' });
  });
});

describe('parseRelativeRule', () => {
  it('reads percentages, absolute floors and both', () => {
    expect(parseRelativeRule('endpoint', 'p95', '+10%')).toEqual({ ok: true, value: { source: '+10%', metric: 'p95', unit: 'ms', percent: 10 } });
    expect(parseRelativeRule('endpoint', 'rps', '-5%')).toEqual({ ok: true, value: { source: '-5%', metric: 'rps', unit: 'rps', percent: -5 } });
    expect(parseRelativeRule('page', 'lcp', '+10% or +200ms')).toEqual({
      ok: true,
      value: { source: '+10% or +200ms', metric: 'lcp', unit: 'ms', percent: 10, absolute: 200 },
    });
    expect(parseRelativeRule('endpoint', 'error-rate', '+1%')).toEqual({
      ok: true,
      value: { source: '+1%', metric: 'error-rate', unit: 'percent', absolute: 1 },
    });
  });

  it.each([
    ['rps', '+5%', "rps gets worse as it falls: expected a change like '-10%', got '+5%'"],
    ['p95', '-10%', "p95 gets worse as it rises: expected a change like '+10% or +20ms', got '-10%'"],
    ['p95', '10%', "p95: expected a signed change like '+10% or +20ms', got '10%'"],
    ['p95', '+10% or +5% or +1ms', "p95: expected at most one 'or', like '+10% or +20ms'"],
    ['p95', '+10% or +5%', "p95: two percentages in '+10% or +5%'"],
    ['p95', '+3 apples', "p95: expected a duration like 200ms, 1.5s or 800 (milliseconds), got '3apples'"],
    ['p69', '+10%', "unknown endpoint metric 'p69' (did you mean 'p99'?)"],
  ])('rejects %s: %s', (metric, text, error) => {
    expect(parseRelativeRule('endpoint', metric, text)).toEqual({ ok: false, error });
  });
});

describe('satisfies', () => {
  it('applies each operator', () => {
    expect([satisfies(1, '<', 2), satisfies(2, '<', 2), satisfies(2, '<=', 2), satisfies(3, '>', 2), satisfies(2, '>=', 2), satisfies(0, '==', 0)]).toEqual([
      true,
      false,
      true,
      true,
      true,
      true,
    ]);
  });
});
