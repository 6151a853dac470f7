import { describe, expect, it } from '@jest/globals';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { capture, capturePlan, maxCaptureChars, parseJsonPath } from '../../src/core/workload/capture.js';
import { journeySource } from '../../src/core/workload/request-source.js';
import { loadRecorder, newLoadTally } from '../../src/core/load/load-metrics.js';
import { renderTerminal } from '../../src/core/render/render-terminal.js';
import { sampleReport } from '../../__fixtures__/report.js';
import { budgetErrors } from '../helpers/budget-errors.js';

const budget = (journeys: string, endpoints = '') => `app:
  baseUrl: http://127.0.0.1:3000
${endpoints}journeys:
${journeys}`;

const login = `  - name: buy
    steps:
      - name: login
        url: /api/token
        method: POST
        body: { customer: '{customer}' }
        vars: { customer: { range: [1, 200] } }
        capture: { token: { json: $.token } }
      - name: list
        url: /api/my/orders
        headers: { authorization: 'Bearer {token}' }
        capture: { order: { json: '$.orders[0].id' }, etag: { header: ETag } }
        think: 50ms
      - name: open
        url: /api/orders/{order}
        status: [200, 404]
    thresholds: ['journey-p95 < 200ms', 'p95@open < 20ms', 'journey-error-rate < 1%']
`;

const journeyOf = (text: string) => parseBudget(text, 'b.yml', '/repo').endpoints.find((e) => e.journey)!;
const errors = (text: string) => budgetErrors(text).map((l) => l.replace(/^(b\.yml:\d+):\d+/, '$1'));

describe('captures', () => {
  it('read JSON paths of names and indexes, and refuse anything else with the character', () => {
    expect(parseJsonPath("$.items[0]['a key'].id")).toEqual({ ok: true, steps: ['items', 0, 'a key', 'id'] });
    expect(parseJsonPath('$')).toEqual({ ok: true, steps: [] });
    expect(parseJsonPath('$.items[?(@.id>1)]')).toMatchObject({ ok: false, error: expect.stringContaining('(at character 8)') });
    expect(parseJsonPath('items[0]')).toMatchObject({ ok: false });
  });

  it('take a value from the body, a header or a cookie, or say why not', () => {
    const r = {
      body: JSON.stringify({ token: 'abc', items: [{ id: 7 }, { id: 8 }], none: null, long: 'x'.repeat(maxCaptureChars + 5) }),
      headers: { etag: '"v1"', 'set-cookie': ['a=1; Path=/', 'session=s3cret; HttpOnly'] },
    };
    const take = (name: string, c: Parameters<typeof capturePlan>[1]) => capture(capturePlan(name, c), r, {});
    expect(take('t', { json: '$.token' })).toEqual({ value: 'abc', cut: false });
    expect(take('id', { json: '$.items[1].id' })).toEqual({ value: '8', cut: false });
    expect(take('all', { json: '$.items' })).toEqual({ value: '[{"id":7},{"id":8}]', cut: false });
    expect(take('e', { header: 'ETag' })).toEqual({ value: '"v1"', cut: false });
    expect(take('s', { cookie: 'session' })).toEqual({ value: 's3cret', cut: false });
    expect(take('l', { json: '$.long' })).toEqual({ value: 'x'.repeat(maxCaptureChars), cut: true });
    expect(take('t', { json: '$.nope' })).toEqual({ error: 'capture `t`: $.nope not in the response' });
    expect(take('n', { json: '$.none' })).toEqual({ error: 'capture `n`: $.none is null' });
    expect(take('h', { header: 'x-missing' })).toEqual({ error: 'capture `h`: no header x-missing in the response' });
    expect(take('c', { cookie: 'csrftoken' })).toEqual({ error: 'capture `c`: the response sets no cookie csrftoken' });
    expect(capture(capturePlan('t', { json: '$.a' }), { body: '<html>', headers: {} }, {})).toEqual({ error: 'capture `t`: the response is not JSON' });
  });
});

