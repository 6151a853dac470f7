// Same-runner A/B: the base's app beside this checkout's, both up at once on their own ports, bursts of each
// endpoint alternating between them in a random order per round, more rounds only while a relative rule is
// unsure. Both apps and the base's worktree are always ended and removed.
import { inGroup } from '../logger.js';
import path from 'node:path';
import { prepareBase, type BaseCheckout } from '../adapters/baseline/base-checkout.js';
import { settleUnseen } from '../adapters/work/work-reader.js';
import { startAppPair } from './app-pair.js';
import type { AppPair } from './measure.js';
import { baseValues, compareWithBaseline } from '../core/verdict/baseline.js';
import type { GatePlan, SameRunnerPlan } from '../core/budget/plan.js';
import type { BaselineInfo, ComparisonRow, Report, TargetResult } from '../core/report/report.js';
import { perStart } from '../core/load/sampling.js';
import { baseWork } from '../core/work/work-diff.js';
import { basePageFacts } from '../core/pages/page-facts.js';
import { keepRunError, type SameRunnerOptions, type SameRunnerResult } from './measure.js';
import type { RoundsContext } from './sampling-loop.js';
import { allPageRounds, endpointRounds } from './same-runner-rounds.js';

/** Called once every target was measured and compared, while both apps are still up (the diagnosis pass). */
export type AfterRounds = (pass: {
  plan: GatePlan;
  apps: AppPair;
  result: SameRunnerResult;
  comparisons: readonly ComparisonRow[];
  random: () => number;
}) => Promise<void>;

export async function measureSameRunner(
  plan: GatePlan & { sameRunner: SameRunnerPlan },
  opts: SameRunnerOptions,
  afterRounds?: AfterRounds,
): Promise<SameRunnerResult> {
  const sr = plan.sameRunner;
  const random = opts.random ?? Math.random;
  const result: SameRunnerResult = { targets: [], base: [], sampling: [], description: '', errors: [], workErrors: [] };
  // Head against the base as far as it was measured: once after the rounds, or at the end when they did not finish.
  const compare = () => compareWithSameRunnerBase(plan, { environment: opts.environment, targets: result.targets }, result, opts.startedAt);
  let checkout: BaseCheckout | undefined;
  let apps: AppPair | undefined;
  try {
    await inGroup(opts.log, 'Preparing the base and starting both apps', async () => {
      opts.log.info(sr.dir ? `base: ${sr.dir}` : `base: making a worktree of the merge-base of HEAD and ${sr.ref}`);
      checkout = await (opts.seams?.prepareBase ?? prepareBase)(sr, {
        headDir: opts.headDir,
        budgetFile: plan.file,
        buildLog: path.join(opts.reportDir, `${opts.logPrefix ?? ''}base-build.log`),
        ...(opts.tempDir && { tempDir: opts.tempDir }),
        ...(opts.signal && { signal: opts.signal }),
      });
      result.description = checkout.description;
      if (checkout.sha) result.sha = checkout.sha;
      apps = await (opts.seams?.startPair ?? startAppPair)(plan, checkout, opts, random, result.workErrors);
    });
    if (!apps) return result;
    const rounds = roundsContext(plan, apps, result, opts, random);
    for (const ep of plan.endpoints) {
      if (opts.signal?.aborted || rounds.appsDown) break;
      await inGroup(opts.log, `Endpoint ${ep.name}: base and head`, () => endpointRounds(ep, rounds));
    }
    settleUnseen(apps.work.head, plan.endpoints, result.targets, result.workErrors);
    settleUnseen(apps.work.base, plan.endpoints, result.base, []);
    if (rounds.appsDown) throw rounds.appsDown;
    if (plan.pages.length > 0 && !opts.signal?.aborted) await inGroup(opts.log, 'Pages: base and head', () => allPageRounds(rounds, opts));
    result.compared = compare();
    if (afterRounds && !opts.signal?.aborted) await afterRounds({ plan, apps, result, comparisons: result.compared.comparisons, random });
  } catch (e) {
    keepRunError(e, result.errors);
  } finally {
    try {
      await apps?.stop();
    } catch (e) {
      keepRunError(e, result.errors);
    }
    checkout?.dispose();
  }
  result.compared ??= compare();
  return result;
}

// What every target's rounds share: the apps, where results go, and one time budget for the run.
function roundsContext(
  plan: GatePlan & { sameRunner: SameRunnerPlan },
  apps: AppPair,
  result: SameRunnerResult,
  opts: SameRunnerOptions,
  random: () => number,
): RoundsContext {
  return {
    plan,
    apps,
    result,
    log: opts.log,
    load: opts.load,
    ...(opts.onStart && { onStart: opts.onStart }),
    random,
    timeBudgetMs: plan.sameRunner.timeBudgetMs,
    rulesInRun: [...plan.endpoints, ...plan.pages].reduce((n, t) => n + t.relative.length, 0),
    extraMs: 0,
    ...(opts.decided !== undefined && { decided: opts.decided }),
    ...(opts.signal && { signal: opts.signal }),
  };
}

// Base and head measured side by side: no run-to-run noise between them, the base is the other arm.
export function compareWithSameRunnerBase(
  plan: GatePlan,
  head: { environment: Report['environment']; targets: readonly TargetResult[] },
  sr: SameRunnerResult,
  startedAt: Date,
): { baseline: BaselineInfo; comparisons: ComparisonRow[] } {
  const source = `same runner: ${sr.description || 'base'}`;
  if (sr.base.length === 0) return { baseline: { status: 'missing', reason: 'the base was not measured', source }, comparisons: [] };
  const base = { environment: head.environment, targets: sr.base, startedAt: startedAt.toISOString() } as Report;
  // Only API targets restart the apps.
  const byStart = (t: TargetResult) => (t.kind === 'endpoint' ? perStart(t, sr.sampling.find((s) => s.target === t.name)?.appStarts) : t);
  return {
    baseline: {
      status: 'used',
      source,
      ...(sr.sha && { sha: sr.sha }),
      createdAt: startedAt.toISOString(),
      sameRunner: { sampling: sr.sampling },
      values: baseValues(sr.base, new Set(head.targets.map((t) => t.name))),
      ...baseWork(sr.base, new Set(head.targets.map((t) => t.name))),
      ...basePageFacts(sr.base, new Set(head.targets.map((t) => t.name))),
    },
    // Each start of the apps is one sample (see meansPerStart).
    comparisons: compareWithBaseline(
      { ...plan, runNoisePercent: 0 },
      { ...head, targets: head.targets.map(byStart) },
      { ...base, targets: base.targets.map(byStart) },
    ),
  };
}
