// The arithmetic of load on one endpoint, whatever generates it: each response timed into an HDR histogram of its
// burst and a pooled one (hdr-histogram-js: microsecond resolution, where autocannon's own keeps whole
// milliseconds and only 2xx), then bursts and the endpoint's metrics. A load generator feeds a recorder; no sockets here.
import * as hdr from 'hdr-histogram-js';
import type { EndpointPlan } from '../budget/plan.js';
import { latencyPercentiles } from '../budget/metric-catalog.js';
import type { Burst, ErrorKind, MetricResult, TargetResult } from '../report/report.js';
import type { Unit } from '../units.js';
import { describeVar } from '../workload/vars.js';
import { journeyReport, kindsOf, mixReport } from '../workload/mix.js';
import { journeyMetrics } from '../workload/journey.js';

type Histogram = ReturnType<typeof hdr.build>;

/** What one stretch of load (a burst, a second, a phase, or all of it) got, histogram and counters. */
export interface Bucket {
  hist: Histogram;
  ok: number;
  bytes: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  answered: number;
  /** Responses by status code (a steady load's bursts, which may be taken back out of the pooled figures). */
  statuses: Record<string, number>;
}

// Distinct error kinds kept per endpoint; the rest are counted under one 'other' kind.
const maxErrorKinds = 20;
const otherKind = 'other';

export const newBucket = (): Bucket => ({
  hist: hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: 3, useWebAssembly: false }),
  ok: 0,
  bytes: 0,
  errors: 0,
  timeouts: 0,
  non2xx: 0,
  answered: 0,
  statuses: {},
});

/** A response into each of `into`; false when its status is not one the endpoint expects. */
export function addResponse(into: readonly Bucket[], ep: Pick<EndpointPlan, 'status'>, status: number, bytes: number, latencyMs: number): boolean {
  const expected = ep.status ? ep.status.includes(status) : status >= 200 && status < 300;
  const isNon2xx = status < 200 || status >= 300;
  const us = Math.max(1, Math.round(latencyMs * 1000));
  for (const x of into) {
    x.answered++;
    if (isNon2xx) x.non2xx++;
    if (!expected) {
      x.errors++;
      continue;
    }
    x.hist.recordValue(us);
    x.ok++;
    x.bytes += bytes;
  }
  return expected;
}

/** A request that got no response (a connection error or a timeout) into each of `into`. */
export function addFailure(into: readonly Bucket[], timedOut: boolean): void {
  for (const x of into) {
    x.errors++;
    if (timedOut) x.timeouts++;
  }
}

/** Counts one error of a kind (a status, a socket error code, a timeout). */
export function noteError(kinds: Map<string, number>, kind: string): void {
  const key = kinds.has(kind) || kinds.size < maxErrorKinds ? kind : otherKind;
  kinds.set(key, (kinds.get(key) ?? 0) + 1);
}

/** Error kinds, the commonest first. */
export const errorKindsOf = (kinds: ReadonlyMap<string, number>): ErrorKind[] =>
  [...kinds].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));

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
  errorKinds: Map<string, number>;
  measuredMs: number;
  /** Requests still unanswered when the last load on the endpoint stopped. */
  inFlight: number;
  /** Connections the server closed after answering (Connection: close, HTTP/1.0), of the responses read, warm-up included. */
  serverCloses: { closes: number; responses: number };
  /** Responses by Content-Encoding, when the requests asked for compression. */
  encodings?: Record<string, number>;
  /** A mix's or a journey's: each kind of request's (each step's) own tally, in the budget's order. */
  parts?: LoadTally[];
  /** A journey's iterations, each counted as one response (its duration) or one failure (at its step). */
  iterations?: LoadTally;
  /** What the load met that the report should say (a capture cut at its limit), once each. */
  notes?: string[];
}

export const newLoadTally = (): LoadTally => ({
  pooled: newBucket(),
  bursts: [],
  statusCodes: {},
  errorKinds: new Map(),
  measuredMs: 0,
  inFlight: 0,
  serverCloses: { closes: 0, responses: 0 },
});

/** Where a generator puts what it sees; times are milliseconds on one clock, from the load's start. */
interface LoadRecorder {
  /** `kind`: a mix's kind of request (its part's index). */
  response(atMs: number, status: number, bytes: number, latencyMs: number, kind?: number): void;
  /** A request that got no response: a connection error or a timeout. */
  failure(atMs: number, message: string, timedOut: boolean, kind?: number): void;
  /** A journey's iteration ended: its duration (its steps' latencies), or the failure that ended it. */
  iteration?(atMs: number, durationMs: number, failure?: string): void;
  /** Burst `index` as recorded so far (complete once the clock has passed its end). */
  burst(index: number): Burst;
  /** The metrics' samples over the first `completed` bursts, to judge whether more are needed. */
  soFar(completed: number): Record<string, MetricResult>;
  /** Adds the bursts completed by `atMs` (all of them unless the load was cut short, or `completed` when it was
   * stopped at a burst's end) to the tally. */
  finish(atMs: number, cutShort: boolean, completed?: number): TargetResult;
}

