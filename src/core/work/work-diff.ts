// What changed in the work behind each request, base against head: statements whose calls (or time, or rows) per
// request grew, counters that grew. It names the cause of a per-request count's regression: an N+1 by its statement,
// a lost cache by its counter. Pure.
import { findMetric } from '../budget/metric-catalog.js';
import type { CommandRow, ComparisonRow, CounterRow, EndpointDetails, OutboundRow, Report, StatementRow, TargetResult } from '../report/report.js';
import { formatValue } from '../units.js';

const baseWorkFields = ['statements', 'counters', 'outbound', 'cache', 'encodings'] as const;

/** What a base keeps of an endpoint's work, for showing beside the head's. */
export type BaseWork = Pick<EndpointDetails, (typeof baseWorkFields)[number]>;

/** Each measured endpoint's work, for the report's baseline: `{ work }`, or nothing when none was measured. */
export function baseWork(targets: readonly TargetResult[], names: ReadonlySet<string>): { work?: Record<string, BaseWork> } {
  const work = Object.fromEntries(
    targets.flatMap((t) => {
      if (!names.has(t.name) || t.status !== 'ok' || !t.endpoint) return [];
      const kept = Object.fromEntries(baseWorkFields.flatMap((f) => (t.endpoint![f] !== undefined ? [[f, t.endpoint![f]]] : []))) as BaseWork;
      return Object.keys(kept).length > 0 ? [[t.name, kept]] : [];
    }),
  );
  return Object.keys(work).length > 0 ? { work } : {};
}

export interface StatementChange {
  query: string;
  base?: StatementRow;
  head?: StatementRow;
  /** Head − base, per request (a side without the statement counts 0). */
  calls: number;
  ms: number;
  rows: number;
}

// Each key either side has, with its row on each side: the head's order first, then what only the base had.
function paired<R>(head: readonly R[], base: readonly R[] | undefined, keyOf: (r: R) => string): { key: string; head?: R; base?: R }[] {
  const byKey = new Map<string, { key: string; head?: R; base?: R }>();
  for (const h of head) byKey.set(keyOf(h), { key: keyOf(h), head: h });
  for (const b of base ?? []) byKey.set(keyOf(b), { ...(byKey.get(keyOf(b)) ?? { key: keyOf(b) }), base: b });
  return [...byKey.values()];
}

/** Every statement of either side, those whose calls per request grew most first, then by the head's time. */
export function statementChanges(head: readonly StatementRow[] = [], base?: readonly StatementRow[]): StatementChange[] {
  const zero = { callsPerRequest: 0, msPerRequest: 0, rowsPerRequest: 0 };
  const out = paired(head, base, (r) => r.query).map(({ key, head: h, base: b }) => {
    const [hh, bb] = [h ?? zero, b ?? zero];
    const change = (f: keyof typeof zero) => (base ? hh[f] - bb[f] : 0);
    return {
      query: key,
      ...(h && { head: h }),
      ...(b && { base: b }),
      calls: change('callsPerRequest'),
      ms: change('msPerRequest'),
      rows: change('rowsPerRequest'),
    };
  });
  // A growth under a hundredth of a call a request is the burst boundaries' rounding, not a change.
  const grew = (c: StatementChange) => (c.calls > 0.01 ? c.calls : 0);
  return out.sort((a, b) => grew(b) - grew(a) || (b.head?.msPerRequest ?? 0) - (a.head?.msPerRequest ?? 0));
}

/** A statement the base never ran that head runs at least once a request: named as new. */
export const isNewStatement = (c: StatementChange, compared: boolean): boolean => compared && c.base === undefined && (c.head?.callsPerRequest ?? 0) >= 1;

/**
 * A statement on one line, at most `max` characters. What tells two statements apart (FROM, JOIN, WHERE) is kept
 * before what does not: a long column list reads `SELECT …`, a parameter list `IN (…)`, then ORDER BY and what
 * follows goes, and only then is the end cut.
 */
export function shortStatement(query: string, max = 80): string {
  let one = query.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  one = elideColumnLists(one).replace(/\bIN \((?:\$\d+, )+\$\d+\)/gi, 'IN (…)');
  // A column's table says little once FROM has named it: `"shop_orderitem"."order_id"` reads `"order_id"`.
  if (one.length > max) one = one.replace(/"[^"]+"\.(?=")/g, '');
  if (one.length > max) one = one.replace(/ (ORDER BY|LIMIT|OFFSET|GROUP BY|RETURNING) .*$/i, ' …');
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

