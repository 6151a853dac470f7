// The work behind each request in every view: the endpoint table's queries/req and counters, the statements base
// beside head with the grown one first, and the regressed count's cause in the comment, escaped.
import { describe, expect, it } from '@jest/globals';
import { endpointResult, sampleReport } from '../../__fixtures__/report.js';
import { renderMarkdown } from '../../src/core/render/render-markdown.js';
import { renderComment } from '../../src/core/render/render-comment.js';
import { renderHtml } from '../../src/core/render/render-html.js';
import { renderTerminal } from '../../src/core/render/render-terminal.js';
import type { ComparisonRow, Report, TargetResult } from '../../src/core/report/report.js';
import { shortStatement, statementChanges, workCause } from '../../src/core/work/work-diff.js';
import { endpointColumns, foldZeroRows } from '../../src/core/render/render-shared.js';

const list = 'SELECT "shop_order"."id" FROM "shop_order" ORDER BY "created" DESC LIMIT $1';
const each = 'SELECT "shop_customer"."name" FROM "shop_customer" WHERE "shop_customer"."id" = $1 `x` |';

function orders(n1: boolean): TargetResult {
  const t = endpointResult('orders', { rps: 100, p50: 5, p90: 8, p95: 9, p99: 12, errorRate: 0 });
  t.metrics['db-queries-per-request'] = { value: n1 ? 101 : 2, unit: 'count', samples: [] };
  t.metrics['model-calls-per-request'] = { value: n1 ? 1 : 0, unit: 'count', samples: [] };
  t.endpoint!.statements = [
    { query: list, callsPerRequest: 1, msPerRequest: 0.2, rowsPerRequest: 100 },
    n1
      ? { query: each, callsPerRequest: 100, msPerRequest: 1.5, rowsPerRequest: 100 }
      : { query: 'SELECT 1', callsPerRequest: 1, msPerRequest: 0.01, rowsPerRequest: 1 },
  ];
  t.endpoint!.counters = [{ name: 'model-calls', perRequest: n1 ? 1 : 0, msPerRequest: n1 ? 21 : 0 }];
  return t;
}

const row = (metric: string, baseMean: number, headMean: number): ComparisonRow =>
  ({
    target: 'orders',
    kind: 'endpoint',
    metric,
    rule: '+10% or +0.5 (default)',
    gating: true,
    reasons: [],
    verdict: 'regressed',
    baseMean,
    headMean,
    delta: headMean - baseMean,
    deltaPercent: ((headMean - baseMean) / Math.max(baseMean, 1e-9)) * 100,
    interval: [headMean - baseMean, headMean - baseMean],
    intervalPercent: null,
    allowed: 0.5,
    confidence: 0.9,
    pValue: 0,
    baseN: 4,
    headN: 4,
  }) as ComparisonRow;

function report(): Report {
  const base = orders(false);
  return sampleReport({
    targets: [orders(true)],
    checks: [],
    verdict: 'fail',
    comparisons: [row('db-queries-per-request', 2, 101), row('model-calls-per-request', 0, 1)],
    baseline: { status: 'used', source: 'stored', work: { orders: { statements: base.endpoint!.statements!, counters: base.endpoint!.counters! } } },
  });
}

