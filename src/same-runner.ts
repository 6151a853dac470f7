// Same-runner A/B: the base's app beside this checkout's, both up at once on their own ports, bursts of each
// endpoint alternating between them in a random order per round, more rounds only while a relative rule is
// unsure. Both apps and the base's worktree are always ended and removed.
import { sameRunnerDefaults } from './core/defaults.js';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApp, type RunningApp } from './adapters/app-process.js';
import { runAppSetup } from './adapters/app-setup.js';
import { prepareBase, type BaseCheckout } from './adapters/base-checkout.js';
import { freePorts } from './adapters/free-ports.js';
import { openPageAuditor, type PageAuditor } from './adapters/page-auditor.js';
import type { AppPlan, EndpointPlan, GatePlan, PagePlan, SameRunnerPlan } from './core/plan.js';
import { appCostMetrics, spansOf, type AppUsage, type CostSpan } from './core/app-cost.js';
import { newLoadTally, resultOf, type LoadTally } from './core/load-metrics.js';
import type { LoadGenerator, ResponseSink } from './core/load-generator.js';
import { timelineRecorder } from './core/timeline.js';
import { representativeRun, summarizeRuns, type PageRunMetrics } from './core/page-metrics.js';
import type { BaselineInfo, ComparisonRow, Report, SamplingRecord, SamplingStop, TargetResult } from './core/report.js';
import { baseValues, compareWithBaseline } from './core/baseline.js';
import { baseWork } from './core/work-diff.js';
import { perStart } from './core/sampling.js';
import { defaultRestartEvery, roundOrder, stopReason, unsettledMetrics } from './core/sampling.js';
import { RunError, messageOf } from './core/errors.js';
import { formatValue } from './core/units.js';
import type { Logger } from './logger.js';
import { isShaped, startShape, type ShapedEndpoint, type ShapeRun } from './shaped-load.js';
import { describeShape } from './core/load-shape.js';
import { openWorkReader, settleUnseen, type WorkReader } from './adapters/work-reader.js';
import { answeredCounter, requestWork, type WorkSnapshot, type WorkSpan } from './core/request-work.js';
import { keepRunError, loadFailure, type Measured, type MeasureOptions } from './measure.js';

export interface SameRunnerOptions extends MeasureOptions {
  /** The budget file's directory: this checkout. */
  headDir: string;
  random?: () => number;
  /** Put before the names of the logs it writes (app.log, base-app.log, base-build.log). */
  logPrefix?: string;
}

export interface SameRunnerResult extends Measured {
  base: TargetResult[];
  sampling: SamplingRecord[];
  description: string;
  sha?: string;
}

// Each burst opens fresh connections: this much load first is discarded.
const rewarmMs = 100;

