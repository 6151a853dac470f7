// What a run's report means for the gate, decided once: the failed budgets, the regressions that gate, the verdict,
// the exit code, why the check fails under fail-on, and what to annotate. The CLI, the action and the comment all
// read it rather than judge the report again.
import { ExitCode, type ExitCodeValue } from '../errors.js';
import type { CheckResult, ComparisonRow, Report, Verdict } from '../report/report.js';
import { metricDef } from '../budget/metric-catalog.js';
import { formatValue, signed, signedPct } from '../units.js';

/** Which findings fail the check (the action's fail-on input); a run that could not complete always does. */
export interface FailOn {
  budget: boolean;
  regression: boolean;
}

const failOnAll: FailOn = { budget: true, regression: true };

type FailingReason = 'error' | 'budget' | 'regression';

/** One note for the budget file's line (file undefined: a note about the run as a whole). */
export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  title?: string;
  /** The budget file as the report names it. */
  file?: string;
  line?: number;
}

interface Outcome {
  failedChecks: CheckResult[];
  regressions: ComparisonRow[];
  failing: FailingReason[];
  exitCode: ExitCodeValue;
  annotations: Annotation[];
}

export const failedChecks = (checks: readonly CheckResult[]): CheckResult[] => checks.filter((c) => c.outcome === 'fail');

/** Regressed rows of error-level rules against a comparable baseline: the only ones that can fail the gate. */
export const gatingRegressions = (rows: readonly ComparisonRow[]): ComparisonRow[] =>
  rows.filter((r) => r.gating && r.verdict === 'regressed' && r.level !== 'warn' && !r.accepted);

/** Regressions the pull request's accept label let pass: shown and annotated, never failing the run. */
export const acceptedRegressions = (rows: readonly ComparisonRow[]): ComparisonRow[] => rows.filter((r) => r.accepted === true);

/** What warn-level rules found: broken thresholds and regressions, shown and annotated, never failing the run. */
export const warnings = (report: Pick<Report, 'checks' | 'comparisons'>): { checks: CheckResult[]; regressions: ComparisonRow[] } => ({
  checks: report.checks.filter((c) => c.outcome === 'warn'),
  regressions: report.comparisons.filter((r) => r.gating && r.verdict === 'regressed' && r.level === 'warn'),
});

/** 'error' when the run could not complete; else 'fail' when a check failed or a comparable metric regressed. */
export function verdictOf(checks: readonly CheckResult[], errors: readonly string[], comparisons: readonly ComparisonRow[] = []): Verdict {
  if (errors.length > 0) return 'error';
  return gatingRegressions(comparisons).length > 0 || failedChecks(checks).length > 0 ? 'fail' : 'pass';
}

export function outcomeOf(report: Pick<Report, 'budgetFile' | 'checks' | 'comparisons' | 'errors' | 'verdict'>, failOn: FailOn = failOnAll): Outcome {
  const failed = failedChecks(report.checks);
  const regressions = gatingRegressions(report.comparisons);
  const failing: FailingReason[] = [];
  if (report.verdict === 'error') failing.push('error');
  if (failOn.budget && failed.length > 0) failing.push('budget');
  if (failOn.regression && regressions.length > 0) failing.push('regression');
  // What fail-on leaves out is still pointed at, as a warning.
  const at = (line: number | undefined) => ({ file: report.budgetFile, ...(line !== undefined && { line }) });
  const annotations: Annotation[] = [
    ...failed.map((c): Annotation => ({ level: failOn.budget ? 'error' : 'warning', title: 'perf-gate budget failed', message: c.message, ...at(c.line) })),
    ...regressions.map((r): Annotation => ({
      level: failOn.regression ? 'error' : 'warning',
      title: 'perf-gate regression',
      message: regressionText(r),
      ...at(r.line),
    })),
    ...report.errors.map((message): Annotation => ({ level: 'error', message })),
  ];
  const warned = warnings(report);
  annotations.push(
    ...warned.checks.map((c): Annotation => ({ level: 'warning', title: 'perf-gate budget warning', message: c.message, ...at(c.line) })),
    ...warned.regressions.map((r): Annotation => ({ level: 'warning', title: 'perf-gate regression (warn)', message: regressionText(r), ...at(r.line) })),
    ...acceptedRegressions(report.comparisons).map((r): Annotation => ({
      level: 'warning',
      title: 'perf-gate regression (accepted)',
      message: regressionText(r),
      ...at(r.line),
    })),
  );
  const exitCode = failing.length === 0 ? ExitCode.pass : failing.includes('error') ? ExitCode.run : ExitCode.failed;
  return { failedChecks: failed, regressions, failing, exitCode, annotations };
}

/** A regressed row in one line, for an annotation on the rule's line: "items p95 3.10 ms → 3.72 ms (+20.0%), rule +10%". */
function regressionText(r: ComparisonRow): string {
  const unit = metricDef(r.kind, r.metric).unit;
  const change = r.deltaPercent === null ? '' : ` (${signedPct(r.deltaPercent)})`;
  const interval = r.interval ? `, interval ${signed(r.interval[0], unit)} … ${signed(r.interval[1], unit)}` : '';
  return `${r.target} ${r.metric} ${formatValue(r.baseMean, unit)} → ${formatValue(r.headMean, unit)}${change}, beyond the rule ${r.rule}${interval}`;
}
