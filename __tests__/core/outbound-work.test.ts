// The app's outbound calls behind each request: snapshots of the hooks' totals into per-request metrics and the
// hosts called, the host that grew named as the cause in the comment, and no row where no process had the hook.
import { describe, expect, it } from '@jest/globals';
import { endpointResult, sampleReport } from '../../__fixtures__/report.js';
import { outboundDelta, outboundMetrics, outboundTable, type OutboundSnapshot } from '../../src/core/work/outbound-work.js';
import { workCause } from '../../src/core/work/work-diff.js';
import { renderComment } from '../../src/core/render/render-comment.js';
import { renderMarkdown } from '../../src/core/render/render-markdown.js';
import { renderHtml } from '../../src/core/render/render-html.js';
import type { ComparisonRow } from '../../src/core/report/report.js';

const snap = (processes: number, hosts: Record<string, [number, number, Record<string, number>?]>): OutboundSnapshot => ({
  processes,
  hosts: new Map(Object.entries(hosts).map(([h, [calls, ms, lines]]) => [h, { calls, ms, requests: new Map(Object.entries(lines ?? {})) }])),
});

describe('outbound calls per request', () => {
  it('takes what each host got between snapshots, a new host from zero', () => {
    const before = snap(2, { 'api:443': [10, 100, { 'GET /a': 10 }] });
    const after = snap(2, { 'api:443': [15, 160, { 'GET /a': 15 }], '127.0.0.1:8500': [3, 30, { 'POST /v1/recommend': 3 }] });
    expect(outboundDelta(before, after).map((d) => [d.host, d.calls, d.ms, [...d.requests]])).toEqual([
      ['api:443', 5, 60, [['GET /a', 5]]],
      ['127.0.0.1:8500', 3, 30, [['POST /v1/recommend', 3]]],
    ]);
  });

  it('gives calls and wait per answered request, a sample a burst, and the hosts the most called first', () => {
    const s0 = snap(1, {});
    const s1 = snap(1, { 'a:80': [100, 500, { 'GET /x/{id}': 100 }], 'b:80': [10, 10] });
    const s2 = snap(1, { 'a:80': [300, 1500, { 'GET /x/{id}': 300 }], 'b:80': [10, 10] });
    const spans = [
      { start: s0, end: s1, requests: 100 },
      { start: s1, end: s2, requests: 100 },
    ];
    const m = outboundMetrics(spans);
    expect(m['outbound-calls-per-request']).toEqual({ value: 1.55, unit: 'count', samples: [1.1, 2] });
    expect(m['outbound-ms-per-request']).toEqual({ value: 7.55, unit: 'ms', samples: [5.1, 10] });
    expect(outboundTable(spans)).toEqual([
      { host: 'a:80', request: 'GET /x/{id}', callsPerRequest: 1.5, msPerRequest: 7.5 },
      { host: 'b:80', callsPerRequest: 0.05, msPerRequest: 0.05 },
    ]);
  });

  it('reads 0 calls where the hook is in the app and none was made, and nothing where no process had it', () => {
    expect(outboundMetrics([{ start: snap(2, {}), end: snap(2, {}), requests: 50 }])['outbound-calls-per-request']!.value).toBe(0);
    expect(outboundMetrics([{ start: snap(0, {}), end: snap(0, {}), requests: 50 }])).toEqual({});
    expect(outboundTable([{ start: snap(0, {}), end: snap(0, {}), requests: 50 }])).toEqual([]);
  });
});

const row = (metric: string, baseMean: number, headMean: number): ComparisonRow =>
  ({
    target: 'summary',
    kind: 'endpoint',
    metric,
    rule: '+10% or +0.5 (default)',
    gating: true,
    reasons: [],
    verdict: 'regressed',
    baseMean,
    headMean,
    delta: headMean - baseMean,
    deltaPercent: null,
    interval: [headMean - baseMean, headMean - baseMean],
    intervalPercent: null,
    allowed: 0.5,
    confidence: 0.95,
    pValue: 0,
    baseN: 4,
    headN: 4,
  }) as ComparisonRow;

describe('the host that grew, named', () => {
  const head = endpointResult('summary', { rps: 100, p50: 20, p90: 25, p95: 30, p99: 40, errorRate: 0 });
  head.metrics['outbound-calls-per-request'] = { value: 1, unit: 'count', samples: [1, 1] };
  head.endpoint!.outbound = [
    { host: '127.0.0.1:8500', request: 'POST /v1/recommend', callsPerRequest: 1, msPerRequest: 21 },
    { host: 'cache:80', callsPerRequest: 0.1, msPerRequest: 0.2 },
  ];
  const base = { outbound: [{ host: 'cache:80', callsPerRequest: 0.1, msPerRequest: 0.2 }] };

  it('as "0 → 1 calls a request" with its request line, in the comment, report.md and report.html', () => {
    expect(workCause(row('outbound-calls-per-request', 0.1, 1.1), head, base)).toEqual({
      call: { host: '127.0.0.1:8500', request: 'POST /v1/recommend' },
      change: '0 → 1 calls a request',
    });
    expect(workCause(row('outbound-ms-per-request', 0.2, 21.2), head, base)?.change).toBe('0 ms → 21 ms a request');
    const report = sampleReport({
      targets: [head],
      checks: [],
      verdict: 'fail',
      comparisons: [row('outbound-calls-per-request', 0.1, 1.1)],
      baseline: { status: 'used', source: 'stored', work: { summary: base } },
    });
    expect(renderComment(report, { key: 'k' })).toContain(
      '- **summary** outbound-calls-per-request: `127.0.0.1:8500` (POST /v1/recommend): 0 → 1 calls a request',
    );
    expect(renderMarkdown(report)).toContain('| `127.0.0.1:8500` (POST /v1/recommend) | 0 → 1 | 0 ms → 21 ms |');
    expect(renderHtml(report)).toContain('<td><code>127.0.0.1:8500</code> (POST /v1/recommend)</td><td>0 → 1</td>');
  });
});
