// Which stored-baseline verdicts are worth measuring again beside the base. Against a stored run, run-to-run
// noise leaves most rows `unsure` whatever the change; confirming each costs a same-runner comparison. A row is
// suspect when it is `regressed`, or `unsure` with its estimate at least halfway to the allowed worsening: an
// unchanged build lands there about a quarter of the time (estimate spread ≈ the run noise), a change of twice
// the allowed worsening almost always; or `unsure` because the runner's change of speed since the stored run could
// have made its verdict (runner-speed.ts).
import { findMetric } from '../budget/metric-catalog.js';
import type { ComparisonRow } from '../report/report.js';

/** The share of the allowed worsening an `unsure` row's estimate must reach to be confirmed. */
export const suspectShare = 0.5;

export function isSuspect(
  row: Pick<ComparisonRow, 'gating' | 'verdict' | 'kind' | 'metric' | 'delta' | 'allowed'> & Partial<Pick<ComparisonRow, 'baseMean' | 'headMean' | 'drift'>>,
): boolean {
  if (!row.gating) return false;
  // A side with nothing measured (an endpoint that answered no request) is decided by its error rows: measuring it
  // again beside the base would measure nothing more.
  if (row.baseMean === null || row.headMean === null) return false;
  if (row.verdict === 'regressed') return true;
  if (row.verdict !== 'unsure') return false;
  // Regressed as measured or at the stored run's speed, the runner's change of speed between: only beside the base can tell.
  if (row.drift && (row.drift.measured === 'regressed' || row.drift.scaled === 'regressed')) return true;
  const better = findMetric(row.kind, row.metric)?.better;
  // Without an estimate nothing says it is fine.
  if (row.delta === null || row.allowed === null || !better) return true;
  const worse = better === 'lower' ? row.delta : -row.delta;
  return worse >= suspectShare * row.allowed;
}