export async function measureSameRunner(plan: GatePlan & { sameRunner: SameRunnerPlan }, opts: SameRunnerOptions): Promise<SameRunnerResult> {
  const sr = plan.sameRunner;
  const random = opts.random ?? Math.random;
  const result: SameRunnerResult = { targets: [], base: [], sampling: [], description: '', errors: [] };
  let checkout: BaseCheckout | undefined;
  let apps: AppPair | undefined;
  try {
    opts.log.info(sr.dir ? `base: ${sr.dir}` : `base: making a worktree of the merge-base of HEAD and ${sr.ref}`);
    checkout = await prepareBase(sr, {
      headDir: opts.headDir,
      budgetFile: plan.file,
      buildLog: path.join(opts.reportDir, `${opts.logPrefix ?? ''}base-build.log`),
      ...(opts.tempDir && { tempDir: opts.tempDir }),
      ...(opts.signal && { signal: opts.signal }),
    });
    result.description = checkout.description;
    if (checkout.sha) result.sha = checkout.sha;
    apps = await startAppPair(plan, checkout, opts, random, result.errors);
    const rounds: RoundsContext = {
      plan,
      apps,
      result,
      log: opts.log,
      load: opts.load,
      ...(opts.onStart && { onStart: opts.onStart }),
      random,
      timeBudgetMs: sr.timeBudgetMs,
      rulesInRun: [...plan.endpoints, ...plan.pages].reduce((n, t) => n + t.relative.length, 0),
      extraMs: 0,
      ...(opts.signal && { signal: opts.signal }),
    };
    for (const ep of plan.endpoints) {
      if (opts.signal?.aborted || rounds.appsDown) break;
      await endpointRounds(ep, rounds);
    }
    settleUnseen(apps.work.head, plan.endpoints, result.targets, result.errors);
    settleUnseen(apps.work.base, plan.endpoints, result.base, []);
    if (rounds.appsDown) throw rounds.appsDown;
    if (plan.pages.length > 0 && !opts.signal?.aborted) await allPageRounds(rounds, opts);
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
  return result;
}

/** This checkout's app and the base's, side by side on their own ports. */
interface AppPair {
  ports: Record<Arm, number>;
  /** Stops both and starts them again on their ports, in a random order. */
  restart(): Promise<void>;
  /** Why an app stopped serving while it was loaded, when one did. */
  lost(): Promise<string | undefined>;
  /** What one side's app has spent so far. */
  usage(arm: Arm): AppUsage | undefined;
  /** The work behind each request on one side (database statements, the app's counters), when the budget reads it. */
  work: Partial<Record<Arm, WorkReader>>;
  /** Stops both; what failed to stop is reported in one error. */
  stop(): Promise<void>;
}

async function startAppPair(plan: GatePlan, checkout: BaseCheckout, opts: SameRunnerOptions, random: () => number, errors: string[]): Promise<AppPair> {
  const [head, base] = (await freePorts(2)) as [number, number];
  // The base's own variables (sameRunner.env / confirm.env), e.g. a database of its own.
  const sideEnv = plan.sameRunner?.env ?? {};
  const ports = { head, base };
  const plans = {
    head: onPort(plan.app, head),
    base: {
      ...onPort(plan.app, base),
      cwd: path.join(checkout.root, path.relative(checkout.headRoot, plan.app.cwd)),
      env: { ...onPort(plan.app, base).env, ...sideEnv },
    },
  };
  const apps: Partial<Record<Arm, RunningApp>> = {};
  const start = async (arm: Arm, again: boolean) => {
    apps[arm] = await startApp(plans[arm], {
      logFile: path.join(opts.reportDir, `${opts.logPrefix ?? ''}${logs[arm]}`),
      append: again,
      budgetFile: plan.file,
      label: labels[arm],
      warn: (m) => opts.log.warn(m),
      ...(opts.signal && { signal: opts.signal }),
    });
  };
  opts.log.info(`starting this checkout's app on port ${head} and the base's on port ${base}: ${plan.app.command}`);
  try {
    for (const arm of arms) {
      if (!plans[arm].setup) continue;
      opts.log.info(`setting up ${labels[arm]}: ${plans[arm].setup.command}`);
      await runAppSetup(plans[arm], {
        logFile: path.join(opts.reportDir, `${opts.logPrefix ?? ''}${logs[arm].replace(/\.log$/, '-setup.log')}`),
        budgetFile: plan.file,
        label: labels[arm],
        ...(opts.signal && { signal: opts.signal }),
      });
    }
    await start('head', false);
    await start('base', false);
  } catch (e) {
    await stopApps(apps).catch(() => {}); // the start's failure is the news
    throw e;
  }
  // Each side's own reader: its counters come from its own port; the statements are told apart by the bursts' turns.
  const work: Partial<Record<Arm, WorkReader>> = {};
  for (const arm of arms) {
    const reader = await openWorkReader({ ...plan, ...sideDatabase(plan, sideEnv, arm) }, plans[arm], {
      budgetFile: plan.file,
      warn: (m) => opts.log.warn(m),
      // Both sides read the same things: one line is enough.
      keep: (e) => {
        if (arm === 'head') keepRunError(e, errors);
      },
    });
    if (reader) work[arm] = reader;
  }
  let starts = 1;
  return {
    ports,
    restart: async () => {
      const began = performance.now();
      await stopApps(apps);
      for (const arm of roundOrder(random)) await start(arm, true);
      starts++;
      opts.log.info(`  restarted both apps in ${formatValue(performance.now() - began, 'ms')} (start ${starts})`);
    },
    lost: async () => (await Promise.all(arms.map((arm) => apps[arm]?.lost()))).find((m) => m !== undefined),
    usage: (arm) => apps[arm]?.usage(),
    work,
    stop: async () => {
      await Promise.all(arms.map((arm) => work[arm]?.close()));
      await stopApps(apps);
    },
  };
}

// One Chrome for every run of every page, both sides: a launch per run would cost half a second each.
async function allPageRounds(rounds: RoundsContext, opts: SameRunnerOptions): Promise<void> {
  const auditor = await openPageAuditor({ ...opts, log: { info: () => {}, warn: (m) => opts.log.warn(m) } });
  try {
    for (const page of rounds.plan.pages) {
      if (opts.signal?.aborted) break;
      await pageRounds(page, auditor, rounds);
      await auditor.recycle();
    }
    const browser = auditor.browser();
    if (browser) rounds.result.browser = browser;
  } finally {
    await auditor.close();
  }
}

/** What every target's rounds share: the two apps' ports, where results go, and the time budget. */
interface RoundsContext {
  plan: GatePlan & { sameRunner: SameRunnerPlan };
  apps: AppPair;
  result: SameRunnerResult;
  log: Logger;
  load: LoadGenerator;
  onStart?: () => void;
  random: () => number;
  timeBudgetMs: number;
  rulesInRun: number;
  /** Why the apps could not be started again, when they could not: no target after it runs. */
  appsDown?: unknown;
  /** Time spent beyond each target's minimum, shared by all targets. */
  extraMs: number;
  signal?: AbortSignal;
}

/** The database a side's app is given: the base reads another when its env (sameRunner.env / confirm.env) gives
 * the variable that carries database.postgres in app.env another value. */
function sideDatabase(plan: GatePlan, sideEnv: Readonly<Record<string, string>>, arm: Arm): Pick<GatePlan, 'database'> {
  if (!plan.database || arm === 'head') return plan.database ? { database: plan.database } : {};
  const carrier = Object.keys(plan.app.env).find((k) => plan.app.env[k] === plan.database!.postgres && sideEnv[k] !== undefined);
  return { database: carrier ? { postgres: sideEnv[carrier] as string } : plan.database };
}

type Arm = 'head' | 'base';
const arms: readonly Arm[] = ['head', 'base'];
const logs: Record<Arm, string> = { head: 'app.log', base: 'base-app.log' };
const labels: Record<Arm, string> = { head: "this checkout's app", base: "the base's app" };

// Both apps at once, each forgotten once stopped; what failed to stop is reported in one error.
async function stopApps(apps: Partial<Record<Arm, RunningApp>>): Promise<void> {
  const stopping = arms.flatMap((arm) => {
    const app = apps[arm];
    delete apps[arm];
    return app ? [app.stop()] : [];
  });
  const failed = (await Promise.allSettled(stopping)).flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failed.length === 1) throw failed[0];
  if (failed.length > 1) throw new RunError(failed.map((e) => messageOf(e)).join('\n'));
}
type Sides = Record<Arm, TargetResult>;