// Each SELECT's column list (up to its own FROM, at its own depth of parentheses) as `…` when it is longer than that.
function elideColumnLists(sql: string): string {
  let out = '';
  let i = 0;
  for (let m = /\bSELECT (DISTINCT )?/gi.exec(sql); m; m = /\bSELECT (DISTINCT )?/gi.exec(sql.slice(i))) {
    const start = i + m.index + m[0].length;
    const from = ownFrom(sql, start);
    out += sql.slice(i, start);
    if (from !== undefined && from - start > 3) {
      out += '… ';
      i = from;
    } else i = start;
  }
  return out + sql.slice(i);
}

// Where the FROM of a column list starting at `start` begins, skipping parentheses (subqueries, function calls).
function ownFrom(sql: string, start: number): number | undefined {
  let depth = 0;
  for (let j = start; j < sql.length; j++) {
    const c = sql[j];
    if (c === '(') depth++;
    else if (c === ')') {
      if (--depth < 0) return undefined;
    } else if (depth === 0 && /^FROM\b/i.test(sql.slice(j, j + 5)) && sql[j - 1] === ' ') return j;
  }
  return undefined;
}

const per = (v: number | undefined, unit: 'count' | 'ms') => formatValue(v ?? 0, unit);

/** What grew behind a per-request metric: a statement (its text, shortened) or a counter, and by how much. */
export interface WorkCause {
  statement?: string;
  counter?: string;
  /** A host the app called out to, and its commonest request line. */
  call?: { host: string; request?: string };
  /** What else grew, in words. */
  what?: string;
  /** "1 → 100 calls a request". */
  change: string;
}

/**
 * Why a per-request count or time changed: the statement whose calls, time or rows per request grew most, or the
 * counter itself. Undefined for other metrics, or without the base's work.
 */
export function workCause(
  row: Pick<ComparisonRow, 'metric' | 'kind'> & Partial<Pick<ComparisonRow, 'baseMean' | 'headMean'>>,
  head: TargetResult | undefined,
  base: BaseWork | undefined,
): WorkCause | undefined {
  // Over-fetching: the body itself grew (a list that lost its limit, a serializer that grew).
  if (row.kind === 'endpoint' && row.metric === 'bytes-per-response' && row.baseMean != null && row.headMean != null && row.headMean > row.baseMean)
    return { what: 'the response body', change: `${formatValue(row.baseMean, 'bytes')} → ${formatValue(row.headMean, 'bytes')} a response` };
  if (row.kind !== 'endpoint' || !head?.endpoint || !base) return undefined;
  const def = findMetric('endpoint', row.metric);
  if (def?.counter !== undefined) {
    const h = head.endpoint.counters?.find((c) => c.name === def.counter);
    if (!h) return undefined;
    const b = base.counters?.find((c) => c.name === def.counter);
    const unit = def.unit === 'ms' ? 'ms' : 'count';
    const pick = (c: CounterRow | undefined) => (unit === 'ms' ? c?.msPerRequest : c?.perRequest);
    return { counter: def.counter, change: `${per(pick(b), unit)} → ${per(pick(h), unit)}${unit === 'ms' ? '' : ' calls'} a request` };
  }
  if (row.metric === 'outbound-calls-per-request' || row.metric === 'outbound-ms-per-request')
    return outboundCause(row.metric, head.endpoint.outbound, base.outbound);
  if (['redis-commands-per-request', 'redis-hits-per-request', 'redis-misses-per-request'].includes(row.metric))
    return cacheCause(head.endpoint.cache, base.cache);
  const key = { 'db-queries-per-request': 'calls', 'db-ms-per-request': 'ms', 'db-rows-per-request': 'rows' } as const;
  const k = key[row.metric as keyof typeof key];
  if (!k || !head.endpoint.statements) return undefined;
  const top = statementChanges(head.endpoint.statements, base.statements ?? []).sort((a, b) => b[k] - a[k])[0];
  if (!top || top[k] <= 0) return undefined;
  const field = { calls: 'callsPerRequest', ms: 'msPerRequest', rows: 'rowsPerRequest' } as const;
  const unit = k === 'ms' ? 'ms' : 'count';
  return {
    statement: shortStatement(top.query, 70),
    change: `${per(top.base?.[field[k]], unit)} → ${per(top.head?.[field[k]], unit)}${k === 'ms' ? '' : ` ${k}`} a request`,
  };
}

