// A rule that its own noise keeps unsure at the most samples it may take is flagged, not chased.
import { describe, expect, it } from '@jest/globals';
import { compareAll } from '../../src/core/verdict/compare.js';
import { besideBaseSe, undecidable, undecidableNote } from '../../src/core/verdict/decidability.js';

const tbtRule = { target: 'home', metric: 'tbt', better: 'lower' as const, percent: 20 };
const judged = (base: number[], head: number[]) => ({ ...compareAll([{ ...tbtRule, base, head }])[0]!, kind: 'page' as const, metric: 'tbt' });

describe('undecidable rules', () => {
  it('flags a rule whose samples spread far past its allowed change, whatever the samples to come', () => {
    // Three Lighthouse runs a side whose TBT jumps between 40 ms and 900 ms.
    const row = judged([40, 900, 120], [850, 60, 300]);
    expect(row.verdict).toBe('unsure');
    expect(undecidable(row, 24)).toBe(true);
    expect(undecidableNote(row)).toMatch(/^tbt: ±\d+% with 3 runs; this rule cannot be decided: loosen it or raise runs$/);
  });

  it('leaves alone a rule that more samples can settle', () => {
    const row = judged([100, 110, 95], [114, 104, 120]);
    expect(row.verdict).toBe('unsure');
    expect(undecidable(row, 24)).toBe(false);
    // A decided rule is never flagged.
    const clear = judged([100, 101, 99, 100], [300, 301, 299, 300]);
    expect(clear.verdict).toBe('regressed');
    expect(undecidable(clear, 3)).toBe(false);
  });

  it('leaves alone a noisy rule whose change is far past its limit: more samples show it regressed', () => {
    const row = judged([40, 900, 120], [3000, 400, 2500]);
    expect(row.verdict).toBe('unsure');
    expect(undecidable(row, 24)).toBe(false);
  });

  it("judges what confirmation can settle by the head's own spread, not a stored run's stalled burst", () => {
    // The stored run had one burst stalled by a busy runner; this runner's head is steady.
    const row = {
      ...compareAll([{ target: 'journey', metric: 'p95', better: 'lower' as const, absolute: 5, base: [15, 14, 2000, 16], head: [140, 150, 145, 150] }])[0]!,
      kind: 'endpoint' as const,
      metric: 'p95',
    };
    expect(row.verdict).toBe('unsure');
    expect(undecidable(row, 16)).toBe(true);
    expect(undecidable({ ...row, perSampleSe: besideBaseSe([140, 150, 145, 150])! }, 16)).toBe(false);
    expect(besideBaseSe([1])).toBeUndefined();
  });
});
