import { describe, expect, it } from '@jest/globals';
import { ExitCode } from '../../src/core/errors.js';
import { outcomeOf } from '../../src/core/verdict/outcome.js';
import type { CheckResult, ComparisonRow, Report } from '../../src/core/report/report.js';

const check = (outcome: CheckResult['outcome'], line?: number): CheckResult => ({
  target: 'items',
  kind: 'endpoint',
  metric: 'p95',
  threshold: 'p95 < 20ms',
  op: '<',
  limit: 20,
  unit: 'ms',
  actual: outcome === 'pass' ? 10 : 30,
  outcome,
  message: `items: p95 ${outcome === 'pass' ? '10 ms meets' : '30 ms breaks'} budget < 20 ms`,
  origin: 'budget',
  ...(line !== undefined && { line }),
});

const row = (verdict: ComparisonRow['verdict'], gating = true): ComparisonRow => ({
  target: 'items',
  kind: 'endpoint',
  metric: 'p95',
  rule: '+10%',
  gating,
  reasons: gating ? [] : ['other CPU'],
  line: 9,
  verdict,
  baseMean: 10,
  headMean: 12,
  delta: 2,
  deltaPercent: 20,
  interval: [1, 3],
  intervalPercent: [10, 30],
  pValue: 0.01,
  confidence: 0.95,
  allowed: 1,
  baseN: 5,
  headN: 5,
});

const report = (r: Partial<Report>) => ({ budgetFile: 'perf-budget.yml', checks: [], comparisons: [], errors: [], verdict: 'pass' as const, ...r });

describe('outcomeOf', () => {
  it('passes a clean run', () => {
    expect(outcomeOf(report({ checks: [check('pass')] }))).toEqual({
      failedChecks: [],
      regressions: [],
      failing: [],
      exitCode: ExitCode.pass,
      annotations: [],
    });
  });

  it('fails on a broken budget and a gating regression, each annotated on its line', () => {
    const o = outcomeOf(
      report({ verdict: 'fail', checks: [check('fail', 7), check('pass')], comparisons: [row('regressed'), row('regressed', false), row('unsure')] }),
    );
    expect(o.failing).toEqual(['budget', 'regression']);
    expect(o.exitCode).toBe(ExitCode.failed);
    expect(o.regressions).toHaveLength(1);
    expect(o.annotations).toEqual([
      { level: 'error', title: 'perf-gate budget failed', message: 'items: p95 30 ms breaks budget < 20 ms', file: 'perf-budget.yml', line: 7 },
      {
        level: 'error',
        title: 'perf-gate regression',
        message: 'items p95 10 ms → 12 ms (+20.0%), beyond the rule +10%, interval +1 ms … +3 ms',
        file: 'perf-budget.yml',
        line: 9,
      },
    ]);
  });

  it('under fail-on leaves out what it is told to, still pointing at it as a warning', () => {
    const o = outcomeOf(report({ verdict: 'fail', checks: [check('fail', 7)], comparisons: [row('regressed')] }), { budget: false, regression: true });
    expect(o.failing).toEqual(['regression']);
    expect(o.annotations.map((a) => a.level)).toEqual(['warning', 'error']);
    const none = outcomeOf(report({ verdict: 'fail', checks: [check('fail', 7)] }), { budget: false, regression: false });
    expect([none.failing, none.exitCode]).toEqual([[], ExitCode.pass]);
  });

  it('fails a run that could not complete whatever fail-on says, its errors annotated without a file', () => {
    const o = outcomeOf(report({ verdict: 'error', errors: ['the app exited with code 1 before it was ready'] }), { budget: false, regression: false });
    expect(o.failing).toEqual(['error']);
    expect(o.exitCode).toBe(ExitCode.run);
    expect(o.annotations).toEqual([{ level: 'error', message: 'the app exited with code 1 before it was ready' }]);
  });
});
