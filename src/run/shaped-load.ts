// One endpoint under a load shape (stages, capacity, spike, soak): the shape's phases through one session of the
// load generator, the app's usage read every second, progress a phase at a time, then the shape's metrics. A run
// goes a step at a time (a phase, or a capacity probe), so same-runner mode can interleave two apps' probes.
import { performance } from 'node:perf_hooks';
import type { AppUsage } from '../core/load/app-cost.js';
import type { LoadGenerator, LoadSession } from '../core/load/load-generator.js';
import { describeShape, nextProbe, phasesOf, type LoadPhase, type Probe, type ShapePlan } from '../core/load/load-shape.js';
import { burstFromStats, sentOf } from '../core/load/load-metrics.js';
import type { EndpointPlan } from '../core/budget/plan.js';
import type { CapacityStop, ProbeSummary, TargetResult } from '../core/report/report.js';
import { capacityResult, mixPartMetrics, phaseSummary, probeSummary, scheduledShapeResult, secondsWithin } from '../core/load/shape-metrics.js';
import { journeyReport, mixReport, requestLine } from '../core/workload/mix.js';
import { timelineRecorder, type Timeline } from '../core/load/timeline.js';
import { formatValue } from '../core/units.js';
import { WorkSpans, type Boundary } from '../core/work/work-spans.js';
import type { WorkReader } from '../adapters/work/work-reader.js';
import type { Logger } from '../logger.js';
import { describeVar } from '../core/workload/vars.js';

export interface ShapeOptions {
  log: Logger;
  signal?: AbortSignal;
  /** The app's usage now; undefined when it cannot be read. */
  usage: () => AppUsage | undefined;
  /** Called once the first request is on its way. */
  onStart?: () => void;
  /** Put before each progress line (same-runner: which app). */
  label?: string;
  /** The work behind each request (database statements, the app's counters), read at every phase boundary. */
  work?: WorkReader;
}

export type ShapedEndpoint = EndpointPlan & { load: { profile: Exclude<ShapePlan, { kind: 'steady' }> } };

export const isShaped = (ep: EndpointPlan): ep is ShapedEndpoint => ep.load.profile.kind !== 'steady';

export interface ShapeRun {
  /** Runs the next phase or probe; false when the shape is done (or interrupted). */
  step(): Promise<boolean>;
  /** What was measured, as far as it got. */
  result(): Promise<TargetResult>;
  close(): Promise<void>;
}

export async function runShape(ep: ShapedEndpoint, generator: LoadGenerator, opts: ShapeOptions): Promise<TargetResult> {
  opts.log.info(
    `${ep.name}: ${requestLine(ep)} · ${describeShape(ep.load.profile)}${ep.load.warmupMs > 0 ? ` after ${ep.load.warmupMs / 1000}s warm-up` : ''}`,
  );
  const run = startShape(ep, generator, opts);
  try {
    while (await run.step());
    return await run.result();
  } finally {
    await run.close();
  }
}

export function startShape(ep: ShapedEndpoint, generator: LoadGenerator, opts: ShapeOptions): ShapeRun {
  if (!generator.open) throw new Error(`this load generator runs steady load only; ${ep.load.profile.kind} needs one that runs phases`);
  return new ShapeRunner(ep, generator.open.bind(generator), opts);
}

class ShapeRunner implements ShapeRun {
  private readonly recorder: ReturnType<typeof timelineRecorder>;
  private readonly session: LoadSession;
  private readonly shape: ShapedEndpoint['load']['profile'];
  private readonly ticker: NodeJS.Timeout;
  private started = false;
  // The work at each phase boundary, read while the load goes on; a phase's span ends where the next begins.
  private readonly work: WorkSpans | undefined;
  private boundary: Boundary;
  // Capacity: probes chosen one at a time; the time budget counts this run's own probes only.
  private readonly probes: (Probe & { summary: ProbeSummary })[] = [];
  private stop: CapacityStop = 'found';
  private spentMs = 0;
  private warm: boolean;
  private readonly queue: LoadPhase[];
  private timeline: Timeline | undefined;

