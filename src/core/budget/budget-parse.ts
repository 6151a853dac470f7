// Budget text (YAML or JSON) to a validated plan, with every problem located as file:line:col.
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import {
  browserAcceptEncoding,
  budgetSchema,
  type Budget,
  type EndpointConfig,
  type JourneyConfig,
  type MixConfig,
  type PageConfig,
  type WrittenRule,
} from './budget-schema.js';
import { expandReferences, missingMessage } from './env-references.js';
import { ConfigError, firstLineOf } from '../errors.js';
import type {
  AppPlan,
  EndpointPlan,
  FlowPlan,
  FlowStepPlan,
  GatePlan,
  LoadPlan,
  LocatedRule,
  LocatedThreshold,
  PagePlan,
  SameRunnerPlan,
  SetupPlan,
} from './plan.js';
import { metricShapeProblem, peakRate, shapeOf } from './load-profile-plan.js';
import type { ShapePlan } from '../load/load-shape.js';
import { parseDurationSetting } from '../units.js';
import { appDefaults, defaultRunNoisePercent, loadDefaults, pageDefaults, remoteMaxRate, sameRunnerDefaults, diagnoseDefaults } from './defaults.js';
import type { Threshold } from './threshold.js';
import { didYouMean } from './suggest.js';
import { resolveCounters, withCountDefaults, workMetricProblem } from '../work/work-plan.js';
import { resolveRequest } from '../workload/request-templates.js';
import type { Template } from '../workload/template.js';
import { mixMetricProblem, resolveMixParts } from '../workload/mix.js';
import { journeyMetricProblem, resolveJourneySteps } from '../workload/journey.js';

const { maxBodyBytes: _maxBody, ...steadyDefaults } = loadDefaults;
const minBurstMs = 100;
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** A problem at a field; `offset`: where in a one-line value it lies (a selector's column). */
type Issue = { path: PropertyKey[]; message: string; offset?: number };

export interface BudgetOptions {
  /** Where `${NAME}` in header, cookie and setup values is read from. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Replaces app.baseUrl (the action's base-url input: a preview deployment's URL from an earlier step). */
  baseUrl?: string;
}

/**
 * Parses and validates a budget. `file` names it in messages; `dir` is its directory (for app.cwd).
 * Throws ConfigError with one line per problem.
 */
export function parseBudget(text: string, file: string, dir: string, options: BudgetOptions = {}): GatePlan {
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
          : [deepest(issue)].map((i) => line(file, at(i.path), i.path, describe(i))),
      ),
    );
  }
  const issues: Issue[] = [];
  const budget = options.baseUrl === undefined ? result.data : { ...result.data, app: { ...result.data.app, baseUrl: options.baseUrl } };
  const plan = resolve(budget, { file, dir, env: options.env ?? {}, baseUrlGiven: options.baseUrl !== undefined }, issues, (p) => at(p)?.line);
  // A mix's request that refers to an endpoint resolves its url again: a problem of it is said once.
  if (!plan || issues.length > 0) throw new ConfigError([...new Set(issues.map((i) => line(file, within(doc, at(i.path), i), i.path, i.message)))]);
  return plan;
}

const maxAliasCount = 100;

// Whatever the yaml library throws while building the data is about the file, not a bug of perf-gate's.
function toPlainData(doc: Document, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount });
  } catch (e) {
    const message = firstLineOf(e);
    if (/alias/i.test(message ?? '')) {
      throw new ConfigError([
        `${file}: too many YAML aliases: the anchors expand into a huge document (${message}); expected at most ${maxAliasCount} alias expansions`,
      ]);
    }
    throw new ConfigError([`${file}: cannot read the YAML: ${message}`]);
  }
}

