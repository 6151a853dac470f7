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
  /**
   * Requests answered when a part's reading came back, where that is not when it was asked for: a scrape of the app
   * waits its turn behind the load and reads the counters later; counted at its return, requests and work line up.
   */
  answered?: Partial<Record<WorkPart, number>>;
}

export type WorkPart = 'statements' | 'counters' | 'outbound' | 'redis';

/** One burst: the snapshots at its start and end, and the requests it answered. */
export interface WorkSpan {
  start: WorkSnapshot | undefined;
  end: WorkSnapshot | undefined;
  requests: number;
}

// A part's requests in a span: between its own readings where both say, else the span's.
function requestsFor(span: WorkSpan, part: WorkPart): number {
  const a = span.start?.answered?.[part];
  const b = span.end?.answered?.[part];
  return a !== undefined && b !== undefined ? b - a : span.requests;
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
  const db = spans.map((s) => ({ start: s.start?.statements, end: s.end?.statements, requests: requestsFor(s, 'statements') }));
  const counted = spans.map((s) => ({ start: named(s.start?.counters), end: named(s.end?.counters), requests: requestsFor(s, 'counters') }));
  const hasDb = spans.some((s) => s.start?.statements || s.end?.statements);
  const perCounter = counterWorkMetrics(counterNames, counted);
  const statements = hasDb ? statementTable(db) : [];
  const table = counterTable(counterNames, counted);
  const calls = spans.map((s) => ({ start: s.start?.outbound, end: s.end?.outbound, requests: requestsFor(s, 'outbound') }));
  const outbound = outboundMetrics(calls);
  const hosts = outbound['outbound-calls-per-request'] ? outboundTable(calls) : undefined;
  const hasRedis = spans.some((s) => s.start?.redis || s.end?.redis);
  const cache = hasRedis ? cacheWork(spans.map((s) => ({ start: s.start?.redis, end: s.end?.redis, requests: requestsFor(s, 'redis') }))) : undefined;
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
 * Counts answered requests for the work snapshots: read when a snapshot is asked for (and as the app's scrape comes
 * back), so a span's requests and its work cover the same stretch even when a burst's timer fires late or a scrape
 * waits behind the load (a response handled in between belongs to the next burst, its work to this span).
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
