import { describe, expect, it } from '@jest/globals';
import { isSuspect } from '../../src/core/verdict/suspicion.js';

const row = (verdict: 'regressed' | 'unsure' | 'unchanged' | 'improved', delta: number | null, extra: Partial<Parameters<typeof isSuspect>[0]> = {}) => ({
  gating: true,
  verdict,
  kind: 'endpoint' as const,
  metric: 'p95',
  delta,
  allowed: 1,
  ...extra,
});

describe('isSuspect', () => {
  it('confirms what regressed, and an unsure row leaning halfway to the allowed worsening or more', () => {
    expect(isSuspect(row('regressed', 3))).toBe(true);
    expect(isSuspect(row('unsure', 0.5))).toBe(true);
    expect(isSuspect(row('unsure', 0.49))).toBe(false);
    expect(isSuspect(row('unsure', -0.8))).toBe(false);
    expect(isSuspect(row('unchanged', 0.9))).toBe(false);
    expect(isSuspect(row('improved', -2))).toBe(false);
  });

  it('leaves out a row with nothing measured on a side (an endpoint that answered no request): its errors decide', () => {
    expect(isSuspect(row('unsure', 0.9, { baseMean: null, headMean: null, delta: null }))).toBe(false);
    expect(isSuspect(row('regressed', 3, { baseMean: 1, headMean: null }))).toBe(false);
  });

  it('reads the direction of the metric: a fall in rps is the worsening', () => {
    expect(isSuspect(row('unsure', -60, { metric: 'rps', allowed: 100 }))).toBe(true);
    expect(isSuspect(row('unsure', 60, { metric: 'rps', allowed: 100 }))).toBe(false);
    expect(isSuspect(row('unsure', -4, { kind: 'page', metric: 'performance', allowed: 5 }))).toBe(true);
  });

  it('an unsure row without an estimate is confirmed; a row that cannot gate is not', () => {
    expect(isSuspect(row('unsure', null))).toBe(true);
    expect(isSuspect(row('regressed', 3, { gating: false }))).toBe(false);
  });
});
