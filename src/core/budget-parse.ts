// Budget text (YAML or JSON) to a validated plan, with every problem located as file:line:col.
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { budgetSchema, defaultRunNoisePercent, type Budget, type PageConfig, type WrittenRule } from './budget-schema.js';
import { ConfigError } from './errors.js';
import type { RelativeRule, Threshold } from './threshold.js';
import { didYouMean } from './suggest.js';

export interface LoadPlan {
  durationMs: number;
  warmupMs: number;
  connections: number;
  /** Fixed overall request rate; closed loop when undefined. */
  rate?: number;
  samples: number;
  timeoutMs: number;
}

export interface LocatedThreshold extends Threshold {
  /** 1-based line of the threshold in the budget file. */
  line?: number;
}

export interface LocatedRule extends RelativeRule {
  /** 1-based line of the rule in the budget file (a default's line for a default). */
  line?: number;
}

export interface EndpointPlan {
  kind: 'endpoint';
  name: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Accepted statuses; undefined means any 2xx. */
  status?: number[];
  load: LoadPlan;
  thresholds: LocatedThreshold[];
  relative: LocatedRule[];
}

export interface PagePlan extends Omit<PageConfig, 'thresholds' | 'relative'> {
  kind: 'page';
  thresholds: LocatedThreshold[];
  relative: LocatedRule[];
}

export interface AppPlan {
  command?: string;
  /** Absolute directory the command runs in. */
  cwd: string;
  env: Record<string, string>;
  baseUrl: string;
  /** Polled until it answers 2xx or one of readyStatus; undefined when only the log says the app is ready. */
  readyUrl?: string;
  /** Statuses besides 2xx that count as ready (an API behind auth answers 401). */
  readyStatus: number[];
  /** A regular expression a line of the app's output matches once it is ready. */
  readyLog?: string;
  readyTimeoutMs: number;
  /** Ends what a command that launched the app and returned started (docker compose down). */
  stop?: { command: string; timeoutMs: number };
  stopTimeoutMs: number;
  /** The variable the command reads its port from (same-runner runs set it). */
  portEnv: string;
}

export interface SameRunnerPlan {
  /** Absolute path of a prepared checkout of the base (its repository root). */
  dir?: string;
  /** A git revision: its merge-base with HEAD is checked out in a worktree. */
  ref?: string;
  build?: string;
  /** Samples per side before sampling may stop; undefined: each target's own (load.samples, page runs). */
  minSamples?: number;
  maxSamples?: number;
  /** API samples a side between restarts of both apps; undefined: a quarter of the minimum; 0: never. */
  restartEvery?: number;
  timeBudgetMs: number;
}

export interface GatePlan {
  /** The budget file as given (for messages and annotations). */
  file: string;
  app: AppPlan;
  endpoints: EndpointPlan[];
  pages: PagePlan[];
  /** Assumed run-to-run spread (percent) while stored runs are too few to measure it. */
  runNoisePercent: number;
  /** Measure the base beside this checkout, interleaved. */
  sameRunner?: SameRunnerPlan;
}

export const loadDefaults: LoadPlan = { durationMs: 10_000, warmupMs: 2_000, connections: 10, samples: 10, timeoutMs: 10_000 };
const minBurstMs = 100;
const defaultAppStopMs = 30_000;
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

type Issue = { path: PropertyKey[]; message: string };

/**
 * Parses and validates a budget. `file` names it in messages; `dir` is its directory (for app.cwd).
 * Throws ConfigError with one line per problem.
 */
export function parseBudget(text: string, file: string, dir: string): GatePlan {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return `${file}:${pos.line}:${pos.col}: ${e.message.split('\n')[0]}`;
      }),
    );
  }
  const raw = toPlainData(doc, file);
  if (raw === null || raw === undefined) throw new ConfigError([`${file}: the file is empty; expected a budget with app and endpoints`]);
  const at = (issuePath: PropertyKey[], key = false) => locate(doc, lineCounter, issuePath, key);
  const result = budgetSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.flatMap((issue) =>
        // One line per unknown key, each at the key itself.
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((k) => line(file, at([...issue.path, k], true), [...issue.path, k], unknownKey(issue.path, k)))
          : [line(file, at(issue.path), issue.path, describe(issue))],
      ),
    );
  }
  const issues: Issue[] = [];
  const plan = resolve(result.data, file, dir, issues, (p) => at(p)?.line);
  if (!plan || issues.length > 0) throw new ConfigError(issues.map((i) => line(file, at(i.path), i.path, i.message)));
  return plan;
}

const maxAliasCount = 100;

// Whatever the yaml library throws while building the data is about the file, not a bug of perf-gate's.
function toPlainData(doc: Document, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount });
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    if (/alias/i.test(message ?? '')) {
      throw new ConfigError([
        `${file}: too many YAML aliases: the anchors expand into a huge document (${message}); expected at most ${maxAliasCount} alias expansions`,
      ]);
    }
    throw new ConfigError([`${file}: cannot read the YAML: ${message}`]);
  }
}