describe('the work behind each request, shown', () => {
  it('puts the statement whose calls grew first and names it as the cause', () => {
    const head = orders(true);
    const base = orders(false).endpoint!;
    expect(statementChanges(head.endpoint!.statements, base.statements).map((c) => [c.query.slice(0, 22), c.calls])).toEqual([
      ['SELECT "shop_customer"', 100],
      ['SELECT "shop_order"."i', 0],
      ['SELECT 1', -1],
    ]);
    expect(workCause(row('db-queries-per-request', 2, 101), head, base)).toEqual({
      statement: 'SELECT … FROM "shop_customer" WHERE "shop_customer"."id" = $1 `x` |',
      change: '0 → 100 calls a request',
    });
    expect(workCause(row('model-calls-per-request', 0, 1), head, base)).toEqual({ counter: 'model-calls', change: '0 → 1 calls a request' });
    expect(workCause(row('model-calls-ms-per-request', 0, 21), head, base)).toEqual({ counter: 'model-calls', change: '0 ms → 21 ms a request' });
    expect(workCause(row('p95', 2, 3), head, base)).toBeUndefined();
  });

  it('shows queries/req and each counter in the endpoint tables, and the statements base → head', () => {
    const r = report();
    const md = renderMarkdown(r);
    expect(md).toContain('| Endpoint | rps | p50 | p90 | p95 | p99 | error-rate | queries/req | model-calls/req | samples |');
    expect(md).toContain('**Work behind each request: orders** (base → head)');
    // The grown statement first, its backticks kept from ending the code span.
    const rows = md.split('\n').filter((l) => l.startsWith('| `'));
    // A statement the base never ran, now run a hundred times a request: named as new.
    expect(rows[0]).toBe(`| \`${each.replace(/`/g, "'")}\` (new) | 0 → 100 | 0 ms → 1.5 ms | 0 → 100 |`);
    expect(md).toContain('| model-calls | 0 → 1 | 0 ms → 21 ms |');
    expect(renderTerminal(r)).toMatch(/endpoint\s+rps .* queries\/req\s+model-calls\/req\s+samples/);
    const html = renderHtml(r);
    expect(html).toContain('<h4>Work behind each request (base → head)</h4>');
    expect(html).toContain('<tr class="grew"><td><code title="SELECT &quot;shop_customer&quot;');
    expect(html).not.toContain('`x` |</code>'.replace('|', '<'));
  });

  it('names what grew under each regressed count in the comment, in one line each', () => {
    const comment = renderComment(report(), { key: 'k' });
    expect(comment).toContain(
      `- **orders** db-queries-per-request: \`SELECT … FROM "shop_customer" WHERE "shop_customer"."id" = $1 'x' |\`: 0 → 100 calls a request`,
    );
    expect(comment).toContain('- **orders** model-calls-per-request: model-calls: 0 → 1 calls a request');
  });

  it('tells apart statements that differ after their column list: the per-row one and the prefetch', () => {
    const columns = '"shop_orderitem"."id", "shop_orderitem"."order_id", "shop_orderitem"."sku", "shop_orderitem"."quantity", "shop_orderitem"."price_cents"';
    const perRow = `SELECT ${columns} FROM "shop_orderitem" WHERE "shop_orderitem"."order_id" = $1`;
    const prefetch = `SELECT ${columns} FROM "shop_orderitem" WHERE "shop_orderitem"."order_id" IN ($1, $2, $3, $4)`;
    expect(shortStatement(perRow, 100)).toBe('SELECT … FROM "shop_orderitem" WHERE "shop_orderitem"."order_id" = $1');
    expect(shortStatement(prefetch, 100)).toBe('SELECT … FROM "shop_orderitem" WHERE "shop_orderitem"."order_id" IN (…)');
    expect(shortStatement(prefetch, 70)).toBe('SELECT … FROM "shop_orderitem" WHERE "order_id" IN (…)');
    // A subquery's FROM is not the outer list's end; JOIN and WHERE are kept before ORDER BY.
    const joined = 'SELECT a, (SELECT count(*) FROM x WHERE x.y = t.id) AS n FROM t JOIN u ON u.id = t.u WHERE t.k = $1 ORDER BY t.id LIMIT $2';
    expect(shortStatement(joined, 60)).toBe('SELECT … FROM t JOIN u ON u.id = t.u WHERE t.k = $1 …');
    expect(shortStatement('SELECT 1', 5)).toBe('SELE…');
  });

  it("folds counts that read 0 on both sides into one line, and keeps a soak window's counters out of the columns", () => {
    const zero = (target: string, metric: string) => ({ ...row(metric, 0, 0), target, verdict: 'unchanged' as const });
    const rows = [
      row('db-queries-per-request', 2, 101),
      ...['orders', 'order', 'soak'].flatMap((t) => [zero(t, 'model-calls-per-request'), zero(t, 'cache-misses-per-request')]),
    ];
    const { shown, folded } = foldZeroRows(rows);
    expect(shown).toEqual([rows[0]]);
    expect(folded).toBe('unchanged at 0: model-calls, cache-misses on 3 endpoints');
    const r = { ...report(), comparisons: rows };
    for (const text of [renderMarkdown(r), renderTerminal(r), renderHtml(r), renderComment(r, { key: 'k' })]) {
      expect(text).toContain('unchanged at 0: model-calls, cache-misses on 3 endpoints');
      expect(text).not.toMatch(/cache-misses-per-request/);
    }
    const soak = endpointResult('soak', { rps: 100, p50: 5, p90: 8, p95: 9, p99: 12, errorRate: 0 });
    const zeroCount = { value: 0, unit: 'count' as const, samples: [] };
    Object.assign(soak.metrics, {
      'model-calls-per-request': zeroCount,
      'model-calls-per-request@window-1': zeroCount,
      'model-calls-per-request@window-2': zeroCount,
    });
    expect(endpointColumns([soak]).filter((c) => c.includes('model-calls'))).toEqual(['model-calls-per-request']);
  });
});
