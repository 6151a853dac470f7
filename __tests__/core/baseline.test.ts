import { describe, expect, it } from '@jest/globals';
import { endpointResult, pageResult, sampleReport } from '../../__fixtures__/report.js';
import { compareWithBaseline, incomparability, validateBaseline } from '../../src/core/verdict/baseline.js';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { verdictOf } from '../../src/core/verdict/outcome.js';
import { renderMarkdown } from '../../src/core/render/render-markdown.js';
import { baselineLine, noiseLine, verdictLine } from '../../src/core/render/render-shared.js';
import type { Report } from '../../src/core/report/report.js';
import { isSuspect } from '../../src/core/verdict/suspicion.js';

describe('validateBaseline', () => {
  it('accepts a report of this schema', () => {
    expect(validateBaseline(JSON.parse(JSON.stringify(sampleReport())))).toMatchObject({ ok: true });
  });
  it('turns a newer, older or foreign document into "no baseline" with the reason', () => {
    expect(validateBaseline({ ...sampleReport(), schemaVersion: 2 })).toEqual({
      ok: false,
      reason: 'it was written by a newer perf-gate (report schema 2; this one reads 1)',
    });
    expect(validateBaseline({ ...sampleReport(), schemaVersion: 0 })).toEqual({ ok: false, reason: 'its report schema 0 is not the 1 this perf-gate reads' });
    expect(validateBaseline({ benchmarks: [] })).toEqual({
      ok: false,
      reason: 'it is not a perf-gate report (schemaVersion: Invalid input: expected number, received undefined)',
    });
    expect(validateBaseline(null)).toMatchObject({ ok: false });
  });
});

const plan = parseBudget(
  `app: { baseUrl: 'http://127.0.0.1:3000' }
relative:
  endpoints: { p95: +10% }
  runNoise: 0%
endpoints:
  - { name: ping, url: /ping }
  - { name: items, url: /items, relative: { rps: -5% } }
pages:
  - { name: home, url: /, relative: { performance: -5 } }
`,
  'b.yml',
  '/r',
);

function withSamples(report: Report, name: string, metric: string, samples: number[]): void {
  const t = report.targets.find((x) => x.name === name)!;
  t.metrics[metric] = { value: samples[0]!, unit: t.metrics[metric]?.unit ?? 'ms', samples };
}

