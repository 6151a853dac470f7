// What the markdown and terminal renderings say alike: the verdict line and the endpoint columns.
import { metricDef } from './metric-catalog.js';
import type { CheckResult, Report, TargetResult } from './report.js';
import { formatValue } from './units.js';

export function verdictLine(report: Report): string {
  const failed = report.checks.filter((c) => c.outcome === 'fail').length;
  const total = report.checks.length;
  if (report.verdict === 'error') return `could not complete: ${report.errors.length} error${report.errors.length === 1 ? '' : 's'}, ${failed} of ${total} budgets failed`;
  if (failed > 0) return `${failed} of ${total} budget${total === 1 ? '' : 's'} failed`;
  return `all ${total} budget${total === 1 ? '' : 's'} met`;
}

export const verdictSymbol = { pass: '✅', fail: '❌', error: '⚠️' } as const;

/** Failed checks first, then in budget order, so the reader sees what broke. */
export function orderedChecks(checks: readonly CheckResult[]): CheckResult[] {
  return [...checks].sort((a, b) => Number(a.outcome === 'pass') - Number(b.outcome === 'pass'));
}

export function budgetText(c: CheckResult): string {
  return `${c.op} ${formatValue(c.limit, c.unit)}${c.origin === 'default' ? ' (default)' : ''}`;
}

export const endpointColumns = ['rps', 'p50', 'p90', 'p95', 'p99', 'error-rate'] as const;

export function endpointCells(t: TargetResult): string[] {
  if (t.status === 'error') return endpointColumns.map(() => '–');
  return endpointColumns.map((id) => formatValue(t.metrics[id]?.value, metricDef('endpoint', id).unit));
}

export const pageColumns = ['performance', 'lcp', 'fcp', 'tbt', 'cls', 'total-bytes', 'requests'] as const;

export function pageCells(t: TargetResult): string[] {
  if (t.status === 'error') return pageColumns.map(() => '–');
  return pageColumns.map((id) => formatValue(t.metrics[id]?.value, metricDef('page', id).unit));
}

/** "3/3", or "2/3 (1 retry)" when runs were attempted again. */
export function pageRunsText(t: TargetResult): string {
  const runs = t.page?.runs ?? [];
  const ok = runs.filter((r) => r.ok).length;
  const retries = runs.filter((r) => r.attempt > 1).length;
  return `${ok}/${t.page?.runsPlanned ?? 0}${retries ? ` (${retries} retr${retries === 1 ? 'y' : 'ies'})` : ''}`;
}

export function fingerprintLine(report: Report): string {
  const e = report.environment;
  const sha = e.git?.sha ? ` · ${e.git.sha.slice(0, 7)}` : '';
  const browser = e.browser ? ` · Lighthouse ${e.browser.lighthouse}${e.browser.benchmarkIndex === null ? '' : ` (benchmark index ${Math.round(e.browser.benchmarkIndex)})`}` : '';
  return `perf-gate ${e.perfGate} · Node ${e.node} · ${e.os.platform} ${e.os.arch} · ${e.cores} × ${e.cpuModel}${browser}${sha}`;
}
