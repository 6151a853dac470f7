// A baseline is an earlier report: validated here, judged for comparability, and turned into comparison rows.
import { z } from 'zod';
import type { EndpointPlan, PagePlan } from '../budget/plan.js';
import { compareAll, type ComparisonInput } from './compare.js';
import { exactMetric, metricDef, type TargetKind } from '../budget/metric-catalog.js';
import { defaultBytesRule, defaultCountRule } from '../budget/defaults.js';
import { assumedRunNoise, estimateRunNoise } from './run-noise.js';
import { runnerDrift, withRunnerSpeed } from './runner-speed.js';
import type { RelativeRule } from '../budget/threshold.js';
import {
  reportSchemaVersion,
  type BaselineInfo,
  type ComparisonRow,
  type ComparisonStats,
  type Fingerprint,
  type Report,
  type TargetResult,
} from '../report/report.js';

// Only what a comparison reads is validated; the rest of an older report may differ.
const baselineSchema = z.object({
  schemaVersion: z.number(),
  tool: z.object({ name: z.literal('perf-gate'), version: z.string() }),
  startedAt: z.string(),
  environment: z.object({ cpuModel: z.string(), git: z.object({ sha: z.string().optional(), ref: z.string().optional() }).optional() }).passthrough(),
  targets: z.array(
    z
      .object({
        kind: z.enum(['endpoint', 'page']),
        name: z.string(),
        metrics: z.record(z.string(), z.object({ value: z.number().nullable(), samples: z.array(z.number()) }).passthrough()),
      })
      .passthrough(),
  ),
});

/** Where the baseline comes from (a report.json file, the base branch's artifacts…), asked only after measuring. */
export type BaselineResult =
  | {
      ok: true;
      report: Report;
      info: Omit<BaselineInfo, 'status'>;
      /** Other stored runs of the base: they measure run-to-run noise. */
      history?: Report[];
      /** Stored runs that could not be used, and why. */
      warnings?: string[];
    }
  | { ok: false; reason: string; source?: string };
export type BaselineProvider = () => Promise<BaselineResult>;

export type BaselineCheck = { ok: true; report: Report } | { ok: false; reason: string };

/** Accepts a parsed report.json of this schema version; anything else is "no baseline", with the reason. */
export function validateBaseline(json: unknown): BaselineCheck {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > reportSchemaVersion) {
    return { ok: false, reason: `it was written by a newer perf-gate (report schema ${version}; this one reads ${reportSchemaVersion})` };
  }
  const parsed = baselineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `it is not a perf-gate report (${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'})` };
  }
  if (parsed.data.schemaVersion !== reportSchemaVersion) {
    return { ok: false, reason: `its report schema ${parsed.data.schemaVersion} is not the ${reportSchemaVersion} this perf-gate reads` };
  }
  return { ok: true, report: json as Report };
}

/** What a comparison reads of a base run: where it ran and what it measured. */
export type BaseRun = Pick<Report, 'environment' | 'targets'>;

const major = (version: string | undefined) => version?.match(/(\d+)\./)?.[1];
const chromeMajor = (ua: string | undefined) => ua?.match(/Chrome\/(\d+)/)?.[1];