// A column inside a one-line scalar value, past its opening quote.
function within(doc: Document, pos: Pos | undefined, issue: Issue): Pos | undefined {
  if (!pos || issue.offset === undefined) return pos;
  const node = doc.getIn(issue.path, true) as { type?: string } | undefined;
  const quoted = node?.type === 'QUOTE_DOUBLE' || node?.type === 'QUOTE_SINGLE' ? 1 : 0;
  return { line: pos.line, col: pos.col + quoted + issue.offset };
}

function line(file: string, pos: Pos | undefined, issuePath: PropertyKey[], message: string): string {
  const where = issuePath.length > 0 ? `${formatPath(issuePath)}: ` : '';
  return `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: ${where}${message}`;
}

function formatPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${String(seg)}` : String(seg)), '');
}

function unknownKey(objectPath: PropertyKey[], key: string): string {
  if (objectPath.length === 2 && objectPath[0] === 'pages' && key === 'load')
    return 'a page has no load: Lighthouse audits it; load shapes (load.profile) apply to endpoints: move this to an endpoint';
  const known = knownKeysAt(objectPath);
  const hint = didYouMean(key, known);
  return `unknown field '${key}'${hint || (known.length ? `; expected one of ${known.join(', ')}` : '')}`;
}

/**
 * For a value no branch of a union accepted, the problem of the branch that got furthest into it when one got
 * past the top (a list of flow steps with one bad step names that step), else the union's own message.
 */
function deepest(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  // A record's key that its pattern refused: the pattern's own message.
  if (issue.code === 'invalid_key' && issue.issues[0]) return { ...issue.issues[0], path: issue.path } as z.core.$ZodIssue;
  if (issue.code !== 'invalid_union') return issue;
  const inner = issue.errors.map((branch) => branch[0]).filter((i): i is z.core.$ZodIssue => i !== undefined && i.path.length > 0);
  const best = inner.sort((a, b) => b.path.length - a.path.length)[0];
  // Only a branch that took the value's shape (a list for a list) counts: a missing key of an object branch does not.
  if (!best || best.code === 'invalid_type' || best.code === 'unrecognized_keys') return issue;
  return { ...best, path: [...issue.path, ...best.path] };
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
        : `expected ${issue.inclusive === false ? 'above' : 'at least'} ${issue.minimum}, got ${String(issue.input)}`;
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

// What every resolving step shares: where problems go, where a field stands, URL checking and `${NAME}` values.
interface Resolver {
  issues: Issue[];
  lineOf: (p: PropertyKey[]) => number | undefined;
  /** An absolute http(s) URL, relative to `base`, on this machine unless app.remote allows any host; a problem at `p` otherwise. */
  url: (value: string, base: string | undefined, p: PropertyKey[]) => string;
  /** A value with its `${NAME}` references read from the environment; a problem at `p` for a name not set. */
  value: (text: string, p: PropertyKey[]) => string;
  /** The load cap against a remote host; undefined without app.remote. */
  remoteMaxRate?: number;
  /** The budget file's directory. */
  dir: string;
}

interface Source {
  file: string;
  dir: string;
  env: Readonly<Record<string, string | undefined>>;
  /** app.baseUrl came from the base-url input, not the file. */
  baseUrlGiven: boolean;
}

export const isLoopback = (url: string) => loopbackHosts.has(new URL(url).hostname);

function resolve(budget: Budget, src: Source, issues: Issue[], lineOf: (p: PropertyKey[]) => number | undefined): GatePlan | undefined {
  const { remote } = budget.app;
  const maxRate = remote === undefined || remote === false ? undefined : remote === true ? remoteMaxRate : remote.maxRate;
  const secrets = new Set<string>();
  const r: Resolver = {
    issues,
    lineOf,
    dir: src.dir,
    url: (value, base, p) => checkedUrl(value, base, p, issues, maxRate !== undefined),
    value: (text, p) => {
      const expanded = expandReferences(text, src.env);
      if (!expanded.ok) {
        issues.push({ path: p, message: missingMessage(expanded.missing) });
        return text;
      }
      for (const s of expanded.secrets) secrets.add(s);
      return expanded.value;
    },
    ...(maxRate !== undefined && { remoteMaxRate: maxRate }),
  };
  const baseUrl = r.url(budget.app.baseUrl, undefined, ['app', 'baseUrl']);
  if (issues.length > 0) {
    // every path would repeat the same complaint; one from the base-url input says where it came from
    if (src.baseUrlGiven) for (const i of issues) i.message = `from the base-url input: ${i.message}`;
    return undefined;
  }
  const sameRunner = budget.sameRunner && resolveSameRunner(budget.sameRunner, ['sameRunner'], r);
  const confirm = budget.confirm && resolveSameRunner(budget.confirm, ['confirm'], r);
  // A mix and a journey are measured as an endpoint is.
  const endpoints = [
    ...budget.endpoints.map((e, i) => resolveEndpoint(e, i, budget, baseUrl, r)),
    ...budget.mixes.map((m, i) => resolveMix(m, i, budget, baseUrl, r)),
    ...budget.journeys.map((j, i) => resolveJourney(j, i, budget, baseUrl, r)),
  ];
  const pages = budget.pages.map((p, i) => resolvePage(p, i, budget, baseUrl, r));
  const traffic = trafficOf([baseUrl, ...endpoints.map((e) => e.url), ...pages.map((p) => p.url)]);
  if (traffic.remote && sameRunner) {
    issues.push({
      path: ['sameRunner'],
      message: 'measures two apps perf-gate starts on this runner, not a remote host: remove sameRunner, or point app.baseUrl at this machine',
    });
  }
  const app = resolveApp(budget.app, baseUrl, src.dir, r);
  // Before `secrets` is read: their URLs' passwords join it.
  const stores = workStores(budget, r, secrets);
  return {
    file: src.file,
    app,
    endpoints,
    pages,
    runNoisePercent: budget.relative?.runNoise ?? defaultRunNoisePercent,
    runnerSpeed: budget.relative?.runnerSpeed ?? true,
    traffic,
    secrets: [...secrets],
    ...(sameRunner && { sameRunner }),
    ...(confirm && { confirm }),
    ...(budget.diagnose && { diagnose: diagnosePlan(budget.diagnose) }),
    ...stores,
  };
}

// The database and the cache read for the work behind each request, `${NAME}` read; a password written in a URL
// itself is masked like a `${NAME}` value.
function workStores(budget: Budget, r: Resolver, secrets: Set<string>): Pick<GatePlan, 'database' | 'cache'> {
  const db = budget.database;
  const database: GatePlan['database'] =
    db?.postgres !== undefined
      ? { postgres: r.value(db.postgres, ['database', 'postgres']) }
      : db?.mysql !== undefined
        ? { mysql: r.value(db.mysql, ['database', 'mysql']) }
        : undefined;
  const cache = budget.cache && { redis: r.value(budget.cache.redis, ['cache', 'redis']) };
  for (const url of [database?.postgres ?? database?.mysql, cache?.redis]) for (const p of url ? passwordsOf(url) : []) secrets.add(p);
  return { ...(database && { database }), ...(cache && { cache }) };
}

const diagnosePlan = (d: Exclude<Budget['diagnose'], false | undefined>): NonNullable<GatePlan['diagnose']> => ({
  when: d.when ?? diagnoseDefaults.when,
  durationMs: d.duration ?? diagnoseDefaults.durationMs,
});

const trafficOf = (urls: string[]): GatePlan['traffic'] => ({ remote: !urls.every(isLoopback), hosts: [...new Set(urls.map((u) => new URL(u).host))] });

function passwordsOf(url: string): string[] {
  try {
    const { password } = new URL(url);
    return password ? [...new Set([password, decodeURIComponent(password)])] : [];
  } catch {
    return [];
  }
}

function checkedUrl(value: string, base: string | undefined, p: PropertyKey[], issues: Issue[], remoteAllowed: boolean): string {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    issues.push({ path: p, message: `expected a URL like http://127.0.0.1:3000 or a path like /api/items, got '${value}'` });
    return value;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    issues.push({ path: p, message: `expected an http or https URL, got '${value}'` });
  } else if (!remoteAllowed && !loopbackHosts.has(url.hostname)) {
    issues.push({
      path: p,
      message: `perf-gate only sends traffic to this machine unless the budget opts in: expected localhost, 127.0.0.1 or [::1], got '${url.hostname}' (set app.remote: true to test a remote host)`,
    });
  }
  return url.href;
}

