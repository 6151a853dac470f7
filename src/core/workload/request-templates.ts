// An endpoint's request as templates when it has vars: its path, header values and body, resolved when the budget is
// read (the url against app.baseUrl, `${NAME}`s from the environment), and the source that fills them a request at a
// time while the load runs.
import path from 'node:path';
import { fill, jsonBodyTemplate, namesIn, parseTemplate, templateText, type Template, type TemplatePart } from './template.js';
import type { VarPlan, VarsConfig } from './vars.js';

/** What varies from request to request: the path after the origin, every header, the body. */
export interface RequestTemplates {
  path: Template;
  headers: Record<string, Template>;
  body?: Template;
  vars: VarPlan[];
}

/** What the budget parser lends: where problems go, and how it resolves urls and `${NAME}` values. */
export interface TemplateResolver {
  issues: { path: PropertyKey[]; message: string }[];
  lineOf: (p: PropertyKey[]) => number | undefined;
  url: (value: string, base: string | undefined, p: PropertyKey[]) => string;
  value: (text: string, p: PropertyKey[]) => string;
  /** The budget file's directory: where a var's file is. */
  dir: string;
}

interface EndpointRequest {
  url: string;
  headers?: Record<string, string> | undefined;
  body?: unknown;
  vars?: VarsConfig | undefined;
}

/** The request as sent: a url, headers and body, or templates of them and the vars that fill them. */
export interface ResolvedRequest {
  /** The url; with vars, its template (`http://127.0.0.1:3000/api/items/{id}`). */
  url: string;
  headers: Record<string, string>;
  body?: string;
  request?: RequestTemplates;
}

/** `templates`: give the templates even without vars (a mix's kinds of request are always sent from them); `given`:
 * names filled otherwise (a journey's captures of earlier steps). */
export function resolveRequest(
  e: EndpointRequest,
  here: PropertyKey[],
  baseUrl: string,
  r: TemplateResolver,
  opts: { templates?: boolean; given?: readonly string[] } = {},
): ResolvedRequest {
  const url = urlTemplate(e.url, [...here, 'url'], baseUrl, r);
  const headerEntries = Object.entries({ ...(isJson(e.body) && { 'content-type': 'application/json' }), ...e.headers });
  const headers = Object.fromEntries(headerEntries.map(([k, v]) => [k, headerTemplate(v, [...here, 'headers', k], r)]));
  const body = e.body === undefined ? undefined : bodyTemplate(e.body, [...here, 'body'], r);
  const vars = Object.entries(e.vars ?? {}).map(([name, v]) => varPlan(name, v, [...here, 'vars', name], r));
  checkNames({ url: url.path, headers, ...(body && { body }) }, vars, here, r, opts.given);
  const plain = {
    url: vars.length > 0 || opts.templates ? url.origin + templateText(url.path) : url.origin + fill(url.path, {}),
    headers: Object.fromEntries(Object.entries(headers).map(([k, t]) => [k, fill(t, {})])),
    ...(body && { body: fill(body, {}) }),
  };
  return vars.length === 0 && !opts.templates ? plain : { ...plain, request: { path: url.path, headers, ...(body && { body }), vars } };
}

const isJson = (body: unknown) => typeof body === 'object' && body !== null;
const token = (k: number) => `__perfgate_var_${k}__`;

