// What a same-runner comparison does per target: an endpoint's bursts alternating between the two apps (a shape's
// probes, or each app's whole schedule), a page's Lighthouse runs alternating on one Chrome.
import { appCostMetrics, spansOf, type AppUsage, type CostSpan } from '../core/load/app-cost.js';
import { openPageAuditor, type PageAuditor } from '../adapters/pages/page-auditor.js';
import { onPortUrl } from './app-pair.js';
import { arms, type Arm } from './measure.js';
import { RunError } from '../core/errors.js';
import { newLoadTally, resultOf, type LoadTally } from '../core/load/load-metrics.js';
import type { ResponseSink } from '../core/load/load-generator.js';
import { describeShape } from '../core/load/load-shape.js';
import { pageResult } from '../core/pages/page-metrics.js';
import type { EndpointPlan, PagePlan } from '../core/budget/plan.js';
import type { Fingerprint, SamplingStop, TargetResult } from '../core/report/report.js';
import { answeredCounter } from '../core/work/request-work.js';
import { WorkSpans, type Boundary } from '../core/work/work-spans.js';
import { burst, defaultRestartEvery, roundOrder } from '../core/load/sampling.js';
import { timelineRecorder, type TimelineRecorder } from '../core/load/timeline.js';
import { formatValue } from '../core/units.js';
import { loadFailure, type SameRunnerOptions } from './measure.js';
import { sampleLimits, sampleRounds, type Rounds, type RoundsContext, type Sides } from './sampling-loop.js';
import { isShaped, startShape, type ShapedEndpoint, type ShapeRun } from './shaped-load.js';
import { journeySource, requestSource, type JourneySource, type VariedRequest } from '../core/workload/request-source.js';

// Each burst opens fresh connections: this much load first is discarded.
const rewarmMs = 100;
// At most this long for the other side's leftover requests to be served before a burst on a shared database.
const quietMaxMs = 2000;

/** One target's part of the pass: head's result and the base's, how its rounds went, and its error line. */
export interface TargetRounds {
  head: TargetResult;
  base?: TargetResult;
  rounds?: Rounds;
  /** The run's error line for it (its load could not run, no run of its page succeeded). */
  error?: string;
}

// One Chrome for every run of every page, both sides: a launch per run would cost half a second each.
export async function withPageAuditor<T>(
  opts: SameRunnerOptions,
  use: (auditor: PageAuditor) => Promise<T>,
): Promise<{ value: T; browser?: Fingerprint['browser'] }> {
  const auditor = await openPageAuditor({ ...opts, log: { info: () => {}, warn: (m) => opts.log.warn(m) } });
  try {
    const value = await use(auditor);
    const browser = auditor.browser();
    return { value, ...(browser && { browser }) };
  } finally {
    await auditor.close();
  }
}

// An endpoint's bursts alternate between the two apps after both are warmed up.
export async function endpointRounds(ep: EndpointPlan, ctx: RoundsContext): Promise<TargetRounds> {
  if (isShaped(ep)) return shapeRounds(ep, ctx);
  const rounds = new SteadyRounds(ep, ctx);
  const limits = sampleLimits(ctx.base, ep);
  const span = `${limits.min}${limits.max > limits.min ? `–${limits.max}` : ''}`;
  ctx.log.info(`${ep.name}: ${ep.method} base and head interleaved · ${ep.load.connections} connections · bursts of ${rounds.burstMs} ms · ${span} a side`);
  const last = (t: TargetResult) => formatValue(t.endpoint?.bursts.at(-1)?.p95, 'ms');
  try {
    await rounds.warm();
    rounds.beginSeries();
    const sampled = await sampleRounds(ep, ctx, {
      limits,
      take: (arm) => rounds.take(arm),
      sides: () => ({ head: rounds.side('head'), base: rounds.side('base') }),
      onRound: (n, s) => ctx.log.info(`  ${ep.name} ${n}/${span} · p95 base ${last(s.base)} · head ${last(s.head)}`),
      restartEvery: ctx.base.restartEvery ?? defaultRestartEvery(limits.min),
      sizeRestarts: ctx.base.restartEvery === undefined,
      warm: () => rounds.warm(),
    });
    const head = rounds.side('head', true);
    const base = rounds.side('base', true);
    ctx.log.info(
      `  ${ep.name}: ${sampled.record.samples} bursts a side (${sampled.record.stop}) · p95 base ${formatValue(base.metrics.p95?.value, 'ms')} · head ${formatValue(head.metrics.p95?.value, 'ms')}`,
    );
    return { head, base, rounds: sampled };
  } catch (e) {
    const failed = loadFailure(ep, e);
    return { head: failed.target, error: failed.error };
  }
}

