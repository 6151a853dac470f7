// Confirmation: what the stored baseline judged regressed, or unsure and leaning that way (core/verdict/suspicion.ts), is measured again beside the base on this
// runner, interleaved (the same-runner machinery, for those targets only). The confirmed rows decide; each keeps
// what the stored baseline had said. Nothing suspicious, nothing to do: the cost is paid only when it helps.
import { baseWork } from '../core/work/work-diff.js';
import type { GatePlan, SameRunnerPlan } from '../core/budget/plan.js';
import type { CheckResult, ComparisonRow, Confirmation, Diagnosis } from '../core/report/report.js';
import { failedMemoryBudgets } from './diagnose.js';
import { isSuspect } from '../core/verdict/suspicion.js';
import { measureSameRunner } from './same-runner.js';
import type { SameRunnerOptions } from './measure.js';
import { plural } from '../core/units.js';
import { firstLineOf } from '../core/errors.js';
import { exactMetric } from '../core/budget/metric-catalog.js';
import { budgetText } from '../core/render/render-shared.js';

export interface ConfirmOptions extends SameRunnerOptions {
  /** The base commit of the pull request or merge group, for a confirm without dir or ref. */
  baseRef?: string;
}

/** `checks`: the run's budgets; with diagnose, an endpoint whose memory budget failed gets heap snapshots too. */
export async function confirmSuspects(
  plan: GatePlan & { confirm: SameRunnerPlan },
  rows: readonly ComparisonRow[],
  checks: readonly CheckResult[],
  opts: ConfirmOptions,
): Promise<{ comparisons: ComparisonRow[]; confirmation: Confirmation; diagnosis?: Diagnosis }> {
  // A rule its own noise keeps unsure at the most samples confirmation may take is not worth its time.
  const worthIt = (r: ComparisonRow) => isSuspect(r) && !r.undecidable;
  const suspects = rows.filter(worthIt);
  const names = new Set(suspects.map((r) => r.target));
  const failedMemory = failedMemoryBudgets(checks);
  const leaks = plan.diagnose ? plan.endpoints.filter((e) => failedMemory.has(e.name)) : [];
  const memoryOnly = leaks.filter((e) => !names.has(e.name));
  if (suspects.length === 0 && memoryOnly.length === 0) return { comparisons: [...rows], confirmation: { status: 'not needed' } };
  const only = <T extends { name: string }>(list: readonly T[]) => list.filter((t) => names.has(t.name));
  const notPossible = (reason: string) => {
    opts.log.warn(`could not confirm on this runner (${reason}); the stored-baseline verdicts stand`);
    return { comparisons: [...rows], confirmation: { status: 'not possible' as const, reason } };
  };
  if (plan.traffic.remote)
    return notPossible(`the app is remote (${plan.traffic.hosts.join(', ')}): confirming starts the base's app and this one on this runner`);
  const base = plan.confirm.dir !== undefined || plan.confirm.ref !== undefined ? plan.confirm : opts.baseRef && { ...plan.confirm, ref: opts.baseRef };
  if (!base) return notPossible('no base to measure beside: give confirm.ref or --base REF, or run in a pull request');
  // Only the suspects are measured again.
  const subPlan = { ...plan, endpoints: only(plan.endpoints), pages: only(plan.pages) };
  if (suspects.length > 0) opts.log.info(`confirming ${plural(suspects.length, 'rule')} beside the base on this runner: ${[...names].join(', ')}`);
  if (memoryOnly.length > 0) opts.log.info(`a memory budget failed: heap snapshots of ${memoryOnly.map((e) => e.name).join(', ')} beside the base`);
  let measured;
  const decided = decidedBefore(checks, rows);
  if (decided) opts.log.info(`the outcome is decided (${decided}): each rule takes its fewest samples, to confirm what it says, not to change the outcome`);
  try {
    measured = await measureSameRunner({ plan: subPlan, base, leaks }, { ...opts, ...(decided && { decided }) });
  } catch (e) {
    return notPossible(firstLineOf(e)); // the base could not be checked out or built: a shallow clone, a missing ref…
  }
  // The profiles taken before a failure still say why.
  const why = measured.diagnosis;
  if (measured.errors.length > 0) return { ...notPossible(firstLineOf(measured.errors[0])), ...(why && { diagnosis: why }) };
  if (suspects.length === 0) return { comparisons: [...rows], confirmation: { status: 'not needed' }, ...(why && { diagnosis: why }) };
  // Work that could not be read beside the base costs only its own rows: they keep the stored verdict.
  for (const e of measured.workErrors) opts.log.warn(`confirming: ${e}; those rows keep the stored-baseline verdict`);
  const confirmed = measured.compared.comparisons;
  const comparisons = withConfirmed(rows, confirmed, worthIt);
  return {
    comparisons,
    confirmation: {
      status: 'confirmed',
      source: measured.description,
      ...(measured.sha && { sha: measured.sha }),
      sampling: measured.sampling,
      ...(measured.workErrors.length > 0 && { notes: measured.workErrors.map(firstLineOf) }),
      ...baseWork(measured.base, names),
    },
    ...(why && { diagnosis: why }),
  };
}

// What no runner's noise moves: a count of work per request, or what a page is made of (its bytes, its requests).
const runnerFree = (r: ComparisonRow) => exactMetric(r.kind, r.metric) || (r.kind === 'page' && ['total-bytes', 'requests'].includes(r.metric));

// A gating budget that failed, or a gating rule on what no runner's noise moves that regressed, fails the run
// whatever confirmation finds for the other rules.
function decidedBefore(checks: readonly CheckResult[], rows: readonly ComparisonRow[]): string | undefined {
  const failed = checks.find((c) => c.outcome === 'fail');
  if (failed) return `${failed.target} ${failed.metric} ${budgetText(failed)} failed`;
  const fixed = rows.find((r) => r.verdict === 'regressed' && r.gating && runnerFree(r));
  return fixed && `${fixed.target} ${fixed.metric} regressed, which no runner's noise moves`;
}

// The confirmed rows in place of the stored ones they confirm, each keeping what the stored baseline said.
function withConfirmed(rows: readonly ComparisonRow[], confirmed: readonly ComparisonRow[], worthIt: (r: ComparisonRow) => boolean): ComparisonRow[] {
  return rows.map((r) => {
    const c = worthIt(r) ? confirmed.find((x) => x.target === r.target && x.metric === r.metric) : undefined;
    // A side that measured nothing of it (its work could not be read) leaves the stored verdict standing.
    if (!c || c.baseMean === null || c.headMean === null) return r;
    return { ...c, stored: { verdict: r.verdict, baseMean: r.baseMean, headMean: r.headMean, deltaPercent: r.deltaPercent, interval: r.interval } };
  });
}
