// One gate run, as its phases: plan (read the budget, choose the mode once), measure (one app, or base and head
// side by side), judge (budgets, relative rules, confirmation), publish (the report written).
// Shared by the CLI and the action; what measured is written even when the run stops early.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadEngines } from '../adapters/load/load-engines.js';
import { readBudgetFile } from '../adapters/files/budget-file.js';
import { fingerprint } from '../adapters/baseline/fingerprint.js';
import { ensureReportDir, writeReport, type ReportPaths } from '../adapters/files/report-files.js';
import { baseWork } from '../core/work/work-diff.js';
import { basePageFacts } from '../core/pages/page-facts.js';
import { baseValues, compareWithBaseline, type BaselineProvider } from '../core/verdict/baseline.js';

import type { GatePlan, SameRunnerPlan } from '../core/budget/plan.js';
import { evaluateChecks } from '../core/verdict/checks.js';
import type { ExitCodeValue } from '../core/errors.js';
import type { LoadGenerator } from '../core/load/load-generator.js';
import { outcomeOf, verdictOf } from '../core/verdict/outcome.js';
import { renderMarkdown } from '../core/render/render-markdown.js';
import {
  reportSchemaVersion,
  type CheckResult,
  type BaselineInfo,
  type Fingerprint,
  type ComparisonRow,
  type Report,
  type TargetResult,
  type Trend,
  type Diagnosis,
  type Acceptance,
} from '../core/report/report.js';
import { measureOneApp } from './one-app.js';
import type { AppSeams, Measured, MeasureOptions, SameRunnerResult } from './measure.js';
import type { Profiler } from '../adapters/profiling/perf-profiler.js';
import { gatingRuleCount, shardPlan, type ShardSpec } from '../core/report/shard.js';
import { trendsOf } from '../core/verdict/trends.js';
import { measureSameRunner } from './same-runner.js';
import { sampleLimits } from './sampling-loop.js';
import { confirmSuspects } from './confirm.js';
import { besideBaseSe, undecidable, undecidableNote } from '../core/verdict/decidability.js';
import { inGroup, maskedLogger, type Logger } from '../logger.js';
import { perfGateVersion } from '../version.js';
import { measureClientFloor } from '../adapters/load/client-floor.js';
import { busyNote, driftText, runnerDrift, speedProbeOf } from '../core/verdict/runner-speed.js';
import { clientFloorDefaults } from '../core/budget/defaults.js';
import { formatValue } from '../core/units.js';
import { acceptRegressions, acceptanceText } from '../core/verdict/acceptance.js';

interface GateOptions {
  /** The budget file, relative to cwd. */
  config: string;
  /** The report directory, relative to cwd. */
  outDir: string;
  cwd: string;
  log: Logger;
  /** Aborted on SIGINT/SIGTERM: the run stops, tears down and still writes what it measured. */
  signal?: AbortSignal;
  /** Where `${NAME}` references of the budget are read from (process.env when absent), and the runner's variables. */
  env?: NodeJS.ProcessEnv;
  /** Replaces the budget's app.baseUrl (the action's base-url input, the CLI's --base-url). */
  baseUrl?: string;
  /** Told the values of the budget's `${NAME}` references before anything is logged (the action masks them). */
  onSecrets?: (secrets: readonly string[]) => void;
  /** Chrome to audit pages with; found by chrome-launcher (or CHROME_PATH) when absent. */
  chromePath?: string;
  /** Where Chrome's profile and temp files go; the system temp directory when absent. */
  tempDir?: string;
  /** The pull request's or merge group's base commit: what `confirm: {}` measures beside. */
  confirmBaseRef?: string;
  /** What puts load on the endpoints (autocannon when absent). */
  loadGenerator?: LoadGenerator;
  /** Where the apps come from, and what profiles them: fakes in the fast tier's tests. */
  seams?: AppSeams;
  profiler?: Profiler;
  /** Where the baseline comes from: a report.json file, the base branch's artifacts… Asked only after measuring. */
  baseline?: BaselineProvider;
  /** Measure only this part of the budget's targets (a job of a matrix); `perf-gate merge` joins the parts. */
  shard?: ShardSpec;
  /** The pull request's accept label, read when the run started: its gating regressions pass, shown as accepted. */
  acceptance?: Acceptance;
  /** This build alone, as a push stores it: no base beside it, no confirmation, no diagnosis (calibrate's A/A runs). */
  alone?: boolean;
}

interface GateOutcome {
  report: Report;
  markdown: string;
  paths: ReportPaths;
  exitCode: ExitCodeValue;
}