interface Sampler {
  limits: { min: number; max: number };
  take: (arm: Arm) => Promise<void>;
  sides: () => Sides;
  onRound?: (samples: number, current: Sides) => void;
  /** Samples a side between restarts of both apps (0: never), and what a fresh start needs before it counts. */
  restartEvery?: number;
  warm?: () => Promise<void>;
}

// Rounds of one sample a side, in a random order each, until the target's rules settle, the maximum is taken,
// the time budget is spent, or the run is interrupted.
async function sampleRounds(target: EndpointPlan | PagePlan, ctx: RoundsContext, s: Sampler): Promise<SamplingRecord> {
  const { limits } = s;
  const appStarts = [0];
  const record = (samples: number, stop: SamplingStop): SamplingRecord => ({ target: target.name, samples, stop, ...(appStarts.length > 1 && { appStarts }) });
  for (let samples = 0; ;) {
    if (ctx.signal?.aborted) return record(samples, 'interrupted');
    const started = performance.now();
    if (s.restartEvery && samples > 0 && samples % s.restartEvery === 0) {
      try {
        await ctx.apps.restart();
      } catch (e) {
        if (ctx.signal?.aborted) return record(samples, 'interrupted');
        // What this target measured so far still counts; the targets after it have no apps to load.
        ctx.appsDown = e;
        return record(samples, 'error');
      }
      await s.warm?.();
      appStarts.push(samples);
    }
    for (const arm of roundOrder(ctx.random)) await s.take(arm);
    samples++;
    const lost = await ctx.apps.lost();
    if (lost) {
      ctx.appsDown = new RunError(lost);
      return record(samples, 'error');
    }
    if (samples > limits.min) ctx.extraMs += performance.now() - started;
    const current = s.sides();
    s.onRound?.(samples, current);
    if (current.head.status === 'error' || current.base.status === 'error') return record(samples, 'error');
    const stop = stopReason({
      samples,
      ...limits,
      outOfTime: ctx.extraMs >= ctx.timeBudgetMs,
      unsettled: samples >= limits.min ? unsettledMetrics(target, current.head, current.base, ctx.rulesInRun, appStarts) : [],
      hasRules: target.relative.length > 0,
    });
    if (stop) return record(samples, stop);
  }
}

