// Head against base, metric by metric, as intervals rather than single ratios, with the false-alarm rate
// held across all comparisons of a run.
//
// Method: Welch's t interval on the difference of the sample means (bursts for endpoints, runs for pages).
// With the 3–10 samples a gate has, a bootstrap interval is too narrow (it cannot see the spread of unseen
// samples); the t interval widens honestly, and "unsure" says so. Each comparison is a one-sided test that the
// change is worse than its allowed change; Holm's step-down keeps the chance of any false "regressed" in a run
// at alpha (5 %), and each row shows the interval at the level its Holm step used, so rows and verdicts agree.
// Two runs also differ as wholes (run-to-run noise, see run-noise.ts): that variance is added to both sides and
// the degrees of freedom follow Welch–Satterthwaite over all three parts.
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { Better } from '../budget/metric-catalog.js';
import type { RunNoise } from './run-noise.js';
import type { ComparisonStats } from '../report/report.js';
import { mean } from './statistics.js';

export interface ComparisonInput {
  target: string;
  metric: string;
  better: Better;
  /** Allowed change in percent of the base, signed the way the metric gets worse. */
  percent?: number;
  /** Allowed change in the metric's unit, signed the way it gets worse. */
  absolute?: number;
  base: readonly number[];
  head: readonly number[];
  /** Spread of a whole run's mean from run to run; none means the samples are taken to tell all. */
  runNoise?: RunNoise;
}

export const defaultAlpha = 0.05;
const minSamples = 2;
const maxSamplesAdvice = 1000;

interface Welch {
  base: number;
  head: number;
  se: number;
  df: number;
  /** Variance of the difference from the samples alone (shrinks with more samples). */
  sampleVariance: number;
  /** Variance of the difference from run-to-run noise (does not). */
  runVariance: number;
  /** Standard error of the difference with one sample a side (the samples' spread, run noise apart). */
  perSample: number;
}

function welch(base: readonly number[], head: readonly number[], noise: RunNoise | undefined): Welch {
  const mb = mean(base) as number;
  const mh = mean(head) as number;
  const variance = (xs: readonly number[], m: number) => xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
  const vb = variance(base, mb) / base.length;
  const vh = variance(head, mh) / head.length;
  // Each side is one run, so each carries one run effect.
  const vr = noise ? 2 * (noise.fraction * mb) ** 2 : 0;
  const total = vb + vh + vr;
  const se = Math.sqrt(total);
  const rd = noise && Number.isFinite(noise.df) ? vr ** 2 / noise.df : 0;
  // An assumed noise has no estimation error: the t distribution then is the normal one (df capped, as stdlib wants finite df).
  const df = se === 0 ? Infinity : Math.min(1e6, total ** 2 / (vb ** 2 / (base.length - 1) + vh ** 2 / (head.length - 1) + rd));
  return { base: mb, head: mh, se, df, sampleVariance: vb + vh, runVariance: vr, perSample: Math.sqrt(vb * base.length + vh * head.length) };
}

/**
 * Judges every comparison of a run together (Holm across them). `familySize`: the comparisons of the whole family
 * when these are only part of it (one shard of a budget); each step's level then counts the others too, so the
 * shards' verdicts together still hold the false-alarm rate at alpha.
 */
export function compareAll(inputs: readonly ComparisonInput[], alpha = defaultAlpha, familySize = 0): ComparisonStats[] {
  const prepared = inputs.map((input) => prepare(input));
  // Holm's step-down over the comparisons that have enough samples.
  const testable = prepared.map((p, i) => ({ p, i })).filter((x) => x.p.test !== undefined);
  testable.sort((a, b) => a.p.test!.pValue - b.p.test!.pValue || a.i - b.i);
  const m = Math.max(testable.length, familySize);
  const levels = new Map<number, number>();
  let stopped = false;
  let stopLevel = alpha;
  testable.forEach(({ p, i }, step) => {
    const level = alpha / (m - step);
    if (!stopped && p.test!.pValue > level) {
      stopped = true;
      stopLevel = level;
    }
    levels.set(i, stopped ? stopLevel : level);
  });
  return prepared.map((p, i) => judgeAtLevel(p, levels.get(i) ?? alpha));
}

