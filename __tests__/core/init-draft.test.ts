// perf-gate init's pure parts: endpoints from an OpenAPI document and from Django's URL patterns, and the budget it
// writes from what it measured (a budget perf-gate reads as it is).
import { describe, expect, it } from '@jest/globals';
import { endpointsFromOpenApi } from '../../src/core/init/openapi-endpoints.js';
import { endpointsFromDjango, routeOf } from '../../src/core/init/django-routes.js';
import { confirmSize, draftBudget, niceCeil, type DraftInput } from '../../src/core/init/budget-draft.js';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import type { TargetResult } from '../../src/core/report/report.js';

const doc = {
  openapi: '3.0.3',
  servers: [{ url: 'https://api.example.com/v1' }],
  components: { parameters: { Sku: { name: 'sku', in: 'path', required: true, schema: { type: 'string', enum: ['a-1', 'b-2'] } } } },
  paths: {
    '/items': { get: { parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }] }, post: {} },
    '/items/{id}': { get: { parameters: [{ name: 'id', in: 'path', required: true, example: 42 }] } },
    '/skus/{sku}': { parameters: [{ $ref: '#/components/parameters/Sku' }], get: {} },
    '/orders/{orderId}': { get: { parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string' } }] } },
    '/search': { get: { parameters: [{ name: 'q', in: 'query', required: true, examples: { shoes: { value: 'shoes' } } }] } },
    '/me': { get: { parameters: [{ name: 'Authorization', in: 'header', required: true }] } },
    '/orders': { post: {} },
  },
};

describe('endpoints from an OpenAPI document', () => {
  it('keeps GETs that need nothing missing, makes examples and enums vars, and says what the rest need', () => {
    const found = endpointsFromOpenApi(doc, 'openapi.json');
    if ('error' in found) throw new Error(found.error);
    expect(found.candidates).toEqual([
      { name: 'items', url: '/v1/items' },
      { name: 'items-id', url: '/v1/items/{id}', vars: { id: { values: [42] } } },
      { name: 'search', url: '/v1/search?q={q}', vars: { q: { values: ['shoes'] } } },
      { name: 'skus-sku', url: '/v1/skus/{sku}', vars: { sku: { values: ['a-1', 'b-2'] } } },
    ]);
    expect(found.leftOut).toEqual([
      { what: 'GET /v1/me', why: 'needs a value for the header Authorization: the document gives no example, enum or bounded range', url: '/v1/me' },
      { what: 'GET /v1/orders/{orderId}', why: 'needs a value for orderId: the document gives no example, enum or bounded range', url: '/v1/orders/{orderId}' },
    ]);
  });

  it('takes the first 20 of 500 operations by path and lists the rest', () => {
    const paths = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`/r${String(i).padStart(3, '0')}`, { get: {} }]));
    const found = endpointsFromOpenApi({ swagger: '2.0', paths }, 'swagger.json');
    if ('error' in found) throw new Error(found.error);
    expect(found.candidates.map((c) => c.url)).toEqual(Array.from({ length: 20 }, (_, i) => `/r${String(i).padStart(3, '0')}`));
    expect(found.leftOut).toHaveLength(480);
    expect(found.leftOut[0]).toMatchObject({ what: 'GET /r020', why: 'beyond the first 20 by path' });
  });

  it('says what a document that is not OpenAPI lacks', () => {
    expect(endpointsFromOpenApi({ name: 'x' }, 'a.json')).toEqual({ error: 'expected an OpenAPI document (an "openapi" or "swagger" field)' });
    expect(endpointsFromOpenApi({ openapi: '3.1.0' }, 'a.json')).toEqual({ error: 'expected an OpenAPI document with "paths"' });
  });
});

describe("endpoints from Django's URL patterns", () => {
  it('reads routes and regexes, and leaves out parameters and Django’s own pages', () => {
    expect(routeOf('api/items/<int:pk>/')).toEqual({ path: '/api/items/{pk}/', params: ['pk'] });
    expect(routeOf('^api/orders/(?P<id>\\d+)/$')).toEqual({ path: '/api/orders/{id}/', params: ['id'] });
    expect(routeOf('^api/(a|b)/$')).toBeUndefined();
    const found = endpointsFromDjango(['health', 'api/products/', 'api/products/<int:pk>/', 'admin/login/', '']);
    expect(found.candidates).toEqual([
      { name: 'root', url: '/' },
      { name: 'products', url: '/api/products/' },
      { name: 'health', url: '/health' },
    ]);
    expect(found.leftOut).toEqual([{ what: 'GET /api/products/{pk}/', why: 'needs a value for pk: URL patterns give none', url: '/api/products/{pk}/' }]);
  });
});

const target = (kind: 'endpoint' | 'page', name: string, values: Record<string, number | null>): TargetResult => ({
  kind,
  name,
  url: '/',
  status: 'ok',
  metrics: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v, unit: 'ms', samples: v === null ? [] : [v] }])),
});