const tlsPlan = (tls: NonNullable<Budget['app']['tls']>, dir: string): NonNullable<AppPlan['tls']> =>
  'ca' in tls ? { ca: path.resolve(dir, tls.ca) } : { insecure: true };

function resolveApp(app: Budget['app'], baseUrl: string, dir: string, r: Resolver): AppPlan {
  const { ready = {}, stop } = app;
  return {
    ...(app.command !== undefined && { command: app.command, outbound: app.outbound !== false }),
    cwd: path.resolve(dir, app.cwd ?? '.'),
    env: expandedRecord(app.env, ['app', 'env'], r),
    baseUrl,
    // The log alone says when the app is ready only when no URL is given.
    ...(ready.url !== undefined || ready.log === undefined ? { readyUrl: r.url(ready.url ?? baseUrl, baseUrl, ['app', 'ready', 'url']) } : {}),
    readyStatus: typeof ready.status === 'number' ? [ready.status] : (ready.status ?? []),
    ...(ready.text !== undefined && { readyText: ready.text }),
    ...(ready.log !== undefined && { readyLog: ready.log }),
    readyTimeoutMs: ready.timeout ?? appDefaults.readyTimeoutMs,
    ...(stop !== undefined && {
      stop:
        typeof stop === 'string'
          ? { command: stop, timeoutMs: appDefaults.stopCommandMs }
          : { command: stop.command, timeoutMs: stop.timeout ?? appDefaults.stopCommandMs },
    }),
    stopTimeoutMs: app.stopTimeout ?? appDefaults.stopTimeoutMs,
    portEnv: app.portEnv ?? appDefaults.portEnv,
    ...(app.setup !== undefined && {
      setup:
        typeof app.setup === 'string'
          ? { command: app.setup, timeoutMs: appDefaults.setupMs }
          : { command: app.setup.command, timeoutMs: app.setup.timeout ?? appDefaults.setupMs },
    }),
    ...(app.tls !== undefined && { tls: tlsPlan(app.tls, r.dir) }),
    ...(app.metrics !== undefined && { metrics: metricsPlan(app.metrics, baseUrl, r) }),
  };
}

