// The record of one endpoint's load second by second: each response goes into its second and its phase (by the
// time it completed), and the app's usage is read once a second. Responses arrive in time order, so only the
// current second's and the current phase's histograms are live; what is done is kept as plain figures.
import type { AppUsage } from './app-cost.js';
import { addFailure, addResponse, errorKindsOf, newBucket, noteError, percentileOf, statsOf, type Bucket, type BucketStats } from './load-metrics.js';
import type { EndpointPlan } from './plan.js';
import type { ErrorKind, SeriesPoint } from './report.js';

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
}

/** Outcomes a timeline keeps at most (16 MB of numbers); past it, recovery is judged a second at a time. */
const maxEvents = 1_000_000;

export interface TimelineRecorder {
  /** From `atMs` on, what completes belongs to phase `name`. */
  begin(name: string, atMs: number, measured: boolean): void;
  response(atMs: number, status: number, bytes: number, latencyMs: number): void;
  failure(atMs: number, message: string, timedOut: boolean): void;
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

export function timelineRecorder(ep: Pick<EndpointPlan, 'status'>, opts: TimelineOptions = {}): TimelineRecorder {
  const second = newBucket();
  const seconds: BucketStats[] = [];
  const starts: { name: string; atMs: number }[] = [];
  const phases: PhaseRecord[] = [];
  const pooled = newBucket();
  const readings: (AppUsage | undefined)[] = [];
  const statusCodes: Record<string, number> = {};
  const errorKinds = new Map<string, number>();
  let phase: { name: string; startMs: number; measured: boolean; bucket: Bucket } | undefined;
  let measuredMs = 0;
  let events = opts.keepEvents ? { atMs: [] as number[], latencyMs: [] as number[] } : undefined;
  const keep = (atMs: number, latencyMs: number) => {
    if (!events) return;
    if (events.atMs.length >= maxEvents) events = undefined;
    else {
      events.atMs.push(atMs);
      events.latencyMs.push(latencyMs);
    }
  };

  const rollTo = (atMs: number) => {
    const s = Math.floor(atMs / 1000);
    while (seconds.length < s) {
      seconds.push(statsOf(second));
      reset(second);
    }
  };
  const endPhase = (atMs: number) => {
    if (!phase) return;
    phases.push({ name: phase.name, startMs: phase.startMs, endMs: atMs, measured: phase.measured, stats: statsOf(phase.bucket) });
    if (phase.measured) measuredMs += atMs - phase.startMs;
    phase = undefined;
  };
  const secondOnly = [second];
  const into = (): Bucket[] => (phase && !opts.seriesOnly ? (phase.measured ? [second, phase.bucket, pooled] : [second, phase.bucket]) : secondOnly);
  // Status codes and error messages feed the phase and pooled figures only.
  const counting = () => phase?.measured === true && !opts.seriesOnly;

  return {
    begin(name, atMs, measured) {
      rollTo(atMs);
      endPhase(atMs);
      starts.push({ name, atMs });
      phase = { name, startMs: atMs, measured, bucket: newBucket() };
    },
    response(atMs, status, bytes, latencyMs) {
      rollTo(atMs);
      if (counting()) statusCodes[status] = (statusCodes[status] ?? 0) + 1;
      const expected = addResponse(into(), ep, status, bytes, latencyMs);
      keep(atMs, expected ? latencyMs : Number.NaN);
      if (!expected && counting()) noteError(errorKinds, `unexpected status ${status}`);
    },
    failure(atMs, message, timedOut) {
      rollTo(atMs);
      addFailure(into(), timedOut);
      keep(atMs, Number.NaN);
      if (counting()) noteError(errorKinds, message);
    },
    usage(atMs, reading) {
      rollTo(atMs);
      readings[Math.round(atMs / 1000)] = reading;
    },
    phaseSoFar: () => statsOf(phase?.bucket ?? newBucket()),
    finish(atMs) {
      rollTo(atMs);
      endPhase(atMs);
      // Seconds and phase starts are both in time order: one pass, the phase index moving forward.
      let k = 0;
      const phaseAt = (ms: number) => {
        while (k + 1 < starts.length && starts[k + 1]!.atMs <= ms) k++;
        return starts[k]?.name ?? '';
      };
      const series = seconds.map((st, t): SeriesPoint => {
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
      return {
        series,
        seconds,
        phases,
        pooled: statsOf(pooled),
        measuredMs,
        statusCodes,
        errorKinds: errorKindsOf(errorKinds),
        readings,
        ...(events && { events }),
      };
    },
  };
}
