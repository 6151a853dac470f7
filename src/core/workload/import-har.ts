// From a browser's recording (HAR 1.2, what a browser's network panel saves) to a journey: the API requests to the
// app's origin in the order they were made, the same request with other ids as one step with a vars list, static
// files, page navigations and other hosts left out and named. A value that looks like a token (an Authorization
// header, a cookie, a long random string) becomes a capture where an earlier step's response carried it (a JSON path,
// a Set-Cookie, a header), else a `${NAME}` to set in the environment: a recorded secret is never written.
import { mixRequestNamePattern } from '../budget/budget-schema.js';
import { plural } from '../units.js';
import type { ImportedWorkload } from './import-access-log.js';

interface HarHeader {
  name: string;
  value: string;
}

export interface HarEntry {
  request: { method: string; url: string; headers?: HarHeader[]; postData?: { mimeType?: string; text?: string } };
  response?: { status?: number; headers?: HarHeader[]; content?: { mimeType?: string; text?: string; encoding?: string } };
  _resourceType?: string;
}

export interface Har {
  log?: { entries?: HarEntry[] };
}

const staticTypes = new Set(['script', 'stylesheet', 'image', 'font', 'media', 'manifest', 'texttrack', 'ping', 'websocket']);
const staticPath = /\.(?:js|mjs|css|map|png|jpe?g|gif|svg|ico|webp|avif|woff2?|ttf|otf|eot|mp4|webm|mp3)$/i;
const staticMime = /^(?:image|font|audio|video)\/|css|javascript/i;
// Headers a browser adds on its own, or that the load generator sets itself.
const droppedHeader =
  /^(?::|host$|content-length$|connection$|user-agent$|accept-encoding$|accept-language$|referer$|origin$|sec-|cache-control$|pragma$|priority$|dnt$|upgrade-insecure-requests$|if-none-match$|if-modified-since$|x-forwarded-)/i;
const idSegment = /^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,})$/i;
const secretField = /pass(word)?|secret|token|api[-_]?key|otp|pin$/i;

/** A value a recording should not keep: long, random-looking, or a JWT. */
const tokenLike = (v: string) => v.length >= 16 && /^[A-Za-z0-9._~+/=-]+$/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v);

interface Kept {
  entry: HarEntry;
  url: URL;
  /** The path's segments, `{name}` where a recorded id stood. */
  segments: string[];
}

interface Step {
  name: string;
  method: string;
  url: string;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  vars?: Record<string, { values: (string | number)[] }>;
  capture?: Record<string, { json?: string; cookie?: string; header?: string }>;
}

export function journeyFromHar(har: Har, opts: { baseUrl?: string; name: string }): ImportedWorkload | { error: string } {
  const entries = har?.log?.entries;
  if (!Array.isArray(entries)) return { error: 'not a HAR recording: expected { log: { entries: [...] } }, as a browser saves it' };
  const valid = entries.filter((e) => typeof e?.request?.url === 'string' && URL.canParse(e.request.url));
  const origin = opts.baseUrl !== undefined && URL.canParse(opts.baseUrl) ? new URL(opts.baseUrl).origin : originOf(valid);
  if (!origin) return { error: 'has no request to send again: no entry with an http(s) url' };
  const others = new Map<string, number>();
  let statics = 0;
  let pages = 0;
  const kept: Kept[] = [];
  for (const entry of valid) {
    const url = new URL(entry.request.url);
    if (url.origin !== origin) others.set(url.host, (others.get(url.host) ?? 0) + 1);
    else if (isStatic(entry, url)) statics++;
    else if (isPage(entry)) pages++;
    else
      kept.push({ entry, url, segments: url.pathname.split('/').map((s, i) => (i > 0 && idSegment.test(s) ? `{${idName(url.pathname.split('/'), i)}}` : s)) });
  }
  const leftOut = [
    ...(statics ? [`${plural(statics, 'request')} for static files (scripts, styles, images, fonts)`] : []),
    ...(pages ? [`${plural(pages, 'page navigation')}: measure pages under pages:`] : []),
    ...[...others].map(([host, n]) => `${plural(n, 'request')} to ${host}, another host than the app's`),
  ];
  const built = stepsOf(kept);
  const said = [
    `a journey of ${plural(built.steps.length, 'step')} from ${plural(kept.length, 'request')} to ${origin}`,
    ...built.env.map((e) => `set ${e.name} in the environment: ${e.what} (the recorded value is not written here)`),
  ];
  return {
    budget: {
      version: 1,
      app: { baseUrl: origin },
      ...(built.steps.length > 0 && { journeys: [{ name: opts.name, steps: built.steps, thresholds: ['journey-error-rate < 1%'] }] }),
    },
    said,
    leftOut,
  };
}