function metricsPlan(metrics: NonNullable<Budget['app']['metrics']>, baseUrl: string, r: Resolver): NonNullable<AppPlan['metrics']> {
  const { url, headers, timeout } = typeof metrics === 'string' ? { url: metrics, headers: undefined, timeout: undefined } : metrics;
  const at = typeof metrics === 'string' ? ['app', 'metrics'] : ['app', 'metrics', 'url'];
  return {
    url: r.url(url, baseUrl, at),
    headers: expandedRecord(headers, ['app', 'metrics', 'headers'], r),
    timeoutMs: timeout ?? appDefaults.scrapeTimeoutMs,
  };
}

function resolveEndpoint(e: EndpointConfig, i: number, budget: Budget, baseUrl: string, r: Resolver): EndpointPlan {
  const here = ['endpoints', i];
  const { url, headers, body, request } = resolveRequest(e, here, baseUrl, r);
  const target = targetPlan(e, here, i === 0, budget, url, r);
  const compressed = target.load.compression === true;
  return {
    kind: 'endpoint',
    ...target,
    name: e.name,
    url,
    method: e.method,
    headers: compressed ? withAcceptEncoding(headers) : headers,
    ...(body !== undefined && { body }),
    ...(e.status !== undefined && { status: Array.isArray(e.status) ? e.status : [e.status] }),
    ...(request && {
      request: compressed ? askingCompression(request) : request,
    }),
  };
}

