// Load on one endpoint with autocannon, timed per request at microsecond resolution into HDR histograms
// (hdr-histogram-js: autocannon's own histogram keeps whole milliseconds and only 2xx).
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';
import { performance } from 'node:perf_hooks';
import type { EndpointPlan } from '../core/budget-parse.js';
import { latencyPercentiles } from '../core/metric-catalog.js';
import type { Burst, MetricResult, TargetResult } from '../core/report.js';
import type { Unit } from '../core/units.js';

export interface LoadHooks {
  signal?: AbortSignal;
  /** Called once the first request is on its way. */
  onStart?: () => void;
  /** Called as each burst completes, while the load goes on. */
  onBurst?: (burst: Burst, index: number, total: number) => void;
}

type Histogram = ReturnType<typeof hdr.build>;

interface Bucket {
  hist: Histogram;
  ok: number;
  bytes: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  answered: number;
}

const maxErrorMessages = 5;
// Every request sent is answered or failed by then: autocannon checks its stop flag on this interval.
const stopCheckMs = 50;

const newHistogram = (): Histogram =>
  hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: 3, useWebAssembly: false });

const newBucket = (): Bucket => ({ hist: newHistogram(), ok: 0, bytes: 0, errors: 0, timeouts: 0, non2xx: 0, answered: 0 });

/** What the loads of one endpoint add up to: one run, or the interleaved bursts of one arm of an A/B run. */
export interface LoadTally {
  pooled: Bucket;
  bursts: { bucket: Bucket; durationMs: number }[];
  statusCodes: Record<string, number>;
  errorMessages: Set<string>;
  measuredMs: number;
}

export const newLoadTally = (): LoadTally => ({ pooled: newBucket(), bursts: [], statusCodes: {}, errorMessages: new Set(), measuredMs: 0 });

/** Loads the endpoint as its plan says (warm-up, then `samples` bursts) and adds what it measured to `tally`. */
export async function runEndpointLoad(ep: EndpointPlan, hooks: LoadHooks = {}, tally: LoadTally = newLoadTally()): Promise<TargetResult> {
  const { load } = ep;
  const burstMs = load.durationMs / load.samples;
  const buckets = Array.from({ length: load.samples }, newBucket);
  const { pooled, statusCodes, errorMessages } = tally;
  const expected = (status: number) => (ep.status ? ep.status.includes(status) : status >= 200 && status < 300);

  let t0 = 0;
  let stopped = false;
  const bucketAt = (now: number): Bucket | undefined => {
    const since = now - t0 - load.warmupMs;
    if (stopped || since < 0) return undefined;
    return buckets[Math.min(load.samples - 1, Math.floor(since / burstMs))];
  };

  let finish: (err?: unknown) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    finish = (err) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve());
  });
  const instance = autocannon(
    {
      url: ep.url,
      method: ep.method as autocannon.Request['method'],
      headers: ep.headers,
      ...(ep.body !== undefined && { body: ep.body }),
      connections: load.connections,
      // perf-gate stops the run itself at the exact end of the last burst; this is only a backstop.
      duration: (load.warmupMs + load.durationMs) / 1000 + 5,
      timeout: Math.max(1, Math.ceil(load.timeoutMs / 1000)),
      ...(load.rate !== undefined && { overallRate: load.rate }),
      sampleInt: stopCheckMs,
    } as autocannon.Options,
    (err) => finish(err),
  );
  t0 = performance.now();
  hooks.onStart?.();

  instance.on('response', (_client, statusCode, resBytes, responseTime) => {
    const b = bucketAt(performance.now());
    if (!b) return;
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    const isNon2xx = statusCode < 200 || statusCode >= 300;
    for (const x of [b, pooled]) {
      x.answered++;
      if (isNon2xx) x.non2xx++;
    }
    if (!expected(statusCode)) {
      b.errors++;
      pooled.errors++;
      if (errorMessages.size < maxErrorMessages) errorMessages.add(`unexpected status ${statusCode}`);
      return;
    }
    const us = Math.max(1, Math.round(responseTime * 1000));
    for (const x of [b, pooled]) {
      x.hist.recordValue(us);
      x.ok++;
      x.bytes += resBytes;
    }
  });
  instance.on('reqError', (err: Error & { code?: string }) => {
    const b = bucketAt(performance.now());
    if (!b) return;
    const timedOut = err.message === 'request timed out';
    for (const x of [b, pooled]) {
      x.errors++;
      if (timedOut) x.timeouts++;
    }
    if (errorMessages.size < maxErrorMessages) errorMessages.add(err.code ?? err.message);
  });

  // A burst is complete once the clock passes its end; report it then, while the load goes on.
  const timers = buckets.map((b, i) => setTimeout(() => hooks.onBurst?.(burstOf(b, i * burstMs, burstMs), i, load.samples), load.warmupMs + (i + 1) * burstMs));
  const stop = () => {
    stopped = true;
    instance.stop();
  };
  const endTimer = setTimeout(stop, load.warmupMs + load.durationMs);
  hooks.signal?.addEventListener('abort', stop, { once: true });
  try {
    await done;
  } finally {
    clearTimeout(endTimer);
    timers.forEach(clearTimeout);
    hooks.signal?.removeEventListener('abort', stop);
  }

  const elapsedMs = Math.max(0, Math.min(load.durationMs, performance.now() - t0 - load.warmupMs));
  const completed = hooks.signal?.aborted ? Math.ceil(elapsedMs / burstMs) : load.samples;
  tally.bursts.push(...buckets.slice(0, completed).map((bucket) => ({ bucket, durationMs: burstMs })));
  tally.measuredMs += hooks.signal?.aborted ? elapsedMs : load.durationMs;
  return resultOf(ep, tally);
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
      sent: pooled.answered + transportErrors(pooled),
      bursts,
      errorMessages: [...tally.errorMessages],
    },
  };
}

// Errors that got no response at all (connection errors and timeouts), as opposed to unexpected statuses.
function transportErrors(b: Bucket): number {
  return b.errors - (b.answered - b.ok);
}

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
  const sent = (b: Bucket) => b.answered + transportErrors(b);
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
