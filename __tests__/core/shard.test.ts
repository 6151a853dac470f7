import { describe, expect, it } from '@jest/globals';
import { endpointResult, pageResult, sampleReport } from '../../__fixtures__/report.js';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { compareAll } from '../../src/core/verdict/compare.js';
import { mergeProblems, mergeReports } from '../../src/core/report/merge-reports.js';
import type { Report } from '../../src/core/report/report.js';
import { validateReport } from '../../src/core/report/report.js';
import { assignShards, gatingRuleCount, parseShard, shardPlan } from '../../src/core/report/shard.js';

const budgetOf = (endpoints: string[], pages: string[] = []) =>
  parseBudget(
    `app: { baseUrl: 'http://127.0.0.1:3000' }
endpoints:
${endpoints.map((n) => `  - { name: ${n}, url: /${n}, relative: { p95: +10%, p99: '+20% (warn)' } }`).join('\n')}
${pages.length ? `pages:\n${pages.map((n) => `  - { name: ${n}, url: /${n} }`).join('\n')}` : ''}
`,
    'b.yml',
    '/r',
  );

describe('parseShard', () => {
  it('reads INDEX/TOTAL', () => {
    expect(parseShard('2/4')).toEqual({ ok: true, spec: { index: 2, total: 4 } });
    expect(parseShard(' 1 / 1 ')).toEqual({ ok: true, spec: { index: 1, total: 1 } });
    expect(parseShard('256/256')).toEqual({ ok: true, spec: { index: 256, total: 256 } });
  });

  it.each(['5/4', '0/3', '2/0', 'half', '1/257', '1/2/3', '-1/2', '1.5/2', ''])('rejects %j, saying what it expects', (text) => {
    expect(parseShard(text)).toEqual({ ok: false, error: `expected INDEX/TOTAL like 2/4, with 1 ≤ INDEX ≤ TOTAL ≤ 256, got '${text}'` });
  });
});

describe('assignShards', () => {
  const endpoints = Array.from({ length: 10 }, (_, i) => `api-${i}`);
  const pages = ['home', 'search', 'checkout'];

  it('puts every target in one shard, the shards differing by at most one target of each kind', () => {
    const split = assignShards(budgetOf(endpoints, pages), 4);
    expect(split.map((t) => t.name)).toEqual([...endpoints, ...pages]);
    const count = (kind: string, shard: number) => split.filter((t) => t.kind === kind && t.shard === shard).length;
    const pagesPer = [1, 2, 3, 4].map((s) => count('page', s));
    const endpointsPer = [1, 2, 3, 4].map((s) => count('endpoint', s));
    expect(pagesPer.reduce((a, b) => a + b)).toBe(3);
    expect(Math.max(...pagesPer) - Math.min(...pagesPer)).toBeLessThanOrEqual(1);
    expect(Math.max(...endpointsPer) - Math.min(...endpointsPer)).toBeLessThanOrEqual(2);
    const all = [1, 2, 3, 4].map((s) => count('page', s) + count('endpoint', s));
    expect(Math.max(...all) - Math.min(...all)).toBeLessThanOrEqual(1);
  });

  it('depends on the names, not on the order of the budget', () => {
    const a = assignShards(budgetOf(endpoints, pages), 3);
    const b = assignShards(budgetOf([...endpoints].reverse(), [...pages].reverse()), 3);
    const shardOf = (list: typeof a) => Object.fromEntries(list.map((t) => [t.name, t.shard]));
    expect(shardOf(b)).toEqual(shardOf(a));
  });

  it('cuts the plan to its shard and counts the gating rules of the whole budget', () => {
    const plan = budgetOf(endpoints, pages);
    const parts = [1, 2, 3].map((index) => shardPlan(plan, { index, total: 3 }));
    expect(parts.flatMap((p) => [...p.plan.endpoints, ...p.plan.pages].map((t) => t.name)).sort()).toEqual([...endpoints, ...pages].sort());
    expect(parts[0]?.shard).toMatchObject({ index: 1, total: 3, split: assignShards(plan, 3) });
    // p95 in each endpoint gates; the warn-level p99 does not.
    expect(gatingRuleCount(plan)).toBe(10);
  });

  it('leaves a shard empty when there are more shards than targets', () => {
    const { plan } = shardPlan(budgetOf(['a', 'b']), { index: 3, total: 3 });
    expect([...plan.endpoints, ...plan.pages]).toEqual([]);
  });
});

