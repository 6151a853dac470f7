// What went wrong on an endpoint, in every view: its error kinds (the commonest three, counted, escaped) and a
// server that closes connections.
import { describe, expect, it } from '@jest/globals';
import { endpointResult, sampleReport } from '../../__fixtures__/report.js';
import { connectionNotes, errorKindsText, errorNotes } from '../../src/core/render/render-shared.js';
import { renderMarkdown } from '../../src/core/render/render-markdown.js';
import { renderComment } from '../../src/core/render/render-comment.js';
import { renderHtml } from '../../src/core/render/render-html.js';
import { renderTerminal } from '../../src/core/render/render-terminal.js';
import type { TargetResult } from '../../src/core/report/report.js';

function failing(): TargetResult {
  const t = endpointResult('orders', { rps: 100, p50: 5, p90: 8, p95: 9, p99: 12, errorRate: 25.9 });
  t.endpoint!.errorKinds = [
    { kind: 'ECONNRESET', count: 120 },
    { kind: 'request timed out', count: 30 },
    { kind: 'unexpected status 500 <b>|', count: 4 },
    { kind: 'EPIPE', count: 1 },
  ];
  t.endpoint!.inFlight = 3;
  t.metrics.timeouts = { value: 30, unit: 'count', samples: [] };
  t.endpoint!.serverCloses = { closes: 1000, responses: 1000 };
  return t;
}

describe('endpoint notes', () => {
  it('names the commonest three kinds with their counts and how many more there were', () => {
    expect(errorKindsText(failing().endpoint!.errorKinds)).toBe('ECONNRESET × 120, request timed out × 30, unexpected status 500 <b>| × 4 (+1 more kind)');
    expect(errorNotes([failing()])).toEqual([
      'orders: 155 failed: ECONNRESET × 120, request timed out × 30, unexpected status 500 <b>| × 4 (+1 more kind); 3 still waiting when the load stopped',
    ]);
    expect(connectionNotes([failing()])[0]).toMatch(/^orders: the server closed the connection after every response \(Connection: close\)/);
  });

  it('says a 429 is the app limiting the rate, with what to do', () => {
    const t = endpointResult('packages', { rps: 0, p50: 0, p90: 0, p95: 0, p99: 0, errorRate: 100 });
    t.endpoint!.errorKinds = [{ kind: 'unexpected status 429', count: 30_000 }];
    t.endpoint!.statusCodes = { '429': 30_000 };
    expect(errorNotes([t])).toEqual([
      'packages: 30000 failed: unexpected status 429 × 30000; 30000 answered 429 Too Many Requests: the app limits the rate; raise its limit for the test or lower load.rate',
    ]);
  });

  it('puts them in report.md, the terminal, report.html and the comment, escaped for each', () => {
    const report = sampleReport({ targets: [failing()] });
    const md = renderMarkdown(report);
    expect(md).toContain('- orders: 155 failed: ECONNRESET × 120, request timed out × 30, unexpected status 500 &lt;b&gt;&#124; × 4');
    expect(renderTerminal(report)).toContain('orders: 155 failed: ECONNRESET × 120');
    const html = renderHtml(report);
    expect(html).toContain('ECONNRESET × 120, request timed out × 30, unexpected status 500 &lt;b&gt;| × 4');
    expect(html).toContain('3 requests in flight when the load stopped');
    const comment = renderComment(report, { key: 'perf-budget.yml' });
    const attention = comment.slice(0, comment.indexOf('<details>'));
    expect(attention).toContain('- orders: 155 failed: ECONNRESET × 120');
  });
});
