// When interleaved A/B sampling of a target may stop: every relative rule of it settled (not unsure), the
// per-side maximum reached, or the time budget spent. Pure, so the rule is tested on fixed samples.
import type { EndpointPlan, PagePlan } from './budget-parse.js';
import { ruleInput } from './baseline.js';
import { compareAll, defaultAlpha } from './compare.js';
import type { TargetResult } from './report.js';

export const samplingStops = ['settled', 'max samples', 'time budget', 'no relative rules', 'interrupted', 'error'] as const;
export type SamplingStop = (typeof samplingStops)[number];

export interface SamplingRecord {
  target: string;
  /** Samples per side when sampling stopped. */
  samples: number;
  stop: SamplingStop;
}

/**
 * The metrics of a target whose comparison is still unsure. Each rule is judged at alpha / (all rules of the run),
 * the strictest level Holm's step-down can give it in the final verdict: settled here stays settled there.
 */
export function unsettledMetrics(target: Pick<EndpointPlan | PagePlan, 'kind' | 'relative'>, head: TargetResult, base: TargetResult, rulesInRun: number): string[] {
  const stats = target.relative.map((rule) => compareAll([ruleInput({ kind: target.kind, name: head.name }, rule, base, head)], defaultAlpha / Math.max(1, rulesInRun))[0]);
  return target.relative.filter((_, i) => stats[i]?.verdict === 'unsure').map((r) => r.metric);
}

export interface SamplingState {
  samples: number;
  min: number;
  max: number;
  /** Whether the shared time budget for extra samples is spent. */
  outOfTime: boolean;
  unsettled: readonly string[];
  hasRules: boolean;
}

/** Why sampling stops now, or null to take another round. The minimum is always taken. */
export function stopReason(s: SamplingState): SamplingStop | null {
  if (s.samples < s.min) return null;
  if (!s.hasRules) return 'no relative rules';
  if (s.unsettled.length === 0) return 'settled';
  if (s.samples >= s.max) return 'max samples';
  if (s.outOfTime) return 'time budget';
  return null;
}

/** One round's order of the two sides: random, so drift and neighbours hit both alike. */
export function roundOrder(random: () => number): ['base', 'head'] | ['head', 'base'] {
  return random() < 0.5 ? ['base', 'head'] : ['head', 'base'];
}