/** The headers with a browser's Accept-Encoding added, unless they name one (load.compression). */
function withAcceptEncoding<V>(headers: Readonly<Record<string, V>>, value: V = browserAcceptEncoding as V): Record<string, V> {
  return Object.keys(headers).some((k) => k.toLowerCase() === 'accept-encoding') ? { ...headers } : { ...headers, 'accept-encoding': value };
}

// A request's templates asking as a browser does (load.compression): an endpoint's varied request, a mix's, a step's.
const askingCompression = <R extends { headers: Readonly<Record<string, Template>> }>(request: R): R => ({
  ...request,
  headers: withAcceptEncoding<Template>(request.headers, [{ text: browserAcceptEncoding }]),
});

// A mix is measured as an endpoint whose requests are its kinds', drawn by weight; its url is their origin.
function resolveMix(m: MixConfig, i: number, budget: Budget, baseUrl: string, r: Resolver): EndpointPlan {
  const here = ['mixes', i];
  const { parts, origin } = resolveMixParts(m, here, budget.endpoints, baseUrl, r);
  const url = `${origin}/`;
  const target = targetPlan(m, here, budget.endpoints.length === 0 && i === 0, budget, url, r, { kinds: parts.map((p) => p.name) });
  const compressed = target.load.compression === true;
  return {
    kind: 'endpoint',
    ...target,
    name: m.name,
    url,
    method: 'GET',
    headers: {},
    mix: {
      parts: compressed ? parts.map((p) => ({ ...p, request: askingCompression(p.request) })) : parts,
    },
  };
}

// A journey is measured as an endpoint whose requests are its steps', each virtual user going through them in turn.
function resolveJourney(j: JourneyConfig, i: number, budget: Budget, baseUrl: string, r: Resolver): EndpointPlan {
  const here = ['journeys', i];
  const { steps, origin } = resolveJourneySteps(j.steps, here, baseUrl, r);
  const url = `${origin}/`;
  const first = budget.endpoints.length + budget.mixes.length === 0 && i === 0;
  const target = targetPlan(j, here, first, budget, url, r, { kinds: steps.map((s) => s.name), journey: true });
  const compressed = target.load.compression === true;
  return {
    kind: 'endpoint',
    ...target,
    name: j.name,
    url,
    method: 'GET',
    headers: {},
    journey: {
      steps: compressed ? steps.map((s) => ({ ...s, request: askingCompression(s.request) })) : steps,
    },
  };
}

type TargetConfig = Pick<EndpointConfig, 'load' | 'thresholds' | 'relative' | 'counters'>;

