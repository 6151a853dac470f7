import { describe, expect, it } from '@jest/globals';
import { endpointResult, pageResult, sampleReport } from '../../__fixtures__/report.js';
import { renderHtml } from '../../src/core/render/render-html.js';
import type { ComparisonRow, Report } from '../../src/core/report/report.js';
import { sparkline, trendsOf } from '../../src/core/verdict/trends.js';

const row: ComparisonRow = {
  target: 'items',
  kind: 'endpoint',
  metric: 'p95',
  rule: '+10%',
  gating: true,
  reasons: [],
  verdict: 'regressed',
  baseMean: 25,
  headMean: 31.5,
  delta: 6.5,
  deltaPercent: 26,
  interval: [4, 9],
  intervalPercent: [16, 36],
  pValue: 0.001,
  confidence: 0.95,
  allowed: 2.5,
  baseN: 5,
  headN: 5,
};

describe('renderHtml', () => {
  it('is one static page: no script, no network, every name escaped', () => {
    const report = sampleReport({ targets: [endpointResult('<script>alert(1)</script>', { rps: 1, p50: 1, p90: 2, p95: 3, p99: 4, errorRate: 0 })] });
    const html = renderHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<script|<link |src="http|href="http/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('draws base and head percentiles with the budget, each interval against its allowed change, and the trends', () => {
    const report: Report = sampleReport({
      comparisons: [row],
      baseline: { status: 'used', source: 'base.json', values: { items: { p50: 8, p75: 10, p90: 12, p95: 25, p99: 50, 'p99.9': 70 } } },
      trends: trendsOf(sampleReport().targets, { startedAt: '2026-11-23T10:00:00.000Z', environment: sampleReport().environment }, [
        { ...sampleReport(), startedAt: '2026-11-20T10:00:00.000Z' },
        { ...sampleReport(), startedAt: '2026-11-21T10:00:00.000Z' },
      ]),
    });
    const html = renderHtml(report);
    const items = html.slice(html.indexOf('data-target="items"'));
    expect(items).toContain('items: latency by percentile');
    expect(items).toMatch(/data-series="base"/);
    expect(items).toMatch(/data-series="head"/);
    // The budget p95 < 25ms of the fixture, as a line.
    expect(items).toContain('budget p95 &lt; 25 ms');
    expect(html).toMatch(/<tr data-verdict="regressed">.*<svg [^>]*class="interval"[^>]*aria-label="interval 16 % to 36 %, allowed 10 %"/);
    expect(html).toContain('id="trends"');
    expect(html).toContain('this run');
  });

  it('marks the median page run and links its Lighthouse report', () => {
    const page = pageResult('home', { performance: 98, lcp: 1200, fcp: 800, tbt: 10, cls: 0, bytes: 1000, requests: 5 });
    page.page!.runs = page.page!.runs.map((r, i) => ({ ...r, ...(r.ok && { metrics: { lcp: 1100 + i * 100, performance: 97 + i } }) }));
    const html = renderHtml(sampleReport({ targets: [page], checks: [] }));
    expect(html).toContain('<a href="pages/home.report.html">Lighthouse report of the median run</a>');
    expect(html).toMatch(/<tr class="median"><td>2<\/td><td>1<\/td>/);
    expect(html).toContain('home: LCP run by run');
  });

  it('still renders a run with no results, and says why', () => {
    const html = renderHtml(sampleReport({ targets: [], checks: [], verdict: 'error', errors: ['the app exited with code 1'] }));
    expect(html).toContain('<p class="empty" id="no-results">No results: the run stopped before any target was measured: the app exited with code 1.</p>');
    expect(renderHtml(sampleReport({ targets: [], checks: [], verdict: 'pass' }))).toContain('No results: the run measured no targets.');
  });
});

describe('trends', () => {
  it("follow each target's key metric over the stored runs, oldest first, then this run", () => {
    const at = (d: string, p95: number) => ({
      ...sampleReport(),
      startedAt: d,
      targets: [endpointResult('items', { rps: 1, p50: 1, p90: 2, p95, p99: 4, errorRate: 0 })],
    });
    const now = endpointResult('items', { rps: 1, p50: 1, p90: 2, p95: 40, p99: 4, errorRate: 0 });
    const [t] = trendsOf([now], { startedAt: '2026-11-24T00:00:00.000Z', environment: sampleReport().environment }, [
      at('2026-11-22T00:00:00.000Z', 30),
      at('2026-11-21T00:00:00.000Z', 20),
    ]);
    expect(t).toMatchObject({ target: 'items', metric: 'p95', unit: 'ms' });
    expect(t?.points.map((p) => [p.value, p.current ?? false])).toEqual([
      [20, false],
      [30, false],
      [40, true],
    ]);
    expect(sparkline([20, 30, 40])).toBe('▁▅█');
    expect(sparkline([5, 5])).toBe('▄▄');
  });
});
