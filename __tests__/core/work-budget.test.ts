// The work behind each request in the budget: database and counters, the default rule on counts, and what is
// wrong said at its line and column.
import { describe, expect, it } from '@jest/globals';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { budgetErrors } from '../helpers/budget-errors.js';

const budget = (extra: string, endpointExtra = '') => `app:
  baseUrl: http://127.0.0.1:3000
  metrics: /metrics
${extra}endpoints:
  - name: orders
    url: /api/orders
${endpointExtra}  - name: summary
    url: /api/summary
`;

describe('work per request in the budget', () => {
  it('reads counters (an endpoint over the top level, name by name) and gives each count the default rule', () => {
    const plan = parseBudget(
      budget(
        `database: { postgres: 'postgres://app:pw@127.0.0.1:5432/shop' }\ncounters:\n  model-calls: 'model_requests_total{cached="false"}'\n  cache-misses: cache_misses_total\n`,
        `    counters: { model-calls: 'orders_model_total' }\n    relative: { model-calls-per-request: '+0' }\n`,
      ),
      'b.yml',
      '/repo',
    );
    expect(plan.app.metrics).toEqual({ url: 'http://127.0.0.1:3000/metrics', headers: {}, timeoutMs: 5000 });
    const [orders, summary] = plan.endpoints;
    expect(Object.fromEntries(Object.entries(orders!.counters!).map(([k, v]) => [k, v.source]))).toEqual({
      'model-calls': 'orders_model_total',
      'cache-misses': 'cache_misses_total',
    });
    expect(summary!.counters!['model-calls']!.matchers).toEqual([{ label: 'cached', op: '=', value: 'false' }]);
    const rules = (i: number) => plan.endpoints[i]!.relative.map((r) => [r.metric, r.source]);
    expect(rules(0)).toEqual([
      ['model-calls-per-request', '+0'],
      ['db-queries-per-request', '+10% or +0.5 (default)'],
      ['cache-misses-per-request', '+10% or +0.5 (default)'],
      ['bytes-per-response', '+10% or +100B (default)'],
    ]);
    expect(rules(1)).toEqual([
      ['db-queries-per-request', '+10% or +0.5 (default)'],
      ['model-calls-per-request', '+10% or +0.5 (default)'],
      ['cache-misses-per-request', '+10% or +0.5 (default)'],
      ['bytes-per-response', '+10% or +100B (default)'],
    ]);
    expect(plan.endpoints[1]!.relative[0]).toMatchObject({ percent: 10, absolute: 0.5 });
  });

  it('takes absolute counts in rules and thresholds', () => {
    const plan = parseBudget(
      budget(
        `counters: { model-calls: model_requests_total }\n`,
        `    thresholds: ['model-calls-per-request <= 1', 'model-calls-ms-per-request < 50ms']\n    relative: { model-calls-per-request: '+1' }\n`,
      ),
      'b.yml',
      '/repo',
    );
    expect(plan.endpoints[0]!.thresholds.map((t) => [t.metric, t.value])).toEqual([
      ['model-calls-per-request', 1],
      ['model-calls-ms-per-request', 50],
    ]);
    expect(plan.endpoints[0]!.relative).toEqual([
      expect.objectContaining({ metric: 'model-calls-per-request', absolute: 1 }),
      expect.objectContaining({ metric: 'bytes-per-response', source: '+10% or +100B (default)' }),
    ]);
  });

  it('says what is wrong at its line, and a selector at its column', () => {
    expect(budgetErrors(budget(`counters:\n  model-calls: 'model_requests_total{cached:"false"}'\n`))).toEqual([
      `b.yml:5:44: counters.model-calls: expected one of = != =~ !~ at column 28 of 'model_requests_total{cached:"false"}', got ':"false"'`,
    ]);
    expect(budgetErrors(budget('', `    thresholds: ['model-calls-per-request < 1']\n`))[0]).toContain(
      "endpoints[0].thresholds[0]: model-calls-per-request reads the counter 'model-calls', which is not in counters:",
    );
    expect(budgetErrors(budget('', `    relative: { db-queries-per-request: '+1' }\n`))[0]).toContain('expected database: { postgres: "${DATABASE_URL}" }');
    expect(budgetErrors(budget(`counters: { DB-queries: x }\n`))[0]).toContain('expected a counter name in lower case');
    expect(budgetErrors(budget(`counters: { db-queries: x }\n`))[0]).toContain("not one of perf-gate's own (db-queries");
    expect(budgetErrors(budget(`counters: { calls: x }\n`).replace('  metrics: /metrics\n', ''))).toEqual([
      "b.yml:3:11: counters: counters are read from the app's metrics: expected app.metrics: /metrics (its Prometheus endpoint)",
    ]);
  });

  it('gives no default rule where counts are not read', () => {
    const plan = parseBudget(budget(''), 'b.yml', '/repo');
    // Only the body's size, which every endpoint measures.
    expect(plan.endpoints[0]!.relative.map((r) => r.metric)).toEqual(['bytes-per-response']);
  });
});