// Rules no number of samples this run may take could decide: flagged once, in the report and the terminal.
function flagUndecidable(plan: GatePlan, rows: readonly ComparisonRow[], targets: readonly TargetResult[], log: Logger): ComparisonRow[] {
  return rows.map((r) => {
    const target = [...plan.endpoints, ...plan.pages].find((t) => t.kind === r.kind && t.name === r.target);
    if (!target) return r;
    const most = plan.confirm ? sampleLimits(plan.confirm, target).max : target.kind === 'endpoint' ? target.load.samples : target.runs;
    // Confirmation measures both sides anew: the noise it meets is this runner's, as the head's samples show.
    const head = targets.find((t) => t.kind === r.kind && t.name === r.target)?.metrics[r.metric]?.samples ?? [];
    const perSampleSe = plan.confirm ? (besideBaseSe(head) ?? r.perSampleSe) : r.perSampleSe;
    if (!undecidable({ ...r, ...(perSampleSe !== undefined && { perSampleSe }) }, most)) return r;
    const why = undecidableNote(r);
    log.warn(`${r.target} ${why}`);
    return { ...r, undecidable: why };
  });
}

/** The run's plan: what it measures, in which mode, and what every phase shares. */
interface RunPlan {
  began: number;
  startedAt: Date;
  plan: GatePlan;
  mode: Mode;
  sharded?: ReturnType<typeof shardPlan>;
  log: Logger;
  paths: ReportPaths;
  environment: Fingerprint;
  timings: Report['timings'];
  /** What both ways of measuring take. */
  measuring: MeasureOptions;
  /** This checkout: the budget file's directory. */
  headDir: string;
  acceptance?: Acceptance;
}

/** How this run measures, chosen once: nothing (a shard with no targets), beside the base, or this app alone. */
type Mode = { kind: 'nothing' } | { kind: 'same-runner'; plan: GatePlan & { sameRunner: SameRunnerPlan } } | { kind: 'one-app'; plan: GatePlan };

const withSameRunner = (plan: GatePlan): plan is GatePlan & { sameRunner: SameRunnerPlan } => plan.sameRunner !== undefined;
const withConfirm = (plan: GatePlan): plan is GatePlan & { confirm: SameRunnerPlan } => plan.confirm !== undefined;

function modeOf(plan: GatePlan): Mode {
  if (plan.endpoints.length + plan.pages.length === 0) return { kind: 'nothing' };
  if (withSameRunner(plan)) return { kind: 'same-runner', plan };
  return { kind: 'one-app', plan };
}

/** What was measured, and the base beside it when it was measured on this runner (profiled when suspicious). */
interface MeasuredRun extends Measured {
  sameRunner?: SameRunnerResult;
  diagnosis?: Diagnosis;
}

const withDiagnosis = (diagnosis: Diagnosis | undefined) => (diagnosis ? { diagnosis } : {});

/** What the results mean: the budgets checked, and the relative rules against a baseline. */
interface Judged extends Compared {
  checks: CheckResult[];
}

export async function runGate(opts: GateOptions): Promise<GateOutcome> {
  const run = await planRun(opts);
  const measured = await measureTargets(run, opts);
  const judged = await judge(run, measured, opts);
  return writeOutcome(run, measured, judged);
}

