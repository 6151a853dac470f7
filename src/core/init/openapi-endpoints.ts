// The endpoints an OpenAPI 3 or Swagger 2 document describes, for `perf-gate init`: GET operations that need nothing
// the document does not give. A path parameter (or a required query parameter) with an example or an enum becomes a
// var; one without is left out, with what is missing.
import { type Candidate, type Found, type LeftOut, capped, nameFor } from './candidates.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const scalar = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** The example values a parameter gives: example, examples, schema.example, schema.enum, schema.default. */
function valuesOf(p: Json): (string | number)[] {
  const schema = isObject(p.schema) ? p.schema : p; // Swagger 2 puts type and enum on the parameter itself
  const out: (string | number)[] = [];
  for (const v of [p.example, schema.example, schema.default]) if (scalar(v)) out.push(v);
  if (isObject(p.examples)) for (const e of Object.values(p.examples)) if (isObject(e) && scalar(e.value)) out.push(e.value);
  if (Array.isArray(schema.enum)) out.push(...schema.enum.filter(scalar));
  return [...new Set(out)].slice(0, 50);
}

/** An integer parameter's [minimum, maximum], when the schema bounds it on both sides. */
function integerRange(p: Json): [number, number] | undefined {
  const schema = isObject(p.schema) ? p.schema : p;
  const [lo, hi] = [schema.minimum, schema.maximum];
  return schema.type === 'integer' && Number.isInteger(lo) && Number.isInteger(hi) && (lo as number) <= (hi as number)
    ? [lo as number, hi as number]
    : undefined;
}

/** The path a server URL adds before every path ("https://api.example.com/v1" → "/v1"); Swagger 2's basePath. */
function basePath(doc: Json): string {
  const server = Array.isArray(doc.servers) && isObject(doc.servers[0]) ? doc.servers[0].url : doc.basePath;
  if (typeof server !== 'string' || server.includes('{')) return '';
  const pathPart = /^[a-z]+:\/\//i.test(server) ? new URL(server).pathname : server;
  return pathPart.replace(/\/+$/, '');
}

/** Parameters of a GET: the path item's, overridden by the operation's (by name and place); $refs are resolved. */
function parametersOf(doc: Json, item: Json, op: Json): Json[] {
  const byKey = new Map<string, Json>();
  for (const list of [item.parameters, op.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = resolve(doc, raw);
      if (isObject(p) && typeof p.name === 'string') byKey.set(`${String(p.in)}:${p.name}`, p);
    }
  }
  return [...byKey.values()];
}

/** A local `$ref` ("#/components/parameters/Id"), followed once; anything else as it is. */
function resolve(doc: Json, v: unknown): unknown {
  if (!isObject(v) || typeof v.$ref !== 'string' || !v.$ref.startsWith('#/')) return v;
  let at: unknown = doc;
  for (const part of v.$ref.slice(2).split('/')) at = isObject(at) ? at[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return at;
}

type Operation = { candidate: Omit<Candidate, 'name'> } | { leftOut: LeftOut };

function operation(doc: Json, path: string, item: Json, op: Json): Operation {
  const url = basePath(doc) + path;
  const vars: NonNullable<Candidate['vars']> = {};
  const query: string[] = [];
  const missing: string[] = [];
  for (const p of parametersOf(doc, item, op)) {
    const name = p.name as string;
    const required = p.in === 'path' || p.required === true;
    if (!required) continue;
    if (p.in !== 'path' && p.in !== 'query') {
      missing.push(`the ${String(p.in)} ${name}`);
      continue;
    }
    const values = valuesOf(p);
    const range = integerRange(p);
    if (values.length > 0) vars[name] = { values };
    else if (range) vars[name] = { range };
    else missing.push(name);
    if (p.in === 'query') query.push(`${encodeURIComponent(name)}={${name}}`);
  }
  const full = query.length > 0 ? `${url}?${query.join('&')}` : url;
  if (missing.length > 0)
    return {
      leftOut: { what: `GET ${full}`, why: `needs a value for ${missing.join(', ')}: the document gives no example, enum or bounded range`, url: full },
    };
  return { candidate: { url: full, ...(Object.keys(vars).length > 0 && { vars }) } };
}

/** The GET operations of a parsed document; an error when it is not OpenAPI or Swagger. */
export function endpointsFromOpenApi(doc: unknown, source: string): Found | { error: string } {
  if (!isObject(doc) || !(typeof doc.openapi === 'string' || typeof doc.swagger === 'string'))
    return { error: 'expected an OpenAPI document (an "openapi" or "swagger" field)' };
  if (!isObject(doc.paths)) return { error: 'expected an OpenAPI document with "paths"' };
  const taken = new Set<string>();
  const candidates: Candidate[] = [];
  const leftOut: LeftOut[] = [];
  for (const [path, raw] of Object.entries(doc.paths).sort(([a], [b]) => a.localeCompare(b))) {
    const item = resolve(doc, raw);
    if (!isObject(item) || !isObject(item.get)) continue;
    const found = operation(doc, path, item, item.get);
    if ('leftOut' in found) leftOut.push(found.leftOut);
    else candidates.push({ name: nameFor(found.candidate.url, taken), ...found.candidate });
  }
  return capped({ source, candidates, leftOut });
}
