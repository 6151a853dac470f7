// The perf-budget.yml `perf-gate init` writes: what it found and measured on this machine, as thresholds with
// headroom (each says what was measured and what it leaves), the default relative rules, the work-per-request
// sources it found, and what it left out written commented out with what is missing.
import { Document, isMap, isScalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TargetResult } from '../report/report.js';
import { formatValue } from '../units.js';
import { nameFor, type Candidate, type LeftOut } from './candidates.js';

export interface DraftApp {
  command: string;
  /** How the command was found: "package.json's start script". */
  foundBy: string;
  /** Relative to the budget file; absent when it is the budget's directory. */
  cwd?: string;
  setup?: string;
  port: number;
  /** Set when the app listens where PORT says: then perf-gate can run the base beside it. */
  portEnv?: string;
  readyPath: string;
  /** Statuses besides 2xx that say the app is up (its ready path answers 404). */
  readyStatus?: number[];
  /** A Prometheus /metrics path it serves. */
  metrics?: string;
  /** `${NAME}` references the app needs from the environment (DATABASE_URL). */
  env?: Record<string, string>;
  /** A build a base checkout needs before it starts, for confirm. */
  build?: string;
}

export interface DraftInput {
  app: DraftApp;
  /** Where the endpoints came from, in a line. */
  sources: string[];
  endpoints: Candidate[];
  /** The page at / when the app serves HTML there. */
  page?: { name: string; url: string };
  leftOut: LeftOut[];
  /** `database: { postgres: '${DATABASE_URL}' }` when pg_stat_statements answered. */
  postgres?: string;
  load: { duration: string; warmup: string; connections: number; samples: number };
  /** What was measured, by target name. */
  measured: readonly TargetResult[];
  date: string;
}

/** The headroom an absolute threshold leaves over what was measured. */
export const headroom = 2;

/** Rounded up to two significant digits: 23.4 → 24, 1234 → 1300. */
export function niceCeil(v: number): number {
  if (v <= 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(v)) - 1);
  return Number((Math.ceil(v / step - 1e-9) * step).toPrecision(12));
}

const value = (t: TargetResult | undefined, metric: string) => t?.metrics[metric]?.value ?? null;

/** An endpoint's thresholds from what it measured, and the comment saying so. */
function endpointRules(t: TargetResult | undefined, withDatabase: boolean): { rules: string[]; said: string } {
  const p95 = value(t, 'p95');
  const rps = value(t, 'rps');
  const errors = value(t, 'error-rate');
  if (p95 === null || rps === null) return { rules: ['error-rate == 0%'], said: `not measured here (${t?.error ?? 'no requests answered'})` };
  // No floor on requests/s: a rate measured on a laptop, or on this runner in a fast minute, is not one a busy runner
  // keeps (here a run an hour later read 42,800 as 17,700). The relative rule holds it against the base instead.
  const rules = [`p95 < ${niceCeil(Math.max(headroom * p95, p95 + 5))}ms`];
  rules.push(errors ? `error-rate < ${niceCeil(errors * headroom)}%` : 'error-rate == 0%');
  const said = [`measured p95 ${formatValue(p95, 'ms')}, ${formatValue(rps, 'count')} requests/s`];
  const repeats = value(t, 'db-repeats-per-request');
  if (withDatabase && repeats !== null) {
    rules.push(`db-repeats-per-request <= ${Math.max(5, Math.ceil(repeats))}`);
    if (repeats > 5) said.push(`a statement ran ${formatValue(repeats, 'count')} times a request (an N+1?)`);
  }
  return { rules, said: `${said.join('; ')} here; the threshold leaves ×${headroom} (requests/s: judged against the base)` };
}

function pageRules(t: TargetResult | undefined): { rules: string[]; said: string } {
  const score = value(t, 'performance');
  const lcp = value(t, 'lcp');
  const bytes = value(t, 'total-bytes');
  if (score === null || lcp === null) return { rules: [], said: `not audited here (${t?.error ?? 'no run finished'})` };
  const rules = [`performance >= ${Math.max(0, Math.floor(score) - 10)}`, `lcp < ${niceCeil(Math.max(headroom * lcp, lcp + 500))}ms`];
  if (bytes !== null) rules.push(`total-bytes < ${niceCeil((1.5 * bytes) / 1024)}KB`);
  return {
    rules,
    said: `measured performance ${Math.round(score)}, LCP ${formatValue(lcp, 'ms')}${bytes === null ? '' : `, ${formatValue(bytes, 'bytes')}`} here; the thresholds leave 10 points, ×${headroom} and ×1.5`,
  };
}

type Pair = YAMLMap['items'][number];
const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
const pairOf = (map: YAMLMap, key: string) => map.items.find((p) => keyOf(p) === key);
/** A comment above `key` of `map`. */
function commentOn(map: YAMLMap, key: string, text: string): void {
  const pair = pairOf(map, key);
  if (pair && isScalar(pair.key)) pair.key.commentBefore = text;
}
/** Maps written on one line. */
function flow(node: unknown, ...keys: string[]): void {
  for (const k of keys) {
    const child = isMap(node) ? node.get(k, true) : undefined;
    if (isMap(child)) child.flow = true;
  }
}

