// Bisection over a range of commits, as `git bisect` walks it: the last commit known good, the first known bad, a
// step at the untested commit nearest the middle, commits that could not be measured skipped (`git bisect skip`).
// Pure: which commit to measure next, and what the steps so far say.

export type StepVerdict = 'regressed' | 'not regressed' | 'skipped';

export interface Bisection {
  /** The range in order: commits after the good one, the bad one last. */
  commits: readonly string[];
  /** What each measured commit read, by sha. */
  verdicts: ReadonlyMap<string, StepVerdict>;
}

export type Next = { measure: string } | { first: string } | { undecided: string[] };

/** The next commit to measure, or the first bad commit once it is known, or the commits it cannot tell apart. */
export function nextStep({ commits, verdicts }: Bisection): Next {
  const bad = commits.at(-1);
  if (bad === undefined) return { undecided: [] };
  // The bad end is measured first: a range whose bad end does not regress has nothing to find.
  if (!verdicts.has(bad)) return { measure: bad };
  if (verdicts.get(bad) !== 'regressed') return { undecided: [] };
  let lo = -1;
  let hi = commits.length - 1;
  for (let i = 0; i < commits.length; i++) {
    const v = verdicts.get(commits[i]!);
    if (v === 'not regressed' && i > lo && i < hi) lo = i;
  }
  for (let i = commits.length - 1; i > lo; i--) if (verdicts.get(commits[i]!) === 'regressed') hi = i;
  const open = commits
    .slice(lo + 1, hi)
    .map((sha, k) => ({ sha, i: lo + 1 + k }))
    .filter((c) => !verdicts.has(c.sha));
  if (hi - lo === 1) return { first: commits[hi]! };
  if (open.length === 0) return { undecided: commits.slice(lo + 1, hi + 1) };
  const middle = (lo + hi) / 2;
  const pick = open.reduce((best, c) => (Math.abs(c.i - middle) < Math.abs(best.i - middle) ? c : best));
  return { measure: pick.sha };
}
