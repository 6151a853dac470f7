// The reports of one budget's shards as one report: one verdict, one comment, one check. Every shard the split
// names is accounted for: merged, failed (it ran and could not complete) or missing (no report), and a shard that
// is not merged makes the run an error, its targets named, never dropped in silence. Each shard judged its rules
// with the whole budget's Holm family (shard.ts gatingRuleCount), so the merged verdicts keep the false-alarm rate.
import { verdictOf } from '../verdict/outcome.js';
import type { BaselineInfo, Confirmation, Report, ShardStatus } from './report.js';
import type { ShardedTarget } from './shard.js';

/** A shard's report as read, not yet checked; `dir` holds what its pages link to. */
export interface ShardInput {
  source: string;
  json: unknown;
  dir?: string;
}

/** What is read of a report before it is validated: enough to tell reports that cannot be merged. */
export interface ReportHead {
  source: string;
  schemaVersion: unknown;
  budgetFile: unknown;
  shard?: { index?: unknown; total?: unknown };
}

const describe = (v: unknown) => (typeof v === 'string' ? `'${v}'` : (JSON.stringify(v) ?? 'nothing'));

/** Why these reports cannot be merged, one line each, both sources named; [] when they can. */
export function mergeProblems(heads: readonly ReportHead[]): string[] {
  if (heads.length === 0) return ['expected the report directories (or report.json files) of the shards to merge'];
  const [first] = heads as [ReportHead, ...ReportHead[]];
  const problems: string[] = [];
  for (const h of heads.slice(1)) {
    if (h.schemaVersion !== first.schemaVersion) {
      problems.push(
        `cannot merge reports of different schema versions: ${first.source} has ${describe(first.schemaVersion)}, ${h.source} has ${describe(h.schemaVersion)}; run every shard with the same perf-gate`,
      );
    }
    if (h.budgetFile !== first.budgetFile) {
      problems.push(
        `cannot merge reports of different budget files: ${first.source} is of ${describe(first.budgetFile)}, ${h.source} of ${describe(h.budgetFile)}; merge each budget's shards on their own`,
      );
    }
  }
  for (const h of heads) {
    if (!h.shard) problems.push(`${h.source} is not a shard's report (it ran without shard); merge takes the reports of 'perf-gate run --shard I/N'`);
  }
  const sharded = heads.filter((h) => h.shard);
  const totals = new Set(sharded.map((h) => h.shard?.total));
  if (totals.size > 1) {
    const [a, b] = [...totals].map((t) => sharded.find((h) => h.shard?.total === t) as ReportHead);
    problems.push(
      `cannot merge shards of different matrices: ${a?.source} is one of ${describe(a?.shard?.total)}, ${b?.source} one of ${describe(b?.shard?.total)}`,
    );
  }
  const seen = new Map<unknown, string>();
  for (const h of sharded) {
    const other = seen.get(h.shard?.index);
    if (other !== undefined)
      problems.push(`${other} and ${h.source} are both shard ${describe(h.shard?.index)}/${describe(h.shard?.total)}; give each shard's report once`);
    seen.set(h.shard?.index, h.source);
  }
  return problems;
}

const splitKey = (split: readonly ShardedTarget[]) => JSON.stringify(split.map((t) => [t.name, t.kind, t.shard]));

/** The shards' reports (checked with mergeProblems, then validated) as one report of the whole budget. */
export function mergeReports(parts: readonly { source: string; report: Report }[]): Report {
  const [first] = parts as [{ source: string; report: Report }, ...{ source: string; report: Report }[]];
  const split = first.report.shard?.split ?? [];
  const total = first.report.shard?.total ?? 1;
  const errors: string[] = [];
  for (const p of parts.slice(1)) {
    if (splitKey(p.report.shard?.split ?? []) !== splitKey(split)) {
      errors.push(
        `${p.source} split the budget's targets otherwise than ${first.source} (the budget file changed between jobs?); its targets are merged as measured`,
      );
    }
  }
  const position = new Map(split.map((t) => [t.name, t.position]));
  const byPosition = <T extends { target?: string; name?: string }>(list: T[]) =>
    list.sort((a, b) => (position.get((a.target ?? a.name) as string) ?? Infinity) - (position.get((b.target ?? b.name) as string) ?? Infinity));

  const shards: ShardStatus[] = [];
  for (let index = 1; index <= total; index++) {
    const part = parts.find((p) => p.report.shard?.index === index);
    const targets = split.filter((t) => t.shard === index).map((t) => t.name);
    const label = `shard ${index}/${total}`;
    if (!part) {
      shards.push({ index, total, status: 'missing', targets });
      errors.push(
        `${label}: no report (its job failed before writing one, was cancelled, or its report was not given to the merge)${targets.length ? `; not measured: ${targets.join(', ')}` : ''}`,
      );
      continue;
    }
    const failed = part.report.verdict === 'error';
    shards.push({ index, total, status: failed ? 'failed' : 'merged', targets, source: part.source });
    errors.push(...part.report.errors.map((e) => `${label}: ${e}`));
  }

  const reports = parts.map((p) => p.report);
  const checks = byPosition(reports.flatMap((r) => r.checks));
  const comparisons = byPosition(reports.flatMap((r) => r.comparisons));
  const baseline = mergeBaselines(reports.map((r) => r.baseline));
  const rest: Report = { ...first.report };
  delete rest.shard;
  return {
    ...rest,
    startedAt: reports.map((r) => r.startedAt).sort()[0] ?? first.report.startedAt,
    finishedAt:
      reports
        .map((r) => r.finishedAt)
        .sort()
        .at(-1) ?? first.report.finishedAt,
    // The matrix's jobs ran side by side: the longest is the run's time.
    timings: { totalMs: Math.max(...reports.map((r) => r.timings.totalMs)) },
    ...(Math.max(...reports.map((r) => r.maxRssBytes ?? 0)) > 0 && { maxRssBytes: Math.max(...reports.map((r) => r.maxRssBytes ?? 0)) }),
    targets: byPosition(reports.flatMap((r) => r.targets)),
    checks,
    comparisons,
    ...(baseline && { baseline }),
    ...(reports.some((r) => r.trends) && { trends: byPosition(reports.flatMap((r) => r.trends ?? [])) }),
    verdict: verdictOf(checks, errors, comparisons),
    errors,
    shards,
  };
}

// The baseline the shards used (the same stored run, each for its own targets); confirmation as a whole: confirmed
// when any shard confirmed, its samples together.
function mergeBaselines(list: readonly (BaselineInfo | undefined)[]): BaselineInfo | undefined {
  const used = list.find((b) => b?.status === 'used');
  const chosen = used ?? list.find((b) => b !== undefined);
  if (!chosen) return undefined;
  const confirmations = list.map((b) => b?.confirmation).filter((c): c is Confirmation => c !== undefined);
  const confirmed = confirmations.filter((c) => c.status === 'confirmed');
  const confirmation: Confirmation | undefined = confirmed[0]
    ? { ...confirmed[0], sampling: confirmed.flatMap((c) => c.sampling ?? []) }
    : (confirmations.find((c) => c.status === 'not possible') ?? confirmations[0]);
  const sameRunner = list.flatMap((b) => b?.sameRunner?.sampling ?? []);
  const info: BaselineInfo = { ...chosen };
  delete info.confirmation;
  delete info.sameRunner;
  return { ...info, ...(confirmation && { confirmation }), ...(sameRunner.length > 0 && { sameRunner: { sampling: sameRunner } }) };
}
