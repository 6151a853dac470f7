// This checkout's app alone: start it, load each endpoint in turn, audit the pages, stop it.
import { inGroup } from '../logger.js';
import path from 'node:path';
import { startApp, type RunningApp } from '../adapters/app/app-process.js';
import { runAppSetup } from '../adapters/app/app-setup.js';
import { openWorkReader, settleUnseen, type WorkReader } from '../adapters/work/work-reader.js';
import { prepareOutboundHook } from '../adapters/work/outbound-calls.js';
import { answeredCounter } from '../core/work/request-work.js';
import { WorkSpans, type Boundary } from '../core/work/work-spans.js';
import { auditPages } from '../adapters/pages/page-auditor.js';
import type { EndpointPlan, GatePlan, LocatedThreshold } from '../core/budget/plan.js';
import { isShaped, runShape } from './shaped-load.js';
import type { Burst, TargetResult, ThresholdSampling } from '../core/report/report.js';
import { thresholdsOf } from '../core/verdict/checks.js';
import { thresholdStop } from '../core/load/threshold-sampling.js';
import { appCostMetrics, spansOf, type AppUsage, type TargetMemory } from '../core/load/app-cost.js';
import { RunError } from '../core/errors.js';
import { timelineRecorder, type TimelineRecorder } from '../core/load/timeline.js';
import { requestLine } from '../core/workload/mix.js';
import { formatValue, plural } from '../core/units.js';
import { errorKindsText } from '../core/render/render-shared.js';
import { performance } from 'node:perf_hooks';
import { keepRunError, loadFailure, type Measured, type MeasureOptions } from './measure.js';
import { probeRunnerSpeed } from '../adapters/load/client-floor.js';
import { speedBound } from '../core/verdict/runner-speed.js';

interface OneAppOptions extends MeasureOptions {
  /** Called once the app answers its ready URL. */
  onReady?: () => void;
}

export async function measureOneApp(plan: GatePlan, opts: OneAppOptions): Promise<Measured> {
  const measured: Measured = { targets: [], errors: [] };
  const signal = opts.signal ? { signal: opts.signal } : {};
  // Counts the app's outbound calls from its first start to its last stop.
  const outbound = plan.app.outbound ? prepareOutboundHook() : undefined;
  const session: AppSession = {
    start: (again) =>
      (opts.seams?.startOne ?? startApp)(plan.app, {
        logFile: path.join(opts.reportDir, 'app.log'),
        append: again,
        budgetFile: plan.file,
        warn: (m) => opts.log.warn(m),
        ...(outbound && { outbound }),
        ...signal,
      }),
  };
  try {
    await inGroup(opts.log, plan.app.command ? 'Starting the app' : 'Waiting for the app', async () => {
      if (plan.app.setup) {
        opts.log.info(`setting up the app: ${plan.app.setup.command}`);
        await runAppSetup(plan.app, { logFile: path.join(opts.reportDir, 'app-setup.log'), budgetFile: plan.file, ...signal });
      }
      opts.log.info(plan.app.command ? `starting the app: ${plan.app.command}` : `using the running app at ${plan.app.baseUrl}`);
      session.app = await session.start(false);
      // The load still runs when the work cannot be read; its results are written.
      session.work = await openWorkReader(plan, plan.app, {
        budgetFile: plan.file,
        warn: (m) => opts.log.warn(m),
        keep: (e) => keepRunError(e, measured.errors),
        outbound,
      });
      opts.onReady?.();
    });
    if (!session.app) return measured;
    await measureEndpoints(plan, opts, measured, session);
    settleUnseen(session.work, plan.endpoints, measured.targets, measured.errors);
    if (plan.pages.length > 0 && !opts.signal?.aborted) await measurePages(plan, opts, measured);
  } catch (e) {
    keepRunError(e, measured.errors);
  } finally {
    await session.work?.close();
    try {
      await session.app?.stop();
    } catch (e) {
      keepRunError(e, measured.errors);
    }
    outbound?.remove();
  }
  return measured;
}

/** The app as it runs now (a restart replaces it) and the reader of its work. */
interface AppSession {
  start: (again: boolean) => Promise<RunningApp>;
  app?: RunningApp;
  work?: WorkReader;
}