interface Prepared {
  input: ComparisonInput;
  baseMean: number | null;
  headMean: number | null;
  allowed: number | null;
  /** +1 when a rise is worse, −1 when a fall is. */
  sign: 1 | -1;
  test?: { w: Welch; worse: number; pValue: number };
  note?: string;
}

/** How far a metric may move from `base` before a relative rule calls it worse: the larger of its two parts. */
export function allowedChange(rule: { percent?: number; absolute?: number }, base: number): number {
  return Math.max(rule.percent !== undefined ? (Math.abs(rule.percent) / 100) * Math.abs(base) : 0, rule.absolute !== undefined ? Math.abs(rule.absolute) : 0);
}

function prepare(input: ComparisonInput): Prepared {
  const sign = input.better === 'lower' ? 1 : -1;
  const baseMean = mean(input.base);
  const headMean = mean(input.head);
  const allowed = baseMean === null ? null : allowedChange(input, baseMean);
  const base = { input, baseMean, headMean, allowed, sign } as Prepared;
  if (input.base.length < minSamples || input.head.length < minSamples || allowed === null) {
    return { ...base, note: `needs at least ${minSamples} samples on each side (base ${input.base.length}, head ${input.head.length})` };
  }
  const w = welch(input.base, input.head, input.runNoise);
  const worse = sign * (w.head - w.base);
  const pValue = w.se === 0 ? (worse > allowed ? 0 : 1) : 1 - tCdf((worse - allowed) / w.se, w.df);
  return { ...base, test: { w, worse, pValue } };
}

// The interval and verdict of one prepared comparison at the significance level Holm's step-down gave it.
function judgeAtLevel(p: Prepared, level: number): ComparisonStats {
  const confidence = 1 - 2 * level;
  const out: ComparisonStats = {
    baseMean: p.baseMean,
    headMean: p.headMean,
    baseN: p.input.base.length,
    headN: p.input.head.length,
    delta: p.baseMean !== null && p.headMean !== null ? p.headMean - p.baseMean : null,
    deltaPercent: null,
    interval: null,
    intervalPercent: null,
    allowed: p.allowed,
    confidence,
    pValue: p.test?.pValue ?? null,
    verdict: 'unsure',
    ...(p.note && { note: p.note }),
    ...(p.input.runNoise && { runNoise: p.input.runNoise }),
  };
  const pct = (v: number) => (p.baseMean ? (v / Math.abs(p.baseMean)) * 100 : null);
  if (out.delta !== null) out.deltaPercent = pct(out.delta);
  if (!p.test || p.allowed === null) return out;

  const { w, worse } = p.test;
  if (Number.isFinite(w.perSample)) out.perSampleSe = w.perSample;
  const tCritical = w.se === 0 ? 0 : tQuantile(1 - level, w.df);
  const lo = worse - tCritical * w.se;
  const hi = worse + tCritical * w.se;
  // Back from "worse" units to head − base.
  out.interval = p.sign === 1 ? [lo, hi] : [-hi, -lo];
  const [a, b] = out.interval;
  const pa = pct(a);
  const pb = pct(b);
  out.intervalPercent = pa === null || pb === null ? null : [pa, pb];

  const allowed = p.allowed;
  if (lo >= allowed && p.test.pValue <= level) out.verdict = 'regressed';
  else if (hi > allowed) {
    out.verdict = 'unsure';
    const needed = samplesNeeded(worse, allowed, tCritical, w, Math.min(out.baseN, out.headN));
    if (needed === null) out.note = 'run-to-run noise alone is wider than the margin; more samples will not settle it, a same-runner comparison can';
    else out.samplesNeeded = needed;
  } else if (hi < -allowed) out.verdict = 'improved';
  else out.verdict = 'unchanged';
  return out;
}

// The samples' part of the variance shrinks as 1/n, the run-to-run part does not: the samples per side at which
// the half-width would no longer reach the threshold, or null when the run part alone reaches it.
function samplesNeeded(estimate: number, allowed: number, q: number, w: Welch, n: number): number | null {
  const gap = Math.abs(estimate - allowed);
  if (gap === 0) return maxSamplesAdvice;
  const room = (gap / q) ** 2 - w.runVariance;
  if (room <= 0) return null;
  return Math.min(maxSamplesAdvice, Math.max(n + 1, Math.ceil((n * w.sampleVariance) / room)));
}
