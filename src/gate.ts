// One gate run: read the budget, measure (one app, or base and head side by side), check, and write the report.
// Shared by the CLI and the action; what measured is written even when the run stops early.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { autocannonLoad } from './adapters/autocannon-load.js';
import { openUndiciSession } from './adapters/undici-load.js';
import { readBaselineFile } from './adapters/baseline-file.js';
import { readBudgetFile } from './adapters/budget-file.js';
import { fingerprint } from './adapters/fingerprint.js';
import { ensureReportDir, writeReport, type ReportPaths } from './adapters/report-files.js';
import { baseWork } from './core/work-diff.js';
import { baseValues, compareWithBaseline } from './core/baseline.js';
import type { GatePlan, SameRunnerPlan } from './core/plan.js';
import { evaluateChecks } from './core/checks.js';
import type { ExitCodeValue } from './core/errors.js';
import type { LoadGenerator } from './core/load-generator.js';
import { outcomeOf, verdictOf } from './core/outcome.js';
import { renderMarkdown } from './core/render-markdown.js';
import { reportSchemaVersion, type BaselineInfo, type Fingerprint, type ComparisonRow, type Report, type TargetResult, type Trend } from './core/report.js';
import { measureOneApp } from './one-app.js';
import type { Measured } from './measure.js';
import { gatingRuleCount, shardPlan, type ShardSpec } from './core/shard.js';
import { trendsOf } from './core/trends.js';
import { compareWithSameRunnerBase, measureSameRunner, sampleLimits } from './same-runner.js';
import { confirmSuspects } from './confirm.js';
import { undecidable, undecidableNote } from './core/decidability.js';
import { maskedLogger, type Logger } from './logger.js';
import { perfGateVersion } from './version.js';

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
  /** Where the baseline comes from: a report.json file, the base branch's artifacts… Asked only after measuring. */
  baseline?: BaselineProvider;
  /** Measure only this part of the budget's targets (a job of a matrix); `perf-gate merge` joins the parts. */
  shard?: ShardSpec;
}

export type BaselineResult =
  | {
      ok: true;
      report: Report;
      info: Omit<BaselineInfo, 'status'>;
      /** Other stored runs of the base: they measure run-to-run noise. */
      history?: Report[];
      /** Stored runs that could not be used, and why. */
      warnings?: string[];
    }
  | { ok: false; reason: string; source?: string };
export type BaselineProvider = () => Promise<BaselineResult>;

/** A baseline read from report.json files relative to cwd: the first is the baseline, the rest its history. */
export function baselineFromFiles(files: readonly string[], cwd: string): BaselineProvider {
  return async () => {
    const [file, ...others] = files as [string, ...string[]];
    const read = readBaselineFile(file, cwd);
    if (!read.ok) return { ok: false, reason: read.reason, source: file };
    const history: Report[] = [];
    const warnings: string[] = [];
    for (const other of others) {
      const r = readBaselineFile(other, cwd);
      if (r.ok) history.push(r.report);
      else warnings.push(`stored run ${other} left out: ${r.reason}`);
    }
    return { ok: true, report: read.report, info: { source: file }, history, warnings };
  };
}

interface GateOutcome {
  report: Report;
  markdown: string;
  paths: ReportPaths;
  exitCode: ExitCodeValue;
}

// Rules no number of samples this run may take could decide: flagged once, in the report and the terminal.
function flagUndecidable(plan: GatePlan, rows: readonly ComparisonRow[], log: Logger): ComparisonRow[] {
  return rows.map((r) => {
    const target = [...plan.endpoints, ...plan.pages].find((t) => t.kind === r.kind && t.name === r.target);
    if (!target) return r;
    const most = plan.confirm ? sampleLimits(plan.confirm, target).max : target.kind === 'endpoint' ? target.load.samples : target.runs;
    if (!undecidable(r, most)) return r;
    const why = undecidableNote(r);
    log.warn(`${r.target} ${why}`);
    return { ...r, undecidable: why };
  });
}