export interface OutboundChange {
  host: string;
  request?: string;
  base?: OutboundRow;
  head?: OutboundRow;
}

/** Every host either side called, those whose calls (or, with `by: 'ms'`, wait) per request grew most first. */
export function outboundChanges(
  head: readonly OutboundRow[] = [],
  base?: readonly OutboundRow[],
  by: 'calls' | 'ms' = 'calls',
): (OutboundChange & { growth: number })[] {
  const pick = (r: OutboundRow | undefined) => (by === 'ms' ? r?.msPerRequest : r?.callsPerRequest) ?? 0;
  return paired(head, base, (r) => r.host)
    .map(({ key: host, head: h, base: b }) => {
      const request = h?.request ?? b?.request;
      return { host, ...(request && { request }), ...(h && { head: h }), ...(b && { base: b }), growth: pick(h) - (base ? pick(b) : 0) };
    })
    .sort((a, b) => b.growth - a.growth || pick(b.head) - pick(a.head));
}

/** Every Redis command either side ran, the most changed in calls a request first. */
export function commandChanges(
  head: readonly CommandRow[] = [],
  base?: readonly CommandRow[],
): { command: string; base?: CommandRow; head?: CommandRow; change: number }[] {
  return paired(head, base, (c) => c.command)
    .map(({ key: command, head: h, base: b }) => {
      return { command, ...(h && { head: h }), ...(b && { base: b }), change: (h?.callsPerRequest ?? 0) - (base ? (b?.callsPerRequest ?? 0) : 0) };
    })
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (b.head?.callsPerRequest ?? 0) - (a.head?.callsPerRequest ?? 0));
}

type CacheWork = NonNullable<EndpointDetails['cache']>;

/** What changed in Redis a request: hits and misses when they moved, then the commands whose calls changed most
 * ("hits 2 → 0, misses 0 → 2; SET 1 → 0 a request"). */
function cacheCause(head: CacheWork | undefined, base: CacheWork | undefined): WorkCause | undefined {
  if (!head || !base) return undefined;
  const n = (v: number | undefined) => per(v, 'count');
  // A change that reads the same once written (2.02 → 2.00 is "2 → 2") is the burst boundaries' rounding, not named.
  const moved = (b: number | undefined, h: number | undefined) => n(b) !== n(h);
  const keyspace =
    moved(base.missesPerRequest, head.missesPerRequest) || moved(base.hitsPerRequest, head.hitsPerRequest)
      ? [`hits ${n(base.hitsPerRequest)} → ${n(head.hitsPerRequest)}, misses ${n(base.missesPerRequest)} → ${n(head.missesPerRequest)}`]
      : [];
  const commands = commandChanges(head.commands, base.commands)
    .filter((c) => moved(c.base?.callsPerRequest, c.head?.callsPerRequest))
    .slice(0, 2)
    .map((c) => `${c.command} ${n(c.base?.callsPerRequest)} → ${n(c.head?.callsPerRequest)}`);
  const parts = [...keyspace, ...(commands.length ? [commands.join(', ')] : [])];
  return parts.length ? { what: 'Redis', change: `${parts.join('; ')} a request` } : undefined;
}

/** The host whose calls (or wait) per request grew most: "0 → 1 calls a request". */
function outboundCause(metric: string, head: readonly OutboundRow[] | undefined, base: readonly OutboundRow[] | undefined): WorkCause | undefined {
  if (!head) return undefined;
  const ms = metric === 'outbound-ms-per-request';
  const grown = outboundChanges(head, base ?? [], ms ? 'ms' : 'calls')[0];
  if (!grown || grown.growth <= 0) return undefined;
  const unit = ms ? 'ms' : 'count';
  const pick = (r: OutboundRow | undefined) => (ms ? r?.msPerRequest : r?.callsPerRequest);
  return {
    call: { host: grown.host, ...(grown.request && { request: grown.request }) },
    change: `${per(pick(grown.base), unit)} → ${per(pick(grown.head), unit)}${ms ? '' : ' calls'} a request`,
  };
}

/** The base's work for a target: what confirmation measured beside it, else the baseline's. */
export function baseWorkOf(report: Pick<Report, 'baseline'>, target: string): BaseWork | undefined {
  return report.baseline?.confirmation?.work?.[target] ?? report.baseline?.work?.[target];
}