const input: DraftInput = {
  app: {
    command: 'npm start',
    foundBy: "package.json's start script",
    port: 3000,
    portEnv: 'PORT',
    readyPath: '/health',
    metrics: '/metrics',
    env: { DATABASE_URL: '${DATABASE_URL}' },
  },
  sources: ['openapi.json in the repository'],
  endpoints: [
    { name: 'items', url: '/api/items' },
    { name: 'item', url: '/api/items/{id}', vars: { id: { values: [1, 2] } } },
  ],
  page: { name: 'home', url: '/' },
  leftOut: [{ what: 'GET /api/orders/{id}', why: 'needs a value for id', url: '/api/orders/{id}' }],
  postgres: '${DATABASE_URL}',
  load: { duration: '4s', warmup: '1s', connections: 8, samples: 4 },
  measured: [
    target('endpoint', 'items', { p95: 12.3, rps: 3456, 'error-rate': 0, 'db-repeats-per-request': 1 }),
    target('endpoint', 'item', { p95: 2.1, rps: 9000, 'error-rate': 0.5, 'db-repeats-per-request': 12 }),
    target('page', 'home', { performance: 97.4, lcp: 820, 'total-bytes': 20_000 }),
  ],
  date: '2026-12-07',
};

describe('the budget init writes', () => {
  it('rounds limits to two significant digits, the way that leaves headroom', () => {
    expect([niceCeil(24.6), niceCeil(1234), niceCeil(7.01), niceCeil(0.123)]).toEqual([25, 1300, 7.1, 0.13]);
  });

  it('says what it measured beside each threshold, and is a budget perf-gate reads as it is', () => {
    const text = draftBudget(input);
    expect(text).toContain('# measured p95 12.3 ms, 3,456 requests/s here; the threshold leaves ×2 (requests/s: judged against the base)');
    // No floor on requests/s: one measured on this machine is not one a busier runner keeps.
    expect(text).toContain('thresholds:\n      - p95 < 25ms\n      - error-rate == 0%\n      - db-repeats-per-request <= 5');
    expect(text).toContain('  endpoints: { p95: +10% or +0.5ms, rps: -20% }');
    expect(text).toContain('a statement ran 12 times a request (an N+1?)');
    expect(text).toContain('- db-repeats-per-request <= 12');
    expect(text).toContain('vars:\n      id: { values: [ 1, 2 ] }');
    expect(text).toContain('# - { name: orders-id, url: "/api/orders/{id}", vars: { id: { values: [] } } }');
    expect(text).toContain('- performance >= 87\n      - lcp < 1700ms\n      - total-bytes < 30KB');
    const plan = parseBudget(text, 'perf-budget.yml', '/repo', { env: { DATABASE_URL: 'postgres://u@127.0.0.1/db' } });
    expect(plan.endpoints.map((e) => e.name)).toEqual(['items', 'item']);
    expect(plan.pages.map((p) => p.name)).toEqual(['home']);
    expect(plan.confirm).toBeDefined();
  });

  it('sizes confirm to decide a ×1.3 change of the endpoint its runner spreads most, and says so', () => {
    const bursts = (name: string, p95: number[]): TargetResult => ({
      ...target('endpoint', name, { rps: 5000, 'error-rate': 0 }),
      metrics: { ...target('endpoint', name, { rps: 5000, 'error-rate': 0 }).metrics, p95: { value: p95[0]!, unit: 'ms', samples: p95 } },
    });
    // The example app's items as this machine measured it: p95 2.47 ms, bursts 2.63, 3.04, 2.02, 1.97.
    const measured = [bursts('items', [2.471, 2.63, 3.04, 2.02, 1.97].slice(1)), bursts('item', [0.29, 0.31, 0.29, 0.28])];
    measured[0]!.metrics.p95!.value = 2.471;
    const size = confirmSize({ ...input, measured });
    // A ×1.3 change of a 0.29 ms endpoint is within the rule's +0.5 ms floor: items decides.
    expect(size).toMatchObject({ endpoint: 'items', samples: 71, timeBudget: '340s', maxSamples: 71 });
    const text = draftBudget({ ...input, measured });
    expect(text).toContain('confirm: { timeBudget: 340s, maxSamples: 71 }');
    expect(text).toContain('# Sized here: items (p95 2.47 ms) spread ±0.73 ms a burst; a ×1.3 change\n# clears +10% or +0.5ms in about 71 samples a side.');
    expect(parseBudget(text, 'perf-budget.yml', '/repo', { env: { DATABASE_URL: 'postgres://u@127.0.0.1/db' } }).confirm).toMatchObject({
      timeBudgetMs: 340_000,
      maxSamples: 71,
    });
    // Quiet bursts: the defaults decide it, and nothing is written beyond them.
    const quiet = confirmSize({ ...input, measured: [bursts('items', [12.3, 12.4, 12.2, 12.3])] });
    expect(quiet).toMatchObject({ endpoint: 'items', samples: 4 });
    expect(quiet?.timeBudget).toBeUndefined();
    // A spread no 10 minutes decide: the most it may write, and the time it would take said.
    const wild = confirmSize({ ...input, measured: [bursts('items', [2, 6, 1.5, 9])] });
    expect(wild).toMatchObject({ timeBudget: '600s', maxSamples: 100 });
    expect(wild?.shortMs).toBeGreaterThan(600_000);
  });
});