function appObject(app: DraftApp): object {
  return {
    command: app.command,
    ...(app.cwd && { cwd: app.cwd }),
    ...(app.setup && { setup: app.setup }),
    env: { PORT: app.port, ...app.env },
    ...(app.portEnv && { portEnv: app.portEnv }),
    baseUrl: `http://127.0.0.1:${app.port}`,
    ready: { url: app.readyPath, ...(app.readyStatus && { status: app.readyStatus }), timeout: '60s' },
    ...(app.metrics && { metrics: app.metrics }),
  };
}

function appComments(node: YAMLMap, app: DraftApp): void {
  flow(node, 'ready', 'env');
  commentOn(node, 'command', ` ${app.foundBy}`);
  if (app.portEnv) commentOn(node, 'portEnv', ' the app listens where PORT says: perf-gate gives the base its own port when it measures it beside this one');
  else commentOn(node, 'baseUrl', ' the app listened here whatever PORT said: confirm (the base beside this run) needs it to read its port from PORT');
  if (app.metrics) commentOn(node, 'metrics', ' its Prometheus counters: per request in every run (name them under counters: to judge them)');
}

function endpointObjects(input: DraftInput): { objects: object[]; said: string[] } {
  const objects: object[] = [];
  const said: string[] = [];
  for (const e of input.endpoints) {
    const t = input.measured.find((m) => m.kind === 'endpoint' && m.name === e.name);
    const r = endpointRules(t, input.postgres !== undefined);
    objects.push({ name: e.name, url: e.url, ...(e.vars && { vars: e.vars }), thresholds: r.rules });
    said.push(r.said);
  }
  return { objects, said };
}

/** What was left out, commented out as it would be written, with what it needs. */
function leftOutComment(leftOut: readonly LeftOut[]): string {
  const lines = [' Left out: give what each needs and uncomment it.'];
  for (const l of leftOut) {
    lines.push(` ${l.what}: ${l.why}`);
    if (!l.url) continue;
    // Its placeholders with empty lists to fill: uncommented as it is, the budget says which are still empty.
    const names = [...l.url.matchAll(/\{(\w+)\}/g)].map((m) => `${m[1]}: { values: [] }`);
    lines.push(` - { name: ${nameFor(l.url, new Set())}, url: ${JSON.stringify(l.url)}${names.length > 0 ? `, vars: { ${names.join(', ')} }` : ''} }`);
  }
  return lines.join('\n');
}

const sectionComments: Record<string, string> = {
  database: ' The statements PostgreSQL runs for each request (pg_stat_statements): counts runner noise hardly moves.',
  load: ' Each endpoint: a second of warm-up, then 4 bursts over 8 connections.',
  relative: " Allowed change against the base branch's stored run, signed the way each gets worse.",
  confirm:
    " In a pull request, a rule that reads regressed or unsure against the stored run is measured again beside the\n pull request's base on this runner, and that verdict decides (checkout with fetch-depth: 0).",
};

/** The budget's text. */
export function draftBudget(input: DraftInput): string {
  const endpoints = endpointObjects(input);
  const page = input.page && input.measured.find((m) => m.kind === 'page' && m.name === input.page!.name);
  const pageRule = input.page && pageRules(page);
  const doc = new Document({
    version: 1,
    app: appObject(input.app),
    ...(input.postgres && { database: { postgres: input.postgres } }),
    load: input.load,
    // Tight enough that an endpoint made ×1.3 slower reads regressed beside its base within confirm's time (with
    // +25% or +1ms, a 3.4 ms endpoint made ×1.34 slower stayed unsure after 27 samples); the runner's drift between
    // runs makes the stored verdict unsure more often, and confirm decides it.
    relative: { endpoints: { p95: '+10% or +0.5ms', rps: '-20%' }, ...(input.page && { pages: { lcp: '+20% or +300ms', performance: -10 } }) },
    confirm: input.app.build ? { build: input.app.build } : {},
    endpoints: endpoints.objects,
    ...(input.page && { pages: [{ ...input.page, ...(pageRule!.rules.length > 0 && { thresholds: pageRule!.rules }) }] }),
  });
  const root = doc.contents as YAMLMap;
  doc.commentBefore = [
    ` Written by perf-gate init on ${input.date} from ${input.sources.join(', ')}; measured on this machine.`,
    ' Run it: npx perf-gate run. Tune the relative rules to your runner: npx perf-gate calibrate --write.',
  ].join('\n');
  appComments(root.get('app', true) as unknown as YAMLMap, input.app);
  flow(root, 'database', 'load', 'confirm');
  flow(root.get('relative', true), 'endpoints', 'pages');
  for (const [key, text] of Object.entries(sectionComments)) commentOn(root, key, text);
  const seq = root.get('endpoints', true) as unknown as YAMLSeq;
  seq.items.forEach((item, i) => {
    (item as YAMLMap).commentBefore = ` ${endpoints.said[i]}`;
    const vars = (item as YAMLMap).get('vars', true);
    if (isMap(vars)) for (const p of vars.items) if (isMap(p.value)) p.value.flow = true;
  });
  if (input.leftOut.length > 0) seq.comment = leftOutComment(input.leftOut);
  if (pageRule) ((root.get('pages', true) as unknown as YAMLSeq).items[0] as YAMLMap).commentBefore = ` ${pageRule.said}`;
  return doc.toString({ lineWidth: 0 });
}
