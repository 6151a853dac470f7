// The guardian's issue: its marker names the budget and the good commit, which an open issue is found again by.
import { describe, expect, it } from '@jest/globals';
import { guardedBy, guardianClosing, guardianMarker } from '../../src/core/render/render-guardian.js';

describe("the guardian's issue", () => {
  it('is found again by its marker, for its budget only, with the good commit it compares against', () => {
    const body = `${guardianMarker('perf-gate-perf-budget.yml', 'a'.repeat(40))}\nmain regressed…`;
    expect(guardedBy(body, 'perf-gate-perf-budget.yml')).toEqual({ good: 'a'.repeat(40) });
    expect(guardedBy(body, 'perf-gate-api.yml')).toBeUndefined();
    expect(guardedBy(`${guardianMarker('k')}\n`, 'k')).toEqual({});
    expect(guardedBy('a bug report', 'k')).toBeUndefined();
  });

  it('closes with the commit that is back within the rules', () => {
    expect(guardianClosing({ key: 'k', branch: 'main', before: 'a'.repeat(40), after: 'd'.repeat(40), commits: [], pulls: [] })).toBe(
      'Back within the rules at ddddddd on `main`: closing.',
    );
  });
});
