import { describe, expect, it } from '@jest/globals';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { requestSource } from '../../src/core/workload/request-source.js';
import { loadRecorder, newLoadTally } from '../../src/core/load/load-metrics.js';
import { timelineRecorder } from '../../src/core/load/timeline.js';
import { mixPartMetrics } from '../../src/core/load/shape-metrics.js';
import { renderTerminal } from '../../src/core/render/render-terminal.js';
import { budgetErrors } from '../helpers/budget-errors.js';
import { sampleReport } from '../../__fixtures__/report.js';

const budget = (mixes: string, endpoints = '  - { name: ping, url: /api/ping }') => `app:
  baseUrl: http://127.0.0.1:3000
endpoints:
${endpoints}
mixes:
${mixes}`;

const shop = `  - name: shop
    requests:
      - { endpoint: ping, weight: 1 }
      - { name: item, url: '/api/items/{id}', vars: { id: { range: [1, 5000] } }, weight: 6 }
      - { name: list, url: '/api/items?limit=100', weight: 2 }
      - { name: order, url: /api/orders, method: POST, body: { sku: x }, status: 201, weight: 1 }
    thresholds: ['p95 < 50ms', 'p95@item < 20ms', 'error-rate@order == 0%']
`;

const mixOf = (text: string) => parseBudget(text, 'b.yml', '/repo').endpoints.find((e) => e.mix)!;
// The lines with their columns left out: the field and the line say where.
const errors = (text: string) => budgetErrors(text).map((l) => l.replace(/^(b\.yml:\d+):\d+/, '$1'));

