// A rule that its own noise keeps unsure at the most samples it may take is flagged, not chased.
import { describe, expect, it } from '@jest/globals';
import { compareAll } from '../../src/core/compare.js';
import { undecidable, undecidableNote } from '../../src/core/decidability.js';

const tbtRule = { target: 'home', metric: 'tbt', better: 'lower' as const, percent: 20 };

describe('undecidable rules', () => {
  it('flags a rule whose samples spread far past its allowed change, whatever the samples to come', () => {
    // Three Lighthouse runs a side whose TBT jumps between 40 ms and 900 ms.
    const [row] = compareAll([{ ...tbtRule, base: [40, 900, 120], head: [850, 60, 300] }]);
    expect(row!.verdict).toBe('unsure');
    expect(undecidable(row!, 24)).toBe(true);
    expect(undecidableNote({ ...row!, kind: 'page', metric: 'tbt' })).toMatch(/^tbt: ±\d+% with 3 runs; this rule cannot be decided: loosen it or raise runs$/);
  });

  it('leaves alone a rule that more samples can settle', () => {
    const [row] = compareAll([{ ...tbtRule, base: [100, 110, 95], head: [114, 104, 120] }]);
    expect(row!.verdict).toBe('unsure');
    expect(undecidable(row!, 24)).toBe(false);
    // A decided rule is never flagged.
    const [clear] = compareAll([{ ...tbtRule, base: [100, 101, 99, 100], head: [300, 301, 299, 300] }]);
    expect(clear!.verdict).toBe('regressed');
    expect(undecidable(clear!, 3)).toBe(false);
  });
});
