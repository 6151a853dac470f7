import { describe, expect, it } from '@jest/globals';
import { pageResult, sampleReport } from '../../__fixtures__/report.js';
import { compareWithBaseline } from '../../src/core/verdict/baseline.js';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { chartLabel, commentLimit, commentMarker, renderComment } from '../../src/core/render/render-comment.js';
import type { Report } from '../../src/core/report/report.js';
import { validateReport } from '../../src/core/report/report.js';

const plan = parseBudget(
  `app: { baseUrl: 'http://127.0.0.1:3000' }
relative: { endpoints: { p95: +10% }, runNoise: 0% }
endpoints:
  - { name: ping, url: /ping }
  - { name: items, url: /items }
`,
  'perf-budget.yml',
  '/r',
);

function withSamples(report: Report, name: string, samples: number[]): void {
  const t = report.targets.find((x) => x.name === name)!;
  t.metrics.p95 = { value: samples[0]!, unit: 'ms', samples };
}

function comparedReport(): Report {
  const base = sampleReport();
  withSamples(base, 'ping', [1.0, 1.1, 0.9, 1.0, 1.0]);
  withSamples(base, 'items', [30, 31, 29, 30, 30]);
  const head = sampleReport({ verdict: 'fail' });
  withSamples(head, 'ping', [1.0, 0.9, 1.1, 1.0, 1.0]);
  withSamples(head, 'items', [45, 46, 44, 45, 45]);
  head.comparisons = compareWithBaseline(plan, head, base);
  head.baseline = {
    status: 'used',
    source: "artifact 'perf-gate-perf-budget-yml' #7",
    sha: 'abcdef0123456789',
    ref: 'refs/heads/main',
    createdAt: '2026-11-23T07:00:00.000Z',
  };
  return head;
}

const runUrl = 'https://github.com/octo-org/shop/actions/runs/42';

