// An access log read as a workload: each line (nginx's or Apache's combined format, or a JSON line with a method and a
// path) counted under its request's template, the path segments that vary (ids, uuids, tokens) and the query's values
// turned into vars sampled from the log, then the commonest templates as a mix weighted by their share of requests.
// Fed a line at a time, with bounded memory whatever the log's size: templates past a cap are counted, not kept, and
// each var keeps a fixed-size sample (reservoir sampling, Vitter's algorithm R, seeded: the same log gives the same
// budget). Slugs (a last segment with many values under one parent) are folded into a var once the log is read.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Templates kept at most; requests of others are counted as not covered. */
const maxTemplates = 50_000;
/** Values a var keeps, sampled over the whole log. */
const sampleSize = 100;
/** Distinct last segments under one parent that make it a slug. */
const slugDistinct = 20;

export interface AccessRequest {
  method: string;
  path: string;
  status: number;
}

// nginx and Apache combined (and common) format: host ident user [time] "METHOD target PROTOCOL" status bytes …
// Sticky, and never past a line's end: it reads a line where it stands in a chunk of the file, without a copy of it.
const combined = /\S+ \S+ \S+ \[[^\]\n]*\] "([A-Z]+) ([^ "\n]+)(?: [^"\n]*)?" (\d{3})[ \r\n]/y;

/** One line of a log; undefined for a line that is neither format. */
export function parseAccessLine(line: string): AccessRequest | undefined {
  return parseAt(`${line}\n`, 0, line.length);
}

function parseAt(text: string, start: number, end: number): AccessRequest | undefined {
  combined.lastIndex = start;
  const m = combined.exec(text);
  if (m && combined.lastIndex <= end + 1) return { method: m[1]!, path: m[2]!, status: Number(m[3]) };
  if (text.charCodeAt(start) !== 123 /* { */) return undefined;
  return parseJsonLine(text.slice(start, end));
}

function parseJsonLine(line: string): AccessRequest | undefined {
  try {
    const j = JSON.parse(line) as Record<string, unknown>;
    const request = typeof j.request === 'string' ? /^([A-Z]+) (\S+)/.exec(j.request) : null;
    const method = j.method ?? j.request_method ?? j.verb ?? request?.[1];
    const path = j.path ?? j.uri ?? j.request_uri ?? j.url ?? request?.[2];
    const status = Number(j.status ?? j.status_code ?? j.response_code ?? 200);
    if (typeof method !== 'string' || typeof path !== 'string' || !Number.isInteger(status)) return undefined;
    return { method: method.toUpperCase(), path, status };
  } catch {
    return undefined;
  }
}

const staticAsset = /\.(?:js|mjs|css|map|png|jpe?g|gif|svg|ico|webp|avif|bmp|woff2?|ttf|otf|eot|mp4|webm|mp3|txt|xml|pdf|zip)$/i;
const idLike =
  /^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{12,}|(?=[A-Za-z0-9_-]{16,}$)(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]+)$/i;

/** A var's sample: the first values, then each later one in at random (algorithm R). */
class Reservoir {
  readonly values: string[] = [];
  seen = 0;
  add(value: string, rng: () => number): void {
    this.seen++;
    if (this.values.length < sampleSize) this.values.push(value);
    else {
      const k = rng() % this.seen;
      if (k < sampleSize) this.values[k] = value;
    }
  }
}

interface TemplateTally {
  method: string;
  /** The path's segments, `{name}` where one varies. */
  segments: string[];
  /** The query's keys in their order, each a var. */
  query: string[];
  count: number;
  vars: Map<string, Reservoir>;
}

export interface AccessLogSummary {
  lines: number;
  requests: number;
  /** Lines that were neither format, skipped. */
  garbage: number;
  /** Requests left out, by why. */
  leftOut: { static: number; status: number; method: Map<string, number>; overflow: number };
}

export interface ImportedKind {
  name: string;
  method: string;
  url: string;
  count: number;
  vars: Record<string, (string | number)[]>;
}

export class AccessLogTally {
  readonly summary: AccessLogSummary = { lines: 0, requests: 0, garbage: 0, leftOut: { static: 0, status: 0, method: new Map(), overflow: 0 } };
  private readonly templates = new Map<string, TemplateTally>();
  private readonly next: () => number;

  constructor(seed = 1) {
    const rng = xoroshiro128plus(seed);
    this.next = () => uniformInt(rng, 0, 0x7fffffff);
  }

  /** One line of the log. */
  add(line: string): void {
    this.addAt(`${line}\n`, 0, line.length);
  }

  /** The whole lines of a chunk of the log; returns its unfinished last line, for the front of the next chunk. */
  addChunk(text: string): string {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      this.addAt(text, start, nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      start = nl + 1;
    }
    return text.slice(start);
  }

  private addAt(text: string, start: number, end: number): void {
    this.summary.lines++;
    const r = parseAt(text, start, end);
    if (r) {
      this.summary.requests++;
      this.request(r);
    } else if (text.slice(start, end).trim() !== '') this.summary.garbage++;
  }

  request(r: AccessRequest): void {
    const left = this.summary.leftOut;
    const q = r.path.indexOf('?');
    const path = q < 0 ? r.path : r.path.slice(0, q);
    if (staticAsset.test(path)) return void left.static++;
    if (r.status < 200 || r.status >= 300) return void left.status++;
    // An access log has no bodies: only what a GET or HEAD sends can be sent again.
    if (r.method !== 'GET' && r.method !== 'HEAD') return void left.method.set(r.method, (left.method.get(r.method) ?? 0) + 1);
    const raw = path.split('/');
    const segments = raw.map((s, i) => (i > 0 && idLike.test(s) ? `{${varName(raw, i)}}` : s));
    const params = q < 0 ? [] : [...new URLSearchParams(r.path.slice(q + 1))];
    const query = params.map(([k]) => k);
    const key = `${r.method} ${segments.join('/')}?${query.join('&')}`;
    let t = this.templates.get(key);
    if (!t) {
      if (this.templates.size >= maxTemplates) return void left.overflow++;
      t = { method: r.method, segments, query, count: 0, vars: new Map() };
      this.templates.set(key, t);
    }
    t.count++;
    const rng = this.next;
    segments.forEach((s, i) => {
      if (s.startsWith('{')) reservoir(t, s.slice(1, -1)).add(decodeURIComponentSafe(raw[i]!), rng);
    });
    for (const [k, v] of params) reservoir(t, queryVar(k)).add(v, rng);
  }

  /** The commonest templates, slugs folded in, at most `top`. */
  top(top: number): ImportedKind[] {
    const folded = foldSlugs([...this.templates.values()]);
    const sorted = folded.sort((a, b) => b.count - a.count || a.segments.join('/').localeCompare(b.segments.join('/')));
    const names = new Set<string>();
    return sorted.slice(0, top).map((t) => {
      const url = t.segments.join('/') + (t.query.length ? `?${t.query.map((k) => `${k}={${queryVar(k)}}`).join('&')}` : '');
      const vars = Object.fromEntries([...t.vars].map(([name, r]) => [name, sortedValues(r.values)]));
      return { name: uniqueName(t, names), method: t.method, url, count: t.count, vars };
    });
  }
}

// Distinct values, numbers as numbers and in order.
function sortedValues(values: readonly string[]): (string | number)[] {
  const distinct = [...new Set(values)];
  if (distinct.every((v) => /^\d{1,15}$/.test(v))) return distinct.map(Number).sort((a, b) => a - b);
  return distinct.sort();
}

function reservoir(t: TemplateTally, name: string): Reservoir {
  let r = t.vars.get(name);
  if (!r) t.vars.set(name, (r = new Reservoir()));
  return r;
}

const decodeURIComponentSafe = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

// `/api/items/123` → item_id; `/7/comments/9` → id, comments_id: the segment before names the var.
function varName(raw: readonly string[], i: number): string {
  const before = raw[i - 1] ?? '';
  const base = /^[A-Za-z][A-Za-z0-9_-]*$/.test(before) && !idLike.test(before) ? before.replace(/-/g, '_').replace(/ies$/, 'y').replace(/s$/, '') : '';
  return base ? `${base}_id` : i > 1 ? `id${i}` : 'id';
}

const queryVar = (key: string) => `q_${key.replace(/[^A-Za-z0-9_]/g, '_')}`;

// Templates that differ only in a last segment with many values (slugs: /blog/how-to-x, /blog/why-y) as one.
function foldSlugs(templates: TemplateTally[]): TemplateTally[] {
  const groups = new Map<string, TemplateTally[]>();
  for (const t of templates) {
    const last = t.segments[t.segments.length - 1] ?? '';
    if (t.segments.length < 3 || last === '' || last.startsWith('{')) continue;
    const key = `${t.method} ${t.segments.slice(0, -1).join('/')}?${t.query.join('&')}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const out = new Set(templates);
  for (const group of groups.values()) {
    if (group.length < slugDistinct) continue;
    const first = group[0]!;
    const parent = first.segments[first.segments.length - 2] ?? '';
    const name = `${/^[A-Za-z][\w-]*$/.test(parent) ? parent.replace(/-/g, '_').replace(/s$/, '') : 'page'}_slug`;
    const merged: TemplateTally = {
      method: first.method,
      segments: [...first.segments.slice(0, -1), `{${name}}`],
      query: first.query,
      count: 0,
      vars: new Map(),
    };
    const slugs = new Reservoir();
    // The commonest slugs, a fixed number of them.
    for (const t of [...group].sort((a, b) => b.count - a.count)) {
      merged.count += t.count;
      if (slugs.values.length < sampleSize) slugs.values.push(t.segments[t.segments.length - 1]!);
      for (const [k, r] of t.vars) if (!merged.vars.has(k)) merged.vars.set(k, r);
      out.delete(t);
    }
    merged.vars.set(name, slugs);
    out.add(merged);
  }
  return [...out];
}

function uniqueName(t: TemplateTally, taken: Set<string>): string {
  // A var segment reads as what it is: an id or a slug.
  const words = [t.method.toLowerCase(), ...t.segments.map((s) => (s.startsWith('{') ? (s.endsWith('_slug}') ? 'slug' : 'id') : s))].join('-');
  const base =
    words
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'request';
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}-${k}`;
  taken.add(name);
  return name;
}
