// A relative rule that no affordable number of samples can decide. An interval on the difference narrows as
// 1/√n: with one sample a side its half-width is q·SE₁, with n it is q·SE₁/√n. When even the most samples a
// comparison may take leave the half-width at or above the allowed change, the interval can never fit on either
// side of the limit, so the rule stays `unsure` whatever is measured (a TBT rule over 3 Lighthouse runs whose
// runs differ by ±400 %). Such a rule is flagged once, and confirmation does not spend its time on it.
import { findMetric } from '../budget/metric-catalog.js';
import type { ComparisonRow } from '../report/report.js';

// One-sided 95 %: the normal quantile, the narrowest a t interval gets, so only rules that are hopeless are flagged.
const zOneSided = 1.6449;

/**
 * True when `maxSamples` a side could not bring the rule's interval inside its allowed change, nor (at the estimate
 * so far) wholly past it: it would stay `unsure` at the most samples it may take. A change far past the limit is
 * decidable however wide the interval, so it is never flagged.
 */
export function undecidable(row: Pick<ComparisonRow, 'verdict' | 'allowed' | 'perSampleSe' | 'kind' | 'metric' | 'delta'>, maxSamples: number): boolean {
  if (row.verdict !== 'unsure' || row.allowed === null || row.allowed <= 0 || row.perSampleSe === undefined || row.delta === null) return false;
  const halfWidth = (zOneSided * row.perSampleSe) / Math.sqrt(maxSamples);
  const better = findMetric(row.kind, row.metric)?.better;
  const worse = better === 'higher' ? -row.delta : row.delta;
  return halfWidth >= row.allowed && Math.abs(worse - row.allowed) < halfWidth;
}

/** "tbt: ±400% with 3 runs; this rule cannot be decided: loosen it or raise runs". */
export function undecidableNote(row: Pick<ComparisonRow, 'kind' | 'metric' | 'intervalPercent' | 'baseN' | 'headN'>): string {
  const n = Math.min(row.baseN, row.headN);
  const half = row.intervalPercent ? Math.abs(row.intervalPercent[1] - row.intervalPercent[0]) / 2 : null;
  const unit = row.kind === 'page' ? 'run' : 'sample';
  const spread = half === null ? '' : `±${half < 10 ? half.toFixed(1) : Math.round(half)}% with `;
  return `${row.metric}: ${spread}${n} ${unit}${n === 1 ? '' : 's'}; this rule cannot be decided: loosen it or raise ${row.kind === 'page' ? 'runs' : 'samples'}`;
}

/**
 * The standard error with one sample a side that a comparison beside the base would have: both sides measured anew on
 * this runner, each spreading about as the head's samples did. A stored run's spread is not what confirmation meets
 * (one burst of it stalled by a busy runner would otherwise flag a rule confirmation settles in its fewest samples).
 */
export function besideBaseSe(head: readonly number[]): number | undefined {
  if (head.length < 2) return undefined;
  const m = head.reduce((s, x) => s + x, 0) / head.length;
  const variance = head.reduce((s, x) => s + (x - m) ** 2, 0) / (head.length - 1);
  return Math.sqrt(2 * variance);
}