describe('renderComment', () => {
  it('puts failed budgets and regressions first, a chart, and the rest folded', () => {
    const body = renderComment(comparedReport(), { key: 'perf-gate-perf-budget-yml', runUrl });
    expect(body.startsWith('<!-- perf-gate:perf-gate-perf-budget-yml -->\n### ❌ perf-gate: 1 of 4 budgets failed; 1 regressed, 1 unchanged\n')).toBe(true);
    expect(body).toMatchSnapshot();
  });

  it('charts how much worse head is than base, in percent of base, against the allowed change: one axis for 1 ms and 30 ms', () => {
    const body = renderComment(comparedReport(), { key: 'k' });
    const start = body.indexOf('```mermaid');
    const chart = body.slice(start, body.indexOf('```', start + 3));
    // The regressed rule first; items (30 ms) and ping (1 ms) on the same scale.
    expect(chart).toContain('  x-axis ["items p95", "ping p95"]');
    expect(chart).toContain('  bar [50, 0]');
    expect(chart).toContain('  line [10, 10]');
    expect(chart).toContain('  y-axis "% worse than base" 0 --> 60');
  });

  it('gives every target a bar of its key metric against the base, with no line where no rule applies', () => {
    const report = comparedReport();
    report.targets.push(pageResult('home', { performance: 90, lcp: 2400, fcp: 900, tbt: 50, cls: 0.01, bytes: 300_000, requests: 12 }));
    report.baseline = { ...report.baseline!, values: { home: { lcp: 2000 }, ping: { p95: 1 }, items: { p95: 30 } } };
    const chartOf = (r: Report) => {
      const body = renderComment(r, { key: 'k' });
      const start = body.indexOf('```mermaid');
      return start < 0 ? '' : body.slice(start, body.indexOf('```', start + 3));
    };
    // The rules' bars first; the page's LCP (no rule) after them, its line point at the top.
    let chart = chartOf(report);
    expect(chart).toContain('  x-axis ["items p95", "ping p95", "home lcp - no rule"]');
    expect(chart).toContain('  bar [50, 0, 20]');
    expect(chart).toContain('  line [10, 10, 60]');
    // No relative rule at all: the key metrics alone, in budget order, and no line.
    report.comparisons = [];
    chart = chartOf(report);
    expect(chart).toContain('  x-axis ["ping p95 - no rule", "items p95 - no rule", "home lcp - no rule"]');
    expect(chart).not.toContain('  line');
    expect(chart).toContain('% worse (bars; 0 = base)"');
  });

  it('says plainly when there was no baseline', () => {
    const report = sampleReport();
    report.baseline = { status: 'missing', reason: "no artifact 'perf-gate-perf-budget-yml' from a successful run on main in the last 30 days" };
    const body = renderComment(report, { key: 'k' });
    expect(body).toContain(
      'No baseline: no artifact &#39;perf-gate-perf-budget-yml&#39; from a successful run on main in the last 30 days. Absolute budgets still apply.',
    );
    // The chart draws head against base: with no base, there is none.
    expect(body).not.toContain('```mermaid');
  });

  it('keeps injection strings from a budget or an artifact inert, in markdown and in the chart', () => {
    const report = comparedReport();
    const evil = '</details><img src=x onerror=alert(1)> @someone | `x` "]\n```';
    for (const t of report.targets) if (t.name === 'items') t.name = evil;
    for (const c of report.checks) if (c.target === 'items') c.target = evil;
    for (const r of report.comparisons) if (r.target === 'items') r.target = evil;
    const body = renderComment(report, { key: 'k', runUrl });
    expect(body).not.toMatch(/<img|<\/details><img|@someone/);
    expect(body.match(/```/g)!.length % 2).toBe(0);
    expect(body).toMatchSnapshot();
  });

  it('never exceeds the comment limit: the chart goes, then the folded part shrinks, with a note', () => {
    const report = comparedReport();
    const many = report.checks[0]!;
    report.checks = Array.from({ length: 3000 }, (_, i) => ({ ...many, target: `target-${i}`, outcome: 'pass' as const }));
    const body = renderComment(report, { key: 'k', runUrl });
    expect(body.length).toBeLessThanOrEqual(commentLimit);
    expect(body).toContain("Shortened to fit GitHub's 65,536-character comment limit");
    expect(body).toContain('| ❌ | items | p95 | +10% |');
    expect(body).not.toContain('```mermaid');
    expect(body.trimEnd().endsWith('</sub>')).toBe(true);
    expect(body.split('<details>').length).toBe(body.split('</details>').length);

    const tiny = renderComment(comparedReport(), { key: 'k', maxLength: 300 });
    expect(tiny.length).toBeLessThanOrEqual(300);
    expect(tiny.startsWith(commentMarker('k'))).toBe(true);
  });

  it('validates a report read back from JSON (Infinity written as null) and renders it the same', () => {
    const report = comparedReport();
    report.comparisons = compareWithBaseline({ ...plan, runNoisePercent: 5 }, report, sampleReport());
    const json = JSON.parse(JSON.stringify(report)) as Report;
    const back = validateReport(json);
    expect(back.ok).toBe(true);
    expect(renderComment((back as { report: Report }).report, { key: 'k' })).toBe(renderComment(report, { key: 'k' }));
    expect(validateReport({ ...json, comparisons: [{ ...json.comparisons[0], metric: 'p96' }] })).toEqual({
      ok: false,
      reason: 'comparisons.0: unknown metric',
    });
    expect(validateReport({ ...json, verdict: 'great' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^verdict: /) });
    // A page's final-URL check is a check of its own, not a metric: it reads back.
    expect(validateReport({ ...json, checks: [{ ...json.checks[0], kind: 'page', metric: 'final-url' }] })).toMatchObject({ ok: true });
  });

  it('shows a same-runner baseline with the samples each target took, also when read back from an artifact', () => {
    const report = comparedReport();
    report.baseline = {
      status: 'used',
      source: 'same runner: worktree of abcdef0 (merge-base with origin/main)',
      sha: 'abcdef0123',
      sameRunner: {
        sampling: [
          { target: 'items', samples: 24, stop: 'settled' },
          { target: 'ping', samples: 64, stop: 'max samples' },
        ],
      },
    };
    const line =
      'Baseline: same runner: worktree of abcdef0 (merge-base with origin/main), measured interleaved with this run on the same runner. Samples a side: items 24 (settled), ping 64 (max samples).';
    expect(renderComment(report, { key: 'k' })).toContain(line);
    const back = validateReport(JSON.parse(JSON.stringify(report)));
    expect(renderComment((back as { report: Report }).report, { key: 'k' })).toContain(line);
  });

  it('makes a marker and chart labels of plain characters', () => {
    expect(commentMarker('perf-gate-services/api budget.yml')).toBe('<!-- perf-gate:perf-gate-services_api_budget.yml -->');
    expect(chartLabel('a "b" [c]; d')).toBe('a _b_ _c__ d');
  });
});