const limitsFor = (sr: SameRunnerPlan, own: number) => {
  const min = sr.minSamples ?? own;
  return { min, max: Math.max(min, sr.maxSamples ?? sameRunnerDefaults.maxSamplesPerMin * min) };
};

/** The fewest and most samples a side a target gets beside the base. */
export const sampleLimits = (sr: SameRunnerPlan, target: EndpointPlan | PagePlan) =>
  limitsFor(sr, target.kind === 'endpoint' ? target.load.samples : pageMinSamples(target));

const pageMinSamples = (page: PagePlan) => Math.min(page.runs, Math.max(page.minRuns, 3));

// An endpoint's bursts alternate between the two apps after both are warmed up.
async function endpointRounds(ep: EndpointPlan, ctx: RoundsContext): Promise<void> {
  if (isShaped(ep)) return shapeRounds(ep, ctx);
  const { plan, result, log } = ctx;
  const { ports } = ctx.apps;
  const targets = { head: onPortUrl(ep, plan.app.baseUrl, ports.head), base: onPortUrl(ep, plan.app.baseUrl, ports.base) };
  const tallies: Record<'head' | 'base', LoadTally> = { head: newLoadTally(), base: newLoadTally() };
  // The app's usage around each measured burst of a side, for its cost metrics.
  const spans: Record<Arm, CostSpan[]> = { head: [], base: [] };
  // The work behind each request around each measured burst of a side.
  const workSpans: Record<Arm, WorkSpan[]> = { head: [], base: [] };
  const burstMs = ep.load.durationMs / ep.load.samples;
  const limits = sampleLimits(plan.sameRunner, ep);
  const span = `${limits.min}${limits.max > limits.min ? `–${limits.max}` : ''}`;
  log.info(`${ep.name}: ${ep.method} base and head interleaved · ${ep.load.connections} connections · bursts of ${burstMs} ms · ${span} a side`);
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  try {
    // Warm both up before anything counts, in slices alternating in a random order: beside a busy neighbour the
    // side warmed last measured about 5 % faster when each side was warmed in one piece.
    const slices = Math.max(1, Math.round(ep.load.warmupMs / burstMs));
    const warm = async () => {
      for (let i = 0; i < slices; i++) {
        for (const arm of roundOrder(ctx.random))
          await ctx.load.run(burst(targets[arm], 0, ep.load.warmupMs / slices), { ...signal, onStart: () => ctx.onStart?.() });
      }
    };
    await warm();
    // Each side's series runs on its own load time: its bursts end to end, each with its re-warm-up.
    const series = { head: timelineRecorder(ep, { seriesOnly: true }), base: timelineRecorder(ep, { seriesOnly: true }) };
    const loadMs = { head: 0, base: 0 };
    for (const arm of arms) series[arm].begin('interleaved', 0, true);
    const sinkOf = (arm: Arm): ResponseSink => ({
      response: (at, status, bytes, latency) => series[arm].response(loadMs[arm] + at, status, bytes, latency),
      failure: (at, message, timedOut) => series[arm].failure(loadMs[arm] + at, message, timedOut),
    });
    // The series is built once, for the final sides: the stop decision after each round needs only the tallies.
    const side = (arm: Arm, final = false): TargetResult => {
      const result = resultOf(ep, tallies[arm]);
      const work = ctx.apps.work[arm] && requestWork(workSpans[arm], ep.counters);
      const notes = [...(work?.details.workNotes ?? []), ...(ctx.apps.work[arm]?.notes() ?? [])];
      const endpoint = final &&
        result.endpoint && {
          ...result.endpoint,
          series: series[arm].finish(loadMs[arm]).series,
          ...work?.details,
          ...(notes.length > 0 && { workNotes: notes }),
        };
      return { ...result, metrics: { ...result.metrics, ...appCostMetrics(spans[arm]), ...work?.metrics }, ...(endpoint && { endpoint }) };
    };
    const sides = (): Sides => ({ head: side('head'), base: side('base') });
    const last = (t: TargetResult) => formatValue(t.endpoint?.bursts.at(-1)?.p95, 'ms');
    const record = await sampleRounds(ep, ctx, {
      limits,
      take: async (arm) => {
        const readings: (AppUsage | undefined)[] = [];
        const snaps: Promise<WorkSnapshot>[] = [];
        const answeredAt: number[] = [];
        const work = ctx.apps.work[arm];
        const counted = answeredCounter(sinkOf(arm));
        const before = tallies[arm].bursts.length;
        const sofar = await ctx.load.run(
          burst(targets[arm], rewarmMs, burstMs),
          {
            ...signal,
            sink: counted.sink,
            onBoundary: (i) => {
              readings[i] = ctx.apps.usage(arm);
              if (work) {
                snaps[i] = work.snapshot();
                answeredAt[i] = counted.answered();
              }
            },
          },
          tallies[arm],
        );
        loadMs[arm] += rewarmMs + burstMs;
        const added = sofar.endpoint?.bursts.slice(before) ?? [];
        spans[arm].push(...spansOf(readings, added));
        const taken = await Promise.all(snaps);
        workSpans[arm].push(...added.map((_, k) => ({ start: taken[k], end: taken[k + 1], requests: (answeredAt[k + 1] ?? 0) - (answeredAt[k] ?? 0) })));
      },
      sides,
      onRound: (n, s) => log.info(`  ${ep.name} ${n}/${span} · p95 base ${last(s.base)} · head ${last(s.head)}`),
      restartEvery: plan.sameRunner.restartEvery ?? defaultRestartEvery(limits.min),
      warm,
    });
    const head = side('head', true);
    const base = side('base', true);
    result.sampling.push(record);
    result.targets.push(head);
    result.base.push(base);
    log.info(
      `  ${ep.name}: ${record.samples} bursts a side (${record.stop}) · p95 base ${formatValue(base.metrics.p95?.value, 'ms')} · head ${formatValue(head.metrics.p95?.value, 'ms')}`,
    );
  } catch (e) {
    const failed = loadFailure(ep, e);
    result.errors.push(failed.error);
    result.targets.push(failed.target);
  }
}

