// The arithmetic of load on one endpoint, whatever generates it: each response timed into an HDR histogram of its
// burst and a pooled one (hdr-histogram-js: microsecond resolution, where autocannon's own keeps whole
// milliseconds and only 2xx), then bursts and the endpoint's metrics. A load generator feeds a recorder; no sockets here.
import * as hdr from 'hdr-histogram-js';
import type { EndpointPlan } from './plan.js';
import { latencyPercentiles } from './metric-catalog.js';
import type { Burst, MetricResult, TargetResult } from './report.js';
import type { Unit } from './units.js';

type Histogram = ReturnType<typeof hdr.build>;

interface Bucket {
  hist: Histogram;
  ok: number;
  bytes: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  answered: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
}

const maxErrorMessages = 5;

const newBucket = (): Bucket => ({
  hist: hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: 3, useWebAssembly: false }),
  ok: 0,
  bytes: 0,
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  answered: 0,
  statuses: {},
});

const counters = ['ok', 'bytes', 'errors', 'timeouts', 'non2xx', 'answered'] as const;

// Takes a burst back out of the pooled figures: one begun before the load was stopped at the previous burst's end.
function withdraw(from: Bucket, b: Bucket, statusCodes: Record<string, number>): void {
  for (const k of counters) from[k] -= b[k];
  from.hist.subtract(b.hist);
  for (const [status, n] of Object.entries(b.statuses)) {
    statusCodes[status] = (statusCodes[status] ?? 0) - n;
    if (statusCodes[status] === 0) delete statusCodes[status];
  }
}

/** What the loads of one endpoint add up to: one run, or the interleaved bursts of one arm of an A/B run. */
export interface LoadTally {
  pooled: Bucket;
  bursts: { bucket: Bucket; durationMs: number }[];
  statusCodes: Record<string, number>;
  errorMessages: Set<string>;
  measuredMs: number;
}

export const newLoadTally = (): LoadTally => ({ pooled: newBucket(), bursts: [], statusCodes: {}, errorMessages: new Set(), measuredMs: 0 });

/** Where a generator puts what it sees; times are milliseconds on one clock, from the load's start. */
interface LoadRecorder {
  response(atMs: number, status: number, bytes: number, latencyMs: number): void;
  /** A request that got no response: a connection error or a timeout. */
  failure(atMs: number, message: string, timedOut: boolean): void;
  /** Burst `index` as recorded so far (complete once the clock has passed its end). */
  burst(index: number): Burst;
  /** The metrics' samples over the first `completed` bursts, to judge whether more are needed. */
  soFar(completed: number): Record<string, MetricResult>;
  /** Adds the bursts completed by `atMs` (all of them unless the load was cut short, or `completed` when it was
   * stopped at a burst's end) to the tally. */
  finish(atMs: number, cutShort: boolean, completed?: number): TargetResult;
}

/** A recorder for one load of the endpoint's plan: the warm-up is discarded, then `samples` bursts of equal length. */
export function loadRecorder(ep: EndpointPlan, tally: LoadTally): LoadRecorder {
  const { load } = ep;
  const burstMs = load.durationMs / load.samples;
  const buckets = Array.from({ length: load.samples }, newBucket);
  const { pooled, statusCodes, errorMessages } = tally;
  const expected = (status: number) => (ep.status ? ep.status.includes(status) : status >= 200 && status < 300);
  let finished = false;
  const bucketAt = (atMs: number): Bucket | undefined => {
    const since = atMs - load.warmupMs;
    if (finished || since < 0) return undefined;
    return buckets[Math.min(load.samples - 1, Math.floor(since / burstMs))];
  };
  const note = (message: string) => {
    if (errorMessages.size < maxErrorMessages) errorMessages.add(message);
  };
  return {
    response(atMs, status, bytes, latencyMs) {
      const b = bucketAt(atMs);
      if (!b) return;
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
      b.statuses[status] = (b.statuses[status] ?? 0) + 1;
      const isNon2xx = status < 200 || status >= 300;
      for (const x of [b, pooled]) {
        x.answered++;
        if (isNon2xx) x.non2xx++;
        if (!expected(status)) x.errors++;
      }
      if (!expected(status)) return note(`unexpected status ${status}`);
      const us = Math.max(1, Math.round(latencyMs * 1000));
      for (const x of [b, pooled]) {
        x.hist.recordValue(us);
        x.ok++;
        x.bytes += bytes;
      }
    },
    failure(atMs, message, timedOut) {
      const b = bucketAt(atMs);
      if (!b) return;
      for (const x of [b, pooled]) {
        x.errors++;
        if (timedOut) x.timeouts++;
      }
      note(message);
    },
    burst: (index) => burstOf(buckets[index] as Bucket, index * burstMs, burstMs),
    soFar: (completed) =>
      metricsOf(
        pooled,
        buckets.slice(0, completed).map((bucket) => ({ bucket, durationMs: burstMs })),
        completed * burstMs,
      ),
    finish(atMs, cutShort, stoppedAfter) {
      finished = true;
      const elapsedMs = Math.max(0, Math.min(load.durationMs, atMs - load.warmupMs));
      const completed = stoppedAfter ?? (cutShort ? Math.ceil(elapsedMs / burstMs) : load.samples);
      // Stopped at a burst's end: what the next burst got before the stop took effect is not measured time.
      if (stoppedAfter !== undefined) for (const b of buckets.slice(completed)) withdraw(pooled, b, statusCodes);
      tally.bursts.push(...buckets.slice(0, completed).map((bucket) => ({ bucket, durationMs: burstMs })));
      tally.measuredMs += stoppedAfter !== undefined ? stoppedAfter * burstMs : cutShort ? elapsedMs : load.durationMs;
      return resultOf(ep, tally);
    },
  };
}

