// The perf-budget.yml `perf-gate init` writes: what it found and measured on this machine, as thresholds with
// headroom (each says what was measured and what it leaves), the default relative rules, the work-per-request
// sources it found, and what it left out written commented out with what is missing.
import { Document, isMap, isScalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { TargetResult } from '../report/report.js';
import { sameRunnerDefaults } from '../budget/defaults.js';
import { besideBaseSe } from '../verdict/decidability.js';
import { allowedChange } from '../verdict/compare.js';
import { parseRelativeRule } from '../budget/threshold.js';
import { formatValue, parseDurationSetting } from '../units.js';
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

/** The relative rules every endpoint gets: tight enough that a change of about ×1.3 reads regressed beside the base. */
export const endpointRelative = { p95: '+10% or +0.5ms', rps: '-20%' } as const;

/**
 * How init sizes `confirm` to this runner: enough samples a side that a p95 made ×`change` slower clears its rule's
 * interval with the power asked (n = ((z₁₋α/₂ + z_power) · SE₁ / margin)², the normal approximation for a difference
 * of means), each round costing `roundBursts` bursts' time (two bursts, a restart and the reads: 5.2 s a round of
 * 1 s bursts measured on the example app), within `maxBudgetMs`.
 */
export const confirmSizing = { change: 1.3, z: 1.96, zPower: 0.84, roundBursts: 5, maxSamples: 100, maxBudgetMs: 600_000 } as const;

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

/** What deciding a ×1.3 change beside the base takes for the endpoint that needs the most samples. */
export interface ConfirmSize {
  endpoint: string;
  /** Samples a side it needs. */
  samples: number;
  /** Its per-burst p95 spread (SE of a difference with one sample a side), and its p95. */
  se: number;
  p95: number;
  /** What the budget writes under confirm beyond the build: absent when the defaults already give it. */
  timeBudget?: string;
  maxSamples?: number;
  /** Set when even the most it may write is short: the time it would take. */
  shortMs?: number;
}

export function confirmSize(input: Pick<DraftInput, 'endpoints' | 'measured' | 'load'>): ConfirmSize | undefined {
  const { change, z, zPower, roundBursts, maxSamples, maxBudgetMs } = confirmSizing;
  // The rule the budget writes, read as the gate reads it, so the sizing and the rule cannot drift apart.
  const parsed = parseRelativeRule('endpoint', 'p95', endpointRelative.p95);
  if (!parsed.ok) throw new Error(`init's own p95 rule: ${parsed.error}`);
  const p95Rule = parsed.value;
  let hardest: Omit<ConfirmSize, 'timeBudget' | 'maxSamples'> | undefined;
  for (const e of input.endpoints) {
    const m = input.measured.find((t) => t.kind === 'endpoint' && t.name === e.name)?.metrics.p95;
    const se = m?.value != null ? besideBaseSe(m.samples) : undefined;
    if (!m || m.value === null || se === undefined || se === 0) continue;
    const allowed = allowedChange(p95Rule, m.value);
    const margin = (change - 1) * m.value - allowed;
    // A change of ×1.3 within the rule's floor (a 0.3 ms endpoint) is not one the rule is there to catch.
    if (margin <= 0) continue;
    const samples = Math.max(input.load.samples, Math.ceil((((z + zPower) * se) / margin) ** 2));
    if (!hardest || samples > hardest.samples) hardest = { endpoint: e.name, samples, se, p95: m.value };
  }
  if (!hardest) return undefined;
  const burst = parseDurationSetting(input.load.duration);
  const roundMs = ('ms' in burst ? burst.ms / input.load.samples : 1000) * roundBursts;
  const neededMs = (hardest.samples - input.load.samples) * roundMs;
  const defaultMax = sameRunnerDefaults.maxSamplesPerMin * input.load.samples;
  const budgetMs = Math.min(maxBudgetMs, Math.ceil(neededMs / 10_000) * 10_000);
  return {
    ...hardest,
    ...(budgetMs > sameRunnerDefaults.timeBudgetMs && { timeBudget: `${budgetMs / 1000}s` }),
    ...(hardest.samples > defaultMax && { maxSamples: Math.min(maxSamples, hardest.samples) }),
    ...((neededMs > maxBudgetMs || hardest.samples > maxSamples) && { shortMs: neededMs }),
  };
}

/** The comment on confirm: what it was sized for, on this machine. */
function confirmSaid(size: ConfirmSize | undefined): string {
  const lines = [
    ' In a pull request, a rule that reads regressed or unsure against the stored run is measured again beside the',
    " pull request's base on this runner, and that verdict decides (checkout with fetch-depth: 0).",
  ];
  if (!size) return lines.join('\n');
  lines.push(
    ` Sized here: ${size.endpoint} (p95 ${formatValue(size.p95, 'ms')}) spread ±${formatValue(size.se, 'ms')} a burst; a ×${confirmSizing.change} change`,
    ` clears ${endpointRelative.p95} in about ${size.samples} samples a side${size.shortMs === undefined ? '' : `, ${formatValue(size.shortMs, 'ms')}: more than this allows (loosen its rule, or calibrate)`}.`,
    ' A clear regression or none settles in a few; only a change near the rule takes this long.',
  );
  return lines.join('\n');
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
};

/** The budget's text. */
export function draftBudget(input: DraftInput): string {
  const endpoints = endpointObjects(input);
  const page = input.page && input.measured.find((m) => m.kind === 'page' && m.name === input.page!.name);
  const pageRule = input.page && pageRules(page);
  const size = confirmSize(input);
  const doc = new Document({
    version: 1,
    app: appObject(input.app),
    ...(input.postgres && { database: { postgres: input.postgres } }),
    load: input.load,
    // Tight enough that an endpoint made ×1.3 slower reads regressed beside its base (with +25% or +1ms, a 3.4 ms
    // endpoint made ×1.34 slower stayed unsure after 27 samples), in the samples confirmSize gives confirm.
    relative: {
      endpoints: { ...endpointRelative },
      ...(input.page && { pages: { lcp: '+20% or +300ms', performance: -10 } }),
    },
    confirm: {
      ...(input.app.build && { build: input.app.build }),
      ...(size?.timeBudget && { timeBudget: size.timeBudget }),
      ...(size?.maxSamples && { maxSamples: size.maxSamples }),
    },
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
  for (const [key, text] of Object.entries({ ...sectionComments, confirm: confirmSaid(size) })) commentOn(root, key, text);
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