// A shaped endpoint beside the base. Capacity probes alternate between the two apps, in a random order each round,
// each app with its own search; the other shapes are schedules that must run unbroken (a spike's recovery follows
// the spike), so each app runs its whole shape, the two in a random order.
async function shapeRounds(ep: ShapedEndpoint, ctx: RoundsContext): Promise<void> {
  const { plan, result, log } = ctx;
  const { ports } = ctx.apps;
  const capacity = ep.load.profile.kind === 'capacity';
  log.info(`${ep.name}: ${ep.method} base and head · ${describeShape(ep.load.profile)} · ${capacity ? 'probes interleaved' : 'one app after the other'}`);
  const runs: ShapeRun[] = [];
  try {
    const start = (arm: Arm) => {
      const run = startShape(onPortUrl(ep, plan.app.baseUrl, ports[arm]), ctx.load, {
        log,
        usage: () => ctx.apps.usage(arm),
        label: arm,
        ...(ctx.apps.work[arm] && { work: ctx.apps.work[arm] }),
        ...(ctx.signal && { signal: ctx.signal }),
        ...(ctx.onStart && { onStart: ctx.onStart }),
      });
      runs.push(run);
      return run;
    };
    const sides = { head: start('head'), base: start('base') };
    if (capacity) {
      const going = new Set<Arm>(arms);
      while (going.size > 0) for (const arm of roundOrder(ctx.random)) if (going.has(arm) && !(await sides[arm].step())) going.delete(arm);
    } else {
      for (const arm of roundOrder(ctx.random)) while (await sides[arm].step());
    }
    const lost = await ctx.apps.lost();
    if (lost) ctx.appsDown = new RunError(lost);
    const head = await sides.head.result();
    const base = await sides.base.result();
    result.targets.push(head);
    result.base.push(base);
    const stop: SamplingStop = ctx.signal?.aborted ? 'interrupted' : lost ? 'error' : 'schedule';
    result.sampling.push({ target: ep.name, samples: head.endpoint?.bursts.length ?? 0, stop });
  } catch (e) {
    const failed = loadFailure(ep, e);
    result.errors.push(failed.error);
    result.targets.push(failed.target);
  } finally {
    await Promise.all(runs.map((r) => r.close()));
  }
}

