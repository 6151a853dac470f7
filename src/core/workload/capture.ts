// What a journey's step takes from its response for the steps after it: a value at a JSON path of the body
// (`$.token`, `$.items[0].id`, `$['a key']`), a response header, or a cookie the response sets. The paths are a
// subset of JSONPath (RFC 9535) written here: names and indexes only. A full JSONPath engine brings filters and
// script expressions that a budget has no business running.
import { z } from 'zod';
import type { VarValue } from './template.js';
import { varNamePattern } from './vars.js';

/** A captured value is cut to this many characters (a token is a few hundred; a page of HTML is not a value). */
export const maxCaptureChars = 8192;

export const captureSchema = z
  .strictObject({
    json: z.string().min(1).optional().meta({ description: "a JSON path into the response body: $.token, $.items[0].id, $['a key']" }),
    header: z.string().min(1).optional().meta({ description: 'a response header, by name' }),
    cookie: z.string().min(1).optional().meta({ description: 'a cookie the response sets (Set-Cookie), by name' }),
  })
  .superRefine((c, ctx) => {
    const given = (['json', 'header', 'cookie'] as const).filter((k) => c[k] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({ code: 'custom', message: `expected one of json, header or cookie${given.length > 1 ? `, got ${given.join(' and ')}` : ''}` });
    else if (c.json !== undefined) {
      const parsed = parseJsonPath(c.json);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['json'], message: parsed.error });
    }
  })
  .meta({ description: 'where the value comes from: { json: $.token }, { header: location } or { cookie: sessionid }' });

export type CaptureConfig = z.infer<typeof captureSchema>;

export const capturesSchema = z
  .record(z.string().regex(varNamePattern, { error: 'expected a name of letters, digits and _, as the later steps write {name}' }), captureSchema)
  .meta({
    description: "values this step's response gives the later steps' {name} placeholders",
    examples: [{ token: { json: '$.token' }, order: { json: '$.orders[0].id' }, session: { cookie: 'sessionid' } }],
  });

/** A capture resolved: its name (the placeholder later steps write) and where its value is. */
export type CapturePlan = { name: string; kind: 'json'; path: string; steps: (string | number)[] } | { name: string; kind: 'header' | 'cookie'; key: string };

/** `$`, then `.name`, `[0]` or `['name']` steps. */
export function parseJsonPath(text: string): { ok: true; steps: (string | number)[] } | { ok: false; error: string } {
  const fail = (at: number) => ({
    ok: false as const,
    error: `expected a JSON path like $.token, $.items[0].id or $['a key'] (names and indexes only), got '${text}' (at character ${at + 1})`,
  });
  if (!text.startsWith('$')) return fail(0);
  const steps: (string | number)[] = [];
  const step = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y;
  let i = 1;
  while (i < text.length) {
    step.lastIndex = i;
    const m = step.exec(text);
    if (!m) return fail(i);
    steps.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (m[3] ?? m[4])!.replace(/\\(.)/g, '$1')));
    i = step.lastIndex;
  }
  return { ok: true, steps };
}

export function capturePlan(name: string, c: CaptureConfig): CapturePlan {
  if (c.json !== undefined) {
    const parsed = parseJsonPath(c.json);
    return { name, kind: 'json', path: c.json, steps: parsed.ok ? parsed.steps : [] };
  }
  return c.header !== undefined ? { name, kind: 'header', key: c.header.toLowerCase() } : { name, kind: 'cookie', key: c.cookie! };
}

/** What a step's response offers its captures: the body (when a capture reads it) and the headers, names in lower case. */
export interface CapturedResponse {
  body?: string;
  /** Several values of a header (Set-Cookie) are kept as a list. */
  headers: Record<string, string | string[]>;
}

/** The captured value, cut at maxCaptureChars (`cut` says so), or why there is none: the failure's kind. */
export function capture(c: CapturePlan, r: CapturedResponse, parsed: { json?: unknown }): { value: VarValue; cut: boolean } | { error: string } {
  const found = valueOf(c, r, parsed);
  if (typeof found === 'object') return found;
  const cut = found.length > maxCaptureChars;
  return { value: cut ? found.slice(0, maxCaptureChars) : found, cut };
}

function valueOf(c: CapturePlan, r: CapturedResponse, parsed: { json?: unknown }): string | { error: string } {
  if (c.kind !== 'json') return c.kind === 'header' ? headerValue(c.name, c.key, r) : cookieValue(c.name, c.key, r);
  if (!('json' in parsed)) {
    try {
      parsed.json = JSON.parse(r.body ?? '');
    } catch {
      parsed.json = undefined;
      return { error: `capture \`${c.name}\`: the response is not JSON` };
    }
  }
  let at: unknown = parsed.json;
  for (const s of c.steps) {
    at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[s] : undefined;
    if (at === undefined) return { error: `capture \`${c.name}\`: ${c.path} not in the response` };
  }
  if (at === null) return { error: `capture \`${c.name}\`: ${c.path} is null` };
  return typeof at === 'object' ? JSON.stringify(at) : String(at);
}

function headerValue(name: string, key: string, r: CapturedResponse): string | { error: string } {
  const v = r.headers[key];
  return v === undefined ? { error: `capture \`${name}\`: no header ${key} in the response` } : Array.isArray(v) ? v.join(', ') : v;
}

function cookieValue(name: string, key: string, r: CapturedResponse): string | { error: string } {
  const set = r.headers['set-cookie'];
  for (const line of Array.isArray(set) ? set : set ? [set] : []) {
    const pair = line.split(';')[0]!;
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === key) return pair.slice(eq + 1).trim();
  }
  return { error: `capture \`${name}\`: the response sets no cookie ${key}` };
}
