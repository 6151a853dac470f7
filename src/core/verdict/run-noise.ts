// How much a run's mean moves from one run to the next beyond what its own samples show: machines, neighbours
// and time of day shift a whole run. Samples within a run cannot see it, so a comparison of two runs that
// ignores it cries wolf. Estimated from stored runs (one-way random-effects ANOVA), else an assumed floor.
import { mean } from './statistics.js';
import { defaultRunNoisePercent } from '../budget/defaults.js';
import type { Unit } from '../units.js';

export interface RunNoise {
  /** Run-to-run standard deviation of a run's mean, as a fraction of the mean. */
  fraction: number;
  /** Degrees of freedom of the estimate; Infinity for an assumed value. */
  df: number;
  source: 'history' | 'assumed';
  /** Runs the estimate came from. */
  runs?: number;
}

/** Stored runs needed before their spread is trusted over the assumed floor. */
export const minNoiseRuns = 3;

/**
 * Between-run spread from the samples of several runs of one metric: the variance of the run means less the
 * part their own sample variance explains, relative to the grand mean. Null below `minNoiseRuns` usable runs.
 */
export function estimateRunNoise(runs: readonly (readonly number[])[]): RunNoise | null {
  const usable = runs.filter((r) => r.length >= 2);
  if (usable.length < minNoiseRuns) return null;
  const means = usable.map((r) => mean(r) as number);
  const grand = mean(means) as number;
  if (grand === 0) return null;
  const k = usable.length;
  const betweenMeans = means.reduce((s, m) => s + (m - grand) ** 2, 0) / (k - 1);
  const withinPart = usable.reduce((s, r, i) => s + r.reduce((t, x) => t + (x - (means[i] as number)) ** 2, 0) / (r.length - 1) / r.length, 0) / k;
  const variance = Math.max(0, betweenMeans - withinPart);
  return { fraction: Math.sqrt(variance) / Math.abs(grand), df: k - 1, source: 'history', runs: k };
}

/** Lighthouse scores of one page moved by up to 3 points between runs: the spread assumed at mid-scale, at the
 * default runNoise (a budget's runNoise scales it). */
export const assumedScorePoints = 3;

/**
 * The run-to-run noise assumed for a metric while stored runs are too few to measure it. Most metrics move by a
 * share of their value (`percent`). A 0–100 score moves by points, less the nearer it is to a bound: a page at
 * 100 in every run cannot drift further up, so identical runs there are unchanged, not unsure. A count or a size
 * is assumed to move between runs no more than it does within each side's run: one that never varies within a
 * run is taken as exact.
 */
export function assumedRunNoise(
  percent: number,
  unit?: Unit,
  samples: { base: readonly number[]; head: readonly number[] } = { base: [], head: [] },
): RunNoise {
  const assumed = (fraction: number): RunNoise => ({ fraction, df: Infinity, source: 'assumed' });
  if (unit === 'score') {
    const m = Math.min(100, Math.max(0, mean(samples.base) ?? 50));
    const points = ((assumedScorePoints * percent) / defaultRunNoisePercent) * (Math.sqrt(m * (100 - m)) / 50);
    return assumed(m === 0 ? 0 : points / m);
  }
  if (unit === 'count' || unit === 'bytes') {
    const spread = Math.max(withinCv(samples.base), withinCv(samples.head));
    return assumed(Math.min(percent / 100, spread));
  }
  return assumed(percent / 100);
}

// Sample standard deviation over the mean; 0 for fewer than two samples or a zero mean.
function withinCv(xs: readonly number[]): number {
  const m = mean(xs);
  if (xs.length < 2 || !m) return 0;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1)) / Math.abs(m);
}
