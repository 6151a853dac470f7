// A fixed report for rendering tests: two endpoints, one failing budget, one default check.
import type { CheckResult, ComparisonRow, MetricResult, Report, TargetResult } from '../src/core/report/report.js';

const m = (value: number | null, unit: MetricResult['unit'], samples: number[] = []): MetricResult => ({ value, unit, samples });

export function endpointResult(name: string, values: { rps: number; p50: number; p90: number; p95: number; p99: number; errorRate: number }): TargetResult {
  return {
    kind: 'endpoint',
    name,
    url: `http://127.0.0.1:3000/api/${name}`,
    status: 'ok',
    metrics: {
      rps: m(values.rps, 'rps', [values.rps - 10, values.rps + 10]),
      p50: m(values.p50, 'ms'),
      p90: m(values.p90, 'ms'),
      p95: m(values.p95, 'ms', [values.p95 * 0.9, values.p95 * 1.1]),
      p99: m(values.p99, 'ms'),
      'error-rate': m(values.errorRate, 'percent'),
      errors: m(0, 'count'),
    },
    endpoint: {
      method: 'GET',
      load: { durationMs: 2000, warmupMs: 500, connections: 10, samples: 2, timeoutMs: 10000 },
      statusCodes: { '200': 1000 },
      sent: 1000,
      bursts: [
        {
          startMs: 0,
          durationMs: 1000,
          requests: 500,
          errors: 0,
          non2xx: 0,
          rps: values.rps - 10,
          p50: values.p50,
          p90: values.p90,
          p95: values.p95 * 0.9,
          p99: values.p99,
        },
        {
          startMs: 1000,
          durationMs: 1000,
          requests: 500,
          errors: 0,
          non2xx: 0,
          rps: values.rps + 10,
          p50: values.p50,
          p90: values.p90,
          p95: values.p95 * 1.1,
          p99: values.p99,
        },
      ],
      errorKinds: [],
    },
  };
}

const check = (
  c: Partial<CheckResult> & Pick<CheckResult, 'target' | 'metric' | 'threshold' | 'op' | 'limit' | 'unit' | 'actual' | 'outcome'>,
): CheckResult => ({
  kind: 'endpoint',
  message: `${c.target}: ${c.metric}`,
  origin: 'budget',
  ...c,
});

/** A gating p95 row that regressed 10 → 15 ms against a +10% rule; `over` changes what a test is about. */
export const comparisonRow = (over: Partial<ComparisonRow> = {}): ComparisonRow => ({
  target: 'search',
  kind: 'endpoint',
  metric: 'p95',
  rule: '+10%',
  gating: true,
  reasons: [],
  verdict: 'regressed',
  baseMean: 10,
  headMean: 15,
  delta: 5,
  deltaPercent: 50,
  interval: [4, 6],
  intervalPercent: [40, 60],
  pValue: 0.001,
  confidence: 0.95,
  allowed: 1,
  baseN: 5,
  headN: 5,
  ...over,
});

export function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'perf-gate', version: '1.2.3' },
    budgetFile: 'perf-budget.yml',
    startedAt: '2026-11-23T10:00:00.000Z',
    finishedAt: '2026-11-23T10:00:05.000Z',
    environment: {
      cpuModel: 'Example CPU @ 3.00GHz',
      cores: 2,
      memoryBytes: 8 * 1024 ** 3,
      os: { platform: 'linux', release: '6.1.0', arch: 'x64' },
      node: 'v24.21.0',
      perfGate: '1.2.3',
      git: { sha: '0123456789abcdef0123456789abcdef01234567', ref: 'refs/heads/main' },
    },
    timings: { appReadyMs: 150, firstRequestMs: 160, totalMs: 5000 },
    targets: [
      endpointResult('ping', { rps: 12345.6, p50: 0.42, p90: 0.81, p95: 0.97, p99: 2.4, errorRate: 0 }),
      endpointResult('items', { rps: 812, p50: 9.8, p90: 14.2, p95: 31.5, p99: 60.1, errorRate: 0.25 }),
    ],
    checks: [
      check({ target: 'ping', metric: 'p95', threshold: 'p95 < 5ms', op: '<', limit: 5, unit: 'ms', actual: 0.97, outcome: 'pass', line: 12 }),
      check({
        target: 'ping',
        metric: 'error-rate',
        threshold: 'error-rate < 1%',
        op: '<',
        limit: 1,
        unit: 'percent',
        actual: 0,
        outcome: 'pass',
        origin: 'default',
      }),
      check({ target: 'items', metric: 'p95', threshold: 'p95 < 25ms', op: '<', limit: 25, unit: 'ms', actual: 31.5, outcome: 'fail', line: 20 }),
      check({ target: 'items', metric: 'rps', threshold: 'rps > 500', op: '>', limit: 500, unit: 'rps', actual: 812, outcome: 'pass', line: 21 }),
    ],
    comparisons: [],
    verdict: 'fail',
    errors: [],
    ...overrides,
  };
}

export function pageResult(
  name: string,
  values: { performance: number; lcp: number; fcp: number; tbt: number; cls: number; bytes: number; requests: number },
): TargetResult {
  return {
    kind: 'page',
    name,
    url: `http://127.0.0.1:3000/${name}`,
    status: 'ok',
    metrics: {
      performance: m(values.performance, 'score', [values.performance, values.performance - 2, values.performance + 1]),
      lcp: m(values.lcp, 'ms'),
      fcp: m(values.fcp, 'ms'),
      tbt: m(values.tbt, 'ms'),
      cls: m(values.cls, 'unitless'),
      'total-bytes': m(values.bytes, 'bytes'),
      requests: m(values.requests, 'count'),
    },
    page: {
      preset: 'mobile',
      throttling: 'simulate',
      categories: ['performance'],
      runsPlanned: 3,
      runs: [
        { run: 1, attempt: 1, ok: false, error: 'PROTOCOL_TIMEOUT: Waiting for DevTools protocol response has exceeded the allotted time.', durationMs: 30000 },
        { run: 1, attempt: 2, ok: true, durationMs: 6100 },
        { run: 2, attempt: 1, ok: true, durationMs: 5900 },
        { run: 3, attempt: 1, ok: true, durationMs: 6000 },
      ],
      representativeRun: 2,
      artifacts: { html: `pages/${name}.report.html`, json: `pages/${name}.report.json` },
    },
  };
}
