// When a target measured for its absolute budgets may stop sampling: after its minimum, as soon as every threshold
// is clear of its limit, else at its maximum. Pure, so the rule is tested on fixed samples.
//
// The rule: at each look (every sample from the minimum on) a threshold is clear when the interval around the
// samples' centre excludes its limit, one-sided at `earlyStopErrorRate` split evenly over the looks the range allows
// (Bonferroni): an early stop puts a threshold on the wrong side of its limit at most 5 % of the time. Totals that
// only grow with more samples (requests, errors, the max) are clear only once more samples cannot change their outcome.
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { TargetKind } from '../budget/metric-catalog.js';
import type { MetricResult, ThresholdSamplingStop } from '../report/report.js';
import { assumedRunNoise } from '../verdict/run-noise.js';
import { defaultRunNoisePercent } from '../budget/defaults.js';
import { mean, median } from '../verdict/statistics.js';
import type { Threshold } from '../budget/threshold.js';

/** The chance that stopping early leaves a threshold judged on the wrong side of its limit. */
export const earlyStopErrorRate = 0.05;

type Judged = Pick<Threshold, 'metric' | 'op' | 'value' | 'source'>;

// Endpoint metrics that add up (or only rise) over the bursts rather than average.
const growing: Record<string, 'sum' | 'max'> = { requests: 'sum', errors: 'sum', timeouts: 'sum', non2xx: 'sum', max: 'max' };

/** Whether more samples could still move this threshold across its limit. */
export function isClear(kind: TargetKind, t: Judged, metric: MetricResult | undefined, looks: number, alpha = earlyStopErrorRate): boolean {
  const xs = metric?.samples ?? [];
  if (xs.length === 0) return false;
  const grows = kind === 'endpoint' ? growing[t.metric] : undefined;
  if (grows) {
    // Settled once the outcome can only stay as it is: broken for "<", "<=" and "==", met for ">" and ">=".
    const total = grows === 'sum' ? xs.reduce((s, x) => s + x, 0) : Math.max(...xs);
    if (t.op === '>') return total > t.value;
    if (t.op === '>=') return total >= t.value;
    return t.op === '<' ? total >= t.value : total > t.value;
  }
  const centre = (kind === 'page' ? median(xs) : mean(xs)) as number;
  const m = mean(xs) as number;
  const sd = xs.length < 2 ? 0 : Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
  // A score moves by points between Lighthouse runs even when a few runs happened to agree (none at 100 or 0).
  const floor = metric?.unit === 'score' ? assumedRunNoise(defaultRunNoisePercent, 'score', { base: xs, head: [] }).fraction * Math.abs(m) : 0;
  const spreadKnown = floor > sd;
  if (xs.length < 2 && !spreadKnown) return false;
  const level = 1 - alpha / Math.max(1, looks);
  const q = tQuantile(level, spreadKnown ? 1e6 : xs.length - 1);
  const margin = (q * Math.max(sd, floor)) / Math.sqrt(xs.length);
  // No spread at all (a count or a size that never moved): the value is exact, even on its limit.
  return margin === 0 || Math.abs(centre - t.value) > margin;
}

interface SamplingState {
  kind: TargetKind;
  taken: number;
  min: number;
  max: number;
  thresholds: readonly Judged[];
  metrics: Record<string, MetricResult>;
}

/** Why sampling stops now (and the thresholds still near their limits at the maximum), or null to take another sample. */
export function thresholdStop(s: SamplingState): { stop: ThresholdSamplingStop; near?: string[] } | null {
  // Decided at once: an endpoint whose every request failed (none answered as accepted) has only its errors to judge,
  // and more samples add none. A burst with nothing back yet (a slow app on a busy machine) is not that.
  if (s.kind === 'endpoint' && s.taken > 0 && answeredNothing(s.metrics)) return { stop: 'no answers' };
  if (s.taken < s.min) return null;
  if (s.min === s.max) return s.taken >= s.max ? { stop: 'fixed' } : null;
  if (s.thresholds.length === 0) return { stop: 'no thresholds' };
  const looks = s.max - s.min + 1;
  const near = s.thresholds.filter((t) => !isClear(s.kind, t, s.metrics[t.metric], looks)).map((t) => t.source);
  if (near.length === 0) return { stop: 'clear' };
  return s.taken >= s.max ? { stop: 'max samples', near } : null;
}

/** Every request so far failed: none answered with an accepted status, and some failed. */
export const answeredNothing = (metrics: Readonly<Record<string, MetricResult | undefined>>): boolean =>
  metrics.requests?.value === 0 && (metrics.errors?.value ?? 0) > 0;