// The url resolved with each placeholder kept: resolved with tokens in their places, then the tokens put back.
function urlTemplate(text: string, p: PropertyKey[], baseUrl: string, r: TemplateResolver): { origin: string; path: Template } {
  const parsed = parseTemplate(text, 'url', 'url');
  if (!parsed.ok) {
    r.issues.push({ path: p, message: parsed.error });
    // Still a url, for what reads the plan on until the problems are said.
    return { origin: URL.canParse(baseUrl) ? new URL(baseUrl).origin : '', path: [{ text: text.startsWith('/') ? text : `/${text}` }] };
  }
  const names: string[] = [];
  const probe = parsed.template.map((part) => ('name' in part ? token(names.push(part.name) - 1) : part.text)).join('');
  const href = r.url(probe, baseUrl, p);
  if (!URL.canParse(href)) return { origin: '', path: [{ text: href }] };
  const origin = new URL(href).origin;
  const path: Template = href
    .slice(origin.length)
    .split(/__perfgate_var_(\d+)__/)
    .flatMap((piece, i): TemplatePart[] => (i % 2 === 1 ? [{ name: names[Number(piece)]!, encoding: 'url' }] : piece ? [{ text: piece }] : []));
  return { origin, path };
}

// A header value: placeholders filled as they are; the literal text's `${NAME}`s read from the environment.
function headerTemplate(text: string, p: PropertyKey[], r: TemplateResolver): Template {
  const parsed = parseTemplate(text, 'header', 'raw');
  if (!parsed.ok) {
    r.issues.push({ path: p, message: parsed.error });
    return [{ text }];
  }
  return parsed.template.map((part) => ('name' in part ? part : { text: r.value(part.text, p) }));
}

// A body's `${NAME}`s are read from the environment too (a login's password stays in the workflow's secrets): in a
// JSON body each string before it becomes a template, so the value is escaped as JSON where it lands.
function bodyTemplate(body: unknown, p: PropertyKey[], r: TemplateResolver): Template {
  const expand = (v: unknown): unknown =>
    typeof v === 'string'
      ? r.value(v, p)
      : Array.isArray(v)
        ? v.map(expand)
        : isJson(v)
          ? Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, expand(x)]))
          : v;
  const parsed = isJson(body) ? jsonBodyTemplate(expand(body)) : parseTemplate(String(body), 'body', 'raw');
  if (!parsed.ok) {
    r.issues.push({ path: p, message: parsed.error });
    return [{ text: String(body) }];
  }
  return isJson(body) ? parsed.template : parsed.template.map((part) => ('name' in part ? part : { text: r.value(part.text, p) }));
}

function varPlan(name: string, v: VarsConfig[string], p: PropertyKey[], r: TemplateResolver): VarPlan {
  const line = r.lineOf(p);
  const at = p
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`))
    .join('')
    .slice(1);
  const base = { name, order: v.order, at, ...(line !== undefined && { line }) };
  if (v.range) return { ...base, source: { kind: 'range', from: v.range[0], to: v.range[1] } };
  if (v.values) return { ...base, source: { kind: 'values', values: v.values } };
  return { ...base, source: { kind: 'file', file: path.resolve(r.dir, v.file!), shown: v.file!, column: v.column!, values: [] } };
}

// Every placeholder has its var, and every var a placeholder.
function checkNames(
  templates: { url: Template; headers: Record<string, Template>; body?: Template },
  vars: readonly VarPlan[],
  here: PropertyKey[],
  r: TemplateResolver,
  given: readonly string[] | undefined,
): void {
  const declared = new Set([...vars.map((v) => v.name), ...(given ?? [])]);
  // In a journey an earlier step's capture fills a placeholder too.
  const orCapture = given ? ', a capture of an earlier step' : '';
  const used = new Set<string>();
  const check = (t: Template, p: PropertyKey[]) => {
    for (const name of namesIn(t)) {
      used.add(name);
      if (!declared.has(name))
        r.issues.push({
          path: p,
          message: `{${name}} has no var: expected vars.${name} (a range, values or a file)${orCapture}, or {{${name}}} for literal braces`,
        });
    }
  };
  check(templates.url, [...here, 'url']);
  for (const [k, t] of Object.entries(templates.headers)) check(t, [...here, 'headers', k]);
  if (templates.body) check(templates.body, [...here, 'body']);
  for (const v of vars)
    if (!used.has(v.name)) r.issues.push({ path: [...here, 'vars', v.name], message: `no placeholder {${v.name}} in the url, a header or the body uses it` });
}