describe('Holm across shards', () => {
  it("judges a shard's comparison at the whole family's level", () => {
    const input = { target: 'a', metric: 'p95', better: 'lower' as const, percent: 10, base: [10, 10.2, 9.8, 10.1], head: [11.6, 11.8, 11.4, 11.7] };
    expect(compareAll([input])[0]?.confidence).toBeCloseTo(0.9, 6);
    expect(compareAll([input], undefined, 4)[0]?.confidence).toBeCloseTo(1 - 2 * (0.05 / 4), 6);
  });
});

describe('merging shard reports', () => {
  const plan = budgetOf(['ping', 'items', 'slow'], ['home']);
  const shardReport = (index: number, overrides: Partial<Report> = {}): Report => {
    const { plan: part, shard } = shardPlan(plan, { index, total: 3 });
    const targets = [...part.endpoints, ...part.pages].map((t) =>
      t.kind === 'page'
        ? pageResult(t.name, { performance: 98, lcp: 1200, fcp: 800, tbt: 10, cls: 0, bytes: 1000, requests: 5 })
        : endpointResult(t.name, { rps: 100, p50: 1, p90: 2, p95: 3, p99: 4, errorRate: 0 }),
    );
    return sampleReport({
      targets,
      checks: sampleReport().checks.filter((c) => targets.some((t) => t.name === c.target)),
      verdict: 'pass',
      shard,
      ...overrides,
    });
  };
  const head = (source: string, r: Partial<Report>) => ({
    source,
    schemaVersion: r.schemaVersion,
    budgetFile: r.budgetFile,
    ...(r.shard && { shard: r.shard }),
  });

  it('names both reports when their budgets or schema versions differ, and what is not a shard', () => {
    const a = shardReport(1);
    expect(mergeProblems([head('a/report.json', a), head('b/report.json', { ...shardReport(2), budgetFile: 'other.yml' })])).toEqual([
      "cannot merge reports of different budget files: a/report.json is of 'perf-budget.yml', b/report.json of 'other.yml'; merge each budget's shards on their own",
    ]);
    expect(mergeProblems([head('a', a), head('b', { ...shardReport(2), schemaVersion: 2 })])).toEqual([
      'cannot merge reports of different schema versions: a has 1, b has 2; run every shard with the same perf-gate',
    ]);
    expect(mergeProblems([head('a', a), head('c', sampleReport())])).toEqual([
      "c is not a shard's report (it ran without shard); merge takes the reports of 'perf-gate run --shard I/N'",
    ]);
    expect(mergeProblems([head('a', a), head('again', a)])).toEqual(["a and again are both shard 1/3; give each shard's report once"]);
    expect(mergeProblems([])).toEqual(['expected the report directories (or report.json files) of the shards to merge']);
  });

  it('joins the shards in budget order, and names a missing shard and its targets: the run is an error', () => {
    const split = assignShards(plan, 3);
    const merged = mergeReports([
      { source: 's1', report: shardReport(1) },
      { source: 's2', report: shardReport(2) },
    ]);
    expect(validateReport(JSON.parse(JSON.stringify(merged)))).toMatchObject({ ok: true });
    const missing = split.filter((t) => t.shard === 3).map((t) => t.name);
    expect(merged.targets.map((t) => t.name)).toEqual(split.filter((t) => t.shard !== 3).map((t) => t.name));
    expect(merged.shards?.map((s) => [s.index, s.status, s.source])).toEqual([
      [1, 'merged', 's1'],
      [2, 'merged', 's2'],
      [3, 'missing', undefined],
    ]);
    expect(merged.errors).toEqual([
      `shard 3/3: no report (its job failed before writing one, was cancelled, or its report was not given to the merge); not measured: ${missing.join(', ')}`,
    ]);
    expect(merged.verdict).toBe('error');
    expect(merged.shard).toBeUndefined();
  });

  it("carries a failed shard's errors under its name; all merged and clean, the verdict is the checks'", () => {
    const failed = mergeReports([
      { source: 's1', report: shardReport(1) },
      { source: 's2', report: shardReport(2, { verdict: 'error', errors: ['the app exited with code 1'] }) },
      { source: 's3', report: shardReport(3) },
    ]);
    expect(failed.shards?.map((s) => s.status)).toEqual(['merged', 'failed', 'merged']);
    expect(failed.errors).toEqual(['shard 2/3: the app exited with code 1']);
    const clean = mergeReports([1, 2, 3].map((i) => ({ source: `s${i}`, report: shardReport(i) })));
    expect(clean.errors).toEqual([]);
    expect(clean.targets.map((t) => t.name)).toEqual(['ping', 'items', 'slow', 'home']);
    expect(clean.verdict).toBe(clean.checks.some((c) => c.outcome === 'fail') ? 'fail' : 'pass');
  });
});