describe('mixes in the budget', () => {
  it('are endpoints of the plan whose kinds of request are resolved templates on one origin', () => {
    const plan = parseBudget(budget(shop), 'b.yml', '/repo');
    expect(plan.endpoints.map((e) => e.name)).toEqual(['ping', 'shop']);
    const mix = plan.endpoints[1]!;
    expect(mix.url).toBe('http://127.0.0.1:3000/');
    expect(mix.mix!.parts.map((p) => [p.name, p.method, p.url, p.weight, p.status])).toEqual([
      ['ping', 'GET', 'http://127.0.0.1:3000/api/ping', 1, undefined],
      ['item', 'GET', 'http://127.0.0.1:3000/api/items/{id}', 6, undefined],
      ['list', 'GET', 'http://127.0.0.1:3000/api/items?limit=100', 2, undefined],
      ['order', 'POST', 'http://127.0.0.1:3000/api/orders', 1, [201]],
    ]);
    expect(mix.thresholds.map((t) => t.metric)).toEqual(['p95', 'p95@item', 'error-rate@order']);
    // The endpoint the mix refers to is still measured alone.
    expect(plan.endpoints[0]!.mix).toBeUndefined();
  });

  it('draws kinds by weight from a seeded stream: the same sequence every time, each kind filled from its vars', () => {
    const mix = mixOf(budget(shop));
    const draw = (n: number) => {
      const next = requestSource(mix)!;
      return Array.from({ length: n }, () => next());
    };
    const a = draw(100_000);
    expect(draw(1000)).toEqual(a.slice(0, 1000));
    const share = (k: number) => a.filter((r) => r.kind === k).length / a.length;
    expect(share(0)).toBeCloseTo(0.1, 2);
    expect(share(1)).toBeCloseTo(0.6, 2);
    expect(share(2)).toBeCloseTo(0.2, 2);
    expect(share(3)).toBeCloseTo(0.1, 2);
    const order = a.find((r) => r.kind === 3)!;
    expect(order).toMatchObject({ method: 'POST', path: '/api/orders', body: '{"sku":"x"}', headers: { 'content-type': 'application/json' } });
    expect(new Set(a.filter((r) => r.kind === 1).map((r) => r.path)).size).toBeGreaterThan(4000);
    expect(a.find((r) => r.kind === 0)).toMatchObject({ method: 'GET', path: '/api/ping', headers: {} });
  });

  it('refuses bad mixes with a line naming the field', () => {
    const one = (request: string, extra = '') => errors(budget(`  - name: m\n    requests:\n      - ${request}\n${extra}`));
    expect(one('{ name: a, url: /a, weight: 0 }')).toEqual(['b.yml:8: mixes[0].requests[0].weight: expected above 0, got 0']);
    expect(one('{ name: a, url: /a, weight: -2 }')).toEqual(['b.yml:8: mixes[0].requests[0].weight: expected above 0, got -2']);
    expect(one('{ name: a, url: /a }')).toEqual(['b.yml:8: mixes[0].requests[0].weight: missing required field (expected number)']);
    expect(one('{ endpoint: nope, weight: 1 }')).toEqual([
      "b.yml:8: mixes[0].requests[0].endpoint: no endpoint named 'nope': expected one of endpoints' names ('ping'), or a url here",
    ]);
    expect(one('{ endpoint: ping, url: /x, weight: 1 }')).toEqual([
      "b.yml:8: mixes[0].requests[0].url: the request is the endpoint 'ping''s: expected endpoint or url, not both",
    ]);
    expect(one('{ url: /x, weight: 1 }')).toEqual(['b.yml:8: mixes[0].requests[0]: expected name: it names the rows p95@<name>']);
    expect(one('{ weight: 1 }')).toEqual(['b.yml:8: mixes[0].requests[0]: expected endpoint (a name from endpoints) or url']);
    expect(one('{ name: a b, url: /x, weight: 1 }')).toEqual([
      'b.yml:8: mixes[0].requests[0].name: expected a name of letters, digits and dashes: it names the rows p95@<name>',
    ]);
    expect(errors(budget(`  - name: m\n    requests: []\n`))).toEqual(['b.yml:7: mixes[0].requests: expected at least 1 entry']);
    expect(one('{ name: a, url: /a, weight: 1 }\n      - { name: a, url: /b, weight: 1 }')).toEqual([
      "b.yml:9: mixes[0].requests[1].name: a second request named 'a' in this mix: expected names unique within it",
    ]);
    expect(one('{ name: a, url: /a, weight: 1 }\n      - { name: b, url: "http://localhost:4000/b", weight: 1 }')).toEqual([
      "b.yml:9: mixes[0].requests[1].url: a mix sends over one set of connections: expected the origin http://127.0.0.1:3000, as its first request's, not http://localhost:4000",
    ]);
    expect(one('{ name: a, url: "/a/{id}", weight: 1 }')[0]).toMatch(/^b\.yml:8: mixes\[0\]\.requests\[0\]\.url: \{id\} has no var/);
  });

  it('refuses an endpoint whose name cannot name rows, a row of no request, and a metric measured only for the whole mix', () => {
    const spaced = budget(`  - name: m\n    requests: [{ endpoint: 'my ping', weight: 1 }]\n`, `  - { name: 'my ping', url: /api/ping }`);
    expect(errors(spaced)).toEqual([
      "b.yml:7: mixes[0].requests[0].endpoint: the endpoint's name 'my ping' cannot name rows (p95@<name>): expected name: with letters, digits and dashes",
    ]);
    expect(errors(budget(`  - name: m\n    requests: [{ endpoint: 'my ping', name: ping2, weight: 1 }]\n`, `  - { name: 'my ping', url: /api/ping }`))).toEqual(
      [],
    );
    const rows = (threshold: string) => errors(budget(`  - name: m\n    requests: [{ endpoint: ping, weight: 1 }]\n    thresholds: ['${threshold}']\n`));
    expect(rows('p95@ping < 10ms')).toEqual([]);
    expect(rows('p95@nope < 10ms')).toEqual(["b.yml:8: mixes[0].thresholds[0]: p95@nope: no request 'nope' in this mix; expected one of ping"]);
    expect(rows('cpu-per-request@ping < 1ms')).toEqual([
      "b.yml:8: mixes[0].thresholds[0]: cpu-per-request@ping: a mix measures its latency, rate and errors per kind of request (p95@ping, error-rate@ping); cpu-per-request is the whole mix's: expected cpu-per-request without @",
    ]);
    const staged = errors(
      budget(
        `  - name: m\n    requests: [{ endpoint: ping, weight: 1 }]\n    load: { profile: { stages: [{ name: ping, duration: 2s, rate: 10 }] } }\n    thresholds: ['p95@ping < 10ms']\n`,
      ),
    );
    expect(staged).toEqual([
      "b.yml:9: mixes[0].thresholds[0]: p95@ping: 'ping' names both a request of this mix and a phase of its load.profile: expected another name for one of them",
    ]);
    expect(errors(budget(`  - name: ping\n    requests: [{ endpoint: ping, weight: 1 }]\n`))).toEqual([
      "b.yml:6: mixes[0].name: duplicate name 'ping'; names must be unique",
    ]);
  });
});

