// Head against the base measured beside it on this runner: no run-to-run noise between them (the base is the other
// arm), and each start of the two apps one sample.
import { baseValues, compareWithBaseline } from './baseline.js';
import type { GatePlan } from '../budget/plan.js';
import type { BaselineInfo, ComparisonRow, Report, SamplingRecord, TargetResult } from '../report/report.js';
import { perStart } from '../load/sampling.js';
import { baseWork } from '../work/work-diff.js';
import { basePageFacts } from '../pages/page-facts.js';

/** What the pass beside the base measured of the base, and where the base came from. */
export interface BaseBeside {
  base: readonly TargetResult[];
  sampling: readonly SamplingRecord[];
  /** The base's checkout in words (a worktree of the merge-base, a prepared directory). */
  description: string;
  sha?: string;
}

export function compareBesideBase(
  plan: GatePlan,
  head: { environment: Report['environment']; targets: readonly TargetResult[] },
  beside: BaseBeside,
  startedAt: Date,
): { baseline: BaselineInfo; comparisons: ComparisonRow[] } {
  const source = `same runner: ${beside.description || 'base'}`;
  if (beside.base.length === 0) return { baseline: { status: 'missing', reason: 'the base was not measured', source }, comparisons: [] };
  const names = new Set(head.targets.map((t) => t.name));
  // Only API targets restart the apps.
  const byStart = (t: TargetResult) => (t.kind === 'endpoint' ? perStart(t, beside.sampling.find((s) => s.target === t.name)?.appStarts) : t);
  const base = { environment: head.environment, targets: beside.base.map(byStart) };
  return {
    baseline: {
      status: 'used',
      source,
      ...(beside.sha && { sha: beside.sha }),
      createdAt: startedAt.toISOString(),
      sameRunner: { sampling: [...beside.sampling] },
      values: baseValues(beside.base, names),
      ...baseWork(beside.base, names),
      ...basePageFacts(beside.base, names),
    },
    // Each start of the apps is one sample (see meansPerStart).
    comparisons: compareWithBaseline({ ...plan, runNoisePercent: 0 }, { ...head, targets: head.targets.map(byStart) }, base),
  };
}