// The budget read (one shard of it in a matrix), the report directory made, where the run happens fingerprinted.
async function planRun(opts: GateOptions): Promise<RunPlan> {
  const began = performance.now();
  const startedAt = new Date();
  const read = await readBudgetFile(opts.config, opts.cwd, { env: opts.env ?? process.env, ...(opts.baseUrl !== undefined && { baseUrl: opts.baseUrl }) });
  const { sameRunner: _s, confirm: _c, diagnose: _d, ...measuredAlone } = read;
  const whole: GatePlan = opts.alone ? measuredAlone : read;
  opts.onSecrets?.(whole.secrets);
  const log = maskedLogger(opts.log, whole.secrets);
  const sharded = opts.shard && shardPlan(whole, opts.shard);
  const plan: GatePlan = sharded ? { ...sharded.plan, gatingFamily: gatingRuleCount(whole) } : whole;
  const mode = modeOf(plan);
  if (sharded) {
    const mine = [...plan.endpoints, ...plan.pages].map((t) => t.name);
    log.info(
      `shard ${sharded.shard.index}/${sharded.shard.total}: ${mode.kind === 'nothing' ? 'none' : mine.join(', ')} (${mine.length} of the budget's ${sharded.shard.split.length} targets)`,
    );
  }
  const paths = ensureReportDir(path.resolve(opts.cwd, opts.outDir));
  const environment: Fingerprint = {
    ...fingerprint(opts.cwd, opts.env),
    ...(plan.traffic.remote && { traffic: plan.traffic }),
    ...(plan.app.tls && { tls: 'insecure' in plan.app.tls ? ('insecure' as const) : ('ca' as const) }),
  };
  if (plan.traffic.remote) log.info(`traffic goes to ${plan.traffic.hosts.join(', ')} (app.remote), not only to this machine`);
  const timings: Report['timings'] = { totalMs: 0 };
  const measuring: MeasureOptions = {
    reportDir: paths.dir,
    log,
    secrets: plan.secrets,
    budgetFile: plan.file,
    ...(plan.app.tls && { tls: plan.app.tls }),
    // autocannon for steady load (its closed loop is the fastest here); undici's pool for shapes, which need an open loop.
    load: opts.loadGenerator ?? loadEngines,
    onStart: () => (timings.firstRequestMs ??= Math.round(performance.now())),
    ...(opts.chromePath && { chromePath: opts.chromePath }),
    ...(opts.tempDir && { tempDir: opts.tempDir }),
    ...(opts.seams && { seams: opts.seams }),
    ...(opts.profiler && { profiler: opts.profiler }),
    ...(opts.signal && { signal: opts.signal }),
  };
  const headDir = path.dirname(path.resolve(opts.cwd, opts.config));
  const acceptance = opts.acceptance;
  if (acceptance) (acceptance.honoured ? log.info : log.warn)(acceptanceText(acceptance));
  return { began, startedAt, plan, mode, ...(sharded && { sharded }), log, paths, environment, timings, measuring, headDir, ...(acceptance && { acceptance }) };
}

// This checkout's app alone, or beside the base's; a shard with no targets starts nothing.
async function measureTargets(run: RunPlan, opts: GateOptions): Promise<MeasuredRun> {
  const { mode, measuring, timings, log } = run;
  let measured: MeasuredRun;
  switch (mode.kind) {
    case 'nothing':
      measured = { targets: [], errors: [] };
      break;
    case 'same-runner': {
      const options = { ...measuring, headDir: run.headDir, environment: run.environment, startedAt: run.startedAt };
      const sameRunner = await measureSameRunner({ plan: mode.plan, base: mode.plan.sameRunner }, options);
      // Beside the base as the gate's own baseline, work that could not be read is a run error, as with one app.
      measured = { ...sameRunner, errors: [...sameRunner.errors, ...sameRunner.workErrors], sameRunner };
      break;
    }
    case 'one-app':
      measured = await measureOneApp(mode.plan, {
        ...measuring,
        onReady: () => {
          timings.appReadyMs = Math.round(performance.now());
          log.info(`app ready${mode.plan.app.readyUrl ? ` at ${mode.plan.app.readyUrl}` : ''} after ${timings.appReadyMs} ms`);
        },
      });
  }
  if (measured.browser) run.environment.browser = measured.browser;
  const speed = speedProbeOf(measured.speed ?? []);
  if (speed) run.environment.speedProbe = speed;
  await measureFloorIfNear(run, measured.targets, opts.signal);
  if (opts.signal?.aborted) measured.errors.push(`interrupted (${String(opts.signal.reason ?? 'signal')}) before the run completed`);
  return measured;
}

// An endpoint that answered in under a millisecond: how long the load generator itself takes, for the report to say
// where a latency is near it.
async function measureFloorIfNear(run: RunPlan, targets: readonly TargetResult[], signal?: AbortSignal): Promise<void> {
  const fast = targets.some((t) => t.kind === 'endpoint' && t.status === 'ok' && (t.metrics.p95?.value ?? Infinity) < clientFloorDefaults.measureBelowMs);
  if (!fast || signal?.aborted) return;
  const floor = await measureClientFloor(run.measuring.load, signal);
  if (!floor) return;
  run.environment.clientFloor = floor;
  run.log.info(
    `the load generator's own latency (a responder inside perf-gate, 1 connection): p50 ${formatValue(floor.p50Ms, 'ms')} · p95 ${formatValue(floor.p95Ms, 'ms')}`,
  );
}