// What an endpoint and a mix share: the load and its shape, thresholds and rules (checked against what the shape and
// the work sources measure, and a mix's `@<request>` rows), counters. `first`: the budget's first such target, where
// a top-level problem is said once.
function targetPlan(
  e: TargetConfig,
  here: PropertyKey[],
  first: boolean,
  budget: Budget,
  url: string,
  r: Resolver,
  of: { kinds?: string[]; journey?: true } = {},
) {
  const parts = of.kinds;
  const settings = { ...steadyDefaults, ...loadPlan(budget.load), ...loadPlan(e.load) };
  const profileAt = e.load?.profile !== undefined ? [...here, 'load', 'profile'] : ['load', 'profile'];
  const load: LoadPlan = { ...settings, profile: shapeOf(e.load?.profile ?? budget.load?.profile, settings.connections, settings.rate) };
  const shape = load.profile;
  const problemOf = (metric: string) =>
    metricShapeProblem(shape, metric, parts) ?? (parts && mixMetricProblem(metric, parts)) ?? journeyMetricProblem(metric, of.journey === true);
  // Default rules that the shape does not measure (p95 under capacity, rss-growth without a soak) are left out.
  const defaults = locateRules(budget.relative?.endpoints, ['relative', 'endpoints'], r).filter((rule) => problemOf(rule.metric) === undefined);
  const own = locateRules(e.relative, [...here, 'relative'], r);
  const work = resolveWork(e, here, first, budget, r);
  const written = mergeRelative(
    defaults.filter((rule) => workMetricProblem(rule.metric, work.sources) === undefined),
    own,
  );
  // A count per request gets its default rule where it is measured: steady load.
  const relative = shape.kind === 'steady' ? withCountDefaults(written, work.sources) : written;
  for (const check of [(metric: string) => workMetricProblem(metric, work.sources), problemOf]) {
    e.thresholds.forEach((t, j) => {
      const problem = check(t.metric);
      if (problem) r.issues.push({ path: [...here, 'thresholds', j], message: problem });
    });
    for (const rule of e.relative ?? []) {
      const problem = check(rule.metric);
      if (problem) r.issues.push({ path: [...here, 'relative', rule.key], message: problem });
    }
    if (check === problemOf && shape.kind === 'steady') for (const message of loadProblems(load)) r.issues.push({ path: [...here, 'load'], message });
  }
  if (r.remoteMaxRate !== undefined && URL.canParse(url) && !isLoopback(url)) {
    const host = new URL(url).hostname;
    const problem = shape.kind === 'steady' ? remoteLoadProblem(load, r.remoteMaxRate, host) : remoteShapeProblem(shape, r.remoteMaxRate, host);
    const at = shape.kind !== 'steady' ? profileAt : [...here, ...(e.load?.rate !== undefined ? ['load', 'rate'] : e.load ? ['load'] : [])];
    if (problem) r.issues.push({ path: at, message: problem });
  }
  return {
    ...(budget.app.tls !== undefined && { tls: tlsPlan(budget.app.tls, r.dir) }),
    load: { ...load, minSamples: leastFor(relative, { min: load.minSamples, max: load.samples }) },
    thresholds: locateThresholds(e.thresholds, [...here, 'thresholds'], r),
    relative,
    ...(Object.keys(work.counters).length > 0 && { counters: work.counters }),
  };
}

// The counters an endpoint reads (the top level's with its own over them), and what its work metrics can come from.
function resolveWork(e: TargetConfig, here: PropertyKey[], first: boolean, budget: Budget, r: Resolver) {
  const { counters, issues } = resolveCounters(budget.counters, e.counters);
  for (const issue of issues) {
    const p = issue.own ? [...here, 'counters', issue.name] : ['counters', issue.name];
    // A top-level selector's problem is said once, at the first endpoint.
    if (issue.own || first) r.issues.push({ path: p, message: issue.message, ...(issue.offset !== undefined && { offset: issue.offset }) });
  }
  if (Object.keys(counters).length > 0 && budget.app.metrics === undefined && (first || e.counters))
    r.issues.push({
      path: e.counters ? [...here, 'counters'] : ['counters'],
      message: "counters are read from the app's metrics: expected app.metrics: /metrics (its Prometheus endpoint)",
    });
  const outbound = budget.app.command !== undefined && budget.app.outbound !== false;
  return {
    counters,
    sources: { database: budget.database !== undefined, cache: budget.cache !== undefined, outbound, counters: new Set(Object.keys(counters)) },
  };
}

function loadProblems(load: LoadPlan): string[] {
  const problems: string[] = [];
  const burstMs = load.durationMs / load.samples;
  if (burstMs < minBurstMs) {
    problems.push(`${load.samples} samples over ${load.durationMs} ms makes bursts shorter than ${minBurstMs} ms; lower samples or raise duration`);
  }
  if (load.rate !== undefined && burstMs % 1000 !== 0) {
    problems.push(
      `with a fixed rate, requests are paced per second, so bursts must last whole seconds: duration / samples is ${burstMs} ms; set samples to ${Math.max(1, Math.floor(load.durationMs / 1000))}`,
    );
  }
  if (load.rate !== undefined && load.rate < load.connections) {
    // autocannon gives each connection an equal share of the rate; a zero share would mean no limit at all.
    problems.push(
      `rate ${load.rate} req/s is below connections ${load.connections}: each connection needs at least 1 req/s; set connections to at most ${Math.floor(load.rate)}`,
    );
  }
  return problems;
}

