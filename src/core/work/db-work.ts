// The database work behind each request, from snapshots of PostgreSQL's pg_stat_statements taken at the boundaries
// of the bursts: statement calls, execution time and rows per answered request, burst by burst, and which statements
// did the work. Counts per request hardly move with runner noise: an N+1 list view reads ~100 statements a request
// on any machine. Pure: snapshots in, metrics and a table out.
import type { MetricResult, StatementRow } from '../report/report.js';

/** One normalized statement's cumulative figures (pg_stat_statements row). */
export interface StatementStat {
  /** pg_stat_statements' queryid: the same normalized statement across snapshots. */
  id: string;
  /** The normalized text ($1 for constants). */
  query: string;
  calls: number;
  totalMs: number;
  rows: number;
}

/** Every statement's figures at one moment. */
export type StatementSnapshot = ReadonlyMap<string, StatementStat>;

/** What each statement did between two snapshots; one that was reset or evicted in between counts from zero. */
export function statementDelta(before: StatementSnapshot, after: StatementSnapshot): StatementStat[] {
  const out: StatementStat[] = [];
  for (const [id, a] of after) {
    const b = before.get(id);
    const reset = !b || a.calls < b.calls;
    const d = reset ? a : { ...a, calls: a.calls - b.calls, totalMs: a.totalMs - b.totalMs, rows: a.rows - b.rows };
    if (d.calls > 0) out.push(d);
  }
  return out;
}

const total = (ds: readonly StatementStat[]) =>
  ds.reduce((t, d) => ({ calls: t.calls + d.calls, ms: t.ms + d.totalMs, rows: t.rows + d.rows }), { calls: 0, ms: 0, rows: 0 });

/** One burst: the snapshots at its start and end, and the requests it answered. */
export interface DbSpan {
  start: StatementSnapshot | undefined;
  end: StatementSnapshot | undefined;
  requests: number;
}

/** `db-queries-per-request`, `db-ms-per-request`, `db-rows-per-request`: one sample a burst, pooled over all; and
 * `db-repeats-per-request`, the most calls a request of any one statement (an N+1's per-row statement runs once a
 * row: no statement should run 100 times for one request, whatever the base did). */
export function dbWorkMetrics(spans: readonly DbSpan[]): Record<string, MetricResult> {
  const per = { calls: [] as number[], ms: [] as number[], rows: [] as number[], repeats: [] as number[] };
  const sum = { calls: 0, ms: 0, rows: 0, requests: 0 };
  const callsById = new Map<string, number>();
  for (const { start, end, requests } of spans) {
    if (!start || !end || requests === 0) continue;
    const deltas = statementDelta(start, end);
    const t = total(deltas);
    per.repeats.push(deltas.reduce((most, d) => Math.max(most, d.calls), 0) / requests);
    for (const d of deltas) callsById.set(d.id, (callsById.get(d.id) ?? 0) + d.calls);
    per.calls.push(t.calls / requests);
    per.ms.push(t.ms / requests);
    per.rows.push(t.rows / requests);
    sum.calls += t.calls;
    sum.ms += t.ms;
    sum.rows += t.rows;
    sum.requests += requests;
  }
  if (sum.requests === 0) return {};
  return {
    'db-queries-per-request': { value: sum.calls / sum.requests, unit: 'count', samples: per.calls },
    'db-ms-per-request': { value: sum.ms / sum.requests, unit: 'ms', samples: per.ms },
    'db-rows-per-request': { value: sum.rows / sum.requests, unit: 'count', samples: per.rows },
    'db-repeats-per-request': { value: Math.max(0, ...callsById.values()) / sum.requests, unit: 'count', samples: per.repeats },
  };
}

const tableSize = 20;

/** The statements behind an endpoint's measured time, summed over its bursts (only its own, when another app's
 * bursts came between): the top 20 by time and the top 20 by calls, by time first. */
export function statementTable(spans: readonly DbSpan[]): StatementRow[] {
  const byId = new Map<string, StatementStat>();
  let requests = 0;
  for (const { start, end, requests: n } of spans) {
    if (!start || !end || n === 0) continue;
    requests += n;
    for (const d of statementDelta(start, end)) {
      const t = byId.get(d.id);
      byId.set(d.id, t ? { ...t, calls: t.calls + d.calls, totalMs: t.totalMs + d.totalMs, rows: t.rows + d.rows } : d);
    }
  }
  if (requests === 0) return [];
  const ds = [...byId.values()];
  const byTime = [...ds].sort((a, b) => b.totalMs - a.totalMs).slice(0, tableSize);
  const byCalls = [...ds].sort((a, b) => b.calls - a.calls).slice(0, tableSize);
  const chosen = [...new Set([...byTime, ...byCalls])].sort((a, b) => b.totalMs - a.totalMs);
  return chosen.map((d) => ({ query: d.query, callsPerRequest: d.calls / requests, msPerRequest: d.totalMs / requests, rowsPerRequest: d.rows / requests }));
}
