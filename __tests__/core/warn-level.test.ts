import { describe, expect, it } from '@jest/globals';
import { endpointResult } from '../../__fixtures__/report.js';
import { compareWithBaseline } from '../../src/core/verdict/baseline.js';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { evaluateChecks } from '../../src/core/verdict/checks.js';
import { ExitCode } from '../../src/core/errors.js';
import { outcomeOf, verdictOf } from '../../src/core/verdict/outcome.js';
import { renderComment } from '../../src/core/render/render-comment.js';
import { verdictLine } from '../../src/core/render/render-shared.js';
import { renderTerminal } from '../../src/core/render/render-terminal.js';
import type { Report, TargetResult } from '../../src/core/report/report.js';
import { parseRelativeRule, parseThreshold } from '../../src/core/budget/threshold.js';
import { budgetErrors } from '../helpers/budget-errors.js';

const budget = `app: { baseUrl: 'http://127.0.0.1:3000' }
endpoints:
  - name: items
    url: /items
    thresholds: ['p95 < 25ms (warn)', 'p99 < 500ms', 'errors == 0']
    relative: { p95: '+10% (warn)', p99: +50% }
`;
const plan = parseBudget(budget, 'b.yml', '/r');

const withSamples = (t: TargetResult, metric: string, samples: number[]): TargetResult => ({
  ...t,
  metrics: { ...t.metrics, [metric]: { value: samples.reduce((a, b) => a + b) / samples.length, unit: 'ms', samples } },
});

describe('warn-level rules', () => {
  it('parse with "(warn)" after the rule, the rest unchanged', () => {
    expect(parseThreshold('endpoint', 'p95 < 25ms (warn)')).toEqual({
      ok: true,
      value: { source: 'p95 < 25ms', metric: 'p95', op: '<', value: 25, unit: 'ms', level: 'warn' },
    });
    expect(parseThreshold('endpoint', 'p95 < 25ms')).toEqual({ ok: true, value: { source: 'p95 < 25ms', metric: 'p95', op: '<', value: 25, unit: 'ms' } });
    expect(parseRelativeRule('endpoint', 'p95', '+10% or +2ms (WARN)')).toEqual({
      ok: true,
      value: { source: '+10% or +2ms', metric: 'p95', unit: 'ms', percent: 10, absolute: 2, level: 'warn' },
    });
  });

  it('a misspelt level is a located error that says how to write one', () => {
    expect(budgetErrors(budget.replace("'p95 < 25ms (warn)'", "'p95 < 25ms (warning)'"))).toEqual([
      "b.yml:5:18: endpoints[0].thresholds[0]: unknown level '(warning)' in 'p95 < 25ms (warning)': expected '(warn)' after the rule to only warn, or nothing",
    ]);
  });

  it('a broken warn threshold is a warning: shown and annotated, the run passes', () => {
    const items = endpointResult('items', { rps: 800, p50: 10, p90: 20, p95: 31.5, p99: 60, errorRate: 0 });
    const checks = evaluateChecks(plan, [items]);
    expect(checks[0]).toMatchObject({ metric: 'p95', outcome: 'warn', level: 'warn', line: 5, message: 'items: p95 31.5 ms breaks budget < 25 ms (warn)' });
    expect(verdictOf(checks, [])).toBe('pass');
    const report = { budgetFile: 'b.yml', checks, comparisons: [], errors: [], verdict: 'pass' as const };
    const o = outcomeOf(report);
    expect(o.exitCode).toBe(ExitCode.pass);
    expect(o.failedChecks).toEqual([]);
    expect(o.annotations).toEqual([
      { level: 'warning', title: 'perf-gate budget warning', message: 'items: p95 31.5 ms breaks budget < 25 ms (warn)', file: 'b.yml', line: 5 },
    ]);
  });

  it('a warn rule that regresses does not fail the gate, and keeps the gating rules in their own Holm family', () => {
    const t = endpointResult('items', { rps: 800, p50: 10, p90: 20, p95: 10, p99: 60, errorRate: 0 });
    const baseTarget = withSamples(withSamples(t, 'p95', [10, 10.1, 9.9, 10, 10.05, 9.95]), 'p99', [60, 61, 59, 60, 60.5, 59.5]);
    const headTarget = withSamples(withSamples(t, 'p95', [15, 15.1, 14.9, 15, 15.05, 14.95]), 'p99', [60, 61, 59, 60, 60.5, 59.5]);
    const env = { cpuModel: 'x', cores: 2, memoryBytes: 1, os: { platform: 'linux', release: '6', arch: 'x64' }, node: 'v24', perfGate: '0' };
    const base = { environment: env, targets: [baseTarget] } as unknown as Report;
    const rows = compareWithBaseline(plan, { environment: env, targets: [headTarget] }, base);
    const p95 = rows.find((r) => r.metric === 'p95');
    expect(p95).toMatchObject({ verdict: 'regressed', level: 'warn', rule: '+10%', line: 6 });
    // Alone in its family, the warn row's interval is at its Holm step's first level (90 % two-sided for a one-sided
    // 5 %), not the stricter 95 % it would get sharing the family with the gating p99 row.
    expect(p95?.confidence).toBeCloseTo(0.9, 5);
    const checks = evaluateChecks(plan, [headTarget]);
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'perf-gate', version: '0' },
      budgetFile: 'b.yml',
      startedAt: '2026-01-01T00:00:00Z',
      finishedAt: '2026-01-01T00:00:10Z',
      environment: env,
      timings: { totalMs: 10_000 },
      targets: [headTarget],
      checks,
      comparisons: rows,
      verdict: verdictOf(checks, [], rows),
      errors: [],
    };
    expect(report.verdict).toBe('pass');
    expect(outcomeOf(report).annotations).toContainEqual(expect.objectContaining({ level: 'warning', title: 'perf-gate regression (warn)', line: 6 }));
    expect(verdictLine(report)).toBe('all 3 budgets met (1 warning); 1 regressed, 1 unchanged');
    expect(renderComment(report, { key: 'b.yml' })).toMatch(/\| ⚠️ \| items \| p95 \| \+10% \(warn\) \| .* \| regressed \(warning\) \|/);
    expect(renderTerminal(report)).toContain('+10% (warn)');
  });
});