function originOf(entries: readonly HarEntry[]): string | undefined {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const url = new URL(e.request.url);
    if (!/^https?:$/.test(url.protocol) || isStatic(e, url)) continue;
    counts.set(url.origin, (counts.get(url.origin) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// A navigation: the browser's document, or (without a resource type) a GET that answered HTML; a fetch of HTML is kept.
const isPage = (e: HarEntry) =>
  e._resourceType === 'document' || (e._resourceType === undefined && e.request.method === 'GET' && /text\/html/i.test(e.response?.content?.mimeType ?? ''));

function isStatic(e: HarEntry, url: URL): boolean {
  return staticTypes.has(e._resourceType ?? '') || staticPath.test(url.pathname) || staticMime.test(e.response?.content?.mimeType ?? '');
}

function idName(raw: readonly string[], i: number): string {
  const before = raw[i - 1] ?? '';
  return /^[A-Za-z][A-Za-z0-9_-]*$/.test(before) ? `${before.replace(/-/g, '_').replace(/ies$/, 'y').replace(/s$/, '')}_id` : 'id';
}

interface EnvNeed {
  name: string;
  what: string;
}

// Steps in the order of each kind's first request; captures found in the responses of the steps before.
function stepsOf(kept: readonly Kept[]): { steps: Step[]; env: EnvNeed[] } {
  const groups = new Map<string, Kept[]>();
  for (const k of kept) {
    const key = `${k.entry.request.method} ${k.segments.join('/')}`;
    groups.set(key, [...(groups.get(key) ?? []), k]);
  }
  const steps: Step[] = [];
  const env: EnvNeed[] = [];
  const names = new Set<string>();
  const before: { step: Step; entry: HarEntry }[] = [];
  const captureOf = (value: string, hint: string) => findCapture(value, hint, before);
  for (const group of groups.values()) {
    const first = group[0]!;
    const { method } = first.entry.request;
    const step: Step = { name: stepName(method, first.segments, names), method, url: '' };
    // The path: each recorded id captured from an earlier response, else drawn from the ids recorded.
    const raw = first.url.pathname.split('/');
    const segments = first.segments.map((s, i) => {
      if (!s.startsWith('{')) return s;
      const name = s.slice(1, -1);
      const captured = captureOf(decodeURIComponent(raw[i]!), name);
      if (captured) return `{${captured}}`;
      const values = [...new Set(group.map((g) => decodeURIComponent(g.url.pathname.split('/')[i]!)))].map((v) => (/^\d{1,15}$/.test(v) ? Number(v) : v));
      step.vars = { ...step.vars, [name]: { values } };
      return s;
    });
    const query = [...first.url.searchParams].map(
      ([k, v]) => `${encodeURIComponent(k)}=${placeholderOr(v, `q_${k}`, captureOf, env, `the query parameter ${k}`, true)}`,
    );
    step.url = segments.join('/') + (query.length ? `?${query.join('&')}` : '');
    const headers = headersOf(first.entry, captureOf, env);
    if (Object.keys(headers).length) step.headers = headers;
    const body = bodyOf(first.entry, captureOf, env);
    if (body !== undefined) step.body = body;
    const status = first.entry.response?.status;
    if (status !== undefined && status > 0 && (status < 200 || status >= 300)) step.status = status;
    steps.push(step);
    before.push({ step, entry: first.entry });
  }
  return { steps, env };
}

function stepName(method: string, segments: readonly string[], taken: Set<string>): string {
  const base =
    [method.toLowerCase(), ...segments.filter((s) => s && !s.startsWith('{')).slice(-2)]
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'step';
  let name = mixRequestNamePattern.test(base) ? base : 'step';
  for (let k = 2; taken.has(name); k++) name = `${base}-${k}`;
  taken.add(name);
  return name;
}

type CaptureFinder = (value: string, hint: string) => string | undefined;

// A recorded value as the budget writes it: a capture's placeholder, a `${NAME}` for a secret, or the value itself.
function placeholderOr(value: string, hint: string, captureOf: CaptureFinder, env: EnvNeed[], what: string, url = false, credential = false): string {
  // Only what may be a credential is looked for in earlier answers: a plain value (application/json) is kept.
  const secret = tokenLike(value) || secretField.test(hint);
  const captured = (credential || secret) && value.length >= 4 ? captureOf(value, hint) : undefined;
  if (captured) return `{${captured}}`;
  if (!secret) return url ? encodeURIComponent(value).replace(/[{}]/g, (c) => c + c) : value.replace(/[{}]/g, (c) => c + c);
  const name = envName(hint, env);
  env.push({ name, what });
  return `\${${name}}`;
}

function envName(hint: string, env: readonly EnvNeed[]): string {
  const base =
    hint
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_|_$/g, '') || 'VALUE';
  let name = base;
  for (let k = 2; env.some((e) => e.name === name); k++) name = `${base}_${k}`;
  return name;
}

function headersOf(entry: HarEntry, captureOf: CaptureFinder, env: EnvNeed[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, value } of entry.request.headers ?? []) {
    const key = name.toLowerCase();
    if (droppedHeader.test(key)) continue;
    if (key === 'cookie') {
      const pairs = value.split(/;\s*/).filter(Boolean);
      out.cookie = pairs
        .map((pair) => {
          const eq = pair.indexOf('=');
          const [n, v] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
          return `${n}=${placeholderOr(v, n, captureOf, env, `the cookie ${n}`, false, true)}`;
        })
        .join('; ');
      continue;
    }
    const scheme = /^(Bearer|Basic|Token)\s+(.+)$/i.exec(value);
    out[key] = scheme
      ? `${scheme[1]} ${placeholderOr(scheme[2]!, key === 'authorization' ? 'token' : key, captureOf, env, `the ${key} header's credentials`, false, true)}`
      : placeholderOr(value, key, captureOf, env, `the ${key} header`);
  }
  return out;
}

function bodyOf(entry: HarEntry, captureOf: CaptureFinder, env: EnvNeed[]): unknown {
  const text = entry.request.postData?.text;
  if (text === undefined || text === '') return undefined;
  const mime = entry.request.postData?.mimeType ?? '';
  if (/json/i.test(mime)) {
    try {
      const walk = (v: unknown, key: string): unknown =>
        typeof v === 'string'
          ? placeholderOr(v, key, captureOf, env, `the body's ${key}`)
          : Array.isArray(v)
            ? v.map((x) => walk(x, key))
            : v !== null && typeof v === 'object'
              ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]))
              : v;
      return walk(JSON.parse(text), 'body');
    } catch {
      // Not JSON after all: sent as recorded.
    }
  }
  if (/x-www-form-urlencoded/i.test(mime))
    return [...new URLSearchParams(text)]
      .map(([k, v]) => `${encodeURIComponent(k)}=${placeholderOr(v, k, captureOf, env, `the form field ${k}`, true)}`)
      .join('&');
  return text.replace(/[{}]/g, (c) => c + c);
}

