// A mix on real processes: the example app's item API, one cached id and ids over 5,000 (mostly misses), and orders
// that fail one in five, as one load on both engines; then beside a base whose orders never fail, where the orders'
// own error row regresses and the others' do not.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/run/gate.js';
import { writtenReport } from '../helpers/written-report.js';
import { processesWith, tempDir, uniqueMarker } from '../helpers/processes.js';
import { exampleAppBudget } from '../helpers/example-app-budget.js';

const quiet = { info: () => {}, warn: () => {} };

const budget = (dir: string, marker: string, mixes: string, extra = '') =>
  exampleAppBudget(dir, marker, {
    env: { EXAMPLE_MISS_US: '800', EXAMPLE_FAIL_EVERY: '5' },
    app: '  metrics: /metrics\n',
    rest: `counters:
  cache-misses: 'example_item_cache_lookups_total{result="miss"}'
${extra}endpoints:
  - name: hit
    url: /api/items/42
    load: { duration: 1s, warmup: 200ms, samples: 2 }
mixes:
${mixes}`,
  });

const shop = (load: string) => `    requests:
      - { endpoint: hit, weight: 2 }
      - { name: miss, url: '/api/items/{id}', vars: { id: { range: [1, 5000] } }, weight: 6 }
      - { name: order, url: /api/orders, method: POST, body: { sku: x }, status: 201, weight: 2 }
    load: ${load}
`;

describe('mixes', () => {
  it('one load of several kinds of request on both engines: rows per kind, shares by weight, work per mix request', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    await budget(
      dir,
      marker,
      `  - name: shop
${shop('{ duration: 2s, warmup: 300ms, samples: 4, connections: 4 }')}    thresholds: ['error-rate@order < 25%', 'error-rate@miss == 0%']
  - name: shop-stages
${shop('{ profile: { stages: [{ duration: 2s, rate: 300 }] } }')}`,
    );
    const { report, markdown } = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet });
    expect(report.errors).toEqual([]);
    writtenReport(path.join(dir, 'out'));
    for (const name of ['shop', 'shop-stages']) {
      const t = report.targets.find((x) => x.name === name)!;
      const mix = t.endpoint!.mix!;
      const sent = mix.reduce((n, k) => n + k.sent, 0);
      expect(sent).toBe(t.endpoint!.sent);
      // Weights 2:6:2, drawn over hundreds of requests at least.
      expect(sent).toBeGreaterThan(300);
      for (const [k, share] of [0.2, 0.6, 0.2].entries()) expect(Math.abs(mix[k]!.sent / sent - share)).toBeLessThan(0.06);
      // Every fifth order fails with a 500: the order row says so, the others are clean.
      expect(t.metrics['error-rate@order']!.value).toBeGreaterThan(10);
      expect(t.metrics['error-rate@order']!.value).toBeLessThan(30);
      expect(t.metrics['error-rate@miss']!.value).toBe(0);
      expect(t.metrics['error-rate@hit']!.value).toBe(0);
      expect(mix[2]!.errorKinds).toEqual([{ kind: 'unexpected status 500', count: expect.any(Number) }]);
      expect(typeof t.metrics['p95@miss']!.value).toBe('number');
      expect(t.metrics['requests@hit']!.value).toBeGreaterThan(0);
      // Six requests in ten draw an id over 5,000 (about nine in ten miss a cache of 500): the work per mix request.
      expect(t.metrics['cache-misses-per-request']!.value).toBeGreaterThan(0.35);
      expect(t.metrics['cache-misses-per-request']!.value).toBeLessThan(0.75);
    }
    expect(report.checks.filter((c) => c.target === 'shop').map((c) => [c.metric, c.outcome])).toEqual([
      ['error-rate@order', 'pass'],
      ['error-rate@miss', 'pass'],
      ['error-rate@hit', 'pass'],
    ]);
    // No error threshold: the whole mix's default, which a fifth of its orders failing breaks.
    expect(report.checks.filter((c) => c.target === 'shop-stages').map((c) => [c.metric, c.outcome, c.origin])).toEqual([['error-rate', 'fail', 'default']]);
    expect(markdown).toMatch(/\| &nbsp;&nbsp;› miss \(\d+%\) \|/);
    expect(markdown).toContain('shop › miss: GET /api/items/{id}, weight 6 (60%)');
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);

  it("beside a base whose orders never fail: the orders' own error row regresses, the others' do not; the mix is profiled on both", async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    mkdirSync(path.join(root, 'base'));
    // Counts, not timings: a busy machine moves neither.
    await budget(
      path.join(root, 'head'),
      marker,
      `  - name: shop
${shop('{ duration: 2s, warmup: 500ms, samples: 2, rate: 150 }')}    relative: { error-rate@order: '+2%', error-rate@miss: '+2%', error-rate@hit: '+2%' }
`,
      "sameRunner: { dir: ../base, env: { EXAMPLE_FAIL_EVERY: '0' }, timeBudget: 40s }\ndiagnose: { when: always, duration: 2s }\n",
    );
    const { report } = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: path.join(root, 'head'), log: quiet });
    expect(report.errors).toEqual([]);
    const verdict = (metric: string) => report.comparisons.find((r) => r.target === 'shop' && r.metric === metric)?.verdict;
    expect(verdict('error-rate@order')).toBe('regressed');
    expect(verdict('error-rate@miss')).not.toBe('regressed');
    expect(verdict('error-rate@hit')).not.toBe('regressed');
    const shopResult = report.targets.find((t) => t.name === 'shop')!;
    expect(shopResult.endpoint!.mix!.map((k) => k.name)).toEqual(['hit', 'miss', 'order']);
    // Profiled like an endpoint, the mix's own requests alternating between the two apps.
    const profiled = report.diagnosis!.endpoints.find((e) => e.target === 'shop')!;
    expect(profiled).toMatchObject({ profiler: 'v8' });
    expect(profiled.head!.requests).toBeGreaterThan(0);
    expect(processesWith(marker)).toEqual([]);
  }, 180_000);
});
