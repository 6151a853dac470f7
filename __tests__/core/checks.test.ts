import { describe, expect, it } from '@jest/globals';
import { endpointResult } from '../../__fixtures__/report.js';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { evaluateChecks } from '../../src/core/verdict/checks.js';
import { verdictOf } from '../../src/core/verdict/outcome.js';

const plan = parseBudget(
  `app: { baseUrl: 'http://127.0.0.1:3000' }
endpoints:
  - name: ping
    url: /ping
    thresholds: ['p95 < 1ms', 'rps >= 12000']
  - name: items
    url: /items
    thresholds: ['p95 < 25ms', 'errors == 0']
`,
  'b.yml',
  '/r',
);

describe('evaluateChecks', () => {
  const ping = endpointResult('ping', { rps: 12345.6, p50: 0.42, p90: 0.81, p95: 0.97, p99: 2.4, errorRate: 0 });
  const items = endpointResult('items', { rps: 812, p50: 9.8, p90: 14.2, p95: 31.5, p99: 60.1, errorRate: 0.25 });

  it('gives one record per threshold, and a default error-rate check where the budget is silent on errors', () => {
    expect(evaluateChecks(plan, [ping, items])).toEqual([
      {
        target: 'ping',
        kind: 'endpoint',
        metric: 'p95',
        threshold: 'p95 < 1ms',
        op: '<',
        limit: 1,
        unit: 'ms',
        actual: 0.97,
        outcome: 'pass',
        message: 'ping: p95 0.97 ms meets budget < 1 ms',
        origin: 'budget',
        line: 5,
      },
      {
        target: 'ping',
        kind: 'endpoint',
        metric: 'rps',
        threshold: 'rps >= 12000',
        op: '>=',
        limit: 12000,
        unit: 'rps',
        actual: 12345.6,
        outcome: 'pass',
        message: 'ping: rps 12,346 req/s meets budget >= 12,000 req/s',
        origin: 'budget',
        line: 5,
      },
      {
        target: 'ping',
        kind: 'endpoint',
        metric: 'error-rate',
        threshold: 'error-rate < 1%',
        op: '<',
        limit: 1,
        unit: 'percent',
        actual: 0,
        outcome: 'pass',
        message: 'ping: error-rate 0% meets budget < 1%',
        origin: 'default',
      },
      {
        target: 'items',
        kind: 'endpoint',
        metric: 'p95',
        threshold: 'p95 < 25ms',
        op: '<',
        limit: 25,
        unit: 'ms',
        actual: 31.5,
        outcome: 'fail',
        message: 'items: p95 31.5 ms breaks budget < 25 ms',
        origin: 'budget',
        line: 8,
      },
      {
        target: 'items',
        kind: 'endpoint',
        metric: 'errors',
        threshold: 'errors == 0',
        op: '==',
        limit: 0,
        unit: 'count',
        actual: 0,
        outcome: 'pass',
        message: 'items: errors 0 meets budget == 0',
        origin: 'budget',
        line: 8,
      },
    ]);
  });

  it('fails a check whose metric was not measured, saying why', () => {
    const broken = { ...items, status: 'error' as const, error: 'ECONNREFUSED', metrics: {} };
    const checks = evaluateChecks(plan, [broken]);
    expect(checks.map((c) => [c.outcome, c.actual, c.message])).toEqual([
      ['fail', null, 'items: p95 was not measured (ECONNREFUSED); budget < 25 ms'],
      ['fail', null, 'items: errors was not measured (ECONNREFUSED); budget == 0'],
    ]);
  });

  it('skips targets the run never reached', () => {
    expect(evaluateChecks(plan, [])).toEqual([]);
  });
});

describe('verdictOf', () => {
  const pass = { outcome: 'pass' } as never;
  const fail = { outcome: 'fail' } as never;
  it('is error when the run could not complete, else fail on any failed check', () => {
    expect(verdictOf([pass], [])).toBe('pass');
    expect(verdictOf([], [])).toBe('pass');
    expect(verdictOf([pass, fail], [])).toBe('fail');
    expect(verdictOf([pass], ['app exited'])).toBe('error');
  });
});

describe('db-repeats-per-request', () => {
  it('names the statement that ran most often a request when its budget fails', async () => {
    const { parseBudget } = await import('../../src/core/budget/budget-parse.js');
    const { evaluateChecks } = await import('../../src/core/verdict/checks.js');
    const plan = parseBudget(
      "app: { baseUrl: 'http://127.0.0.1:3000' }\ndatabase: { postgres: postgres://localhost/x }\nendpoints:\n  - { name: orders, url: /o, thresholds: ['db-repeats-per-request <= 5'] }\n",
      'b.yml',
      '/r',
    );
    const target = {
      kind: 'endpoint' as const,
      name: 'orders',
      url: 'http://127.0.0.1:3000/o',
      status: 'ok' as const,
      metrics: {
        'db-repeats-per-request': { value: 100, unit: 'count' as const, samples: [100] },
        'error-rate': { value: 0, unit: 'percent' as const, samples: [0] },
      },
      endpoint: {
        statusCodes: { 200: 100 },
        bursts: [],
        statements: [
          { query: 'SELECT "shop_order"."id" FROM "shop_order" LIMIT $1', callsPerRequest: 1, msPerRequest: 0.1, rowsPerRequest: 100 },
          {
            query: 'SELECT "shop_customer"."name" FROM "shop_customer" WHERE "shop_customer"."id" = $1',
            callsPerRequest: 100,
            msPerRequest: 2,
            rowsPerRequest: 100,
          },
        ],
      },
    };
    const [repeats] = evaluateChecks(plan, [target as never]);
    expect(repeats).toMatchObject({ metric: 'db-repeats-per-request', outcome: 'fail' });
    expect(repeats!.message).toBe(
      'orders: db-repeats-per-request 100 breaks budget <= 5: SELECT "shop_customer"."name" FROM "shop_customer" WHERE "shop_customer"."id" = $1 runs 100 times a request',
    );
  });
});