/** Why a baseline's numbers cannot be held against these: machine, browser or settings differ. */
export function incomparability(base: BaseRun, head: { environment: Fingerprint }, baseTarget: TargetResult | undefined, headTarget: TargetResult): string[] {
  const reasons: string[] = [];
  if (base.environment.cpuModel !== head.environment.cpuModel) reasons.push(`other CPU (${base.environment.cpuModel} vs ${head.environment.cpuModel})`);
  const where = (e: Fingerprint) => (e.traffic?.remote ? e.traffic.hosts.join(', ') : 'this machine');
  // A remote host answers over a network of its own: comparable only with runs against the same host.
  if (where(base.environment) !== where(head.environment)) reasons.push(`other target (${where(base.environment)} vs ${where(head.environment)})`);
  if (headTarget.kind === 'page') {
    const b = base.environment.browser;
    const h = head.environment.browser;
    if (major(b?.lighthouse) !== major(h?.lighthouse)) reasons.push(`other Lighthouse major version (${b?.lighthouse ?? '?'} vs ${h?.lighthouse ?? '?'})`);
    if (chromeMajor(b?.userAgent) !== chromeMajor(h?.userAgent))
      reasons.push(`other Chrome major version (${chromeMajor(b?.userAgent) ?? '?'} vs ${chromeMajor(h?.userAgent) ?? '?'})`);
    const basePage = baseTarget?.page;
    const headPage = headTarget.page;
    if (basePage && headPage && (basePage.preset !== headPage.preset || basePage.throttling !== headPage.throttling)) {
      reasons.push(`other Lighthouse settings (${basePage.preset}/${basePage.throttling} vs ${headPage.preset}/${headPage.throttling})`);
    }
  }
  if (headTarget.kind === 'endpoint') {
    const baseLoad = baseTarget?.endpoint?.load;
    const headLoad = headTarget.endpoint?.load;
    const shapeOf = (l: typeof baseLoad) => l?.profile ?? 'steady';
    if (baseLoad && headLoad && shapeOf(baseLoad) !== shapeOf(headLoad)) reasons.push(`other load shape (${shapeOf(baseLoad)} vs ${shapeOf(headLoad)})`);
    else if (baseLoad && headLoad && shapeOf(headLoad) === 'steady' && (baseLoad.connections !== headLoad.connections || baseLoad.rate !== headLoad.rate)) {
      reasons.push(
        `other load (${baseLoad.connections} connections${baseLoad.rate ? ` at ${baseLoad.rate} req/s` : ''} vs ${headLoad.connections}${headLoad.rate ? ` at ${headLoad.rate} req/s` : ''})`,
      );
    }
  }
  return reasons;
}

/** One relative rule of a target as a comparison of its base and head samples. */
export function ruleInput(target: { kind: TargetKind; name: string }, rule: RelativeRule, base: TargetResult | undefined, head: TargetResult): ComparisonInput {
  return {
    target: target.name,
    metric: rule.metric,
    better: metricDef(target.kind, rule.metric).better,
    ...(rule.percent !== undefined && { percent: rule.percent }),
    ...(rule.absolute !== undefined && { absolute: rule.absolute }),
    base: base?.metrics[rule.metric]?.samples ?? [],
    head: head.metrics[rule.metric]?.samples ?? [],
  };
}

/**
 * Every relative rule of the plan, judged against the baseline together (one Holm family). `history` holds
 * other stored runs of the base branch: with the baseline, they measure each metric's run-to-run noise.
 */
/** False for a count's default rule that neither side measured (the outbound calls of an app in another runtime than
 * Node or Python): no row, rather than one that says the baseline did not measure it. */
export function judged(rule: Pick<RelativeRule, 'source' | 'metric'>, head: TargetResult, base: TargetResult | undefined): boolean {
  const byDefault = rule.source === defaultCountRule.source || rule.source === defaultBytesRule.source;
  return !byDefault || head.metrics[rule.metric] !== undefined || base?.metrics[rule.metric] !== undefined;
}