/** A recorder for one load of the endpoint's plan: the warm-up is discarded, then `samples` bursts of equal length.
 * A mix's or journey's responses count for the whole and for their kind of request (`p95@item`); a journey's
 * iterations give its own metrics (`journey-p95`). */
export function loadRecorder(ep: EndpointPlan, tally: LoadTally): LoadRecorder {
  const own = targetRecorder(ep, tally);
  const kinds = kindsOf(ep);
  if (!kinds) return own;
  const alone = { ...ep, mix: undefined, journey: undefined };
  const tallies = (tally.parts ??= kinds.map(newLoadTally));
  const parts = kinds.map((p, k) => targetRecorder({ ...alone, status: p.status }, tallies[k]!));
  const iterations = ep.journey ? targetRecorder({ ...alone, status: undefined }, (tally.iterations ??= newLoadTally())) : undefined;
  const all = iterations ? [...parts, iterations] : parts;
  return {
    ...toKinds(own, parts),
    iteration(atMs, durationMs, failure) {
      if (failure === undefined) iterations?.response(atMs, 200, 0, durationMs);
      else iterations?.failure(atMs, failure, false);
    },
    burst: own.burst,
    soFar: (completed) =>
      Object.assign(
        own.soFar(completed),
        ...parts.map((p, k) => suffixedMetrics(p.soFar(completed), kinds[k]!.name)),
        iterations ? journeyMetrics(iterations.soFar(completed)) : {},
      ) as Record<string, MetricResult>,
    finish(atMs, cutShort, completed) {
      for (const p of all) p.finish(atMs, cutShort, completed);
      return own.finish(atMs, cutShort, completed);
    },
  };
}

type KindSink = Pick<LoadRecorder, 'response' | 'failure'>;

/** A response or failure recorded for the whole mix and for its kind of request. */
export function toKinds(own: KindSink, parts: readonly KindSink[]): KindSink {
  return {
    response(atMs, status, bytes, latencyMs, kind) {
      // The whole target's recorder knows each kind's expected status by the kind.
      own.response(atMs, status, bytes, latencyMs, kind);
      if (kind !== undefined) parts[kind]?.response(atMs, status, bytes, latencyMs);
    },
    failure(atMs, message, timedOut, kind) {
      own.failure(atMs, message, timedOut);
      if (kind !== undefined) parts[kind]?.failure(atMs, message, timedOut);
    },
  };
}

