// The work behind each request, from snapshots taken at the boundaries of the bursts: the database's statements
// and the app's own counters, as per-request metrics (one sample a burst) and the tables that name what did the
// work. Spans rather than a first and last snapshot: beside the base, the other app's bursts come in between.
import { counterTable, counterWorkMetrics, type CounterSnapshot } from './counter-work.js';
import { dbWorkMetrics, statementTable, type StatementSnapshot } from './db-work.js';
import { outboundMetrics, outboundTable, type OutboundSnapshot } from './outbound-work.js';
import { cacheWork, type RedisSnapshot } from './cache-work.js';
import type { CounterSelector } from './counter-selector.js';
import type { ResponseSink } from '../load/load-generator.js';
import type { EndpointDetails, MetricResult } from '../report/report.js';

export interface WorkSnapshot {
  statements?: StatementSnapshot;
  /** Every counter selector's reading, by the selector as written. */
  counters?: CounterSnapshot;
  /** The app's outbound HTTP calls, summed over its processes that have perf-gate's hook. */
  outbound?: OutboundSnapshot;
  /** Redis's INFO (cache.redis). */
  redis?: RedisSnapshot;
}

/** One burst: the snapshots at its start and end, and the requests it answered. */
export interface WorkSpan {
  start: WorkSnapshot | undefined;
  end: WorkSnapshot | undefined;
  requests: number;
}

/** An endpoint's work metrics and what its report keeps of them. */
export function requestWork(
  spans: readonly WorkSpan[],
  counters: Readonly<Record<string, CounterSelector>> = {},
): { metrics: Record<string, MetricResult>; details: Pick<EndpointDetails, 'statements' | 'counters' | 'outbound' | 'cache' | 'workNotes'> } {
  const counterNames = Object.keys(counters);
  // Snapshots hold every selector's reading; this endpoint's names pick theirs.
  const named = (snap: CounterSnapshot | undefined) =>
    snap && new Map(counterNames.flatMap((n) => (snap.has(counters[n]!.source) ? [[n, snap.get(counters[n]!.source)!] as const] : [])));
  const db = spans.map((s) => ({ start: s.start?.statements, end: s.end?.statements, requests: s.requests }));
  const counted = spans.map((s) => ({ start: named(s.start?.counters), end: named(s.end?.counters), requests: s.requests }));
  const hasDb = spans.some((s) => s.start?.statements || s.end?.statements);
  const perCounter = counterWorkMetrics(counterNames, counted);
  const statements = hasDb ? statementTable(db) : [];
  const table = counterTable(counterNames, counted);
  const calls = spans.map((s) => ({ start: s.start?.outbound, end: s.end?.outbound, requests: s.requests }));
  const outbound = outboundMetrics(calls);
  const hosts = outbound['outbound-calls-per-request'] ? outboundTable(calls) : undefined;
  const hasRedis = spans.some((s) => s.start?.redis || s.end?.redis);
  const cache = hasRedis ? cacheWork(spans.map((s) => ({ start: s.start?.redis, end: s.end?.redis, requests: s.requests }))) : undefined;
  const notes = [...perCounter.notes, ...(cache?.notes ?? [])];
  return {
    metrics: { ...(hasDb ? dbWorkMetrics(db) : {}), ...perCounter.metrics, ...outbound, ...cache?.metrics },
    details: {
      ...(cache?.cache && { cache: cache.cache }),
      ...(hasDb && { statements }),
      ...(table.length > 0 && { counters: table }),
      ...(hosts && { outbound: hosts }),
      ...(notes.length > 0 && { workNotes: notes }),
    },
  };
}

/**
 * Counts answered requests for the work snapshots: read at the moment a snapshot is asked for, in the same tick,
 * so a span's requests and its statements cover the same stretch even when a burst's timer fires late (a response
 * handled between a burst's nominal end and its timer belongs to the next burst, but its statements to this span).
 */
export function answeredCounter<S extends ResponseSink>(sink: S): { sink: ResponseSink; answered: () => number } {
  let answered = 0;
  return {
    sink: {
      response: (at, status, bytes, latency) => {
        answered++;
        sink.response(at, status, bytes, latency);
      },
      failure: (at, message, timedOut) => sink.failure(at, message, timedOut),
    },
    answered: () => answered,
  };
}