// Against a host that is not this machine, load is open loop at a stated rate under a cap: a closed loop would
// send as fast as the service answers, which is a load test of somebody's production nobody asked for.
function remoteLoadProblem(load: LoadPlan, maxRate: number, host: string): string | undefined {
  if (load.rate === undefined) {
    return `load against the remote host '${host}' is open loop at a stated rate: expected load.rate (req/s, at most ${maxRate}; app.remote.maxRate raises the cap)`;
  }
  if (load.rate > maxRate)
    return `rate ${load.rate} req/s against the remote host '${host}' is above the cap of ${maxRate} req/s: lower it, or raise app.remote.maxRate`;
  return undefined;
}

function remoteShapeProblem(shape: ShapePlan, maxRate: number, host: string): string | undefined {
  const peak = peakRate(shape);
  if (peak === undefined)
    return `load against the remote host '${host}' is open loop at stated rates: expected a rate for every stage (not connections), at most ${maxRate} req/s`;
  if (peak > maxRate)
    return `the ${shape.kind} reaches ${peak} req/s against the remote host '${host}', above the cap of ${maxRate} req/s: lower it, or raise app.remote.maxRate`;
  return undefined;
}

function expandedRecord(record: Record<string, string> | undefined, p: PropertyKey[], r: Resolver): Record<string, string> {
  return Object.fromEntries(Object.entries(record ?? {}).map(([k, v]) => [k, r.value(v, [...p, k])]));
}

function resolveSetup(setup: NonNullable<Budget['setup']>, p: PropertyKey[], dir: string, r: Resolver): SetupPlan {
  const { script, timeout, values = {} } = typeof setup === 'string' ? { script: setup } : setup;
  const at = typeof setup === 'string' ? p : [...p, 'values'];
  return {
    file: path.resolve(dir, script),
    name: script,
    timeoutMs: timeout ?? pageDefaults.setupMs,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, r.value(v, [...at, k])])),
  };
}

function resolveFlow(flow: NonNullable<PageConfig['flow']>, p: PropertyKey[], baseUrl: string, r: Resolver): FlowPlan {
  if (!Array.isArray(flow) && 'script' in flow) return { kind: 'script', ...resolveSetup(flow, p, r.dir, r) };
  const [steps, at] = Array.isArray(flow) ? [flow, p] : [flow.steps, [...p, 'steps']];
  return {
    kind: 'steps',
    stepTimeoutMs: (!Array.isArray(flow) && flow.stepTimeout) || pageDefaults.flowStepMs,
    steps: steps.map((step, j): FlowStepPlan => {
      const here = [...at, j];
      if ('navigate' in step) return { kind: 'navigate', url: r.url(step.navigate, baseUrl, [...here, 'navigate']) };
      if ('click' in step) return { kind: 'click', selector: step.click };
      if ('type' in step) return { kind: 'type', selector: step.type.selector, text: r.value(step.type.text, [...here, 'type', 'text']) };
      if ('scroll' in step)
        return typeof step.scroll === 'number' ? { kind: 'scroll', pixels: step.scroll } : { kind: 'scroll', selector: step.scroll.selector };
      if ('wait' in step) {
        const time = parseDurationSetting(step.wait);
        return 'ms' in time ? { kind: 'wait', ms: time.ms } : { kind: 'wait', selector: String(step.wait) };
      }
      return { kind: 'snapshot', name: step.snapshot };
    }),
  };
}