  constructor(
    private readonly ep: ShapedEndpoint,
    open: NonNullable<LoadGenerator['open']>,
    private readonly opts: ShapeOptions,
  ) {
    // A spike keeps every outcome, to find its recovery to 100 ms rather than to the second.
    this.recorder = timelineRecorder(ep, { keepEvents: ep.load.profile.kind === 'spike' });
    this.session = open(ep, this.recorder);
    this.shape = ep.load.profile;
    this.readUsage();
    this.ticker = setInterval(() => this.readUsage(), 1000);
    this.work = opts.work && new WorkSpans(opts.work, ep.counters);
    this.boundary = this.work?.boundary();
    this.warm = ep.load.warmupMs === 0;
    this.queue = this.shape.kind === 'capacity' ? [] : phasesOf(this.shape, ep.load.warmupMs);
  }

  async step(): Promise<boolean> {
    if (this.opts.signal?.aborted) {
      this.stop = 'interrupted';
      return false;
    }
    const began = performance.now();
    const more = this.shape.kind === 'capacity' ? await this.probe(this.shape) : await this.phase();
    this.spentMs += performance.now() - began;
    return more;
  }

  async result(): Promise<TargetResult> {
    // A last reading closes the last second, whether or not the ticker got there first.
    if (!this.timeline) this.readUsage();
    this.timeline ??= this.recorder.finish(this.session.now());
    const shaped =
      this.shape.kind === 'capacity'
        ? capacityResult(this.shape, this.probes, this.opts.signal?.aborted ? 'interrupted' : this.stop)
        : scheduledShapeResult(this.shape, this.timeline);
    const result = shapedResultOf(this.ep, this.timeline, shaped);
    const { encodings } = this.session;
    if (encodings && result.endpoint) result.endpoint.encodings = { ...encodings };
    // Per request over the measured phases (one sample a phase), and per named phase (`db-queries-per-request@peak`);
    // a capacity search's probes are not named phases.
    await this.work?.addTo(result, this.shape.kind !== 'capacity');
    return result;
  }

  async close(): Promise<void> {
    clearInterval(this.ticker);
    await this.session.close();
  }

  private readUsage(): void {
    this.recorder.usage(Math.round(this.session.now() / 1000) * 1000, this.opts.usage());
  }

  private line(name: string, text: string): void {
    const prefix = this.opts.label ? `${this.opts.label} ` : '';
    this.opts.log.info(`  ${this.ep.name} ${prefix}${name}: ${text}`);
  }

  private async run(phase: LoadPhase): Promise<void> {
    if (!this.started) this.opts.onStart?.();
    this.started = true;
    this.recorder.begin(phase.name, this.session.now(), phase.measured);
    const start = this.boundary;
    const outcome = await this.session.run(phase, this.opts.signal);
    this.boundary = this.work?.boundary();
    if (phase.measured) this.work?.add(start, this.boundary, this.recorder.phaseSoFar().ok, phase.name);
    if (outcome.lagMs > 250) {
      const prefix = this.opts.label ? `${this.opts.label} ` : '';
      this.opts.log.warn(
        `${this.ep.name} ${prefix}${phase.name}: sending fell ${formatValue(outcome.lagMs, 'ms')} behind schedule; this machine, not the app, was the limit`,
      );
    }
  }