// Each endpoint in its log group, the app restarted before each when app.restart says so; an app that died ends
// the endpoints.
async function measureEndpoints(plan: GatePlan, opts: OneAppOptions, measured: Measured, session: AppSession): Promise<void> {
  let app = session.app!;
  let readyRss = app.usage()?.rssBytes;
  // The runner's speed before each endpoint and after the last, for a stored run to be told apart from the runner
  // (a remote app's speed is its own host's: not probed).
  const probe =
    plan.runnerSpeed && !plan.traffic.remote && plan.endpoints.some((ep) => ep.relative.some((r) => speedBound('endpoint', r.metric)))
      ? async () => {
          const window = await probeRunnerSpeed(opts.load, { signal: opts.signal, appCpuMs: () => session.app?.usage()?.cpuMs });
          if (window) (measured.speed ??= []).push(window);
        }
      : async () => {};
  for (const [i, ep] of plan.endpoints.entries()) {
    if (opts.signal?.aborted) break;
    await probe();
    if (plan.app.restart === 'per-target' && i > 0) {
      opts.log.info(`restarting the app before ${ep.name} (app.restart: per-target)`);
      await app.stop();
      app = session.app = await session.start(true);
      // A fresh app's counters start from zero again; readings across the restart are not compared anyway.
      readyRss = app.usage()?.rssBytes;
    }
    let result: TargetResult;
    const running = app;
    const { work } = session;
    try {
      result = await inGroup(opts.log, `${ep.mix ? 'Mix' : 'Endpoint'} ${ep.name}: ${requestLine(ep)}`, () =>
        isShaped(ep)
          ? runShape(ep, opts.load, { ...opts, usage: () => running.usage(), ...(work && { work }) })
          : steady(ep, running, opts, { readyRss, restarted: plan.app.restart === 'per-target', work }),
      );
    } catch (e) {
      const failed = loadFailure(ep, e);
      result = failed.target;
      measured.errors.push(failed.error);
    }
    measured.targets.push(result);
    if (result.endpoint?.errorKinds.length) {
      opts.log.warn(`${ep.name}: ${errorKindsText(result.endpoint.errorKinds)}`);
      // Errors because the app died: nothing after this can be measured.
      const lost = await app.lost();
      if (lost) throw new RunError(lost);
    }
  }
  if (!opts.signal?.aborted) await probe();
}

async function measurePages(plan: GatePlan, opts: OneAppOptions, measured: Measured): Promise<void> {
  const pages = await inGroup(opts.log, `Pages: ${plan.pages.map((p) => p.name).join(', ')}`, () => {
    opts.log.info(`auditing ${plural(plan.pages.length, 'page')} with Lighthouse`);
    return auditPages(plan.pages, opts);
  });
  measured.targets.push(...pages.targets);
  if (pages.browser) measured.browser = pages.browser;
  for (const t of pages.targets) if (t.status === 'error') measured.errors.push(`${t.name}: ${t.error}`);
}

/** Steady load on one endpoint: bursts, sampling stopped early once every threshold is clear. */
interface SteadyContext {
  /** The app's resident memory when it was ready. */
  readyRss: number | undefined;
  /** Started afresh for this endpoint (app.restart: per-target). */
  restarted: boolean;
  /** The work behind each request (database statements, the app's counters), when the budget reads it. */
  work: WorkReader | undefined;
}

