// The cache work behind each request, from Redis's INFO read at the boundaries of the bursts: commands per answered
// request (perf-gate's own INFO left out), keyspace hits and misses per request, and which commands did the work. A
// cache that stopped being filled reads hits → misses on any machine. Redis restarted during a burst (its counters
// went down) loses that burst's sample, said once. Pure.
import type { EndpointDetails, MetricResult } from '../report/report.js';

/** Redis's running totals: calls and time per command (INFO commandstats), keyspace hits and misses (INFO stats). */
export interface RedisSnapshot {
  commands: ReadonlyMap<string, { calls: number; usec: number }>;
  hits: number;
  misses: number;
}

export interface RedisSpan {
  start: RedisSnapshot | undefined;
  end: RedisSnapshot | undefined;
  requests: number;
}

/** perf-gate's own reading: left out of the app's commands. */
const ownCommands = new Set(['info']);

type Delta = { commands: Map<string, { calls: number; usec: number }>; hits: number; misses: number };

/** What Redis did between two snapshots; undefined when a counter went down (a restart: the span cannot be told). */
export function redisDelta(before: RedisSnapshot, after: RedisSnapshot): Delta | undefined {
  if (after.hits < before.hits || after.misses < before.misses) return undefined;
  const commands = new Map<string, { calls: number; usec: number }>();
  for (const [name, a] of after.commands) {
    if (ownCommands.has(name)) continue;
    const b = before.commands.get(name) ?? { calls: 0, usec: 0 };
    if (a.calls < b.calls) return undefined;
    if (a.calls > b.calls) commands.set(name, { calls: a.calls - b.calls, usec: a.usec - b.usec });
  }
  return { commands, hits: after.hits - before.hits, misses: after.misses - before.misses };
}

const restartNote = 'Redis counters went down during a burst (a restart): that burst left out of the cache work';

/** `redis-commands-per-request`, `redis-hits-per-request`, `redis-misses-per-request`, one sample a burst; the
 * commands' table; a note when a burst had to be left out. */
export function cacheWork(spans: readonly RedisSpan[]): { metrics: Record<string, MetricResult>; cache?: EndpointDetails['cache']; notes: string[] } {
  const per = { commands: [] as number[], hits: [] as number[], misses: [] as number[] };
  const sum = { commands: 0, hits: 0, misses: 0, requests: 0 };
  const byCommand = new Map<string, { calls: number; usec: number }>();
  let dropped = false;
  let unread = 0;
  for (const { start, end, requests } of spans) {
    if (requests === 0) continue;
    if (!start || !end) {
      unread++;
      continue;
    }
    const d = redisDelta(start, end);
    if (!d) {
      dropped = true;
      continue;
    }
    const calls = [...d.commands.values()].reduce((t, c) => t + c.calls, 0);
    per.commands.push(calls / requests);
    per.hits.push(d.hits / requests);
    per.misses.push(d.misses / requests);
    sum.commands += calls;
    sum.hits += d.hits;
    sum.misses += d.misses;
    sum.requests += requests;
    for (const [name, c] of d.commands) {
      const t = byCommand.get(name) ?? { calls: 0, usec: 0 };
      byCommand.set(name, { calls: t.calls + c.calls, usec: t.usec + c.usec });
    }
  }
  const notes = [
    ...(dropped ? [restartNote] : []),
    ...(unread > 0 ? [`Redis could not be read at the edge of ${unread} burst${unread === 1 ? '' : 's'}: left out of the cache work`] : []),
  ];
  if (sum.requests === 0) return { metrics: {}, notes };
  const commands = [...byCommand]
    .sort((a, b) => b[1].calls - a[1].calls)
    .slice(0, 20)
    .map(([name, c]) => ({ command: name.toUpperCase(), callsPerRequest: c.calls / sum.requests, msPerRequest: c.usec / 1000 / sum.requests }));
  return {
    metrics: {
      'redis-commands-per-request': { value: sum.commands / sum.requests, unit: 'count', samples: per.commands },
      'redis-hits-per-request': { value: sum.hits / sum.requests, unit: 'count', samples: per.hits },
      'redis-misses-per-request': { value: sum.misses / sum.requests, unit: 'count', samples: per.misses },
    },
    cache: { hitsPerRequest: sum.hits / sum.requests, missesPerRequest: sum.misses / sum.requests, commands },
    notes,
  };
}

/** INFO's text (`cmdstat_get:calls=3,usec=12,…`, `keyspace_hits:5`) as a snapshot. */
export function parseRedisInfo(text: string): RedisSnapshot {
  const commands = new Map<string, { calls: number; usec: number }>();
  let hits = 0;
  let misses = 0;
  for (const line of text.split(/\r?\n/)) {
    const cmd = /^cmdstat_([^:]+):calls=(\d+),usec=(\d+)/.exec(line);
    if (cmd) commands.set(cmd[1]!.toLowerCase(), { calls: Number(cmd[2]), usec: Number(cmd[3]) });
    else if (line.startsWith('keyspace_hits:')) hits = Number(line.slice(14));
    else if (line.startsWith('keyspace_misses:')) misses = Number(line.slice(16));
  }
  return { commands, hits, misses };
}
