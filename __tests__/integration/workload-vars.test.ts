// Requests that vary on real processes: the example app's item API with a per-id cache, loaded on one id (every
// request a hit), over 5,000 ids at random and 2,000 from a CSV file in order (mostly misses: the cache holds 500),
// alone and beside a base whose misses cost an eighth as much.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/run/gate.js';
import { writtenReport } from '../helpers/written-report.js';
import { processesWith, tempDir, uniqueMarker } from '../helpers/processes.js';
import { exampleAppBudget } from '../helpers/example-app-budget.js';

const quiet = { info: () => {}, warn: () => {} };

async function budget(dir: string, marker: string, extra = ''): Promise<void> {
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  writeFileSync(path.join(dir, 'data', 'items.csv'), `id,label\n${Array.from({ length: 2000 }, (_, i) => `${i * 2 + 1},"item ${i}"`).join('\n')}\n`);
  await exampleAppBudget(dir, marker, {
    env: { EXAMPLE_MISS_US: '800' },
    app: '  metrics: /metrics\n',
    rest: `counters:
  cache-misses: 'example_item_cache_lookups_total{result="miss"}'
load: { duration: 1s, warmup: 200ms, samples: 4, connections: 4 }
${extra}endpoints:
  - name: one-item
    url: /api/items/42
  - name: item
    url: /api/items/{id}
    vars: { id: { range: [1, 5000] } }
  - name: listed
    url: /api/items/{id}?label={label}
    vars:
      id: { file: data/items.csv, column: id, order: sequence }
      label: { values: [a b, 'c&d'] }
  - name: item-stages
    url: /api/items/{id}
    vars: { id: { range: [1, 5000] } }
    load: { profile: { stages: [{ duration: 1s, rate: 200 }] } }
`,
  });
}

describe('requests that vary (vars)', () => {
  it('one id always hits the cache; ids over the range mostly miss; a CSV column is drawn in order', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    await budget(dir, marker);
    const { report, markdown } = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet });
    expect(report.errors).toEqual([]);
    writtenReport(path.join(dir, 'out'));
    const misses = (name: string) => report.targets.find((t) => t.name === name)!.metrics['cache-misses-per-request']!.value!;
    expect(misses('one-item')).toBeLessThan(0.05);
    // 500 of 5,000 ids cached: about nine requests in ten miss.
    expect(misses('item')).toBeGreaterThan(0.6);
    // The undici engine (load shapes) varies its requests too.
    expect(misses('item-stages')).toBeGreaterThan(0.6);
    const item = report.targets.find((t) => t.name === 'item')!;
    expect(item.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/items\/\{id\}$/);
    expect(item.endpoint!.vars).toEqual(['id: 1–5000 (random)']);
    expect(markdown).toContain('- listed: requests varied by id: 2000 values from data/items.csv, column id (sequence), label: 2 values (random)');
    expect(report.targets.every((t) => t.metrics['error-rate']!.value === 0)).toBe(true);
    // An endpoint that answered in under a millisecond has the load generator's own latency measured after it.
    const fast = report.targets.some((t) => (t.metrics.p95?.value ?? Infinity) < 1);
    expect(report.environment.clientFloor !== undefined).toBe(fast);
    if (fast) expect(report.environment.clientFloor!.p95Ms).toBeGreaterThan(0);
    expect(processesWith(marker)).toEqual([]);
  });

  it('beside a base whose misses cost an eighth: the varied endpoints regress, the one id does not', async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    mkdirSync(path.join(root, 'base'));
    await budget(
      path.join(root, 'head'),
      marker,
      "sameRunner: { dir: ../base, env: { EXAMPLE_MISS_US: '100' } }\nrelative: { endpoints: { cpu-per-request: '+25%' } }\n",
    );
    const { report } = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: path.join(root, 'head'), log: quiet });
    expect(report.errors).toEqual([]);
    const verdict = (target: string) => report.comparisons.find((r) => r.target === target && r.metric === 'cpu-per-request')!.verdict;
    expect(verdict('item')).toBe('regressed');
    expect(verdict('listed')).toBe('regressed');
    expect(verdict('one-item')).not.toBe('regressed');
    expect(report.baseline!.sameRunner!.sampling.find((x) => x.target === 'item-stages')!.stop).toBe('schedule');
    expect(processesWith(marker)).toEqual([]);
  }, 180_000);
});