function resolvePage(p: PageConfig, i: number, budget: Budget, baseUrl: string, r: Resolver): PagePlan {
  const relative = mergeRelative(locateRules(budget.relative?.pages, ['relative', 'pages'], r), locateRules(p.relative, ['pages', i, 'relative'], r));
  const { setup: ownSetup, finalUrl, flow, ...rest } = p;
  const setup =
    ownSetup === false
      ? undefined
      : ownSetup !== undefined
        ? resolveSetup(ownSetup, ['pages', i, 'setup'], r.dir, r)
        : budget.setup && resolveSetup(budget.setup, ['setup'], r.dir, r);
  const finalUrlLine = r.lineOf(['pages', i, 'finalUrl']);
  return {
    ...rest,
    ...(setup && { setup }),
    ...(flow !== undefined && { flow: resolveFlow(flow, ['pages', i, 'flow'], baseUrl, r) }),
    ...(finalUrl !== undefined && { finalUrl: r.url(finalUrl, baseUrl, ['pages', i, 'finalUrl']) }),
    ...(finalUrl !== undefined && finalUrlLine !== undefined && { finalUrlLine }),
    ...(p.headers && { headers: expandedRecord(p.headers, ['pages', i, 'headers'], r) }),
    ...(p.cookies && { cookies: p.cookies.map((c, j) => ({ ...c, value: r.value(c.value, ['pages', i, 'cookies', j, 'value']) })) }),
    kind: 'page',
    runs: p.runs.max,
    minRuns: leastFor(relative, p.runs),
    url: r.url(p.url, baseUrl, ['pages', i, 'url']),
    thresholds: locateThresholds(p.thresholds, ['pages', i, 'thresholds'], r),
    relative,
  };
}

/** A range's minimum, at least two samples when relative rules need a spread to compare. */
const leastFor = (relative: readonly LocatedRule[], range: { min: number; max: number }) =>
  relative.length > 0 ? Math.min(range.max, Math.max(2, range.min)) : range.min;

function resolveSameRunner(sr: NonNullable<Budget['sameRunner']>, p: PropertyKey[], r: Resolver): SameRunnerPlan {
  const { timeBudget, env, ...rest } = sr;
  return {
    ...rest,
    ...(sr.dir !== undefined && { dir: path.resolve(r.dir, sr.dir) }),
    timeBudgetMs: timeBudget ?? sameRunnerDefaults.timeBudgetMs,
    ...(env && { env: expandedRecord(env, [...p, 'env'], r) }),
  };
}

const locateThresholds = (list: Threshold[], p: PropertyKey[], r: Resolver): LocatedThreshold[] =>
  list.map((t, i) => {
    const l = r.lineOf([...p, i]);
    return l === undefined ? t : { ...t, line: l };
  });

const locateRules = (list: WrittenRule[] | undefined, p: PropertyKey[], r: Resolver): LocatedRule[] =>
  (list ?? []).map(({ key, ...rule }) => {
    const l = r.lineOf([...p, key]);
    return l === undefined ? rule : { ...rule, line: l };
  });

// A target's own rules replace the defaults metric by metric.
function mergeRelative(defaults: LocatedRule[], own: LocatedRule[]): LocatedRule[] {
  const byMetric = new Map(defaults.map((r) => [r.metric, r]));
  for (const r of own) byMetric.set(r.metric, r);
  return [...byMetric.values()];
}

function loadPlan(load: Budget['load']): Partial<Omit<LoadPlan, 'profile'>> {
  if (!load) return {};
  const out: Partial<Omit<LoadPlan, 'profile'>> = {};
  if (load.duration !== undefined) out.durationMs = load.duration;
  if (load.warmup !== undefined) out.warmupMs = load.warmup;
  if (load.connections !== undefined) out.connections = load.connections;
  if (load.rate !== undefined) out.rate = load.rate;
  if (load.samples !== undefined) [out.minSamples, out.samples] = [load.samples.min, load.samples.max];
  if (load.timeout !== undefined) out.timeoutMs = load.timeout;
  if (load.maxBody !== undefined) out.maxBody = load.maxBody;
  if (load.compression !== undefined) out.compression = load.compression;
  return out;
}
