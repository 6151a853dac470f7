// Bisection's walk: the bad end first, then the untested commit nearest the middle, skips stepped around.
import { describe, expect, it } from '@jest/globals';
import { nextStep, type StepVerdict } from '../../src/core/verdict/bisection.js';

/** Walks a range whose first bad commit is `firstBad`, `skip` never measurable; the commits measured, in turn. */
function walk(n: number, firstBad: number, skip: number[] = []) {
  const commits = Array.from({ length: n }, (_, i) => `c${i + 1}`);
  const verdicts = new Map<string, StepVerdict>();
  const measured: string[] = [];
  for (;;) {
    const next = nextStep({ commits, verdicts });
    if (!('measure' in next)) return { next, measured };
    const i = commits.indexOf(next.measure);
    measured.push(next.measure);
    verdicts.set(next.measure, skip.includes(i + 1) ? 'skipped' : i + 1 >= firstBad ? 'regressed' : 'not regressed');
  }
}

describe('bisection', () => {
  it('finds the first bad commit of 7 in 4 steps, and of 31 in 6', () => {
    expect(walk(7, 4)).toEqual({ next: { first: 'c4' }, measured: ['c7', 'c3', 'c5', 'c4'] });
    for (let bad = 1; bad <= 31; bad++) {
      const r = walk(31, bad);
      expect(r.next).toEqual({ first: `c${bad}` });
      expect(r.measured.length).toBeLessThanOrEqual(6);
    }
  });

  it('steps around a commit that cannot be measured, and says which it cannot tell apart', () => {
    expect(walk(7, 4, [5]).next).toEqual({ first: 'c4' });
    // c3 unmeasured between a good c2 and a bad c4: either may be the first, as git bisect says.
    expect(walk(7, 4, [3]).next).toEqual({ undecided: ['c3', 'c4'] });
    expect(walk(7, 4, [3, 4]).next).toEqual({ undecided: ['c3', 'c4', 'c5'] });
  });

  it('with one commit measures it alone; a bad end that does not regress has nothing to find', () => {
    expect(walk(1, 1)).toEqual({ next: { first: 'c1' }, measured: ['c1'] });
    expect(walk(5, 9)).toEqual({ next: { undecided: [] }, measured: ['c5'] });
  });
});
