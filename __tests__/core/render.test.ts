import { describe, expect, it } from '@jest/globals';
import { endpointResult, pageResult, sampleReport } from '../../__fixtures__/report.js';
import { escapeMarkdown } from '../../src/core/markdown-escape.js';
import { renderMarkdown } from '../../src/core/render-markdown.js';
import { renderTerminal } from '../../src/core/render-terminal.js';

describe('renderMarkdown', () => {
  it('renders a failing report, failures first', () => {
    expect(renderMarkdown(sampleReport(), { links: [{ label: 'report.json', href: 'https://example.test/run/1' }] })).toMatchSnapshot();
  });

  it('renders a passing report', () => {
    const report = sampleReport({ verdict: 'pass' });
    report.checks = report.checks.filter((c) => c.outcome === 'pass');
    expect(renderMarkdown(report)).toMatchSnapshot();
  });

  it('renders a run that could not complete, with the measured part', () => {
    const report = sampleReport({ verdict: 'error', errors: ['the app exited with code 1 before it was ready'] });
    report.targets.push({ ...endpointResult('orders', { rps: 0, p50: 0, p90: 0, p95: 0, p99: 0, errorRate: 0 }), status: 'error', error: 'ECONNREFUSED' });
    expect(renderMarkdown(report)).toMatchSnapshot();
  });

  it("renders pages with links to the median run's Lighthouse report", () => {
    expect(renderMarkdown(withPages())).toMatchSnapshot();
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
    expect(renderTerminal(sampleReport())).toMatchSnapshot();
  });

  it('renders pages with their runs and retries', () => {
    expect(renderTerminal(withPages())).toMatchSnapshot();
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup, mentions and table pipes, and folds newlines', () => {
    expect(escapeMarkdown('a|b <i>*x*</i> @me `c`\n[l](u)')).toBe('a&#124;b &lt;i&gt;&#42;x&#42;&lt;/i&gt; &#64;me &#96;c&#96; &#91;l&#93;(u)');
  });
});
