// The record of one endpoint's load second by second: each response goes into its second and its phase (by the
// time it completed), and the app's usage is read once a second. Responses arrive in time order, so only the
// current second's and the current phase's histograms are live; what is done is kept as plain figures.
import type { AppUsage } from './app-cost.js';
import { kindsOf } from '../workload/mix.js';
import { addFailure, addResponse, toKinds, errorKindsOf, newBucket, noteError, percentileOf, statsOf, type Bucket, type BucketStats } from './load-metrics.js';
import type { EndpointPlan } from '../budget/plan.js';
import type { ErrorKind, SeriesPoint } from '../report/report.js';

export interface PhaseRecord {
  name: string;
  startMs: number;
  endMs: number;
  measured: boolean;
  stats: BucketStats;
}

export interface Timeline {
  series: SeriesPoint[];
  /** Each point's full figures, for metrics' samples. */
  seconds: BucketStats[];
  phases: PhaseRecord[];
  /** Every measured phase together. */
  pooled: BucketStats;
  /** ms of measured phases. */
  measuredMs: number;
  statusCodes: Record<string, number>;
  errorKinds: ErrorKind[];
  /** The app's usage at each second's start (index t) and the last second's end; undefined where unread. */
  readings: (AppUsage | undefined)[];
  /** Every outcome's completion time and latency (NaN: failed), when kept (a spike's recovery, to 100 ms). */
  events?: { atMs: number[]; latencyMs: number[] };
  /** A mix's or a journey's: each kind of request's (each step's) own record, in the budget's order. */
  parts?: Timeline[];
  /** A journey's iterations: each one response (its duration) or one failure. */
  iterations?: Timeline;
}

/** Outcomes a timeline keeps at most (16 MB of numbers); past it, recovery is judged a second at a time. */
const maxEvents = 1_000_000;

export interface TimelineRecorder {
  /** From `atMs` on, what completes belongs to phase `name`. */
  begin(name: string, atMs: number, measured: boolean): void;
  /** `kind`: a mix's kind of request (its part's index). */
  response(atMs: number, status: number, bytes: number, latencyMs: number, kind?: number): void;
  failure(atMs: number, message: string, timedOut: boolean, kind?: number): void;
  /** A journey's iteration ended: its duration, or the failure that ended it. */
  iteration?(atMs: number, durationMs: number, failure?: string): void;
  /** The app's usage read at `atMs` (once a second, from 0). */
  usage(atMs: number, reading: AppUsage | undefined): void;
  /** The current phase's figures so far. */
  phaseSoFar(): BucketStats;
  finish(atMs: number): Timeline;
}

function reset(b: Bucket): void {
  b.hist.reset();
  b.ok = b.bytes = b.errors = b.timeouts = b.non2xx = b.answered = 0;
  b.statuses = {};
}

export interface TimelineOptions {
  /** Keep every outcome (a spike's recovery). */
  keepEvents?: boolean;
  /** Only the per-second series is read (a steady endpoint's, beside autocannon's own figures): each response goes into its second alone. */
  seriesOnly?: boolean;
}

export function timelineRecorder(ep: Pick<EndpointPlan, 'status' | 'mix' | 'journey'>, opts: TimelineOptions = {}): TimelineRecorder {
  const own = new Recorder(ep, opts);
  const kinds = kindsOf(ep);
  if (!kinds || opts.seriesOnly) return own;
  return kindsRecorder(
    own,
    kinds.map((p) => new Recorder(p, {})),
    ep.journey ? new Recorder({}, {}) : undefined,
  );
}

// A mix's or journey's record: the whole target's, each kind of request's beside it (its phases alike), and a
// journey's iterations.
function kindsRecorder(own: Recorder, parts: Recorder[], iterations: Recorder | undefined): TimelineRecorder {
  const all = iterations ? [...parts, iterations] : parts;
  return {
    begin(name, atMs, measured) {
      own.begin(name, atMs, measured);
      for (const p of all) p.begin(name, atMs, measured);
    },
    ...toKinds(own, parts),
    iteration(atMs, durationMs, failure) {
      if (failure === undefined) iterations?.response(atMs, 200, 0, durationMs);
      else iterations?.failure(atMs, failure, false);
    },
    usage: (atMs, reading) => own.usage(atMs, reading),
    phaseSoFar: () => own.phaseSoFar(),
    finish: (atMs) => ({
      ...own.finish(atMs),
      parts: parts.map((p) => p.finish(atMs)),
      ...(iterations && { iterations: iterations.finish(atMs) }),
    }),
  };
}

class Recorder implements TimelineRecorder {
  private readonly second = newBucket();
  private readonly secondOnly = [this.second];
  private readonly seconds: BucketStats[] = [];
  private readonly starts: { name: string; atMs: number }[] = [];
  private readonly phases: PhaseRecord[] = [];
  private readonly pooled = newBucket();
  private readonly readings: (AppUsage | undefined)[] = [];
  private readonly statusCodes: Record<string, number> = {};
  private readonly errorKinds = new Map<string, number>();
  private phase: { name: string; startMs: number; measured: boolean; bucket: Bucket } | undefined;
  private measuredMs = 0;
  private events: { atMs: number[]; latencyMs: number[] } | undefined;