export function compareWithBaseline(
  plan: { endpoints: readonly EndpointPlan[]; pages: readonly PagePlan[]; runNoisePercent: number; gatingFamily?: number },
  head: { environment: Fingerprint; targets: readonly TargetResult[] },
  base: BaseRun,
  history: readonly BaseRun[] = [],
): ComparisonRow[] {
  const rows: Omit<ComparisonRow, keyof ComparisonStats>[] = [];
  const inputs: ComparisonInput[] = [];
  for (const target of [...plan.endpoints, ...plan.pages]) {
    const headTarget = head.targets.find((t) => t.kind === target.kind && t.name === target.name);
    if (!headTarget || headTarget.status === 'error') continue;
    const baseTarget = base.targets.find((t) => t.kind === target.kind && t.name === target.name);
    const reasons = baseTarget ? incomparability(base, head, baseTarget, headTarget) : ['not in the baseline'];
    // Stored runs measured like this one: their spread is this metric's run-to-run noise.
    const peers = [base, ...history].flatMap((r) => {
      const t = r.targets.find((x) => x.kind === target.kind && x.name === target.name);
      return t && t.status !== 'error' && incomparability(r, head, t, headTarget).length === 0 ? [t] : [];
    });
    for (const rule of target.relative) {
      if (!judged(rule, headTarget, baseTarget)) continue;
      // A metric the baseline did not measure (work per request added since): shown, not judged.
      const ruleReasons =
        reasons.length === 0 && baseTarget && baseTarget.status !== 'error' && !baseTarget.metrics[rule.metric]
          ? [`the baseline did not measure ${rule.metric}`]
          : reasons;
      const samples = { base: baseTarget?.metrics[rule.metric]?.samples ?? [], head: headTarget.metrics[rule.metric]?.samples ?? [] };
      const def = metricDef(target.kind, rule.metric);
      // A count of work per request has no run-to-run noise to assume: its bursts' spread is all there is.
      const runNoise =
        estimateRunNoise(peers.map((t) => t.metrics[rule.metric]?.samples ?? [])) ??
        (def.exact ? { fraction: 0, df: Infinity, source: 'assumed' as const } : assumedRunNoise(plan.runNoisePercent, def.unit, samples));
      rows.push({
        target: target.name,
        kind: target.kind,
        metric: rule.metric,
        rule: rule.source,
        ...(rule.level && { level: rule.level }),
        gating: ruleReasons.length === 0,
        reasons: ruleReasons,
        ...(rule.line !== undefined && { line: rule.line }),
      });
      inputs.push({
        ...ruleInput(target, rule, baseTarget, headTarget),
        ...((runNoise.fraction > 0 || runNoise.source === 'history') && { runNoise }),
      });
    }
  }
  const family = (list: readonly ComparisonInput[]) => familyStats(rows, list, plan.gatingFamily ?? 0);
  return withRunnerSpeed(rows, inputs, family, runnerDrift(base.environment, head.environment));
}

/** A rule on a count or a size (db-queries-per-request, bytes-per-response): what runner noise hardly moves. */

// One Holm family for the rows that can fail the gate; warn-level rows and rows against an incomparable baseline
// are only shown, each kind its own family, so they do not widen the gating rows' intervals. The gating rules on
// counts and sizes (every endpoint's default ones among them) are a family of their own too: their samples barely
// spread, so they need no share of the noisy rows' false-alarm rate, and do not widen the latency rows' intervals.
function familyStats(
  rows: readonly Pick<ComparisonRow, 'gating' | 'level' | 'kind' | 'metric'>[],
  inputs: readonly ComparisonInput[],
  gatingFamily: number,
): ComparisonStats[] {
  const stats: ComparisonStats[] = new Array(rows.length);
  const family = (r: (typeof rows)[number]) => (!r.gating ? 'shown' : r.level === 'warn' ? 'warn' : exactMetric(r.kind, r.metric) ? 'exact' : 'gating');
  for (const f of ['gating', 'exact', 'warn', 'shown']) {
    const idx = rows.map((r, i) => (family(r) === f ? i : -1)).filter((i) => i >= 0);
    compareAll(
      idx.map((i) => inputs[i]!),
      undefined,
      f === 'gating' ? gatingFamily : 0,
    ).forEach((st, k) => (stats[idx[k]!] = st));
  }
  return stats;
}

/** The base's value of every metric of the targets named, for drawing base beside head. */
export function baseValues(targets: readonly TargetResult[], names: ReadonlySet<string>): Record<string, Record<string, number | null>> {
  return Object.fromEntries(
    targets
      .filter((t) => names.has(t.name) && t.status === 'ok')
      .map((t) => [t.name, Object.fromEntries(Object.entries(t.metrics).map(([id, m]) => [id, m.value]))]),
  );
}
