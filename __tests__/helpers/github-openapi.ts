// GitHub's published REST description (@octokit/openapi, api.github.com, OpenAPI 3.0) as the fake GitHub's judge:
// every request it gets must name an operation there, with known query parameters and a body its schema takes, and
// every answer it gives must fit the schema of its status. Answers start from the description's own examples, so a
// field the client reads that GitHub does not send fails a test. Ajv because it compiles the description's schemas
// as they are (OpenAPI's `nullable` included); only what a test reaches is compiled.
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import formats, { type FormatsPlugin } from 'ajv-formats';

// ajv-formats is CommonJS: under ESM its function is the default export's default.
const addFormats = (formats as unknown as { default: FormatsPlugin }).default;

interface Parameter {
  name: string;
  in: string;
}
interface Operation {
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema?: object; examples?: Record<string, { $ref?: string; value?: unknown }> }> }>;
}
interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; examples: Record<string, { value: unknown }> };
}

/** An operation of the description that a request matched. */
export interface MatchedOperation {
  method: string;
  template: string;
  operation: Operation;
}

let loaded: { doc: Description; ajv: Ajv; routes: { method: string; template: string; pattern: RegExp }[] } | undefined;
const validators = new Map<string, ValidateFunction>();

function description() {
  if (loaded) return loaded;
  const doc = nullableWithoutType(createRequire(import.meta.url)('@octokit/openapi/generated/api.github.com.json')) as Description;
  // The description's own keywords (example, x-github, discriminator) are not JSON Schema: strict off.
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(doc, 'api');
  const routes = Object.entries(doc.paths).flatMap(([template, ops]) =>
    Object.keys(ops)
      .filter((m) => m !== 'parameters')
      .map((method) => ({ method, template, pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`) })),
  );
  // A literal path wins over a templated one (/repos/{o}/{r}/issues/comments/{id} over /issues/{issue_number}/…).
  routes.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  loaded = { doc, ajv, routes };
  return loaded;
}

// OpenAPI 3.0 lets `nullable` stand beside allOf/anyOf/$ref with no type, which Ajv refuses: such a schema becomes
// "this, or null".
function nullableWithoutType(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableWithoutType);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = nullableWithoutType(v);
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

function validator(ref: string): ValidateFunction {
  let v = validators.get(ref);
  if (!v) validators.set(ref, (v = description().ajv.compile({ $ref: `api#/${ref}` })));
  return v;
}

const errorsOf = (v: ValidateFunction) => (v.errors ?? []).map((e) => `${e.instancePath || '(the whole)'} ${e.message}`).join('; ');

export function matchOperation(method: string, path: string): MatchedOperation | undefined {
  const { doc, routes } = description();
  const route = routes.find((r) => r.method === method.toLowerCase() && r.pattern.test(path));
  return route && { method: route.method, template: route.template, operation: doc.paths[route.template]![route.method]! };
}

/** What is wrong with a request to an operation: unknown query parameters, or a body its schema refuses. */
export function requestProblems(op: MatchedOperation, query: URLSearchParams, body: string): string[] {
  const { doc } = description();
  const params = (op.operation.parameters ?? []).map((p) => ('$ref' in p ? doc.components.parameters[p.$ref.split('/').pop()!]! : p));
  const known = new Set(params.filter((p) => p.in === 'query').map((p) => p.name));
  const problems = [...query.keys()].filter((k) => !known.has(k)).map((k) => `query parameter '${k}' is not one of ${[...known].join(', ') || 'none'}`);
  const json = op.operation.requestBody?.content['application/json'];
  if (json && body.length > 0) {
    const v = validator(pointer('paths', op.template, op.method, 'requestBody', 'content', 'application/json', 'schema'));
    if (!v(JSON.parse(body))) problems.push(`body: ${errorsOf(v)}`);
  }
  return problems;
}

/** What is wrong with an answer: a status the operation does not declare, or a body its schema refuses. */
export function answerProblems(op: MatchedOperation, status: number, body: unknown): string[] {
  const declared = op.operation.responses[String(status)];
  if (!declared) {
    // GitHub sends 404s and the like on every operation, with its basic error.
    if (status < 400) return [`status ${status} is not one the description declares (${Object.keys(op.operation.responses).join(', ')})`];
    const v = validator(pointer('components', 'schemas', 'basic-error'));
    return v(body) ? [] : [`error body: ${errorsOf(v)}`];
  }
  if (!declared.content?.['application/json']?.schema) return [];
  const v = validator(pointer('paths', op.template, op.method, 'responses', String(status), 'content', 'application/json', 'schema'));
  return v(body) ? [] : [`answer ${status}: ${errorsOf(v)}`];
}

/** A fresh copy of the description's example answer of an operation (the first item of a list's example). */
export function exampleAnswer(method: string, template: string, status: number): Record<string, unknown> {
  const { doc } = description();
  const examples = doc.paths[template]?.[method]?.responses[String(status)]?.content?.['application/json']?.examples ?? {};
  const first = Object.values(examples)[0];
  if (!first) throw new Error(`no example answer for ${method.toUpperCase()} ${template} ${status}`);
  const value = first.$ref ? doc.components.examples[first.$ref.split('/').pop()!]!.value : first.value;
  const copy = structuredClone(value) as Record<string, unknown> | Record<string, unknown>[];
  return Array.isArray(copy) ? copy[0]! : copy;
}