describe('journeys in the budget', () => {
  it('are endpoints of the plan whose steps fill placeholders from their vars and earlier captures', () => {
    const j = journeyOf(budget(login));
    expect(j.url).toBe('http://127.0.0.1:3000/');
    expect(j.journey!.steps.map((s) => [s.name, s.method, s.url, s.thinkMs, s.captures.map((c) => c.name)])).toEqual([
      ['login', 'POST', 'http://127.0.0.1:3000/api/token', 0, ['token']],
      ['list', 'GET', 'http://127.0.0.1:3000/api/my/orders', 50, ['order', 'etag']],
      ['open', 'GET', 'http://127.0.0.1:3000/api/orders/{order}', 0, []],
    ]);
    const next = journeySource(j.name, j.journey!);
    const a = next(0, {});
    expect(a).toMatchObject({ kind: 0, method: 'POST', path: '/api/token' });
    expect(JSON.parse(a.body!).customer).toBeGreaterThanOrEqual(1);
    expect(next(1, { token: 't0k' })).toMatchObject({ kind: 1, method: 'GET', path: '/api/my/orders', headers: { authorization: 'Bearer t0k' } });
    expect(next(2, { order: 'a b' })).toMatchObject({ path: '/api/orders/a%20b' });
    // The same draws every run.
    expect(journeySource(j.name, j.journey!)(0, {}).body).toBe(a.body);
  });

  it('refuses placeholders no earlier step fills, names taken twice and metrics of the wrong target', () => {
    const steps = (s: string, extra = '') => errors(budget(`  - name: j\n    steps:\n${s}${extra}`));
    expect(steps('      - { name: a, url: "/a/{x}" }\n      - { name: b, url: /b, capture: { x: { json: $.x } } }\n')).toEqual([
      'b.yml:6: journeys[0].steps[0].url: {x} has no var: expected vars.x (a range, values or a file), a capture of an earlier step, or {{x}} for literal braces',
    ]);
    expect(steps('      - { name: a, url: /a, capture: { x: { json: $.x } } }\n      - { name: b, url: /b, capture: { x: { header: y } } }\n')).toEqual([
      "b.yml:7: journeys[0].steps[1].capture.x: {x} is already captured by step 'a': expected another name",
    ]);
    expect(steps('      - { name: a, url: /a }\n      - { name: a, url: /b }\n')).toEqual([
      "b.yml:7: journeys[0].steps[1].name: a second step named 'a' in this journey: expected names unique within it",
    ]);
    expect(steps('      - { name: a, url: /a, capture: { x: { json: "$.a[?(@)]" } } }\n')[0]).toMatch(
      /^b\.yml:6: journeys\[0\]\.steps\[0\]\.capture\.x\.json: expected a JSON path like \$\.token/,
    );
    expect(steps('      - { name: a, url: /a, capture: { x: { json: $.a, header: b } } }\n')).toEqual([
      'b.yml:6: journeys[0].steps[0].capture.x: expected one of json, header or cookie, got json and header',
    ]);
    expect(steps('      - { name: a, url: /a }\n', "    thresholds: ['p95@b < 1ms']\n")).toEqual([
      "b.yml:7: journeys[0].thresholds[0]: p95@b: no request 'b' in this mix; expected one of a",
    ]);
    expect(
      errors(budget(`  - { name: j, steps: [{ name: a, url: /a }] }\n`, "endpoints:\n  - { name: e, url: /e, thresholds: ['journey-p95 < 1s'] }\n")),
    ).toEqual(["b.yml:4: endpoints[0].thresholds[0]: journey-p95 is a journey's (its iterations): expected it under journeys, or p95 here"]);
    expect(steps('      - { name: a, url: /a, think: soon }\n')[0]).toMatch(/^b\.yml:6: journeys\[0\]\.steps\[0\]\.think: expected a duration/);
  });
});

describe('a journey measured', () => {
  const j = journeyOf(budget(login));
  const steady = { ...j, load: { ...j.load, warmupMs: 0, durationMs: 2000, samples: 2, minSamples: 2 } };

  it("gives the journey's own rows from its iterations, rows per step, and notes a step a line", () => {
    const rec = loadRecorder(steady, newLoadTally());
    for (let i = 0; i < 100; i++) {
      const at = i * 20;
      rec.response(at, 200, 10, 2, 0);
      rec.response(at + 1, 200, 10, 3, 1);
      if (i % 10 === 9) {
        rec.failure(at + 2, 'capture `order`: $.orders[0].id not in the response', false, 1);
        rec.iteration!(at + 2, 5, 'list: capture `order`: $.orders[0].id not in the response');
        continue;
      }
      // A 404 is one the step expects.
      rec.response(at + 3, i % 2 ? 200 : 404, 10, 4, 2);
      rec.iteration!(at + 3, 9);
    }
    const result = rec.finish(2000, false);
    expect(result.metrics['journeys']!.value).toBe(90);
    expect(result.metrics['journey-rate']).toMatchObject({ value: 45, unit: 'jps' });
    expect(result.metrics['journey-p95']!.value).toBeCloseTo(9, 1);
    expect(result.metrics['journey-error-rate']!.value).toBeCloseTo(10, 5);
    expect(result.metrics['error-rate@open']!.value).toBe(0);
    expect(result.metrics['errors@list']!.value).toBe(10);
    expect(result.metrics['error-rate']!.value).toBeCloseTo((10 / 300) * 100, 5);
    expect(result.endpoint!.journey!.steps.map((s) => [s.name, s.sent, s.captures])).toEqual([
      ['login', 100, ['token: $.token']],
      ['list', 110, ['order: $.orders[0].id', 'etag: header etag']],
      ['open', 90, undefined],
    ]);
    const text = renderTerminal(sampleReport({ targets: [result], checks: [] }));
    expect(text).toMatch(/^ {2}› 3 open +45 req\/s/m);
    expect(text).toContain("buy: 45 journeys/s · 90 journeys · journey p50 9.01 ms, p95 9.01 ms (its steps' latencies) · 10% of journeys failed");
    expect(text).toContain(
      'buy › 2 list: GET /api/my/orders; captures order: $.orders[0].id, etag: header etag; then 50 ms of think time; failed: capture `order`: $.orders[0].id not in the response × 10',
    );
  });
});

describe('secrets in a step', () => {
  it('reads ${NAME} in a raw body and a JSON body from the environment, escaped where it lands, and masks it', () => {
    const text = budget(`  - name: j
    steps:
      - { name: form, url: /login, method: POST, body: 'user=demo&password=\${PW}' }
      - { name: json, url: /api/token, method: POST, body: { password: '\${PW}', nested: ['\${PW}'] } }
`);
    const plan = parseBudget(text, 'b.yml', '/repo', { env: { PW: 'p"w' } });
    const next = journeySource('j', plan.endpoints[0]!.journey!);
    expect(next(0, {}).body).toBe('user=demo&password=p"w');
    expect(JSON.parse(next(1, {}).body!)).toEqual({ password: 'p"w', nested: ['p"w'] });
    expect(plan.secrets).toEqual(['p"w']);
    expect(budgetErrors(text)).toEqual([
      expect.stringMatching(/journeys\[0\]\.steps\[0\]\.body: .*PW/),
      expect.stringMatching(/journeys\[0\]\.steps\[1\]\.body: .*PW/),
    ]);
  });
});
