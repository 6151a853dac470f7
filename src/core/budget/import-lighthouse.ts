// From Lighthouse CI's lighthouserc.json, or a Lighthouse budget.json, to the equivalent perf-budget.yml content:
// its pages, runs, server command and every assertion perf-gate has a metric for; what it cannot carry over is
// named, one line each, never dropped in silence.
import { findMetric, resourceTypes } from './metric-catalog.js';

/** The budget as plain data (the adapter writes it as YAML), and what was left behind. */
export interface Imported {
  budget: Record<string, unknown>;
  notCarried: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const placeholderBase = 'http://127.0.0.1:3000';

/** Which of the two formats a parsed file is, or why it is neither. */
export function importKind(json: unknown): 'lighthouserc' | 'budget' | { error: string } {
  if (Array.isArray(json) && json.every((b) => isObject(b) && ['path', 'timings', 'resourceSizes', 'resourceCounts', 'options'].some((k) => k in b)))
    return 'budget';
  if (isObject(json) && isObject(json.ci)) return 'lighthouserc';
  return {
    error: 'expected a Lighthouse CI config ({ "ci": { "collect", "assert" } }) or a Lighthouse budget.json ([{ "path", "timings", "resourceSizes" }])',
  };
}

// "/" → "home", "/checkout/cart" → "checkout-cart"; names stay unique.
function pageName(pathname: string, taken: Set<string>): string {
  const base =
    pathname
      .replace(/[?#].*$/, '')
      .split('/')
      .filter(Boolean)
      .join('-')
      .replace(/[^\w.-]+/g, '-') || 'home';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}

const format = (v: number) => String(Math.round(v * 1000) / 1000);

// A threshold sentence for a metric in its own unit: scores 0–1 become 0–100, times in ms, bytes in bytes.
function sentence(metric: string, op: '<=' | '>=', value: number, warn: boolean): string {
  const def = findMetric('page', metric);
  const amount =
    def?.unit === 'ms'
      ? `${format(value)}ms`
      : def?.unit === 'bytes'
        ? Number.isInteger(value / 1024)
          ? `${value / 1024}KB`
          : `${Math.round(value)}B`
        : format(value);
  return `${def?.id ?? metric} ${op} ${amount}${warn ? ' (warn)' : ''}`;
}

/** lighthouserc.json → the budget. */
export function importLighthouseRc(json: Json): Imported {
  const notCarried: string[] = [];
  const ci = isObject(json.ci) ? json.ci : {};
  const collect = isObject(ci.collect) ? ci.collect : {};
  const assert = isObject(ci.assert) ? ci.assert : {};
  const urls = (Array.isArray(collect.url) ? collect.url : typeof collect.url === 'string' ? [collect.url] : []).filter(
    (u): u is string => typeof u === 'string',
  );
  const parsed = urls.map((u) => {
    try {
      return new URL(u);
    } catch {
      return undefined;
    }
  });
  const first = parsed.find((u) => u !== undefined);
  const baseUrl = first ? first.origin : placeholderBase;
  if (!first) notCarried.push(`ci.collect.url: no URL to audit; pages: [] left for you to fill in, app.baseUrl is ${placeholderBase}`);
  if (collect.staticDistDir !== undefined) {
    notCarried.push(
      `ci.collect.staticDistDir '${String(collect.staticDistDir)}': perf-gate serves nothing itself; give app.command a static server (e.g. npx http-server ${String(collect.staticDistDir)} -p 3000)`,
    );
  }

  const budget: Json = { app: appOf(collect, baseUrl) };
  if (typeof collect.puppeteerScript === 'string') budget.setup = collect.puppeteerScript;
  const page = pageSettingsOf(collect, notCarried);
  const { thresholds, categories } = assertionsOf(assert.assertions, 'ci.assert.assertions', notCarried);
  notCarried.push(...leftOut(ci, collect, assert));

  const taken = new Set<string>();
  budget.pages = parsed.flatMap((u, i) => {
    if (!u) {
      notCarried.push(`ci.collect.url[${i}] '${String(urls[i])}': not a URL`);
      return [];
    }
    const url = u.origin === baseUrl ? `${u.pathname}${u.search}` : u.href;
    if (u.origin !== baseUrl) notCarried.push(`ci.collect.url[${i}] '${u.href}': on another host than ${baseUrl}; perf-gate audits it only with app.remote`);
    return [{ name: pageName(u.pathname, taken), url, ...page, ...(categories.length > 1 && { categories }), ...(thresholds.length > 0 && { thresholds }) }];
  });
  return { budget, notCarried };
}

// How LHCI starts the server becomes app.command and app.ready.
function appOf(collect: Json, baseUrl: string): Json {
  const app: Json = { baseUrl };
  if (typeof collect.startServerCommand === 'string') app.command = collect.startServerCommand;
  if (typeof collect.startServerReadyPattern === 'string') app.ready = { log: collect.startServerReadyPattern };
  if (typeof collect.startServerReadyTimeout === 'number')
    app.ready = { ...(isObject(app.ready) ? app.ready : {}), timeout: `${collect.startServerReadyTimeout}ms` };
  return app;
}

// Runs, preset and throttling go on every page; other Lighthouse settings are named as not carried.
function pageSettingsOf(collect: Json, notCarried: string[]): Json {
  const settings = isObject(collect.settings) ? collect.settings : {};
  const page: Json = {};
  if (typeof collect.numberOfRuns === 'number') page.runs = Math.min(15, Math.max(1, Math.round(collect.numberOfRuns)));
  if (settings.preset === 'desktop') page.preset = 'desktop';
  if (settings.throttlingMethod === 'devtools' || settings.throttlingMethod === 'provided' || settings.throttlingMethod === 'simulate')
    page.throttling = settings.throttlingMethod;
  for (const key of Object.keys(settings)) {
    if (!['preset', 'throttlingMethod'].includes(key))
      notCarried.push(`ci.collect.settings.${key}: Lighthouse settings other than preset and throttlingMethod are not carried over`);
  }
  return page;
}

const carriedCollectKeys = [
  'url',
  'startServerCommand',
  'startServerReadyPattern',
  'startServerReadyTimeout',
  'numberOfRuns',
  'settings',
  'puppeteerScript',
  'staticDistDir',
];

// What LHCI does that perf-gate does otherwise or not at all, a line each.
function leftOut(ci: Json, collect: Json, assert: Json): string[] {
  const lines: string[] = [];
  if (typeof assert.preset === 'string') {
    lines.push(`ci.assert.preset '${assert.preset}': its audit-by-audit assertions are not perf-gate metrics; the metrics it has are in the thresholds below`);
  }
  if (Array.isArray(assert.assertMatrix))
    lines.push('ci.assert.assertMatrix: assertions per URL pattern; they are not carried over, put them on the pages they match');
  if (assert.budgetsFile !== undefined)
    lines.push(
      `ci.assert.budgetsFile '${String(assert.budgetsFile)}': import it too (perf-gate import ${String(assert.budgetsFile)}) and merge its thresholds`,
    );
  if (ci.upload !== undefined)
    lines.push('ci.upload: perf-gate keeps results as workflow artifacts and compares with the base branch itself; no server to upload to');
  if (ci.server !== undefined) lines.push('ci.server: perf-gate needs no server');
  for (const key of Object.keys(collect)) if (!carriedCollectKeys.includes(key)) lines.push(`ci.collect.${key}: not carried over`);
  return lines;
}

// LHCI assertions: "categories:performance": ["error", { "minScore": 0.9 }], "largest-contentful-paint": ["warn", { "maxNumericValue": 2500 }].
function assertionsOf(raw: unknown, where: string, notCarried: string[]): { thresholds: string[]; categories: string[] } {
  const thresholds: string[] = [];
  const categories = new Set<string>(['performance']);
  if (!isObject(raw)) return { thresholds, categories: [...categories] };
  for (const [key, value] of Object.entries(raw)) {
    const level: unknown = Array.isArray(value) ? value[0] : value;
    const options: Json = Array.isArray(value) && isObject(value[1]) ? value[1] : {};
    if (level === 'off') continue;
    const warn = level === 'warn';
    const category = /^categories:(.+)$/.exec(key)?.[1];
    const resource = /^resource-summary:([\w-]+):(size|count)$/.exec(key);
    const metric = category ?? (resource ? resourceMetric(resource[1] as string, resource[2] as 'size' | 'count') : findMetric('page', key)?.id);
    if (!metric || !findMetric('page', metric)) {
      notCarried.push(`${where}.${key}: no perf-gate metric for this audit`);
      continue;
    }
    if (category) categories.add(category);
    let carried = false;
    if (typeof options.minScore === 'number') {
      if (category) thresholds.push(sentence(metric, '>=', options.minScore * 100, warn));
      else notCarried.push(`${where}.${key}: minScore of an audit (perf-gate judges its value: use maxNumericValue)`);
      carried = category !== undefined;
    }
    if (typeof options.maxNumericValue === 'number') {
      thresholds.push(sentence(metric, '<=', options.maxNumericValue, warn));
      carried = true;
    }
    for (const k of Object.keys(options)) {
      if (k === 'aggregationMethod' && options[k] !== 'median' && options[k] !== 'median-run') {
        notCarried.push(`${where}.${key}: aggregationMethod '${String(options[k])}' (perf-gate judges the median run)`);
      } else if (!['minScore', 'maxNumericValue', 'aggregationMethod'].includes(k)) notCarried.push(`${where}.${key}: ${k} is not carried over`);
    }
    if (!carried && !Object.keys(options).some((k) => k !== 'aggregationMethod')) notCarried.push(`${where}.${key}: no limit to carry over`);
  }
  return { thresholds, categories: [...categories] };
}

function resourceMetric(type: string, what: 'size' | 'count'): string | undefined {
  if (type === 'total') return what === 'size' ? 'total-bytes' : 'requests';
  return (resourceTypes as readonly string[]).includes(type) ? `${type}-${what === 'size' ? 'bytes' : 'requests'}` : undefined;
}

/** Lighthouse's budget.json (sizes in KiB, timings in ms) → the budget. */
export function importBudgetJson(entries: Json[]): Imported {
  const notCarried: string[] = [];
  const taken = new Set<string>();
  notCarried.push(`app: budget.json has no server or URLs; app.baseUrl is ${placeholderBase}, set app.command to start your app`);
  const pages = entries.map((entry, i) => {
    const where = `[${i}]`;
    const rawPath = typeof entry.path === 'string' ? entry.path : '/';
    const wildcard = /[*$]/.test(rawPath);
    const url = wildcard ? rawPath.replace(/\*.*$/, '').replace(/\$$/, '') || '/' : rawPath;
    if (wildcard) notCarried.push(`${where}.path '${rawPath}': a pattern; imported as the page ${url}, add a page for each URL it should cover`);
    if (entry.options !== undefined)
      notCarried.push(`${where}.options: first-party hostnames are not carried over (perf-gate's third-party metrics use Lighthouse's own entity list)`);
    const thresholds: string[] = [];
    for (const [j, t] of (Array.isArray(entry.timings) ? entry.timings : []).entries()) {
      const metric = isObject(t) && typeof t.metric === 'string' ? findMetric('page', t.metric)?.id : undefined;
      if (!metric || !isObject(t) || typeof t.budget !== 'number') {
        notCarried.push(`${where}.timings[${j}]: ${isObject(t) ? `'${String(t.metric)}'` : 'entry'} has no perf-gate metric`);
        continue;
      }
      thresholds.push(sentence(metric, '<=', t.budget, false));
      if (typeof t.tolerance === 'number') notCarried.push(`${where}.timings[${j}].tolerance: use a relative rule instead (relative: { ${metric}: '+10%' })`);
    }
    for (const [key, what] of [
      ['resourceSizes', 'size'],
      ['resourceCounts', 'count'],
    ] as const) {
      for (const [j, r] of (Array.isArray(entry[key]) ? (entry[key] as unknown[]) : []).entries()) {
        const metric = isObject(r) && typeof r.resourceType === 'string' ? resourceMetric(r.resourceType, what) : undefined;
        if (!metric || !isObject(r) || typeof r.budget !== 'number') {
          notCarried.push(`${where}.${key}[${j}]: ${isObject(r) ? `'${String(r.resourceType)}'` : 'entry'} has no perf-gate metric`);
          continue;
        }
        thresholds.push(sentence(metric, '<=', what === 'size' ? r.budget * 1024 : r.budget, false));
      }
    }
    return { name: pageName(url, taken), url, ...(thresholds.length > 0 && { thresholds }) };
  });
  return { budget: { app: { baseUrl: placeholderBase }, pages }, notCarried };
}