describe('counts judged', () => {
  it('takes identical samples on both sides: unchanged within the rule, regressed or improved beyond it', async () => {
    const { compareAll } = await import('../../src/core/verdict/compare.js');
    const rule = { target: 'orders', metric: 'db-queries-per-request', better: 'lower' as const, percent: 10, absolute: 0.5 };
    const judge = (base: number[], head: number[]) => compareAll([{ ...rule, base, head }])[0]!;
    expect(judge([3, 3, 3, 3], [3, 3, 3, 3]).verdict).toBe('unchanged');
    expect(judge([3, 3, 3, 3], [4, 4, 4, 4])).toMatchObject({ verdict: 'regressed', delta: 1, interval: [1, 1] });
    expect(judge([101, 101, 101, 101], [2, 2, 2, 2]).verdict).toBe('improved');
    // Within +0.5 a request (a tenth of 3 is less): unchanged.
    expect(judge([3, 3, 3, 3], [3.4, 3.4, 3.4, 3.4]).verdict).toBe('unchanged');
    // Nearly deterministic: one burst's boundary caught a request in flight.
    expect(judge([3, 3, 3.01, 3], [4, 4, 4, 3.99]).verdict).toBe('regressed');
    expect(judge([0, 0, 0, 0], [1, 1, 1, 1]).verdict).toBe('regressed');
  });
});

describe('the database URL', () => {
  it('masks a password written in the URL, as a ${NAME} value is', () => {
    const plan = parseBudget(budget(`database: { postgres: 'postgres://app:s%40cret@127.0.0.1:5432/shop' }\n`), 'b.yml', '/repo');
    expect(plan.secrets).toEqual(expect.arrayContaining(['s%40cret', 's@cret']));
    const fromEnv = parseBudget(budget(`database: { postgres: '\${DB}' }\n`), 'b.yml', '/repo', { env: { DB: 'postgres://app:pw@127.0.0.1/shop' } });
    expect(fromEnv.secrets).toEqual(expect.arrayContaining(['postgres://app:pw@127.0.0.1/shop', 'pw']));
  });
});

describe('counts against a stored run', () => {
  it('assumes no run-to-run noise for a count of work: its bursts spread is all there is', async () => {
    const { compareWithBaseline } = await import('../../src/core/verdict/baseline.js');
    const { sampleReport, endpointResult } = await import('../../__fixtures__/report.js');
    const plan = parseBudget(budget(`database: { postgres: 'postgres://127.0.0.1/shop' }\n`), 'b.yml', '/repo');
    const side = (samples: number[]) => {
      const t = endpointResult('orders', { rps: 100, p50: 1, p90: 2, p95: 3, p99: 4, errorRate: 0 });
      t.metrics['db-queries-per-request'] = { value: samples.reduce((a, b) => a + b) / samples.length, unit: 'count', samples };
      return sampleReport({ targets: [t] });
    };
    const stored = side([3.08, 2.89, 2.99, 2.89]);
    const judge = (samples: number[]) =>
      compareWithBaseline({ ...plan, endpoints: plan.endpoints.slice(0, 1) }, side(samples), stored).find((r) => r.metric === 'db-queries-per-request')!;
    const extra = judge([4.05, 3.94, 4.03, 3.81]);
    expect(extra.verdict).toBe('regressed');
    expect(extra.interval![0]).toBeGreaterThan(0.75);
    expect(extra.runNoise).toBeUndefined();
    expect(judge([2.97, 2.98, 3.0, 2.97]).verdict).toBe('unchanged');
  });
});
