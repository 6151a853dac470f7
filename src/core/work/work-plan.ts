// The work behind each request, as the budget asks for it: which counters an endpoint reads, which metrics need
// what to be read, and the default rule every per-request count gets.
import { parseSelector, type CounterSelector } from './counter-selector.js';
import { defaultBytesRule, defaultCountRule } from '../budget/defaults.js';
import { findMetric } from '../budget/metric-catalog.js';
import type { LocatedRule } from '../budget/plan.js';

export interface WorkSources {
  database: boolean;
  /** perf-gate's hooks count the outbound calls of the processes it starts. */
  outbound?: boolean;
  /** cache.redis is read. */
  cache?: boolean;
  /** The counters this endpoint reads. */
  counters: ReadonlySet<string>;
}

/** Why a metric cannot be measured with what the budget configures, or undefined when it can. */
export function workMetricProblem(metric: string, sources: WorkSources): string | undefined {
  const def = findMetric('endpoint', metric);
  if (def?.counter !== undefined && !sources.counters.has(def.counter)) {
    const known = [...sources.counters];
    return `${def.id} reads the counter '${def.counter}', which is not in counters:${known.length ? ` (this endpoint has ${known.join(', ')})` : ''}; add it, e.g. ${def.counter}: 'its_metric_total'`;
  }
  if (def?.id.startsWith('outbound-') && !sources.outbound)
    return `${def.id} is counted by perf-gate's hooks in the Node and Python processes it starts: expected app.command, and app.outbound not false`;
  if (def?.id.startsWith('redis-') && !sources.cache) return `${def.id} is read from Redis: expected cache: { redis: "\${REDIS_URL}" } in the budget`;
  if (def?.id.startsWith('db-') && !sources.database)
    return `${def.id} is read from the database: expected database: { postgres: "\${DATABASE_URL}" } (or { mysql: … }) in the budget`;
  return undefined;
}

/** The per-request counts an endpoint measures, each with the default rule unless a rule of the budget names it, and
 * the response's size with its own. */
export function withCountDefaults(relative: readonly LocatedRule[], sources: WorkSources): LocatedRule[] {
  const counts = [
    ...(sources.database ? ['db-queries-per-request'] : []),
    ...(sources.outbound ? ['outbound-calls-per-request'] : []),
    ...(sources.cache ? ['redis-commands-per-request', 'redis-misses-per-request'] : []),
    ...[...sources.counters].map((c) => `${c}-per-request`),
  ];
  const named = new Set(relative.map((r) => r.metric));
  const defaults = counts
    .filter((m) => !named.has(m))
    .map((metric): LocatedRule => ({
      source: defaultCountRule.source,
      metric,
      percent: defaultCountRule.percent,
      absolute: defaultCountRule.absolute,
      unit: 'count',
    }));
  const bytes: LocatedRule[] = named.has('bytes-per-response')
    ? []
    : [
        {
          source: defaultBytesRule.source,
          metric: 'bytes-per-response',
          percent: defaultBytesRule.percent,
          absolute: defaultBytesRule.absolute,
          unit: 'bytes',
        },
      ];
  return [...relative, ...defaults, ...bytes];
}

export type CounterIssue = { name: string; message: string; offset?: number };

/** The top-level counters with an endpoint's own over them, name by name, each selector parsed. */
export function resolveCounters(
  top: Readonly<Record<string, string>> | undefined,
  own: Readonly<Record<string, string>> | undefined,
): { counters: Record<string, CounterSelector>; issues: (CounterIssue & { own: boolean })[] } {
  const counters: Record<string, CounterSelector> = {};
  const issues: (CounterIssue & { own: boolean })[] = [];
  const merged = Object.entries({ ...top, ...own });
  for (const [name, text] of merged) {
    const parsed = parseSelector(text);
    if (parsed.ok) counters[name] = parsed.selector;
    else issues.push({ name, message: parsed.error, offset: parsed.offset, own: own?.[name] !== undefined });
  }
  return { counters, issues };
}