// A page's runs alternate between the two apps, one Lighthouse run at a time on one Chrome, in the same rounds as
// the bursts. Each run keeps its own reports.
async function pageRounds(page: PagePlan, auditor: PageAuditor, ctx: RoundsContext): Promise<void> {
  const { plan, result, log } = ctx;
  const { ports } = ctx.apps;
  // Runs given as a range start from 3 a side, within it: the fewest that show a spread worth testing.
  const limits = sampleLimits(plan.sameRunner, page);
  const targets = {
    head: { ...onPortUrl(page, plan.app.baseUrl, ports.head), runs: 1, minRuns: 1 },
    base: { ...onPortUrl(page, plan.app.baseUrl, ports.base), name: `${page.name} (base)`, runs: 1, minRuns: 1 },
  };
  const parts: Record<'head' | 'base', TargetResult[]> = { head: [], base: [] };
  log.info(`${page.name}: Lighthouse runs on base and head interleaved · ${limits.min}–${limits.max} a side`);
  const sides = (): Sides => ({ head: mergeRuns(page.name, parts.head), base: mergeRuns(page.name, parts.base) });
  // The apps are not restarted between page runs: a Lighthouse run's spread dwarfs a server process's own speed.
  const record = await sampleRounds(page, ctx, {
    limits,
    take: async (arm) => {
      parts[arm].push(await auditor.audit(targets[arm], `${targets[arm].name} run${parts[arm].length + 1}`));
    },
    sides,
  });
  const { head, base } = sides();
  result.sampling.push(record);
  result.targets.push(head);
  result.base.push(base);
  if (head.status === 'error') result.errors.push(`${page.name}: ${head.error}`);
  log.info(`  ${page.name}: ${record.samples} runs a side (${record.stop})`);
}

// Single-run audits of one side as one page result: every run kept, metrics the median, the median run's report.
function mergeRuns(name: string, parts: readonly TargetResult[]): TargetResult {
  // A single-run audit's own sampling says nothing of the interleaved runs (the sampling records do).
  const { sampling: _single, ...first } = parts[0] as TargetResult;
  const runs = parts.flatMap((p, i) => (p.page?.runs ?? []).map((r) => ({ ...r, run: i + 1 })));
  const ok = runs.map((r, i) => ({ r, i })).filter((x) => x.r.ok && x.r.metrics);
  const perRun = ok.map((x) => x.r.metrics as PageRunMetrics);
  const rep = representativeRun(perRun);
  const repPart = rep >= 0 ? parts[(ok[rep] as { r: { run: number } }).r.run - 1] : undefined;
  const failed = parts.find((p) => p.status === 'error');
  return {
    ...first,
    name,
    status: ok.length === 0 ? 'error' : 'ok',
    ...(ok.length === 0 && failed?.error && { error: failed.error }),
    metrics: summarizeRuns(perRun),
    ...(first.page && {
      page: {
        ...first.page,
        runsPlanned: parts.length,
        runs,
        representativeRun: rep >= 0 ? (ok[rep] as { i: number }).i : null,
        ...(repPart?.page?.artifacts && { artifacts: repPart.page.artifacts }),
      },
    }),
  };
}

function burst(ep: EndpointPlan, warmupMs: number, durationMs: number): EndpointPlan {
  return { ...ep, load: { ...ep.load, warmupMs, durationMs, samples: 1, minSamples: 1 } };
}

const withPort = (url: string, port: number) => {
  const u = new URL(url);
  u.port = String(port);
  return u.href;
};

function onPort(app: AppPlan, port: number): AppPlan {
  return {
    ...app,
    env: { ...app.env, [app.portEnv]: String(port) },
    baseUrl: withPort(app.baseUrl, port),
    ...(app.readyUrl !== undefined && { readyUrl: withPort(app.readyUrl, port) }),
  };
}

// Only URLs on the app's own origin move with it.
function onPortUrl<T extends { url: string }>(target: T, baseUrl: string, port: number): T {
  return new URL(target.url).origin === new URL(baseUrl).origin ? { ...target, url: withPort(target.url, port) } : target;
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
    },
    // Each start of the apps is one sample (see meansPerStart).
    comparisons: compareWithBaseline(
      { ...plan, runNoisePercent: 0 },
      { ...head, targets: head.targets.map(byStart) },
      { ...base, targets: base.targets.map(byStart) },
    ),
  };
}