function targetRecorder(ep: EndpointPlan, tally: LoadTally): LoadRecorder {
  const { load } = ep;
  const kinds = kindsOf(ep);
  const burstMs = load.durationMs / load.samples;
  const buckets = Array.from({ length: load.samples }, newBucket);
  const { pooled, statusCodes, errorKinds } = tally;
  let finished = false;
  const bucketAt = (atMs: number): Bucket | undefined => {
    const since = atMs - load.warmupMs;
    if (finished || since < 0) return undefined;
    return buckets[Math.min(load.samples - 1, Math.floor(since / burstMs))];
  };
  return {
    response(atMs, status, bytes, latencyMs, kind) {
      const b = bucketAt(atMs);
      if (!b) return;
      statusCodes[status] = (statusCodes[status] ?? 0) + 1;
      b.statuses[status] = (b.statuses[status] ?? 0) + 1;
      if (!addResponse([b, pooled], kind === undefined ? ep : (kinds?.[kind] ?? ep), status, bytes, latencyMs))
        noteError(errorKinds, `unexpected status ${status}`);
    },
    failure(atMs, message, timedOut) {
      const b = bucketAt(atMs);
      if (!b) return;
      addFailure([b, pooled], timedOut);
      noteError(errorKinds, message);
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
  const parts = (kindsOf(ep) ?? []).map((p, k) => ({ name: p.name, tally: tally.parts?.[k] ?? newLoadTally() }));
  const measured = parts.map((p) => ({ sent: sentOf(p.tally.pooled), errorKinds: errorKindsOf(p.tally.errorKinds) }));
  const iterations = tally.iterations && metricsOf(tally.iterations.pooled, tally.iterations.bursts, tally.iterations.measuredMs);
  return {
    kind: 'endpoint',
    name: ep.name,
    url: ep.url,
    status: 'ok',
    metrics: Object.assign(
      metricsOf(pooled, tally.bursts, tally.measuredMs),
      ...parts.map((p) => suffixedMetrics(metricsOf(p.tally.pooled, p.tally.bursts, p.tally.measuredMs), p.name)),
      iterations ? journeyMetrics(iterations) : {},
    ) as Record<string, MetricResult>,
    endpoint: {
      method: ep.method,
      // The plan's shape object stays out: the report says steady by leaving it out.
      load: (({ profile: _shape, ...load }) => load)(ep.load),
      ...(ep.request && { vars: ep.request.vars.map(describeVar) }),
      ...(ep.mix && { mix: mixReport(ep.mix, measured) }),
      ...(ep.journey && { journey: { ...journeyReport(ep.journey, measured), ...(tally.notes?.length && { notes: [...tally.notes] }) } }),
      statusCodes: { ...tally.statusCodes },
      sent: sentOf(pooled),
      bursts,
      errorKinds: errorKindsOf(tally.errorKinds),
      inFlight: tally.inFlight,
      ...(tally.serverCloses.closes > 0 && { serverCloses: { ...tally.serverCloses } }),
      ...(tally.encodings && { encodings: { ...tally.encodings } }),
    },
  };
}

/** Metrics over one phase of a shape or one kind of request of a mix, named `<id>@<name>`. */
export const suffixedMetrics = (metrics: Record<string, MetricResult>, name: string): Record<string, MetricResult> =>
  Object.fromEntries(Object.entries(metrics).map(([id, m]) => [`${id}@${name}`, m]));

// Requests sent: those answered, and those that got no response at all (connection errors and timeouts).
export const sentOf = (b: Counts): number => b.answered + b.errors - (b.answered - b.ok);

type Counts = Pick<Bucket, 'ok' | 'bytes' | 'errors' | 'timeouts' | 'non2xx' | 'answered'>;

/** A bucket's figures without its histogram: what a second of a long series keeps. */
export interface BucketStats extends Counts {
  /** Latency (ms) at each of latencyPercentiles; null without a response. */
  percentiles: (number | null)[];
  mean: number | null;
  max: number | null;
}

export function statsOf(b: Bucket): BucketStats {
  const any = b.hist.totalCount > 0;
  return {
    ok: b.ok,
    bytes: b.bytes,
    errors: b.errors,
    timeouts: b.timeouts,
    non2xx: b.non2xx,
    answered: b.answered,
    percentiles: latencyPercentiles.map((p) => (any ? b.hist.getValueAtPercentile(p) / 1000 : null)),
    mean: any ? b.hist.mean / 1000 : null,
    max: any ? b.hist.maxValue / 1000 : null,
  };
}

/** Latency (ms) at percentile p of a stretch's figures. */
export const percentileOf = (s: BucketStats, p: (typeof latencyPercentiles)[number]): number | null => s.percentiles[latencyPercentiles.indexOf(p)] ?? null;

export function burstFromStats(s: BucketStats, startMs: number, burstMs: number): Burst {
  return {
    startMs,
    durationMs: burstMs,
    requests: s.ok,
    errors: s.errors,
    non2xx: s.non2xx,
    rps: s.ok / (burstMs / 1000),
    p50: percentileOf(s, 50),
    p90: percentileOf(s, 90),
    p95: percentileOf(s, 95),
    p99: percentileOf(s, 99),
  };
}

const burstOf = (b: Bucket, startMs: number, burstMs: number): Burst => burstFromStats(statsOf(b), startMs, burstMs);

function metricsOf(pooled: Bucket, bursts: LoadTally['bursts'], measuredMs: number): Record<string, MetricResult> {
  return metricsFromStats(
    statsOf(pooled),
    bursts.map(({ bucket, durationMs }) => ({ stats: statsOf(bucket), durationMs })),
    measuredMs,
  );
}

/** The endpoint's load metrics: values from the pooled figures, one sample per stretch (burst or second). */
export function metricsFromStats(
  pooled: BucketStats,
  samples: readonly { stats: BucketStats; durationMs: number }[],
  measuredMs: number,
): Record<string, MetricResult> {
  const metric = (unit: Unit, of: (b: BucketStats, seconds: number) => number | null): MetricResult => ({
    value: of(pooled, measuredMs / 1000),
    unit,
    samples: samples.map(({ stats, durationMs }) => of(stats, durationMs / 1000)).filter((v): v is number => v !== null),
  });
  const ratio = (n: number, d: number) => (d === 0 ? 0 : (n / d) * 100);
  return {
    ...Object.fromEntries(latencyPercentiles.map((p) => [`p${p}`, metric('ms', (b) => percentileOf(b, p))])),
    mean: metric('ms', (b) => b.mean),
    max: metric('ms', (b) => b.max),
    rps: metric('rps', (b, s) => (s > 0 ? b.ok / s : null)),
    throughput: metric('bytes/s', (b, s) => (s > 0 ? b.bytes / s : null)),
    'bytes-per-response': metric('bytes', (b) => (b.ok > 0 ? b.bytes / b.ok : null)),
    requests: metric('count', (b) => b.ok),
    errors: metric('count', (b) => b.errors),
    'error-rate': metric('percent', (b) => ratio(b.errors, sentOf(b))),
    timeouts: metric('count', (b) => b.timeouts),
    non2xx: metric('count', (b) => b.non2xx),
    'non2xx-rate': metric('percent', (b) => ratio(b.non2xx, b.answered)),
  };
}