async function steady(ep: EndpointPlan, app: RunningApp, opts: OneAppOptions, { readyRss, restarted, work }: SteadyContext): Promise<TargetResult> {
  const signal = opts.signal ? { signal: opts.signal } : {};
  opts.log.info(
    `${ep.name}: ${requestLine(ep)} · ${ep.load.connections} connections · ${ep.load.warmupMs / 1000}s warm-up + ${ep.load.durationMs / 1000}s in ${ep.load.minSamples === ep.load.samples ? ep.load.samples : `${ep.load.minSamples}–${ep.load.samples}`} samples`,
  );
  const readings: (AppUsage | undefined)[] = [];
  // The work at each boundary, read while the load goes on (a query or a scrape takes a millisecond or two).
  const spans = work && new WorkSpans(work, ep.counters);
  const boundaries: Boundary[] = [];
  const thresholds = thresholdsOf(ep).map((c) => c.threshold);
  const range = { min: ep.load.minSamples, max: ep.load.samples };
  // The per-second series: what autocannon answered, and the app's usage read on the same clock.
  const series = timelineRecorder(ep, { seriesOnly: true });
  const clock = usageClock(app, series, readyRss);
  const cost = (bursts: readonly Pick<Burst, 'requests'>[]) => appCostMetrics(spansOf(readings, bursts), clock.memory());
  let sampling: ThresholdSampling | undefined;
  // Answered requests counted when each work snapshot is asked for: a span's requests and its work line up.
  const counted = answeredCounter(series);
  const answeredAt: number[] = [];
  const result = await opts.load
    .run(ep, {
      ...signal,
      sink: counted.sink,
      enough: (taken, soFar) => {
        const bursts = soFar.requests?.samples.map((requests) => ({ requests })) ?? [];
        const stop = thresholdStop({ kind: 'endpoint', taken, ...range, thresholds, metrics: { ...soFar, ...cost(bursts) } });
        if (stop) sampling = { taken, ...range, ...stop };
        return stop !== null;
      },
      onStart: () => {
        clock.start();
        opts.onStart?.();
      },
      onBoundary: (i) => {
        readings[i] = app.usage();
        if (spans) {
          boundaries[i] = spans.boundary(counted.answered);
          answeredAt[i] = counted.answered();
        }
        if (i === 0) series.begin('steady', clock.sinceStart(), true);
      },
      onBurst: (b, i, n) =>
        opts.log.info(
          `  ${ep.name} ${String(i + 1).padStart(String(n).length)}/${n} ${formatValue(b.rps, 'rps')} · p95 ${formatValue(b.p95, 'ms')} · errors ${b.errors}`,
        ),
    })
    .finally(() => clock.stop());
  if (result.endpoint) result.endpoint.series = series.finish(clock.sinceStart()).series;
  Object.assign(result.metrics, cost(result.endpoint?.bursts ?? []));
  if (spans && result.endpoint) {
    // Statements and counters per answered request, burst by burst.
    result.endpoint.bursts.forEach((_, i) => spans.add(boundaries[i], boundaries[i + 1], (answeredAt[i + 1] ?? 0) - (answeredAt[i] ?? 0)));
    await spans.addTo(result);
  }
  if (result.metrics['app-rss'] && clock.memory() && result.endpoint) result.endpoint.memory = restarted ? 'fresh app' : 'own growth';
  result.sampling = sampling ?? samplingAtEnd(result, range, thresholds, opts.signal?.aborted ?? false);
  return result;
}

// Why sampling ended when no threshold stopped it early: all samples taken, interrupted, or the load ended short of
// the minimum (the app failed).
function samplingAtEnd(
  result: TargetResult,
  range: { min: number; max: number },
  thresholds: readonly LocatedThreshold[],
  aborted: boolean,
): ThresholdSampling {
  const taken = result.endpoint?.bursts.length ?? 0;
  return {
    taken,
    ...range,
    ...(aborted
      ? { stop: 'interrupted' as const }
      : (thresholdStop({ kind: 'endpoint', taken, ...range, thresholds, metrics: result.metrics }) ?? { stop: 'error' as const })),
  };
}

// The app's usage on the load's clock: a reading a second into the series from the first request on, and its
// memory for app-rss (memory at ready plus what grew under this endpoint's own load, earlier endpoints' growth
// taken out).
function usageClock(app: RunningApp, series: TimelineRecorder, readyRss: number | undefined) {
  let startedAt: number | undefined;
  let memory: TargetMemory | undefined;
  const sinceStart = () => (startedAt === undefined ? 0 : performance.now() - startedAt);
  const ticker = setInterval(() => {
    if (startedAt === undefined) return;
    const usage = app.usage();
    series.usage(Math.round(sinceStart() / 1000) * 1000, usage);
    if (usage && memory) memory.peaksDuring.push(usage.rssBytes);
  }, 1000);
  return {
    sinceStart,
    memory: () => memory,
    start() {
      startedAt = performance.now();
      series.begin('warm-up', 0, false);
      const usage = app.usage();
      series.usage(0, usage);
      if (usage && readyRss !== undefined) memory = { readyRssBytes: readyRss, startRssBytes: usage.rssBytes, peaksDuring: [] };
    },
    /** Ends the ticker, with a last reading that closes the last second. */
    stop() {
      clearInterval(ticker);
      series.usage(Math.round(sinceStart() / 1000) * 1000, app.usage());
    },
  };
}
