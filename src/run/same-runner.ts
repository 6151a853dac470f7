// Same-runner A/B: the base's app beside this checkout's, both up at once on their own ports, bursts of each
// endpoint alternating between them in a random order per round, more rounds only while a relative rule is
// unsure; then head against the base, and the diagnosis of what came out suspicious while both apps are still up.
// Both apps and the base's worktree are always ended and removed.
import { inGroup } from '../logger.js';
import path from 'node:path';
import { prepareBase, type BaseCheckout } from '../adapters/baseline/base-checkout.js';
import { settleUnseen } from '../adapters/work/work-reader.js';
import { startAppPair } from './app-pair.js';
import type { AppPair } from './measure.js';
import { compareBesideBase } from '../core/verdict/beside-base.js';
import { exactMetric } from '../core/budget/metric-catalog.js';
import type { EndpointPlan, GatePlan, SameRunnerPlan } from '../core/budget/plan.js';
import type { Diagnosis } from '../core/report/report.js';
import { diagnoseBeside } from './diagnose.js';
import { keepRunError, type SameRunnerOptions, type SameRunnerResult } from './measure.js';
import type { RoundsContext } from './sampling-loop.js';
import { endpointRounds, pageRounds, withPageAuditor, type TargetRounds } from './same-runner-rounds.js';

/** A pass beside the base: the targets to measure, the base to measure them beside, and what else to diagnose. */
export interface SameRunnerPass {
  /** The run's plan, or confirmation's (its suspects only). */
  plan: GatePlan;
  base: SameRunnerPlan;
  /** Endpoints whose memory budget failed in the run before this pass (confirmation): heap snapshots for each. */
  leaks?: readonly EndpointPlan[];
}

export async function measureSameRunner(pass: SameRunnerPass, opts: SameRunnerOptions): Promise<SameRunnerResult> {
  const { plan } = pass;
  const random = opts.random ?? Math.random;
  const measured: Measuring = { targets: [], base: [], sampling: [], description: '', errors: [], workErrors: [] };
  let checkout: BaseCheckout | undefined;
  let apps: AppPair | undefined;
  let comparison: SameRunnerResult['compared'] | undefined;
  let diagnosis: Diagnosis | undefined;
  try {
    apps = await inGroup(opts.log, 'Preparing the base and starting both apps', async () => {
      checkout = await checkOutBase(pass, opts);
      measured.description = checkout.description;
      if (checkout.sha) measured.sha = checkout.sha;
      return (opts.seams?.startPair ?? startAppPair)(plan, pass.base, checkout, opts, random);
    });
    measured.workErrors.push(...apps.workErrors);
    await measureBoth(pass, apps, measured, opts, random);
    comparison = compared(pass, measured, opts);
    if (plan.diagnose && !opts.signal?.aborted) diagnosis = await diagnoseBeside(pass, apps, measured, comparison.comparisons, opts, random);
  } catch (e) {
    keepRunError(e, measured.errors);
  } finally {
    try {
      await apps?.stop();
    } catch (e) {
      keepRunError(e, measured.errors);
    }
    checkout?.dispose();
  }
  // Head against the base as far as it was measured, when the rounds did not finish.
  return { ...measured, compared: comparison ?? compared(pass, measured, opts), ...(diagnosis && { diagnosis }) };
}

/** What the pass has measured so far. */
type Measuring = Omit<SameRunnerResult, 'compared' | 'diagnosis'>;

const compared = (pass: SameRunnerPass, m: Measuring, opts: SameRunnerOptions) =>
  compareBesideBase(pass.plan, { environment: opts.environment, targets: m.targets }, m, opts.startedAt);

function checkOutBase(pass: SameRunnerPass, opts: SameRunnerOptions): Promise<BaseCheckout> {
  opts.log.info(pass.base.dir ? `base: ${pass.base.dir}` : `base: making a worktree of the merge-base of HEAD and ${pass.base.ref}`);
  return (opts.seams?.prepareBase ?? prepareBase)(pass.base, {
    headDir: opts.headDir,
    budgetFile: pass.plan.file,
    buildLog: path.join(opts.reportDir, `${opts.logPrefix ?? ''}base-build.log`),
    ...(opts.tempDir && { tempDir: opts.tempDir }),
    ...(opts.signal && { signal: opts.signal }),
  });
}

// Every endpoint, then every page, each target's rounds given what the targets before it left of the time budget
// and whether they decided the run's outcome.
async function measureBoth(pass: SameRunnerPass, apps: AppPair, measured: Measuring, opts: SameRunnerOptions, random: () => number): Promise<void> {
  const { plan } = pass;
  let ctx = roundsContext(pass, apps, opts, random);
  const keep = (t: TargetRounds) => {
    measured.targets.push(t.head);
    if (t.base) measured.base.push(t.base);
    if (t.rounds) measured.sampling.push(t.rounds.record);
    if (t.error) measured.errors.push(t.error);
    ctx = { ...ctx, spentMs: ctx.spentMs + (t.rounds?.extraMs ?? 0), ...(t.rounds?.decided !== undefined && { decided: t.rounds.decided }) };
    return t.rounds?.appsDown;
  };
  let appsDown: unknown;
  for (const ep of plan.endpoints) {
    if (opts.signal?.aborted || appsDown) break;
    appsDown = keep(await inGroup(opts.log, `Endpoint ${ep.name}: base and head`, () => endpointRounds(ep, ctx)));
  }
  settleUnseen(apps.work.head, plan.endpoints, measured.targets, measured.workErrors);
  settleUnseen(apps.work.base, plan.endpoints, measured.base, []);
  if (appsDown) throw appsDown;
  if (plan.pages.length === 0 || opts.signal?.aborted) return;
  const audited = await inGroup(opts.log, 'Pages: base and head', () =>
    withPageAuditor(opts, async (auditor) => {
      for (const page of plan.pages) if (!opts.signal?.aborted) keep(await pageRounds(page, auditor, ctx));
    }),
  );
  if (audited.browser) measured.browser = audited.browser;
}

// What every target's rounds share: the apps, the load, and one time budget for the run.
function roundsContext(pass: SameRunnerPass, apps: AppPair, opts: SameRunnerOptions, random: () => number): RoundsContext {
  const { plan, base } = pass;
  return {
    plan,
    base,
    apps,
    log: opts.log,
    load: opts.load,
    ...(opts.onStart && { onStart: opts.onStart }),
    random,
    timeBudgetMs: base.timeBudgetMs,
    rulesInRun: [...plan.endpoints, ...plan.pages].reduce((n, t) => n + t.relative.filter((r) => !exactMetric(t.kind, r.metric)).length, 0),
    spentMs: 0,
    ...(opts.decided !== undefined && { decided: opts.decided }),
    ...(opts.signal && { signal: opts.signal }),
  };
}
