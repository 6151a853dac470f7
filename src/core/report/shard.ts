// One budget over several runners: "2/4" takes the second of four parts of its targets. The split depends only on
// the targets' names and kinds, never on the runner or the order jobs start in, so every job of a matrix agrees on
// it and a merge can tell what is missing. Pages (a Lighthouse run takes seconds) are dealt out first, then
// endpoints, each in the order of a hash of its name: the parts differ by at most one target of each kind.
import type { GatePlan } from '../budget/plan.js';
import { exactMetric } from '../budget/metric-catalog.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  total: number;
}

/** A target of the budget, where it stands in it, and the shard it belongs to. */
export interface ShardedTarget {
  name: string;
  kind: 'endpoint' | 'page';
  position: number;
  shard: number;
}

/** What a shard's report says of the split: its own part, and the whole, so a merge can name what is missing. */
export interface ShardInfo extends ShardSpec {
  split: ShardedTarget[];
}

/** GitHub runs at most 256 jobs of one matrix. */
export const maxShards = 256;

/** "2/4" → { index: 2, total: 4 }; otherwise what was expected, for the caller to say where it came from. */
export function parseShard(text: string): { ok: true; spec: ShardSpec } | { ok: false; error: string } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const total = Number(m?.[2]);
  if (!m || index < 1 || total < 1 || index > total || total > maxShards) {
    return { ok: false, error: `expected INDEX/TOTAL like 2/4, with 1 ≤ INDEX ≤ TOTAL ≤ ${maxShards}, got '${text}'` };
  }
  return { ok: true, spec: { index, total } };
}

// FNV-1a: a stable 32-bit hash of a name, the same on every runner and Node version.
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

/** Every target of the budget with the shard it belongs to (1-based), in budget order. */
export function assignShards(plan: Pick<GatePlan, 'endpoints' | 'pages'>, total: number): ShardedTarget[] {
  const all = [...plan.endpoints, ...plan.pages].map((t, position): ShardedTarget => ({ name: t.name, kind: t.kind, position, shard: 0 }));
  const dealt = [...all].sort(
    (a, b) => Number(a.kind === 'endpoint') - Number(b.kind === 'endpoint') || hashOf(a.name) - hashOf(b.name) || (a.name < b.name ? -1 : 1),
  );
  dealt.forEach((t, i) => (t.shard = (i % total) + 1));
  return all;
}

/** The relative rules that can fail the gate, in the whole budget: the Holm family every shard's verdicts share
 * (the rules on counts and sizes are a family of their own, baseline.ts). */
export function gatingRuleCount(plan: Pick<GatePlan, 'endpoints' | 'pages'>): number {
  return [...plan.endpoints, ...plan.pages].reduce((n, t) => n + t.relative.filter((r) => r.level !== 'warn' && !exactMetric(t.kind, r.metric)).length, 0);
}

/** The plan cut down to one shard's targets, and what its report says of the shard. */
export function shardPlan<P extends Pick<GatePlan, 'endpoints' | 'pages'>>(plan: P, spec: ShardSpec): { plan: P; shard: ShardInfo } {
  const split = assignShards(plan, spec.total);
  const names = new Set(split.filter((t) => t.shard === spec.index).map((t) => t.name));
  return {
    plan: { ...plan, endpoints: plan.endpoints.filter((t) => names.has(t.name)), pages: plan.pages.filter((t) => names.has(t.name)) },
    shard: { ...spec, split },
  };
}