  constructor(
    private readonly ep: Pick<EndpointPlan, 'status' | 'mix' | 'journey'>,
    private readonly opts: TimelineOptions,
  ) {
    if (opts.keepEvents) this.events = { atMs: [], latencyMs: [] };
  }

  begin(name: string, atMs: number, measured: boolean): void {
    this.rollTo(atMs);
    this.endPhase(atMs);
    this.starts.push({ name, atMs });
    this.phase = { name, startMs: atMs, measured, bucket: newBucket() };
  }

  response(atMs: number, status: number, bytes: number, latencyMs: number, kind?: number): void {
    this.rollTo(atMs);
    const counting = this.counting();
    if (counting) this.statusCodes[status] = (this.statusCodes[status] ?? 0) + 1;
    // A mix's or journey's kinds of request each expect their own statuses.
    const expects = kind === undefined ? this.ep : (kindsOf(this.ep)?.[kind] ?? this.ep);
    const expected = addResponse(this.into(), expects, status, bytes, latencyMs);
    this.keep(atMs, expected ? latencyMs : Number.NaN);
    if (!expected && counting) noteError(this.errorKinds, `unexpected status ${status}`);
  }

  failure(atMs: number, message: string, timedOut: boolean): void {
    this.rollTo(atMs);
    addFailure(this.into(), timedOut);
    this.keep(atMs, Number.NaN);
    if (this.counting()) noteError(this.errorKinds, message);
  }

  usage(atMs: number, reading: AppUsage | undefined): void {
    this.rollTo(atMs);
    this.readings[Math.round(atMs / 1000)] = reading;
  }

  phaseSoFar(): BucketStats {
    return statsOf(this.phase?.bucket ?? newBucket());
  }

  finish(atMs: number): Timeline {
    this.rollTo(atMs);
    this.endPhase(atMs);
    return {
      series: seriesOf(this.seconds, this.starts, this.readings),
      seconds: this.seconds,
      phases: this.phases,
      pooled: statsOf(this.pooled),
      measuredMs: this.measuredMs,
      statusCodes: this.statusCodes,
      errorKinds: errorKindsOf(this.errorKinds),
      readings: this.readings,
      ...(this.events && { events: this.events }),
    };
  }

  private keep(atMs: number, latencyMs: number): void {
    if (!this.events) return;
    if (this.events.atMs.length >= maxEvents) this.events = undefined;
    else {
      this.events.atMs.push(atMs);
      this.events.latencyMs.push(latencyMs);
    }
  }

  private rollTo(atMs: number): void {
    const s = Math.floor(atMs / 1000);
    while (this.seconds.length < s) {
      this.seconds.push(statsOf(this.second));
      reset(this.second);
    }
  }

  private endPhase(atMs: number): void {
    const { phase } = this;
    if (!phase) return;
    this.phases.push({ name: phase.name, startMs: phase.startMs, endMs: atMs, measured: phase.measured, stats: statsOf(phase.bucket) });
    if (phase.measured) this.measuredMs += atMs - phase.startMs;
    this.phase = undefined;
  }

  private into(): Bucket[] {
    const { phase } = this;
    if (!phase || this.opts.seriesOnly) return this.secondOnly;
    return phase.measured ? [this.second, phase.bucket, this.pooled] : [this.second, phase.bucket];
  }

  // Status codes and error messages feed the phase and pooled figures only.
  private counting(): boolean {
    return this.phase?.measured === true && !this.opts.seriesOnly;
  }
}

/** Each second's point, named by the phase it is in, with the app's CPU and memory over it where read. */
function seriesOf(
  seconds: readonly BucketStats[],
  starts: readonly { name: string; atMs: number }[],
  readings: readonly (AppUsage | undefined)[],
): SeriesPoint[] {
  // Seconds and phase starts are both in time order: one pass, the phase index moving forward.
  let k = 0;
  const phaseAt = (ms: number) => {
    while (k + 1 < starts.length && starts[k + 1]!.atMs <= ms) k++;
    return starts[k]?.name ?? '';
  };
  return seconds.map((st, t): SeriesPoint => {
    const start = readings[t];
    const end = readings[t + 1];
    return {
      t,
      phase: phaseAt(t * 1000 + 500),
      rps: st.ok,
      p50: percentileOf(st, 50),
      p95: percentileOf(st, 95),
      p99: percentileOf(st, 99),
      errors: st.errors,
      ...(start && end && { cpuMs: Math.max(0, end.cpuMs - start.cpuMs) }),
      ...(end && { rssBytes: end.rssBytes }),
    };
  });
}
