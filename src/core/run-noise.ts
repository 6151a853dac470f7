// How much a run's mean moves from one run to the next beyond what its own samples show: machines, neighbours
// and time of day shift a whole run. Samples within a run cannot see it, so a comparison of two runs that
// ignores it cries wolf. Estimated from stored runs (one-way random-effects ANOVA), else an assumed floor.
import { mean } from './statistics.js';

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

export function assumedRunNoise(percent: number): RunNoise {
  return { fraction: percent / 100, df: Infinity, source: 'assumed' };
}
