// When interleaved A/B sampling of a target may stop: every relative rule of it settled (not unsure), the
// per-side maximum reached, or the time budget spent. Pure, so the rule is tested on fixed samples.
import { judged, ruleInput } from '../verdict/baseline.js';
import { compareAll, defaultAlpha } from '../verdict/compare.js';
import type { ComparisonVerdict } from '../report/report.js';
import type { EndpointPlan, LocatedRule, PagePlan } from '../budget/plan.js';
import type { SamplingStop, TargetResult } from '../report/report.js';
import { mean } from '../verdict/statistics.js';

/**
 * Samples as one mean per start of the apps. A process keeps its own speed for its whole life (where its threads
 * landed beside a busy neighbour, what its JIT chose), so bursts of one process are not independent of each other:
 * with each start one sample, that speed counts as noise and two identical apps do not look different.
 */
export function meansPerStart(samples: readonly number[], starts: readonly number[] | undefined): number[] {
  if (!starts || starts.length < 2) return [...samples];
  return starts
    .map((from, i) => samples.slice(from, starts[i + 1] ?? samples.length))
    .map((part) => mean(part))
    .filter((m): m is number => m !== null);
}

/** A target's metrics with their samples as one mean per start of the apps, for comparing. */
export function perStart(target: TargetResult, starts: readonly number[] | undefined): TargetResult {
  if (!starts || starts.length < 2) return target;
  const metrics = Object.fromEntries(Object.entries(target.metrics).map(([k, m]) => [k, { ...m, samples: meansPerStart(m.samples, starts) }]));
  return { ...target, metrics };
}

/** The default samples a side between restarts: four starts by the minimum, so a start's own speed can be seen. */
export function defaultRestartEvery(minSamples: number): number {
  return Math.max(1, Math.floor(minSamples / 4));
}

/**
 * Each relative rule's verdict so far, as unsettledMetrics judges it (alpha / all rules of the run, per start).
 */
export function ruleVerdicts(
  target: Pick<EndpointPlan | PagePlan, 'kind' | 'relative'>,
  head: TargetResult,
  base: TargetResult,
  rulesInRun: number,
  appStarts?: readonly number[],
): { rule: LocatedRule; verdict: ComparisonVerdict }[] {
  [head, base] = [perStart(head, appStarts), perStart(base, appStarts)];
  return target.relative
    .filter((rule) => judged(rule, head, base))
    .map((rule) => ({
      rule,
      verdict:
        compareAll([ruleInput({ kind: target.kind, name: head.name }, rule, base, head)], defaultAlpha / Math.max(1, rulesInRun))[0]?.verdict ?? 'unsure',
    }));
}

/** A gating rule of the target settled as regressed: the run fails whatever the other rules say. */
export function decidingRule(verdicts: readonly { rule: LocatedRule; verdict: ComparisonVerdict }[]): LocatedRule | undefined {
  return verdicts.find((v) => v.verdict === 'regressed' && v.rule.level !== 'warn')?.rule;
}

/**
 * The metrics of a target whose comparison is still unsure. Each rule is judged at alpha / (all rules of the run),
 * the strictest level Holm's step-down can give it in the final verdict: settled here stays settled there.
 */
export function unsettledMetrics(
  target: Pick<EndpointPlan | PagePlan, 'kind' | 'relative'>,
  head: TargetResult,
  base: TargetResult,
  rulesInRun: number,
  appStarts?: readonly number[],
): string[] {
  return ruleVerdicts(target, head, base, rulesInRun, appStarts)
    .filter((v) => v.verdict === 'unsure')
    .map((v) => v.rule.metric);
}

interface SamplingState {
  samples: number;
  min: number;
  max: number;
  /** Whether the shared time budget for extra samples is spent. */
  outOfTime: boolean;
  unsettled: readonly string[];
  hasRules: boolean;
  /** Why the run's outcome no longer depends on more samples (a gating rule or budget already failed), if it does not. */
  decided?: string;
}

/** Why sampling stops now, or null to take another round. The minimum is always taken. */
export function stopReason(s: SamplingState): SamplingStop | null {
  if (s.samples < s.min) return null;
  if (!s.hasRules) return 'no relative rules';
  if (s.unsettled.length === 0) return 'settled';
  if (s.decided !== undefined) return 'outcome decided';
  if (s.samples >= s.max) return 'max samples';
  if (s.outOfTime) return 'time budget';
  return null;
}

/** One round's order of the two sides: random, so drift and neighbours hit both alike. */
export function roundOrder(random: () => number): ['base', 'head'] | ['head', 'base'] {
  return random() < 0.5 ? ['base', 'head'] : ['head', 'base'];
}

/** One burst of the endpoint's own load: no samples of its own, the caller counts what it needs. */
export function burst(ep: EndpointPlan, warmupMs: number, durationMs: number): EndpointPlan {
  return { ...ep, load: { ...ep.load, warmupMs, durationMs, samples: 1, minSamples: 1 } };
}
