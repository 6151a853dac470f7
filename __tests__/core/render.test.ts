import { describe, expect, it } from '@jest/globals';
import { endpointResult, pageResult, sampleReport } from '../../__fixtures__/report.js';
import { escapeMarkdown } from '../../src/core/render/markdown-escape.js';
import { renderMarkdown } from '../../src/core/render/render-markdown.js';
import { renderTerminal } from '../../src/core/render/render-terminal.js';

/** The rows of the markdown table whose header begins with `first`, as trimmed cells. */
function table(md: string, first: string): string[][] {
  const lines = md.split('\n');
  const headerCells = (l: string) =>
    l
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
  const at = lines.findIndex((l) => l.startsWith('|') && headerCells(l).find((c) => c !== '') === first);
  if (at < 0) return [];
  const rows: string[][] = [];
  for (const line of lines.slice(at + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim()),
    );
  }
  return rows;
}

/** The lines of the terminal block that begins with `first`, split on runs of two or more spaces. */
function columns(text: string, first: string): string[][] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trimStart().startsWith(first));
  const rows: string[][] = [];
  for (const line of lines.slice(at)) {
    if (line.trim() === '') break;
    rows.push(line.trim().split(/\s{2,}/));
  }
  return rows;
}

describe('renderMarkdown', () => {
  // The one golden copy: the whole markdown of a failing report.
  it('renders a failing report, failures first', () => {
    const md = renderMarkdown(sampleReport(), { links: [{ label: 'report.json', href: 'https://example.test/run/1' }] });
    expect(md).toMatchSnapshot();
    expect(md.split('\n')[0]).toBe('### ❌ perf-gate: 1 of 4 budgets failed');
    expect(table(md, 'Target').map((r) => r.slice(0, 5))).toEqual([
      ['❌', 'items', 'p95', '&lt; 25 ms', '31.5 ms'],
      ['✅', 'ping', 'p95', '&lt; 5 ms', '0.97 ms'],
      ['✅', 'ping', 'error-rate', '&lt; 1% (default)', '0%'],
      ['✅', 'items', 'rps', '&gt; 500 req/s', '812 req/s'],
    ]);
    expect(md).toContain('[report.json](https://example.test/run/1)');
  });

  it('renders a passing report', () => {
    const report = sampleReport({ verdict: 'pass' });
    report.checks = report.checks.filter((c) => c.outcome === 'pass');
    const md = renderMarkdown(report);
    expect(md.split('\n')[0]).toBe('### ✅ perf-gate: all 3 budgets met');
    expect(table(md, 'Target').map((r) => r[0])).toEqual(['✅', '✅', '✅']);
    expect(table(md, 'Endpoint')).toEqual([
      ['ping', '12,346 req/s', '0.42 ms', '0.81 ms', '0.97 ms', '2.4 ms', '0%', '2'],
      ['items', '812 req/s', '9.8 ms', '14.2 ms', '31.5 ms', '60.1 ms', '0.25%', '2'],
    ]);
    expect(md).toMatch(/<sub>perf-gate 1\.2\.3 · Node v24\.21\.0 · linux x64 · 2 × Example CPU &#64; 3\.00GHz · 0123456 · budget perf-budget\.yml<\/sub>\n$/);
  });

  it('renders a run that could not complete, with the measured part', () => {
    const report = sampleReport({ verdict: 'error', errors: ['the app exited with code 1 before it was ready'] });
    report.targets.push({ ...endpointResult('orders', { rps: 0, p50: 0, p90: 0, p95: 0, p99: 0, errorRate: 0 }), status: 'error', error: 'ECONNREFUSED' });
    const md = renderMarkdown(report);
    expect(md.split('\n').slice(0, 3)).toEqual([
      '### ⚠️ perf-gate: could not complete: 1 error, 1 of 4 budgets failed',
      '',
      '> **Error:** the app exited with code 1 before it was ready',
    ]);
    expect(table(md, 'Endpoint').map((r) => r[0])).toEqual(['ping', 'items', 'orders ⚠️ ECONNREFUSED']);
    expect(table(md, 'Endpoint')[2]!.slice(1)).toEqual(['–', '–', '–', '–', '–', '–', '2']);
  });

  it("renders pages with links to the median run's Lighthouse report", () => {
    const md = renderMarkdown(withPages());
    expect(table(md, 'Page')).toEqual([
      ['home', '98', '1.23 s', '800 ms', '12 ms', '0.012', '50.8 KB', '9', '3/3 (1 retry)', '[median run](pages/home.report.html)'],
      ['checkout ⚠️ ERRORED&#95;DOCUMENT&#95;REQUEST: (Status code: 500)', '–', '–', '–', '–', '–', '–', '–', '0/3 (2 retries)', '–'],
    ]);
    expect(md).toContain('Lighthouse 13.5.0 (benchmark index 3387)');
  });

  it('keeps names from the budget file inert', () => {
    const report = sampleReport();
    report.targets[0]!.name = '</details><img src=x onerror=alert(1)> @team | x';
    const md = renderMarkdown(report);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('@team');
    expect(md).toContain('&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt; &#64;team &#124; x');
  });
});

function withPages() {
  const report = sampleReport();
  report.targets.push(pageResult('home', { performance: 98, lcp: 1234.5, fcp: 800, tbt: 12, cls: 0.012, bytes: 52_000, requests: 9 }));
  const failed = pageResult('checkout', { performance: 0, lcp: 0, fcp: 0, tbt: 0, cls: 0, bytes: 0, requests: 0 });
  const error = 'ERRORED_DOCUMENT_REQUEST: (Status code: 500)';
  report.targets.push({
    ...failed,
    status: 'error',
    error,
    metrics: {},
    page: { ...failed.page!, runs: [1, 2, 3].map((attempt) => ({ run: 1, attempt, ok: false, error, durationMs: 3000 })), representativeRun: null },
  });
  delete report.targets.at(-1)!.page!.artifacts;
  report.environment.browser = { lighthouse: '13.5.0', userAgent: 'HeadlessChrome/156', benchmarkIndex: 3386.5 };
  return report;
}

describe('renderTerminal', () => {
  it('renders aligned tables', () => {
    const text = renderTerminal(sampleReport());
    expect(columns(text, 'endpoint')).toEqual([
      ['endpoint', 'rps', 'p50', 'p90', 'p95', 'p99', 'error-rate', 'samples'],
      ['ping', '12,346 req/s', '0.42 ms', '0.81 ms', '0.97 ms', '2.4 ms', '0%', '2'],
      ['items', '812 req/s', '9.8 ms', '14.2 ms', '31.5 ms', '60.1 ms', '0.25%', '2'],
    ]);
    expect(columns(text, 'target')).toEqual([
      ['target', 'metric', 'budget', 'actual'],
      ['FAIL', 'items', 'p95', '< 25 ms', '31.5 ms'],
      ['ok', 'ping', 'p95', '< 5 ms', '0.97 ms'],
      ['ok', 'ping', 'error-rate', '< 1% (default)', '0%'],
      ['ok', 'items', 'rps', '> 500 req/s', '812 req/s'],
    ]);
    // Numbers right-aligned: every row of a table is as wide as its header.
    const endpointLines = text.split('\n').slice(0, 3);
    expect(new Set(endpointLines.map((l) => l.length)).size).toBe(1);
    expect(text.split('\n').slice(-3, -1)).toEqual([
      'perf-gate: FAIL — 1 of 4 budgets failed',
      'perf-gate 1.2.3 · Node v24.21.0 · linux x64 · 2 × Example CPU @ 3.00GHz · 0123456',
    ]);
  });

  it("says where an endpoint's p95 is within twice the load generator's own, in every view", () => {
    const report = sampleReport();
    report.environment.clientFloor = { p50Ms: 0.3, p95Ms: 0.5 };
    const line =
      "ping: p95 0.97 ms is within 2× the load generator's own (p95 0.5 ms against a responder inside perf-gate): at this size a difference is the client's as much as the app's";
    expect(renderTerminal(report)).toContain(`\n${line}\n`);
    expect(renderMarkdown(report)).toContain(`- ${line.replace(/'/g, '&#39;')}`);
    // items' 31.5 ms is far above it; without a measured floor there is no line.
    expect(renderTerminal(report)).not.toContain('items: p95');
    expect(renderTerminal(sampleReport())).not.toContain("the load generator's own");
  });

  it('renders pages with their runs and retries', () => {
    const text = renderTerminal(withPages());
    expect(columns(text, 'page')).toEqual([
      ['page', 'performance', 'lcp', 'fcp', 'tbt', 'cls', 'total-bytes', 'requests', 'runs'],
      ['home', '98', '1.23 s', '800 ms', '12 ms', '0.012', '50.8 KB', '9', '3/3 (1 retry)'],
      ['checkout', '–', '–', '–', '–', '–', '–', '–', '0/3 (2 retries)'],
    ]);
    expect(text).toContain('\nerror in checkout: ERRORED_DOCUMENT_REQUEST: (Status code: 500)\nperf-gate: FAIL — 1 of 4 budgets failed\n');
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup, mentions and table pipes, and folds newlines', () => {
    expect(escapeMarkdown('a|b <i>*x*</i> @me `c`\n[l](u)')).toBe('a&#124;b &lt;i&gt;&#42;x&#42;&lt;/i&gt; &#64;me &#96;c&#96; &#91;l&#93;(u)');
  });
});
