// What a same-runner comparison does per target: an endpoint's bursts alternating between the two apps (a shape's
// probes, or each app's whole schedule), a page's Lighthouse runs alternating on one Chrome.
import { appCostMetrics, spansOf, type AppUsage, type CostSpan } from './core/app-cost.js';
import { openPageAuditor, type PageAuditor } from './adapters/page-auditor.js';
import { arms, onPortUrl, type Arm } from './app-pair.js';
import { RunError } from './core/errors.js';
import { newLoadTally, resultOf, type LoadTally } from './core/load-metrics.js';
import type { ResponseSink } from './core/load-generator.js';
import { describeShape } from './core/load-shape.js';
import { pageResult } from './core/page-metrics.js';
import type { EndpointPlan, PagePlan } from './core/plan.js';
import type { SamplingStop, TargetResult } from './core/report.js';
import { answeredCounter, requestWork, type WorkSnapshot, type WorkSpan } from './core/request-work.js';
import { defaultRestartEvery, roundOrder } from './core/sampling.js';
import { timelineRecorder } from './core/timeline.js';
import { formatValue } from './core/units.js';
import { loadFailure, type SameRunnerOptions } from './measure.js';
import { sampleLimits, sampleRounds, type RoundsContext, type Sides } from './sampling-loop.js';
import { isShaped, startShape, type ShapedEndpoint, type ShapeRun } from './shaped-load.js';

// Each burst opens fresh connections: this much load first is discarded.
const rewarmMs = 100;

// One Chrome for every run of every page, both sides: a launch per run would cost half a second each.
export async function allPageRounds(rounds: RoundsContext, opts: SameRunnerOptions): Promise<void> {
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

// An endpoint's bursts alternate between the two apps after both are warmed up.
export async function endpointRounds(ep: EndpointPlan, ctx: RoundsContext): Promise<void> {
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
      },
    }),
  };
}

function burst(ep: EndpointPlan, warmupMs: number, durationMs: number): EndpointPlan {
  return { ...ep, load: { ...ep.load, warmupMs, durationMs, samples: 1, minSamples: 1 } };
}