describe('a mix measured', () => {
  const mix = mixOf(budget(shop));
  const steady = { ...mix, load: { ...mix.load, warmupMs: 0, durationMs: 2000, samples: 2, minSamples: 2 } };

  it('gives rows per kind of request beside the whole mix, and the report says what each kind sent', () => {
    const rec = loadRecorder(steady, newLoadTally());
    for (let i = 0; i < 400; i++) {
      const kind = i % 4;
      const at = (i / 400) * 2000;
      if (kind === 3) rec.response(at, i % 8 === 3 ? 500 : 201, 10, 8, 3);
      else rec.response(at, 200, 10, kind === 1 ? 4 : 1, kind);
    }
    rec.failure(1500, 'ECONNRESET', false, 2);
    const result = rec.finish(2000, false);
    expect(result.metrics['requests']!.value).toBe(350);
    expect(result.metrics['p95@item']!.value).toBeCloseTo(4, 1);
    expect(result.metrics['p95@ping']!.value).toBeCloseTo(1, 1);
    expect(result.metrics['error-rate@order']!.value).toBeCloseTo(50, 5);
    expect(result.metrics['errors@list']!.value).toBe(1);
    expect(result.metrics['p95@item']!.samples).toHaveLength(2);
    expect(result.endpoint!.mix!.map((k) => [k.name, k.sent])).toEqual([
      ['ping', 100],
      ['item', 100],
      ['list', 101],
      ['order', 100],
    ]);
    expect(result.endpoint!.mix![3]!.errorKinds).toEqual([{ kind: 'unexpected status 500', count: 50 }]);
    expect(result.endpoint!.mix![1]!.vars).toEqual(['id: 1–5000 (random)']);

    const report = sampleReport({ targets: [result], checks: [] });
    const text = renderTerminal(report);
    expect(text).toMatch(/^ {2}› item \(25%\) +50 req\/s +4 ms/m);
    expect(text).toContain('shop › order: POST /api/orders, weight 1 (10%): 24.9% of 401 sent; failed: unexpected status 500 × 50');
  });

  it('under a load shape, rows per kind over the measured phases', () => {
    const tl = timelineRecorder(mix);
    tl.begin('warm', 0, false);
    tl.response(100, 200, 1, 50, 1);
    tl.begin('main', 1000, true);
    for (let i = 0; i < 100; i++) tl.response(1000 + i * 10, 200, 1, i % 2 ? 2 : 6, i % 2 ? 0 : 1);
    const metrics = mixPartMetrics(mix, tl.finish(2000));
    expect(metrics['requests@item']!.value).toBe(50);
    expect(metrics['p95@item']!.value).toBeCloseTo(6, 1);
    expect(metrics['p95@ping']!.value).toBeCloseTo(2, 1);
    expect(metrics['requests@order']!.value).toBe(0);
  });
});