describe('compareWithBaseline', () => {
  const base = sampleReport();
  base.targets.push(pageResult('home', { performance: 98, lcp: 1000, fcp: 800, tbt: 0, cls: 0, bytes: 1, requests: 1 }));
  base.environment.browser = { lighthouse: '13.5.0', userAgent: 'HeadlessChrome/156.0.0.0', benchmarkIndex: 3000 };
  withSamples(base, 'ping', 'p95', [1.0, 1.1, 0.9, 1.0, 1.0]);
  withSamples(base, 'items', 'p95', [30, 31, 29, 30, 30]);
  withSamples(base, 'items', 'rps', [800, 810, 790, 800, 800]);
  const head = sampleReport();
  head.targets.push(pageResult('home', { performance: 97, lcp: 1000, fcp: 800, tbt: 0, cls: 0, bytes: 1, requests: 1 }));
  head.environment.browser = { lighthouse: '13.5.0', userAgent: 'HeadlessChrome/156.0.0.0', benchmarkIndex: 3100 };
  withSamples(head, 'ping', 'p95', [1.0, 0.9, 1.1, 1.0, 1.0]);
  withSamples(head, 'items', 'p95', [45, 46, 44, 45, 45]);
  withSamples(head, 'items', 'rps', [800, 790, 810, 800, 800]);

  it('makes one row per relative rule, defaults merged, and judges them together', () => {
    const rows = compareWithBaseline(plan, head, base);
    expect(rows.map((r) => [r.target, r.metric, r.rule, r.verdict, r.gating])).toEqual([
      // 10 % of 1 ms allows 0.1 ms; five samples ±0.1 ms apart cannot rule that out.
      ['ping', 'p95', '+10%', 'unsure', true],
      ['items', 'p95', '+10%', 'regressed', true],
      ['items', 'rps', '-5%', 'unchanged', true],
      ['home', 'performance', '-5', 'unchanged', true],
    ]);
    expect(verdictOf([], [], rows)).toBe('fail');
  });

  it('shows but does not gate on an incomparable baseline, and says why', () => {
    const other = JSON.parse(JSON.stringify(base)) as Report;
    other.environment.cpuModel = 'Other CPU';
    const rows = compareWithBaseline(plan, head, other);
    expect(rows.every((r) => !r.gating)).toBe(true);
    expect(rows[1]).toMatchObject({ verdict: 'regressed', reasons: ['other CPU (Other CPU vs Example CPU @ 3.00GHz)'] });
    expect(verdictOf([], [], rows)).toBe('pass');
  });

  it('names every way a page baseline differs', () => {
    const b = JSON.parse(JSON.stringify(base)) as Report;
    b.environment.browser = { lighthouse: '12.8.2', userAgent: 'HeadlessChrome/139.0.0.0', benchmarkIndex: 1 };
    const bp = b.targets.find((t) => t.name === 'home')!;
    bp.page!.preset = 'desktop';
    const hp = head.targets.find((t) => t.name === 'home')!;
    expect(incomparability(b, head, bp, hp)).toEqual([
      'other Lighthouse major version (12.8.2 vs 13.5.0)',
      'other Chrome major version (139 vs 156)',
      'other Lighthouse settings (desktop/simulate vs mobile/simulate)',
    ]);
  });

  it('reports a target missing from the baseline as not gating', () => {
    const b = JSON.parse(JSON.stringify(base)) as Report;
    b.targets = b.targets.filter((t) => t.name !== 'items');
    const rows = compareWithBaseline(plan, head, b).filter((r) => r.target === 'items');
    expect(rows.map((r) => [r.verdict, r.gating, r.reasons])).toEqual([
      ['unsure', false, ['not in the baseline']],
      ['unsure', false, ['not in the baseline']],
    ]);
  });

  it('counts an assumed run-to-run noise when stored runs are too few: small differences turn unsure', () => {
    const noisy = { ...plan, runNoisePercent: 5 };
    const rows = compareWithBaseline(noisy, head, base);
    expect(rows.map((r) => [r.target, r.metric, r.verdict])).toEqual([
      ['ping', 'p95', 'unsure'],
      // +50 % stands out of 5 % run noise; a 0 % change in req/s cannot be told from −5 % with it.
      ['items', 'p95', 'regressed'],
      ['items', 'rps', 'unsure'],
      ['home', 'performance', 'unsure'],
    ]);
    expect(rows[2]!.runNoise).toEqual({ fraction: 0.05, df: Infinity, source: 'assumed' });
    expect(rows[2]!.note).toMatch(/run-to-run noise alone is wider than the margin/);
    expect(rows[2]!.samplesNeeded).toBeUndefined();
    const report = sampleReport();
    report.comparisons = rows;
    expect(noiseLine(report)).toBe(
      'Run-to-run noise counted in the intervals: 5.0%/0.9% assumed for all 4 (fewer than 3 comparable stored runs; relative.runNoise).',
    );
  });

  it('judges identical runs of a score at its ceiling and of an exact count unchanged, not unsure', () => {
    const pagePlan = parseBudget(
      `app: { baseUrl: 'http://127.0.0.1:3000' }\npages:\n  - { name: home, url: /, relative: { performance: -5, requests: +10% } }\n`,
      'b.yml',
      '/r',
    );
    const at = (performance: number) => {
      const r = sampleReport();
      const page = pageResult('home', { performance, lcp: 1000, fcp: 800, tbt: 0, cls: 0, bytes: 1, requests: 9 });
      page.metrics.performance = { value: performance, unit: 'score', samples: [performance, performance, performance] };
      page.metrics.requests = { value: 9, unit: 'count', samples: [9, 9, 9] };
      r.targets = [page];
      return r;
    };
    const rows = compareWithBaseline({ ...pagePlan, runNoisePercent: 5 }, at(100), at(100));
    expect(rows.map((r) => [r.metric, r.verdict, r.interval!.map(Math.abs)])).toEqual([
      ['performance', 'unchanged', [0, 0]],
      ['requests', 'unchanged', [0, 0]],
    ]);
  });

  it('measures the run-to-run noise from stored runs that are comparable with the head', () => {
    const noisy = { ...plan, runNoisePercent: 5 };
    const stored = [
      [30, 31, 29, 30, 30],
      [30.3, 31.3, 29.3, 30.3, 30.3],
      [29.7, 30.7, 28.7, 29.7, 29.7],
    ].map((s) => {
      const r = JSON.parse(JSON.stringify(base)) as Report;
      withSamples(r, 'items', 'p95', s);
      return r;
    });
    const foreign = JSON.parse(JSON.stringify(base)) as Report;
    foreign.environment.cpuModel = 'Other CPU';
    withSamples(foreign, 'items', 'p95', [90, 91, 89, 90, 90]);
    const rows = compareWithBaseline(noisy, head, base, [...stored.slice(1), foreign]);
    const items = rows.find((r) => r.target === 'items' && r.metric === 'p95')!;
    // Means 30, 30.3, 29.7: variance of the means 0.09 less 0.5/5 from the samples → 0 (the other CPU is left out).
    expect(items.runNoise).toEqual({ fraction: 0, df: 2, source: 'history', runs: 3 });
    expect(items.verdict).toBe('regressed');
    expect(rows.find((r) => r.metric === 'rps')!.runNoise?.source).toBe('history');
    const report = sampleReport();
    report.comparisons = rows;
    expect(noiseLine(report)).toBe(
      'Run-to-run noise counted in the intervals: measured over 3 stored runs: ping p95 0.0%, items p95 0.0%, items rps 0.0%, home performance 0.0%.',
    );
  });

  it("reads a timing row unsure where the runner's change of speed since the stored run could have made its verdict", () => {
    const fast = JSON.parse(JSON.stringify(base)) as Report;
    const slowHead = JSON.parse(JSON.stringify(head)) as Report;
    fast.environment.speedProbe = { rps: 20_000, samples: [20_000, 19_000, 21_000] };
    slowHead.environment.speedProbe = { rps: 10_000, samples: [10_000, 9_000, 11_000] };
    const rows = compareWithBaseline(plan, slowHead, fast);
    // items p95 +50 % on a runner ×2 slower: regressed as measured, improved at the stored run's speed.
    expect(rows[1]).toMatchObject({
      verdict: 'unsure',
      drift: { measured: 'regressed', scaled: 'improved', ratio: 2 },
    });
    expect(isSuspect(rows[1]!)).toBe(true);
    // The score is a page's: the runner's speed is not read for it.
    expect(rows[3]).toMatchObject({ verdict: 'unchanged' });
    expect(rows[3]!.drift).toBeUndefined();
    // A change far past what the speed explains stays regressed: p95 ×3 on a runner ×2 slower.
    const tripled = JSON.parse(JSON.stringify(slowHead)) as Report;
    withSamples(tripled, 'items', 'p95', [90, 92, 88, 90, 90]);
    expect(compareWithBaseline(plan, tripled, fast)[1]).toMatchObject({ verdict: 'regressed' });
    // The other way: stored on a runner ×2 slower, the head's +3 % is +106 % at the stored run's speed.
    const same = JSON.parse(JSON.stringify(slowHead)) as Report;
    withSamples(same, 'items', 'p95', [31, 30, 31, 32, 31]);
    const missed = compareWithBaseline(plan, { ...same, environment: fast.environment }, { ...base, environment: slowHead.environment })[1]!;
    expect(missed.verdict).toBe('unsure');
    expect(missed.drift).toEqual({ measured: 'unchanged', scaled: 'regressed', ratio: 0.5 });
    expect(isSuspect(missed)).toBe(true);
    // Within the probe's own noise, or a run that did not measure it: rows as measured.
    expect(
      compareWithBaseline(plan, { ...slowHead, environment: { ...slowHead.environment, speedProbe: { rps: 17_000, samples: [] } } }, fast)[1],
    ).toMatchObject({
      verdict: 'regressed',
    });
    expect(compareWithBaseline(plan, slowHead, base)[1]).toMatchObject({ verdict: 'regressed' });

    const report = sampleReport({ verdict: 'pass' });
    report.comparisons = rows;
    report.baseline = { status: 'used', sha: 'abcdef0123456789', runnerSpeed: { ratio: 2, headRps: 10_000, storedRps: 20_000 } };
    expect(baselineLine(report)).toMatch(
      /^Baseline: abcdef0\. This runner was ×2\.0 slower than when it was stored \(a responder inside perf-gate, one connection: 10,?000 req\/s against 20,?000 req\/s\): a timing row whose verdict that could explain reads unsure\.$/,
    );
    expect(renderMarkdown(report)).toContain('unsure (regressed as measured, improved at the stored run&#39;s speed: this runner was ×2.0 slower');
  });

  it("counts the share of the runner's CPU others took as slowness, and lets a count of the target's work decide", () => {
    const quiet = JSON.parse(JSON.stringify(base)) as Report;
    const busyHead = JSON.parse(JSON.stringify(head)) as Report;
    quiet.environment.speedProbe = { rps: 20_000, samples: [20_000], busy: 0.02 };
    // One connection to the probe found a core free: its speed barely moved, 48% of the machine went to a neighbour.
    busyHead.environment.speedProbe = { rps: 18_000, samples: [18_000, 18_500], busy: 0.48 };
    const rows = compareWithBaseline(plan, busyHead, quiet);
    // (20,000 / 18,000) × (0.98 / 0.52)³ ≈ ×7.4: items p95 +50 % is improved at the stored run's speed.
    const ratio = (20_000 / 18_000) * (0.98 / 0.52) ** 3;
    expect(rows[1]).toMatchObject({
      metric: 'p95',
      verdict: 'unsure',
      drift: { measured: 'regressed', scaled: 'improved', busy: { head: 0.48, stored: 0.02 } },
    });
    expect(rows[1]!.drift!.ratio).toBeCloseTo(ratio, 6);
    expect(isSuspect(rows[1]!)).toBe(true);
    expect(rows[3]!.drift).toBeUndefined();
    // Busy when the baseline was stored: the head's +3 % is far slower at the stored run's speed.
    const same = JSON.parse(JSON.stringify(busyHead)) as Report;
    withSamples(same, 'items', 'p95', [31, 30, 31, 32, 31]);
    const missed = compareWithBaseline(plan, { ...same, environment: quiet.environment }, { ...base, environment: busyHead.environment })[1]!;
    expect(missed).toMatchObject({ verdict: 'unsure', drift: { measured: 'unchanged', scaled: 'regressed', busy: { head: 0.02, stored: 0.48 } } });
    // Others' small share is within the probe's noise: as measured.
    const calm = { ...busyHead, environment: { ...busyHead.environment, speedProbe: { rps: 19_000, samples: [], busy: 0.1 } } };
    expect(compareWithBaseline(plan, calm, quiet)[1]).toMatchObject({ verdict: 'regressed' });
    // Ten times the body a response (a list that lost its limit): the slower p95 is the app's, whatever the runner did.
    const body = (r: Report, bytes: number) => {
      r.targets.find((x) => x.name === 'items')!.metrics['bytes-per-response'] = { value: bytes, unit: 'bytes', samples: [bytes, bytes, bytes, bytes, bytes] };
    };
    const worked = JSON.parse(JSON.stringify(busyHead)) as Report;
    const stored = JSON.parse(JSON.stringify(quiet)) as Report;
    body(worked, 10_000);
    body(stored, 1_000);
    const both = compareWithBaseline(plan, worked, stored);
    expect(both.find((r) => r.target === 'items' && r.metric === 'bytes-per-response')).toMatchObject({ verdict: 'regressed' });
    expect(both[1]).toMatchObject({ metric: 'p95', verdict: 'regressed' });
    expect(both[1]!.drift).toBeUndefined();

    const report = sampleReport({ verdict: 'pass' });
    report.comparisons = rows;
    report.baseline = {
      status: 'used',
      sha: 'abcdef0123456789',
      runnerSpeed: { ratio, headRps: 18_000, storedRps: 20_000, busy: { head: 0.48, stored: 0.02 } },
    };
    expect(baselineLine(report)).toMatch(
      /^Baseline: abcdef0\. This runner was ×7\.4 slower than when it was stored \(a responder inside perf-gate, one connection: 18,?000 req\/s against 20,?000 req\/s; other processes took up to 48% of its CPU between the targets, 2% then\): a timing row whose verdict that could explain reads unsure\.$/,
    );
    expect(renderMarkdown(report)).toContain(
      'unsure (regressed as measured, improved at the stored run&#39;s speed: this runner was ×7.4 slower than when the baseline was stored (other processes took 48% of its CPU between the targets, 2% then))',
    );
  });

  it('renders the rows, the baseline and a verdict line that agrees with them', () => {
    const report = sampleReport({ verdict: 'fail' });
    report.targets.push(endpointResult('orders', { rps: 1, p50: 1, p90: 1, p95: 1, p99: 1, errorRate: 0 }));
    report.comparisons = compareWithBaseline(plan, head, base);
    report.baseline = { status: 'used', source: 'base/report.json', sha: 'abcdef0123456789', ref: 'refs/heads/main', createdAt: '2026-11-23T07:00:00.000Z' };
    expect(verdictLine(report)).toBe('1 of 4 budgets failed; 1 regressed, 1 unsure, 2 unchanged');
    expect(renderMarkdown(report)).toMatchSnapshot();
  });
});