// The budgets checked; the relative rules against the base measured beside, or the stored baseline, whose
// suspicious verdicts are then confirmed beside the base.
async function judge(run: RunPlan, measured: MeasuredRun, opts: GateOptions): Promise<Judged> {
  const { plan, environment, startedAt, log } = run;
  const { targets, errors } = measured;
  const checks = evaluateChecks(plan, targets);
  if (measured.sameRunner) return { checks, ...measured.sameRunner.compared };
  if (run.mode.kind === 'nothing') return { checks, comparisons: [] };
  const stored = await inGroup(log, 'Comparing with the stored baseline', () =>
    compareWithStoredBaseline(plan, { environment, targets, startedAt }, { ...opts, log }),
  );
  // Before confirmation spends time on them (same-runner rows say what would settle them).
  const comparisons = flagUndecidable(plan, stored.comparisons, targets, log);
  // A run that could not complete has nothing worth confirming.
  if (!withConfirm(plan) || stored.baseline?.status !== 'used' || errors.length > 0 || opts.signal?.aborted) return { ...stored, checks, comparisons };
  const confirmed = await confirmSuspects(plan, comparisons, checks, {
    ...run.measuring,
    headDir: run.headDir,
    logPrefix: 'confirm-',
    ...(opts.confirmBaseRef && { baseRef: opts.confirmBaseRef }),
    environment,
    startedAt,
  });
  return {
    ...stored,
    checks,
    comparisons: confirmed.comparisons,
    baseline: { ...stored.baseline, confirmation: confirmed.confirmation },
    ...withDiagnosis(confirmed.diagnosis),
  };
}

// The report, assembled, rendered and written; whatever was measured is in it.
function writeOutcome(run: RunPlan, measured: MeasuredRun, judged: Judged): GateOutcome {
  const { plan, timings } = run;
  const { targets, errors } = measured;
  const { checks, baseline, trends } = judged;
  const acceptance = run.acceptance;
  const comparisons = acceptRegressions(judged.comparisons, acceptance);
  const diagnosis = measured.diagnosis ?? judged.diagnosis;
  timings.totalMs = Math.round(performance.now() - run.began);
  const report: Report = {
    schemaVersion: reportSchemaVersion,
    tool: { name: 'perf-gate', version: perfGateVersion },
    budgetFile: plan.file,
    startedAt: run.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    environment: run.environment,
    timings,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    targets,
    checks,
    ...(baseline && { baseline }),
    comparisons,
    ...(diagnosis && { diagnosis }),
    ...(trends && trends.length > 0 && { trends }),
    ...(acceptance && { acceptance }),
    verdict: verdictOf(checks, errors, comparisons),
    errors,
    ...(run.sharded && { shard: run.sharded.shard }),
  };
  const markdown = renderMarkdown(report);
  writeReport(run.paths, report, markdown);
  return { report, markdown, paths: run.paths, exitCode: outcomeOf(report).exitCode };
}

interface Compared {
  baseline?: BaselineInfo;
  comparisons: ComparisonRow[];
  trends?: Trend[];
  diagnosis?: Diagnosis;
}

// The relative rules against the baseline, or why they could not be checked (absolute budgets gate regardless).
async function compareWithStoredBaseline(
  plan: GatePlan,
  head: { environment: Report['environment']; targets: readonly TargetResult[]; startedAt: Date },
  opts: GateOptions,
): Promise<Compared> {
  const hasRules = [...plan.endpoints, ...plan.pages].some((t) => t.relative.length > 0);
  if (!opts.baseline) return hasRules ? { baseline: { status: 'missing', reason: 'no baseline was given' }, comparisons: [] } : { comparisons: [] };
  const found = await opts.baseline();
  if (!found.ok) {
    opts.log.warn(`no baseline: ${found.reason}; absolute budgets still apply`);
    return { baseline: { status: 'missing', reason: found.reason, ...(found.source && { source: found.source }) }, comparisons: [] };
  }
  for (const w of found.warnings ?? []) opts.log.warn(w);
  const b = found.report;
  const history = found.history ?? [];
  const baseline: BaselineInfo = {
    status: 'used',
    createdAt: b.startedAt,
    ...(history.length > 0 && { historyRuns: history.length }),
    ...(b.environment.git?.sha && { sha: b.environment.git.sha }),
    ...(b.environment.git?.ref && { ref: b.environment.git.ref }),
    ...found.info,
    values: baseValues(b.targets, new Set(head.targets.map((t) => t.name))),
    ...baseWork(b.targets, new Set(head.targets.map((t) => t.name))),
    ...basePageFacts(b.targets, new Set(head.targets.map((t) => t.name))),
  };
  opts.log.info(`baseline: ${[baseline.sha?.slice(0, 7), baseline.ref, baseline.source].filter(Boolean).join(' ')}`);
  const drift = runnerDrift(b.environment, head.environment);
  if (drift) {
    baseline.runnerSpeed = drift;
    opts.log.warn(
      `this runner was ${driftText(drift)} than when the baseline was stored${busyNote(drift)}: a timing row whose verdict that could explain reads unsure`,
    );
  }
  return {
    baseline,
    comparisons: compareWithBaseline(plan, head, b, history),
    trends: trendsOf(head.targets, { startedAt: head.startedAt.toISOString(), environment: head.environment }, [b, ...history]),
  };
}