// Where an earlier step's response carried the value: a Set-Cookie, a header, or a JSON path of its body. The
// capture is added to that step, named after the hint; undefined when none did.
function findCapture(value: string, hint: string, before: readonly { step: Step; entry: HarEntry }[]): string | undefined {
  for (let i = before.length - 1; i >= 0; i--) {
    const { step, entry } = before[i]!;
    const found = whereIn(entry, value);
    if (!found) continue;
    for (const [name, c] of Object.entries(step.capture ?? {})) if (JSON.stringify(c) === JSON.stringify(found)) return name;
    const name = captureName(hint, before);
    step.capture = { ...step.capture, [name]: found };
    return name;
  }
  return undefined;
}

function captureName(hint: string, before: readonly { step: Step }[]): string {
  const base = hint.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^(\d)/, '_$1') || 'value';
  const taken = new Set(before.flatMap(({ step }) => [...Object.keys(step.capture ?? {}), ...Object.keys(step.vars ?? {})]));
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
  return name;
}

function whereIn(entry: HarEntry, value: string): { json?: string; cookie?: string; header?: string } | undefined {
  for (const { name, value: v } of entry.response?.headers ?? []) {
    if (name.toLowerCase() === 'set-cookie') {
      const pair = v.split(';')[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq > 0 && pair.slice(eq + 1).trim() === value) return { cookie: pair.slice(0, eq).trim() };
    } else if (v === value) return { header: name.toLowerCase() };
  }
  const content = entry.response?.content;
  if (!content?.text || content.encoding === 'base64' || !/json/i.test(content.mimeType ?? '')) return undefined;
  try {
    const path = jsonPathTo(JSON.parse(content.text), value, '$', 0);
    return path ? { json: path } : undefined;
  } catch {
    return undefined;
  }
}

// The first path (depth first, at most 8 deep) to a string or number equal to the value.
function jsonPathTo(v: unknown, value: string, at: string, depth: number): string | undefined {
  if ((typeof v === 'string' || typeof v === 'number') && String(v) === value) return at;
  if (depth >= 8 || v === null || typeof v !== 'object') return undefined;
  if (Array.isArray(v)) {
    for (let i = 0; i < Math.min(v.length, 100); i++) {
      const found = jsonPathTo(v[i], value, `${at}[${i}]`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [k, x] of Object.entries(v)) {
    const found = jsonPathTo(x, value, /^[A-Za-z_$][\w$]*$/.test(k) ? `${at}.${k}` : `${at}['${k.replace(/'/g, "\\'")}']`, depth + 1);
    if (found) return found;
  }
  return undefined;
}
