// Calibration: what A/A runs on one machine say about each relative rule. A stored-baseline verdict compares two
// runs, so what matters is how far apart two runs of the same build land: the spread of the run means (σ, as a
// share of the mean; points for a score). A/A differences spread as √2·σ. A rule whose allowed change is 3·√2·σ is
// crossed by an A/A difference once in about 700 (a one-sided normal tail at 3σ), before the interval around the
// estimate is even counted; a real change is caught when it clears the rule by the interval's half-width, and
// nearly always at twice that (one-sided 95 %: z = 1.645). The between-run part of σ, beyond what each run's own
// samples show, is what `relative.runNoise` assumes (run-noise.ts measures it the same way).
import { findMetric } from '../budget/metric-catalog.js';
import type { LocatedRule } from '../budget/plan.js';
import type { TargetKind } from '../budget/metric-catalog.js';
import { mean } from './statistics.js';
import { estimateRunNoise } from './run-noise.js';

const zOneSided = 1.6449;
/** How many A/A spreads a suggested rule allows. */
export const ruleSpreads = 3;

export interface CalibrationInput {
  target: string;
  kind: TargetKind;
  rule: LocatedRule;
  /** Each run's samples of the metric (bursts, or Lighthouse runs). */
  runs: readonly (readonly number[])[];
}

export interface CalibrationRow {
  target: string;
  kind: TargetKind;
  metric: string;
  rule: LocatedRule;
  runs: number;
  /** The run means' spread: a share of the mean in percent, or points for a score. */
  spread: number | null;
  /** The change this runner catches nearly always under the suggested rule, in the same terms. */
  detectable: number | null;
  /** The rule as it would be written; the rule today when nothing changes (an exact count). */
  suggested: string;
  /** The between-run noise in percent (relative.runNoise), when it could be measured. */
  runNoise: number | null;
  exact: boolean;
}

/** Rounded up to a step a person would write: 1 below 10, 5 from there. */
const stepUp = (v: number) => (v < 10 ? Math.max(1, Math.ceil(v - 1e-9)) : Math.ceil(v / 5 - 1e-9) * 5);

function stdev(xs: readonly number[]): number {
  const m = mean(xs) ?? 0;
  return xs.length < 2 ? 0 : Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

/** The rule with its percent (or a score's points) replaced, its absolute floor kept. */
function ruleWith(rule: LocatedRule, allowed: number, score: boolean, worseIsLower: boolean): string {
  const sign = worseIsLower ? '-' : '+';
  if (score) return `${sign}${allowed}`;
  const floor = rule.absolute !== undefined && rule.percent !== undefined ? ` or ${rule.source.split(/\s+or\s+/i)[1]}` : '';
  return `${sign}${allowed}%${floor}`;
}

export function calibrate(input: CalibrationInput): CalibrationRow {
  const def = findMetric(input.kind, input.rule.metric);
  const runs = input.runs.filter((r) => r.length > 0);
  const base = { target: input.target, kind: input.kind, metric: input.rule.metric, rule: input.rule, runs: runs.length };
  const exact = def?.exact === true;
  const means = runs.map((r) => mean(r) as number);
  const grand = mean(means);
  if (exact || runs.length < 2 || grand === null || grand === 0)
    return { ...base, spread: exact ? 0 : null, detectable: null, suggested: input.rule.source, runNoise: null, exact };
  const score = input.rule.unit === 'score';
  // A score moves by points; everything else by a share of its value.
  const spread = score ? stdev(means) : (stdev(means) / Math.abs(grand)) * 100;
  const aa = Math.SQRT2 * spread;
  // A rate cannot fall by more than all of it, nor a score by more than its scale: on a machine that noisy the rule
  // is as loose as it can be written, and the spread says why.
  const most = score ? 100 : def?.better === 'higher' ? 95 : Infinity;
  const allowed = Math.min(stepUp(ruleSpreads * aa), most);
  const noise = estimateRunNoise(runs);
  return {
    ...base,
    spread,
    detectable: allowed + 2 * zOneSided * aa,
    suggested: ruleWith(input.rule, allowed, score, def?.better === 'higher'),
    runNoise: noise ? noise.fraction * 100 : null,
    exact,
  };
}

/** relative.runNoise for the budget: the largest between-run noise measured, rounded up (1 % to 100 %). */
export function suggestedRunNoise(rows: readonly CalibrationRow[]): number | null {
  const measured = rows.filter((r) => !r.exact && r.rule.unit !== 'score').map((r) => r.runNoise ?? 0);
  return measured.length === 0 ? null : Math.min(100, stepUp(Math.max(...measured)));
}