function line(file: string, pos: Pos | undefined, issuePath: PropertyKey[], message: string): string {
  const where = issuePath.length > 0 ? `${formatPath(issuePath)}: ` : '';
  return `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${where}${message}`;
}

export function formatPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)), '');
}

function unknownKey(objectPath: PropertyKey[], key: string): string {
  const known = knownKeysAt(objectPath);
  const hint = didYouMean(key, known);
  return `unknown field '${key}'${hint || (known.length ? `; expected one of ${known.join(', ')}` : '')}`;
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `missing required field (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${Array.isArray(issue.input) ? 'array' : issue.input === null ? 'null' : typeof issue.input}`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      const got = String(issue.input);
      const hint = typeof issue.input === 'string' ? didYouMean(got, values) : '';
      return `expected one of ${values.join(', ')}, got '${got}'${hint}`;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}`
        : `expected at least ${issue.minimum}, got ${String(issue.input)}`;
    case 'too_big':
      return issue.origin === 'array' ? `expected at most ${issue.maximum} entries` : `expected at most ${issue.maximum}, got ${String(issue.input)}`;
    default:
      return issue.message;
  }
}

// Walks the zod schema along a path to list the fields an object there accepts.
function knownKeysAt(issuePath: PropertyKey[]): string[] {
  let node: unknown = budgetSchema;
  const def = (n: unknown) => (n as { _zod: { def: Record<string, unknown> } })._zod.def;
  const unwrap = (n: unknown): unknown => {
    for (;;) {
      const d = def(n);
      if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') n = d.innerType;
      else if (d.type === 'pipe') n = d.in;
      else return n;
    }
  };
  for (const seg of issuePath) {
    const d = def(unwrap(node));
    if (d.type === 'object') node = (d.shape as Record<string, unknown>)[String(seg)];
    else if (d.type === 'array') node = d.element;
    else if (d.type === 'record') node = d.valueType;
    else return [];
    if (!node) return [];
  }
  const d = def(unwrap(node));
  return d.type === 'object' ? Object.keys(d.shape as object) : [];
}

interface Pos {
  line: number;
  col: number;
}

// The position of the deepest node the path reaches; with `key`, of the last key rather than its value.
function locate(doc: Document, counter: LineCounter, issuePath: PropertyKey[], key: boolean): Pos | undefined {
  let node: unknown = doc.contents;
  let best: Node | undefined = node as Node | undefined;
  for (const [i, seg] of issuePath.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === seg);
      if (!pair) break;
      const last = i === issuePath.length - 1;
      best = (key && last ? (pair.key as Node) : (pair.value as Node | null)) ?? (pair.key as Node);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (!node) break;
      best = node as Node;
    } else break;
  }
  const offset = best?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset);
}

function resolve(budget: Budget, file: string, dir: string, issues: Issue[], lineOf: (p: PropertyKey[]) => number | undefined): GatePlan | undefined {
  const toUrl = (value: string, base: string | undefined, p: PropertyKey[]): string => {
    let url: URL;
    try {
      url = new URL(value, base);
    } catch {
      issues.push({ path: p, message: `expected a URL like http://127.0.0.1:3000 or a path like /api/items, got '${value}'` });
      return value;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      issues.push({ path: p, message: `expected an http or https URL, got '${value}'` });
    } else if (!loopbackHosts.has(url.hostname)) {
      issues.push({ path: p, message: `perf-gate only sends traffic to this machine: expected localhost, 127.0.0.1 or [::1], got '${url.hostname}'` });
    }
    return url.href;
  };

  const baseUrl = toUrl(budget.app.baseUrl, undefined, ['app', 'baseUrl']);
  if (issues.length > 0) return undefined; // every path would repeat the same complaint
  const { ready = {}, stop } = budget.app;
  const app: AppPlan = {
    ...(budget.app.command !== undefined && { command: budget.app.command }),
    cwd: path.resolve(dir, budget.app.cwd ?? '.'),
    env: budget.app.env ?? {},
    baseUrl,
    ...(ready.url !== undefined || ready.log === undefined ? { readyUrl: toUrl(ready.url ?? baseUrl, baseUrl, ['app', 'ready', 'url']) } : {}),
    readyStatus: typeof ready.status === 'number' ? [ready.status] : (ready.status ?? []),
    ...(ready.log !== undefined && { readyLog: ready.log }),
    readyTimeoutMs: ready.timeout ?? 30_000,
    ...(stop !== undefined && {
      stop: typeof stop === 'string' ? { command: stop, timeoutMs: defaultAppStopMs } : { command: stop.command, timeoutMs: stop.timeout ?? defaultAppStopMs },
    }),
    stopTimeoutMs: budget.app.stopTimeout ?? 5_000,
    portEnv: budget.app.portEnv ?? 'PORT',
  };

  const locateThresholds = (list: Threshold[], p: PropertyKey[]): LocatedThreshold[] =>
    list.map((t, i) => {
      const l = lineOf([...p, i]);
      return l === undefined ? t : { ...t, line: l };
    });
  const locateRules = (list: WrittenRule[] | undefined, p: PropertyKey[]): LocatedRule[] =>
    (list ?? []).map(({ key, ...rule }) => {
      const l = lineOf([...p, key]);
      return l === undefined ? rule : { ...rule, line: l };
    });
  // A target's own rules replace the defaults metric by metric.
  const mergeRelative = (defaults: LocatedRule[], own: LocatedRule[]): LocatedRule[] => {
    const byMetric = new Map(defaults.map((r) => [r.metric, r]));
    for (const r of own) byMetric.set(r.metric, r);
    return [...byMetric.values()];
  };

  const endpoints = budget.endpoints.map((e, i): EndpointPlan => {
    const load: LoadPlan = { ...loadDefaults, ...loadPlan(budget.load), ...loadPlan(e.load) };
    if (load.durationMs / load.samples < minBurstMs) {
      issues.push({
        path: ['endpoints', i, 'load'],
        message: `${load.samples} samples over ${load.durationMs} ms makes bursts shorter than ${minBurstMs} ms; lower samples or raise duration`,
      });
    }
    const burstMs = load.durationMs / load.samples;
    if (load.rate !== undefined && burstMs % 1000 !== 0) {
      issues.push({
        path: ['endpoints', i, 'load'],
        message: `with a fixed rate, requests are paced per second, so bursts must last whole seconds: duration / samples is ${burstMs} ms; set samples to ${Math.max(1, Math.floor(load.durationMs / 1000))}`,
      });
    }
    if (load.rate !== undefined && load.rate < load.connections) {
      // autocannon gives each connection an equal share of the rate; a zero share would mean no limit at all.
      issues.push({
        path: ['endpoints', i, 'load'],
        message: `rate ${load.rate} req/s is below connections ${load.connections}: each connection needs at least 1 req/s; set connections to at most ${Math.floor(load.rate)}`,
      });
    }
    const body = e.body === undefined ? undefined : typeof e.body === 'string' ? e.body : JSON.stringify(e.body);
    const headers = { ...(typeof e.body === 'object' && { 'content-type': 'application/json' }), ...e.headers };
    return {
      kind: 'endpoint',
      name: e.name,
      url: toUrl(e.url, baseUrl, ['endpoints', i, 'url']),
      method: e.method,
      headers,
      ...(body !== undefined && { body }),
      ...(e.status !== undefined && { status: Array.isArray(e.status) ? e.status : [e.status] }),
      load,
      thresholds: locateThresholds(e.thresholds, ['endpoints', i, 'thresholds']),
      relative: mergeRelative(locateRules(budget.relative?.endpoints, ['relative', 'endpoints']), locateRules(e.relative, ['endpoints', i, 'relative'])),
    };
  });

  const pages = budget.pages.map((p, i): PagePlan => ({
    ...p,
    kind: 'page',
    url: toUrl(p.url, baseUrl, ['pages', i, 'url']),
    thresholds: locateThresholds(p.thresholds, ['pages', i, 'thresholds']),
    relative: mergeRelative(locateRules(budget.relative?.pages, ['relative', 'pages']), locateRules(p.relative, ['pages', i, 'relative'])),
  }));

  const sr = budget.sameRunner;
  const sameRunner: SameRunnerPlan | undefined = sr && {
    ...(sr.dir !== undefined && { dir: path.resolve(dir, sr.dir) }),
    ...(sr.ref !== undefined && { ref: sr.ref }),
    ...(sr.build !== undefined && { build: sr.build }),
    ...(sr.minSamples !== undefined && { minSamples: sr.minSamples }),
    ...(sr.maxSamples !== undefined && { maxSamples: sr.maxSamples }),
    ...(sr.restartEvery !== undefined && { restartEvery: sr.restartEvery }),
    timeBudgetMs: sr.timeBudget ?? 120_000,
  };
  return { file, app, endpoints, pages, runNoisePercent: budget.relative?.runNoise ?? defaultRunNoisePercent, ...(sameRunner && { sameRunner }) };
}

function loadPlan(load: Budget['load']): Partial<LoadPlan> {
  if (!load) return {};
  const out: Partial<LoadPlan> = {};
  if (load.duration !== undefined) out.durationMs = load.duration;
  if (load.warmup !== undefined) out.warmupMs = load.warmup;
  if (load.connections !== undefined) out.connections = load.connections;
  if (load.rate !== undefined) out.rate = load.rate;
  if (load.samples !== undefined) out.samples = load.samples;
  if (load.timeout !== undefined) out.timeoutMs = load.timeout;
  return out;
}