/** The endpoint's result from everything a tally holds. */
export function resultOf(ep: EndpointPlan, tally: LoadTally): TargetResult {
  const { pooled } = tally;
  let start = 0;
  const bursts = tally.bursts.map(({ bucket, durationMs }) => {
    const burst = burstOf(bucket, start, durationMs);
    start += durationMs;
    return burst;
  });
  return {
    kind: 'endpoint',
    name: ep.name,
    url: ep.url,
    status: 'ok',
    metrics: metricsOf(pooled, tally.bursts, tally.measuredMs),
    endpoint: {
      method: ep.method,
      load: { ...ep.load },
      statusCodes: { ...tally.statusCodes },
      sent: sent(pooled),
      bursts,
      errorMessages: [...tally.errorMessages],
    },
  };
}

// Requests sent: those answered, and those that got no response at all (connection errors and timeouts).
const sent = (b: Bucket) => b.answered + b.errors - (b.answered - b.ok);

const pct = (h: Histogram, p: number): number | null => (h.totalCount === 0 ? null : h.getValueAtPercentile(p) / 1000);

function burstOf(b: Bucket, startMs: number, burstMs: number): Burst {
  return {
    startMs,
    durationMs: burstMs,
    requests: b.ok,
    errors: b.errors,
    non2xx: b.non2xx,
    rps: b.ok / (burstMs / 1000),
    p50: pct(b.hist, 50),
    p90: pct(b.hist, 90),
    p95: pct(b.hist, 95),
    p99: pct(b.hist, 99),
  };
}

function metricsOf(pooled: Bucket, bursts: LoadTally['bursts'], measuredMs: number): Record<string, MetricResult> {
  const metric = (unit: Unit, of: (b: Bucket, seconds: number) => number | null): MetricResult => ({
    value: of(pooled, measuredMs / 1000),
    unit,
    samples: bursts.map(({ bucket, durationMs }) => of(bucket, durationMs / 1000)).filter((v): v is number => v !== null),
  });
  const ratio = (n: number, d: number) => (d === 0 ? 0 : (n / d) * 100);
  return {
    ...Object.fromEntries(latencyPercentiles.map((p) => [`p${p}`, metric('ms', (b) => pct(b.hist, p))])),
    mean: metric('ms', (b) => (b.hist.totalCount === 0 ? null : b.hist.mean / 1000)),
    max: metric('ms', (b) => (b.hist.totalCount === 0 ? null : b.hist.maxValue / 1000)),
    rps: metric('rps', (b, s) => (s > 0 ? b.ok / s : null)),
    throughput: metric('bytes/s', (b, s) => (s > 0 ? b.bytes / s : null)),
    requests: metric('count', (b) => b.ok),
    errors: metric('count', (b) => b.errors),
    'error-rate': metric('percent', (b) => ratio(b.errors, sent(b))),
    timeouts: metric('count', (b) => b.timeouts),
    non2xx: metric('count', (b) => b.non2xx),
    'non2xx-rate': metric('percent', (b) => ratio(b.non2xx, b.answered)),
  };
}
