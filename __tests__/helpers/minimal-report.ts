// The least report.json the schema takes, for tests of the views and the schema to build on.
import type { Report } from '../../src/core/report/report.js';

export const minimalReport: Report = {
  schemaVersion: 1,
  tool: { name: 'perf-gate', version: '0.1.0' },
  budgetFile: 'perf-budget.yml',
  startedAt: '2026-12-02T00:00:00.000Z',
  finishedAt: '2026-12-02T00:01:00.000Z',
  environment: { perfGate: '0.1.0', node: 'v24', os: { platform: 'linux', arch: 'x64', release: '6' }, cores: 2, cpuModel: 'cpu', memoryBytes: 1 },
  timings: { totalMs: 1 },
  targets: [],
  checks: [],
  comparisons: [],
  verdict: 'pass',
  errors: [],
};
