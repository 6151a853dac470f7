import { describe, expect, it } from '@jest/globals';
import { parseBudget } from '../src/core/budget-parse.js';
import { ConfigError } from '../src/core/errors.js';

const base = `app:
  baseUrl: http://127.0.0.1:3000
endpoints:
  - name: ping
    url: /api/ping
    thresholds:
      - p95 < 20ms
      - rps > 500
`;

function errorsOf(text: string): string[] {
  try {
    parseBudget(text, 'perf-budget.yml', '/repo');
  } catch (e) {
    if (e instanceof ConfigError) return e.lines;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('parseBudget', () => {
  it('resolves a valid budget with defaults', () => {
    const plan = parseBudget(base, 'perf-budget.yml', '/repo');
    expect(plan.endpoints[0]).toMatchObject({
      name: 'ping',
      url: 'http://127.0.0.1:3000/api/ping',
      method: 'GET',
      load: { durationMs: 10000, warmupMs: 2000, connections: 10, samples: 10, timeoutMs: 10000 },
    });
    expect(plan.endpoints[0]?.thresholds[0]).toEqual({ source: 'p95 < 20ms', metric: 'p95', op: '<', value: 20, unit: 'ms', line: 7 });
  });

  it('suggests a metric name for a typo, with the line', () => {
    expect(errorsOf(base.replace('p95 < 20ms', 'p96 < 20ms'))).toEqual([
      "perf-budget.yml:7:9: endpoints[0].thresholds[0]: unknown endpoint metric 'p96' (did you mean 'p95'?)",
    ]);
  });

  it('names unknown fields', () => {
    expect(errorsOf(base + '    lod:\n      duration: 5s\n')).toEqual([
      expect.stringMatching(/^perf-budget.yml:4:5: endpoints\[0\]: unknown field 'lod' \(did you mean 'load'\?\)/),
    ]);
  });
});