export async function runGate(opts: GateOptions): Promise<GateOutcome> {
  const began = performance.now();
  const startedAt = new Date();
  const whole = readBudgetFile(opts.config, opts.cwd, { env: opts.env ?? process.env, ...(opts.baseUrl !== undefined && { baseUrl: opts.baseUrl }) });
  opts.onSecrets?.(whole.secrets);
  const log = maskedLogger(opts.log, whole.secrets);
  const sharded = opts.shard && shardPlan(whole, opts.shard);
  const plan: GatePlan = sharded ? { ...sharded.plan, gatingFamily: gatingRuleCount(whole) } : whole;
  const nothingHere = plan.endpoints.length + plan.pages.length === 0;
  if (sharded) {
    const mine = [...plan.endpoints, ...plan.pages].map((t) => t.name);
    log.info(
      `shard ${sharded.shard.index}/${sharded.shard.total}: ${nothingHere ? 'none' : mine.join(', ')} (${mine.length} of the budget's ${sharded.shard.split.length} targets)`,
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

  const common = {
    reportDir: paths.dir,
    log,
    secrets: plan.secrets,
    budgetFile: plan.file,
    ...(plan.app.tls && { tls: plan.app.tls }),
    // autocannon for steady load (its closed loop is the fastest here); undici's pool for shapes, which need an open loop.
    load: opts.loadGenerator ?? { ...autocannonLoad, open: openUndiciSession },
    onStart: () => (timings.firstRequestMs ??= Math.round(performance.now())),
    ...(opts.chromePath && { chromePath: opts.chromePath }),
    ...(opts.tempDir && { tempDir: opts.tempDir }),
    ...(opts.signal && { signal: opts.signal }),
  };
  // A shard with no targets (more shards than targets) starts nothing and reports that it had none.
  const sameRunner = nothingHere
    ? undefined
    : plan.sameRunner
      ? await measureSameRunner(plan as GatePlan & { sameRunner: SameRunnerPlan }, { ...common, headDir: path.dirname(path.resolve(opts.cwd, opts.config)) })
      : undefined;
  const measured: Measured = nothingHere
    ? { targets: [], errors: [] }
    : (sameRunner ??
      (await measureOneApp(plan, {
        ...common,
        onReady: () => {
          timings.appReadyMs = Math.round(performance.now());
          log.info(`app ready${plan.app.readyUrl ? ` at ${plan.app.readyUrl}` : ''} after ${timings.appReadyMs} ms`);
        },
      })));
  const { targets, errors } = measured;
  if (measured.browser) environment.browser = measured.browser;
  if (opts.signal?.aborted) errors.push(`interrupted (${String(opts.signal.reason ?? 'signal')}) before the run completed`);

  const checks = evaluateChecks(plan, targets);
  const compared: Compared = sameRunner
    ? compareWithSameRunnerBase(plan, { environment, targets }, sameRunner, startedAt)
    : nothingHere
      ? { comparisons: [] }
      : await compareWithStoredBaseline(plan, { environment, targets, startedAt }, { ...opts, log });
  const { trends } = compared;
  let { baseline } = compared;
  // Against stored runs, before confirmation spends time on them (same-runner rows say what would settle them).
  let comparisons = sameRunner ? compared.comparisons : flagUndecidable(plan, compared.comparisons, log);
  // A run that could not complete has nothing worth confirming.
  if (plan.confirm && baseline?.status === 'used' && errors.length === 0 && !opts.signal?.aborted) {
    const confirmed = await confirmSuspects(plan as GatePlan & { confirm: SameRunnerPlan }, comparisons, {
      ...common,
      headDir: path.dirname(path.resolve(opts.cwd, opts.config)),
      logPrefix: 'confirm-',
      ...(opts.confirmBaseRef && { baseRef: opts.confirmBaseRef }),
      environment,
      startedAt,
    });
    comparisons = confirmed.comparisons;
    baseline = { ...baseline, confirmation: confirmed.confirmation };
  }
  timings.totalMs = Math.round(performance.now() - began);
  const report: Report = {
    schemaVersion: reportSchemaVersion,
    tool: { name: 'perf-gate', version: perfGateVersion },
    budgetFile: plan.file,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    environment,
    timings,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    targets,
    checks,
    ...(baseline && { baseline }),
    comparisons,
    ...(trends && trends.length > 0 && { trends }),
    verdict: verdictOf(checks, errors, comparisons),
    errors,
    ...(sharded && { shard: sharded.shard }),
  };
  const markdown = renderMarkdown(report);
  writeReport(paths, report, markdown);
  return { report, markdown, paths, exitCode: outcomeOf(report).exitCode };
}

interface Compared {
  baseline?: BaselineInfo;
  comparisons: ComparisonRow[];
  trends?: Trend[];
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
  };
  opts.log.info(`baseline: ${[baseline.sha?.slice(0, 7), baseline.ref, baseline.source].filter(Boolean).join(' ')}`);
  return {
    baseline,
    comparisons: compareWithBaseline(plan, head, b, history),
    trends: trendsOf(head.targets, { startedAt: head.startedAt.toISOString(), environment: head.environment }, [b, ...history]),
  };
}