/** Both sides of a steady endpoint: each side's tally, app usage and work around its bursts, and its series. */
class SteadyRounds {
  readonly burstMs: number;
  private readonly targets: Record<Arm, EndpointPlan>;
  private readonly tallies: Record<Arm, LoadTally> = { head: newLoadTally(), base: newLoadTally() };
  // The app's usage around each measured burst of a side, for its cost metrics.
  private readonly spans: Record<Arm, CostSpan[]> = { head: [], base: [] };
  // The work behind each request around each measured burst of a side.
  private readonly workSpans: Partial<Record<Arm, WorkSpans>> = {};
  // Each side's series runs on its own load time: its bursts end to end, each with its re-warm-up.
  private readonly series: Record<Arm, TimelineRecorder>;
  private readonly loadMs = { head: 0, base: 0 };
  // With vars, each side's requests go on with one sequence from burst to burst (warm-up included).
  private readonly requests: Partial<Record<Arm, () => VariedRequest>> = {};
  private readonly journeys: Partial<Record<Arm, JourneySource>> = {};
  private readonly signal: { signal?: AbortSignal };

  constructor(
    private readonly ep: EndpointPlan,
    private readonly ctx: RoundsContext,
  ) {
    const { ports } = ctx.apps;
    const baseUrl = ctx.plan.app.baseUrl;
    this.targets = { head: onPortUrl(ep, baseUrl, ports.head), base: onPortUrl(ep, baseUrl, ports.base) };
    this.burstMs = ep.load.durationMs / ep.load.samples;
    this.signal = ctx.signal ? { signal: ctx.signal } : {};
    this.series = { head: timelineRecorder(ep, { seriesOnly: true }), base: timelineRecorder(ep, { seriesOnly: true }) };
    for (const arm of arms) {
      const source = requestSource(ep);
      if (source) this.requests[arm] = source;
      if (ep.journey) this.journeys[arm] = journeySource(ep.name, ep.journey);
      const reader = ctx.apps.work[arm];
      if (reader) this.workSpans[arm] = new WorkSpans(reader, ep.counters);
    }
  }

  // Both warmed up before anything counts, in slices alternating in a random order: beside a busy neighbour the
  // side warmed last measured about 5 % faster when each side was warmed in one piece.
  async warm(): Promise<void> {
    const slices = Math.max(1, Math.round(this.ep.load.warmupMs / this.burstMs));
    for (let i = 0; i < slices; i++) {
      for (const arm of roundOrder(this.ctx.random))
        await this.ctx.load.run(burst(this.targets[arm], 0, this.ep.load.warmupMs / slices), {
          ...this.signal,
          ...this.drawn(arm),
          onStart: () => this.ctx.onStart?.(),
        });
    }
  }

  beginSeries(): void {
    for (const arm of arms) this.series[arm].begin('interleaved', 0, true);
  }

  /** One measured burst of a side, with the app's usage and work read at its boundaries. */
  async take(arm: Arm): Promise<void> {
    const readings: (AppUsage | undefined)[] = [];
    const boundaries: Boundary[] = [];
    const answeredAt: number[] = [];
    const work = this.workSpans[arm];
    const counted = answeredCounter(this.sinkOf(arm));
    const before = this.tallies[arm].bursts.length;
    if (this.ctx.apps.sharedDatabase) await this.ctx.apps.work[arm]?.quiet(quietMaxMs);
    const onBoundary = (i: number) => {
      readings[i] = this.ctx.apps.usage(arm);
      if (work) {
        boundaries[i] = work.boundary(counted.answered);
        answeredAt[i] = counted.answered();
      }
    };
    const sofar = await this.ctx.load.run(
      burst(this.targets[arm], rewarmMs, this.burstMs),
      { ...this.signal, ...this.drawn(arm), sink: counted.sink, onBoundary },
      this.tallies[arm],
    );
    this.loadMs[arm] += rewarmMs + this.burstMs;
    const added = sofar.endpoint?.bursts.slice(before) ?? [];
    this.spans[arm].push(...spansOf(readings, added));
    added.forEach((_, k) => work?.add(boundaries[k], boundaries[k + 1], (answeredAt[k + 1] ?? 0) - (answeredAt[k] ?? 0)));
    await work?.settle();
  }

  // The series is built once, for the final sides: the stop decision after each round needs only the tallies.
  side(arm: Arm, final = false): TargetResult {
    const result = resultOf(this.ep, this.tallies[arm]);
    const work = this.workSpans[arm]?.work();
    const endpoint = final && result.endpoint && { ...result.endpoint, series: this.series[arm].finish(this.loadMs[arm]).series, ...work?.details };
    return { ...result, metrics: { ...result.metrics, ...appCostMetrics(this.spans[arm]), ...work?.metrics }, ...(endpoint && { endpoint }) };
  }

