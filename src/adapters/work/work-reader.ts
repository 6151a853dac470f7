// Reads the work behind each request for one app: its database's statements (database.postgres or .mysql), its
// Redis (cache.redis), its own counters (app.metrics with counters:) and its outbound calls (perf-gate's hooks),
// together, at every burst boundary. What cannot be read is one line in the run's errors (exit 3) and the load goes
// on without it.
import { performance } from 'node:perf_hooks';
import { openStatementReader, type StatementReader } from './pg-statements.js';
import { openMysqlStatementReader } from './mysql-statements.js';
import { openCounterReader, type CounterReader } from './app-counters.js';
import type { CounterSelector } from '../../core/work/counter-selector.js';
import type { AppPlan, EndpointPlan, GatePlan } from '../../core/budget/plan.js';
import type { TargetResult } from '../../core/report/report.js';
import type { WorkSnapshot } from '../../core/work/request-work.js';
import { readOutbound, type OutboundHook } from './outbound-calls.js';
import { openRedisReader, type RedisReader } from './redis-info.js';

export interface WorkReader {
  /** Every reading as of now, the app's scrape stamped with `answered()` as its answer began; a part that failed is left out (its reader says why in notes). */
  snapshot(answered?: () => number): Promise<WorkSnapshot>;
  /** What went wrong along the way, once each. */
  notes(): string[];
  /** Counter selectors whose metric no scrape had, with the line that says so. */
  unseen(): { source: string; message: string }[];
  /**
   * Waits (at most `maxMs`) until the database's statement counts stop moving: requests a load stopped waiting for
   * are still being served, and on a database both apps share their statements would count to the next burst.
   */
  quiet(maxMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Every counter selector the plan's endpoints read, by the selector as written. */
export function plannedCounters(plan: Pick<GatePlan, 'endpoints'>): Record<string, CounterSelector> {
  return Object.fromEntries(plan.endpoints.flatMap((e) => Object.values(e.counters ?? {}).map((c) => [c.source, c])));
}

interface WorkOptions {
  budgetFile: string;
  warn: (message: string) => void;
  /** Takes why a part cannot be read (a RunError: one line, exit 3); the rest goes on. */
  keep: (e: unknown) => void;
  /** The hooks in the app's processes, when perf-gate started it with them. */
  outbound?: OutboundHook | undefined;
}

/** Undefined when the budget reads no work, or nothing of it could be read. `app`: this side's app (its port). */
export async function openWorkReader(
  plan: Pick<GatePlan, 'database' | 'cache' | 'endpoints'>,
  app: AppPlan,
  opts: WorkOptions,
): Promise<WorkReader | undefined> {
  const selectors = plannedCounters(plan);
  let statements: StatementReader | undefined;
  let counters: CounterReader | undefined;
  let redis: RedisReader | undefined;
  if (plan.cache) {
    try {
      redis = await openRedisReader(plan.cache.redis);
    } catch (e) {
      opts.keep(e);
    }
  }
  if (plan.database) {
    try {
      statements =
        plan.database.postgres !== undefined ? await openStatementReader(plan.database.postgres) : await openMysqlStatementReader(plan.database.mysql);
    } catch (e) {
      opts.keep(e);
    }
  }
  if (app.metrics && Object.keys(selectors).length > 0) {
    try {
      counters = await openCounterReader(app.metrics, selectors, { budgetFile: opts.budgetFile, ...(app.tls && { tls: app.tls }), warn: opts.warn });
    } catch (e) {
      opts.keep(e);
    }
  }
  const { outbound } = opts;
  if (!statements && !counters && !outbound && !redis) return undefined;
  return {
    snapshot: (answered) => readParts({ statements, counters, outbound, redis }, answered),
    notes: () => counters?.notes() ?? [],
    quiet: async (maxMs) => {
      if (statements) await statementsQuiet(statements, maxMs);
    },
    unseen: () => counters?.unseen() ?? [],
    close: async () => {
      await Promise.all([statements?.close(), counters?.close(), redis?.close()]);
    },
  };
}

interface Readers {
  statements: StatementReader | undefined;
  counters: CounterReader | undefined;
  outbound: OutboundHook | undefined;
  redis: RedisReader | undefined;
}

// Every part read at once. The app's own counters are stamped with the requests answered when their scrape's answer
// began: the scrape waits its turn behind the load, so it reads the counters later than it was asked (2.94 statements
// a request for 3 on a busy runner when counted at the asking), and a 10 MB scrape's body takes long enough to send
// that stamping it once read counted requests the counters had not (2.23 calls a request for 2). The others answer at once, from outside the app,
// and count with the span's requests as asked for: stamped at their return too, the requests still in flight when a
// burst's load stops (their work done, their answers never counted) were no longer balanced (21 a request for 20).
async function readParts({ statements, counters, outbound, redis }: Readers, answered: (() => number) | undefined): Promise<WorkSnapshot> {
  let scraped: number | undefined;
  const [s, c, o, r] = await Promise.all([
    statements?.snapshot().catch(() => undefined),
    counters?.snapshot(() => (scraped = answered?.())),
    outbound && readOutbound(outbound).catch(() => undefined),
    redis?.snapshot().catch(() => undefined),
  ]);
  const parts = { ...(s && { statements: s }), ...(c && { counters: c }), ...(o && { outbound: o }), ...(r && { redis: r }) };
  return { ...parts, ...(scraped !== undefined && { answered: { counters: scraped } }) };
}

/** After the run: a counter that was in no scrape (a misspelt name reads 0) is one error line, and its metrics,
 * which would say 0 a request, are not kept. */
export function settleUnseen(reader: WorkReader | undefined, endpoints: readonly EndpointPlan[], targets: readonly TargetResult[], errors: string[]): void {
  const unseen = reader?.unseen() ?? [];
  if (unseen.length === 0) return;
  const sources = new Set(unseen.map((u) => u.source));
  for (const t of targets) {
    const ep = endpoints.find((e) => e.name === t.name);
    for (const [name, selector] of Object.entries(ep?.counters ?? {})) {
      if (!sources.has(selector.source)) continue;
      delete t.metrics[`${name}-per-request`];
      delete t.metrics[`${name}-ms-per-request`];
      if (t.endpoint?.counters) t.endpoint.counters = t.endpoint.counters.filter((c) => c.name !== name);
    }
  }
  errors.push(...unseen.map((u) => u.message));
}

// Two readings this far apart with the same calls: nothing is being served.
const quietGapMs = 30;

async function statementsQuiet(reader: StatementReader, maxMs: number): Promise<void> {
  const calls = async () => {
    let n = 0;
    for (const s of (await reader.snapshot()).values()) n += s.calls;
    return n;
  };
  const until = performance.now() + maxMs;
  try {
    for (let last = await calls(); performance.now() < until;) {
      await new Promise((r) => setTimeout(r, quietGapMs));
      const now = await calls();
      if (now === last) return;
      last = now;
    }
  } catch {
    // a failed reading shows at the next boundary
  }
}