  private async probe(shape: Extract<ShapePlan, { kind: 'capacity' }>): Promise<boolean> {
    if (!this.warm) {
      this.warm = true;
      await this.run({ name: 'warm-up', durationMs: this.ep.load.warmupMs, rate: { from: shape.fromRate, to: shape.fromRate }, measured: false });
      await this.session.drain();
      return true;
    }
    const next = nextProbe(shape, this.probes);
    if (!next) return false;
    // A probe that would end past the budget is not started.
    if (this.spentMs + shape.probeMs > shape.timeBudgetMs) {
      this.stop = 'time budget';
      return false;
    }
    const name = `probe ${this.probes.length + 1}`;
    const startMs = this.session.now();
    await this.run({ name, durationMs: shape.probeMs, rate: { from: next.rate, to: next.rate }, measured: true });
    // Each probe starts from an empty queue: what it left in flight is its own.
    await this.session.drain();
    const endMs = this.session.now();
    const summary = probeSummary(next.rate, next.round, { name, startMs, endMs, measured: true, stats: this.recorder.phaseSoFar() }, shape.objective);
    this.probes.push({ rate: next.rate, round: next.round, passed: summary.passed, summary });
    this.line(
      name,
      `${next.rate} req/s → ${formatValue(summary.rps, 'rps')} · p95 ${formatValue(summary.p95, 'ms')} · errors ${summary.errors} · ${summary.passed ? 'holds' : `breaks ${summary.broke.join(', ')}`}`,
    );
    return true;
  }

  private async phase(): Promise<boolean> {
    const p = this.queue.shift();
    if (!p) return false;
    // A long phase says it has begun; every phase says what it got.
    if (p.durationMs >= 15_000) this.line(p.name, `${describePhase(p)} for ${formatValue(p.durationMs, 'ms')}…`);
    await this.run(p);
    const got = phaseSummary({ name: p.name, startMs: 0, endMs: p.durationMs, stats: this.recorder.phaseSoFar() });
    this.line(
      p.name,
      `${describePhase(p)}, ${formatValue(p.durationMs, 'ms')}: ${formatValue(got.rps, 'rps')} · p95 ${formatValue(got.p95, 'ms')} · errors ${got.errors}`,
    );
    return true;
  }
}

const describePhase = (p: LoadPhase) =>
  p.rate ? (p.rate.from === p.rate.to ? `${p.rate.to} req/s` : `${p.rate.from} → ${p.rate.to} req/s`) : `${p.connections} connections (closed loop)`;

const kindsMeasured = (tl: Timeline) => (tl.parts ?? []).map((p) => ({ sent: measuredSent(p), errorKinds: p.errorKinds }));
const measuredSent = (tl: Timeline) => tl.phases.filter((p) => p.measured).reduce((n, p) => n + sentOf(p.stats), 0);

function shapedResultOf(ep: ShapedEndpoint, tl: Timeline, shaped: ReturnType<typeof scheduledShapeResult>): TargetResult {
  const measured = new Set(tl.phases.filter((ph) => ph.measured).flatMap((ph) => secondsWithin(ph.startMs, ph.endMs, tl.series.length)));
  const measuredSeconds = tl.series.filter((p) => measured.has(p.t));
  return {
    kind: 'endpoint',
    name: ep.name,
    url: ep.url,
    status: 'ok',
    metrics: { ...shaped.metrics, ...(ep.load.profile.kind !== 'capacity' && mixPartMetrics(ep, tl)) },
    endpoint: {
      method: ep.method,
      load: {
        durationMs: tl.measuredMs,
        warmupMs: ep.load.warmupMs,
        connections: ep.load.connections,
        samples: measuredSeconds.length,
        timeoutMs: ep.load.timeoutMs,
        profile: describeShape(ep.load.profile),
      },
      ...(ep.request && { vars: ep.request.vars.map(describeVar) }),
      ...(ep.mix && { mix: mixReport(ep.mix, kindsMeasured(tl)) }),
      ...(ep.journey && { journey: journeyReport(ep.journey, kindsMeasured(tl)) }),
      statusCodes: tl.statusCodes,
      sent: measuredSent(tl),
      bursts: measuredSeconds.flatMap((p) => {
        const s = tl.seconds[p.t];
        return s ? [burstFromStats(s, p.t * 1000, 1000)] : [];
      }),
      errorKinds: tl.errorKinds,
      series: tl.series,
      shape: shaped.summary,
    },
  };
}