  private drawn(arm: Arm): { requests?: () => VariedRequest; journeys?: JourneySource } {
    const requests = this.requests[arm];
    const journeys = this.journeys[arm];
    return { ...(requests && { requests }), ...(journeys && { journeys }) };
  }

  private sinkOf(arm: Arm): ResponseSink {
    const series = this.series[arm];
    return {
      response: (at, status, bytes, latency) => series.response(this.loadMs[arm] + at, status, bytes, latency),
      failure: (at, message, timedOut) => series.failure(this.loadMs[arm] + at, message, timedOut),
    };
  }
}

// A shaped endpoint beside the base. Capacity probes alternate between the two apps, in a random order each round,
// each app with its own search; the other shapes are schedules that must run unbroken (a spike's recovery follows
// the spike), so each app runs its whole shape, the two in a random order.
async function shapeRounds(ep: ShapedEndpoint, ctx: RoundsContext): Promise<TargetRounds> {
  const { plan, log } = ctx;
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
    const head = await sides.head.result();
    const base = await sides.base.result();
    const stop: SamplingStop = ctx.signal?.aborted ? 'interrupted' : lost ? 'error' : 'schedule';
    const record = { target: ep.name, samples: head.endpoint?.bursts.length ?? 0, stop };
    return { head, base, rounds: { record, extraMs: 0, ...(lost && { appsDown: new RunError(lost) }) } };
  } catch (e) {
    const failed = loadFailure(ep, e);
    return { head: failed.target, error: failed.error };
  } finally {
    await Promise.all(runs.map((r) => r.close()));
  }
}

// A page's runs alternate between the two apps, one Lighthouse run at a time on one Chrome, in the same rounds as
// the bursts. Each run keeps its own reports.
export async function pageRounds(page: PagePlan, auditor: PageAuditor, ctx: RoundsContext): Promise<TargetRounds> {
  const { plan, log } = ctx;
  const { ports } = ctx.apps;
  // Runs given as a range start from 3 a side, within it: the fewest that show a spread worth testing.
  const limits = sampleLimits(ctx.base, page);
  const targets = {
    head: { ...onPortUrl(page, plan.app.baseUrl, ports.head), runs: 1, minRuns: 1 },
    base: { ...onPortUrl(page, plan.app.baseUrl, ports.base), name: `${page.name} (base)`, runs: 1, minRuns: 1 },
  };
  const parts: Record<'head' | 'base', TargetResult[]> = { head: [], base: [] };
  log.info(`${page.name}: Lighthouse runs on base and head interleaved · ${limits.min}–${limits.max} a side`);
  const sides = (): Sides => ({ head: mergeRuns(page.name, parts.head), base: mergeRuns(page.name, parts.base) });
  // The apps are not restarted between page runs: a Lighthouse run's spread dwarfs a server process's own speed.
  const rounds = await sampleRounds(page, ctx, {
    limits,
    take: async (arm) => {
      parts[arm].push(await auditor.audit(targets[arm], `${targets[arm].name} run${parts[arm].length + 1}`));
    },
    sides,
  });
  await auditor.recycle();
  const { head, base } = sides();
  log.info(`  ${page.name}: ${rounds.record.samples} runs a side (${rounds.record.stop})`);
  return { head, base, rounds, ...(head.status === 'error' && { error: `${page.name}: ${head.error}` }) };
}

// Single-run audits of one side as one page result: every run kept, metrics the median, the median run's report.
function mergeRuns(name: string, parts: readonly TargetResult[]): TargetResult {
  // A single-run audit's own sampling says nothing of the interleaved runs (the sampling records do).
  const { sampling: _single, ...first } = parts[0] as TargetResult;
  const runs = parts.flatMap((p, i) => (p.page?.runs ?? []).map((r) => ({ ...r, run: i + 1 })));
  const { metrics, representativeRun } = pageResult(runs);
  const repPart = representativeRun === null ? undefined : parts[runs[representativeRun]!.run - 1];
  const failed = parts.find((p) => p.status === 'error');
  const none = !runs.some((r) => r.ok && r.metrics);
  return {
    ...first,
    name,
    status: none ? 'error' : 'ok',
    ...(none && failed?.error && { error: failed.error }),
    metrics,
    ...(first.page && {
      page: {
        ...first.page,
        runsPlanned: parts.length,
        runs,
        representativeRun,
        ...(repPart?.page?.artifacts && { artifacts: repPart.page.artifacts }),
        ...(repPart?.page?.facts && { facts: repPart.page.facts }),
      },
    }),
  };
}
