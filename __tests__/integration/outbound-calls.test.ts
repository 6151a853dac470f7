// The app's outbound HTTP calls, counted with nothing configured in it: the example Node app's recommender call
// (fetch) caught 0 → 1 a request against a stored run and named with its host; a thousand calls a request counted
// with the hosts kept bounded; an upstream that hangs counted in the wait, the run not stuck; a Python app's
// urllib call counted beside its own sitecustomize, which still runs; app.outbound: false leaves the hooks out.
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/run/gate.js';
import { baselineFromFiles } from '../../src/adapters/baseline/baseline-file.js';
import { renderComment } from '../../src/core/render/render-comment.js';
import { writeExampleBudget } from '../helpers/budgets.js';
import { freePort, markerVariable, processesWith, repoRoot, tempDir, uniqueMarker } from '../helpers/processes.js';

const quiet = { info: () => {}, warn: () => {} };
const quoteApp = path.join(repoRoot, '__tests__', 'servers', 'quote_app.py');
const load = '{ duration: 1s, warmup: 300ms, samples: 4, connections: 4 }';
const endpoints = '  - { name: recommend, url: /api/recommendations }\n  - { name: ping, url: /api/ping }\n';
const metric = (t: { metrics: Record<string, { value: number | null } | undefined> }, m: string) => t.metrics[m]?.value;

describe("the app's outbound calls, with nothing configured", () => {
  it('catches a call a request that was none against a stored run, and names the host it went to', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    await writeExampleBudget(dir, { marker, endpoints, load });
    const stored = await runGate({ config: 'perf-budget.yml', outDir: 'stored', cwd: dir, log: quiet });
    expect(stored.report.errors).toEqual([]);
    expect(stored.report.targets.map((t) => metric(t, 'outbound-calls-per-request'))).toEqual([0, 0]);

    await writeExampleBudget(dir, { marker, endpoints, load, env: { EXAMPLE_RECOMMEND_CACHE_OFF: '1' } });
    const head = await runGate({ config: 'perf-budget.yml', outDir: 'head', cwd: dir, log: quiet, baseline: baselineFromFiles(['stored/report.json'], dir) });
    const rows = head.report.comparisons.filter((r) => r.metric === 'outbound-calls-per-request');
    expect(rows.map((r) => [r.target, r.verdict])).toEqual([
      ['recommend', 'regressed'],
      ['ping', 'unchanged'],
    ]);
    expect(head.exitCode).toBe(1);
    const [recommend] = head.report.targets;
    // One a request; each burst's boundaries may catch each connection's request in flight with its call made and
    // its answer not yet counted (on a runner so busy it answered 69 requests in the second: 1.06).
    const calls = metric(recommend!, 'outbound-calls-per-request')!;
    expect(calls).toBeGreaterThan(0.95);
    expect(calls).toBeLessThanOrEqual(1 + (4 * 4) / metric(recommend!, 'requests')!);
    expect(metric(recommend!, 'outbound-ms-per-request')).toBeGreaterThan(4);
    expect(recommend!.endpoint!.outbound).toEqual([
      {
        host: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
        request: 'POST /v1/recommend',
        callsPerRequest: expect.any(Number),
        msPerRequest: expect.any(Number),
      },
    ]);
    expect(renderComment(head.report, { key: 'k' })).toMatch(
      /- \*\*recommend\*\* outbound-calls-per-request: `127\.0\.0\.1:\d+` \(POST \/v1\/recommend\): 0 → 1 calls a request/,
    );
    expect(readFileSync(path.join(dir, 'head', 'report.md'), 'utf8')).toMatch(/\| `127\.0\.0\.1:\d+` \(POST \/v1\/recommend\) \| 0 → 1 \|/);
    expect(processesWith(marker)).toEqual([]);
  });

  it('counts a thousand calls a request, keeping the hosts bounded, and an upstream that hangs in the wait', async () => {
    const dir = tempDir();
    const many = { EXAMPLE_RECOMMEND_CACHE_OFF: '1', EXAMPLE_RECOMMEND_CALLS: '1000', EXAMPLE_RECOMMEND_HOSTS: '60', EXAMPLE_RECOMMEND_MS: '0' };
    // A request takes a second or more: bursts long enough to answer some.
    await writeExampleBudget(dir, { marker: uniqueMarker(), endpoints, load: '{ duration: 6s, warmup: 1s, samples: 2, connections: 2 }', env: many });
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet });
    expect(out.report.errors).toEqual([]);
    const [recommend] = out.report.targets;
    // A handful of requests a burst: one in flight at a boundary (its calls made, its answer in the next burst) moves
    // the figure by a fifth either way; the order of magnitude is what is asserted.
    expect(metric(recommend!, 'outbound-calls-per-request')).toBeGreaterThan(600);
    expect(metric(recommend!, 'outbound-calls-per-request')).toBeLessThan(1600);
    // 60 hosts: 50 kept apart by each process, the rest summed; the report keeps the 10 most called.
    expect(recommend!.endpoint!.outbound!.length).toBe(10);

    // Every third call never answered: the requests that wait on one time out, and what they waited is counted.
    const hung = tempDir();
    await writeExampleBudget(hung, {
      marker: uniqueMarker(),
      endpoints: '  - { name: recommend, url: /api/recommendations, load: { timeout: 500ms } }\n',
      load: '{ duration: 1s, warmup: 200ms, samples: 2, connections: 2 }',
      env: { EXAMPLE_RECOMMEND_CACHE_OFF: '1', EXAMPLE_RECOMMEND_HANG_EVERY: '3' },
    });
    const slow = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: hung, log: quiet });
    const [target] = slow.report.targets;
    expect(target!.metrics.timeouts!.value).toBeGreaterThan(0);
    // Each answered request waited ~5 ms on its own call; the hung calls add their whole wait on top.
    expect(metric(target!, 'outbound-ms-per-request')).toBeGreaterThan(50);
  });

  it("counts a Python app's urllib calls, its own sitecustomize still run, and leaves them out with app.outbound: false", async () => {
    const dir = tempDir();
    const site = path.join(dir, 'site');
    mkdirSync(site);
    writeFileSync(path.join(site, 'sitecustomize.py'), "import os\nopen(os.path.join(os.environ['APP_DIR'], 'site-ran'), 'w').close()\n");
    const port = await freePort();
    const marker = uniqueMarker();
    const budget = () =>
      writeFileSync(
        path.join(dir, 'perf-budget.yml'),
        `app:
  command: /usr/bin/python3 ${quoteApp}
  env: { PORT: '${port}', QUOTE_CACHE_OFF: '1', APP_DIR: '${dir}', PYTHONPATH: '${site}', ${markerVariable}: '${marker}' }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 20s }
load: { duration: 1s, warmup: 200ms, samples: 2, connections: 2 }
endpoints:
  - { name: quote, url: /quote }
`,
      );
    budget();
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet });
    expect(out.report.errors).toEqual([]);
    expect(existsSync(path.join(dir, 'site-ran'))).toBe(true);
    expect(metric(out.report.targets[0]!, 'outbound-calls-per-request')).toBeGreaterThan(1.5);
    expect(metric(out.report.targets[0]!, 'outbound-calls-per-request')).toBeLessThan(2.5);
    expect(out.report.targets[0]!.endpoint!.outbound!.map((r) => r.request)).toEqual(['GET /price/{id}']);

    budget();
    writeFileSync(
      path.join(dir, 'perf-budget.yml'),
      readFileSync(path.join(dir, 'perf-budget.yml'), 'utf8').replace('  baseUrl:', '  outbound: false\n  baseUrl:'),
    );
    const off = await runGate({ config: 'perf-budget.yml', outDir: 'off', cwd: dir, log: quiet });
    expect(off.report.targets[0]!.metrics['outbound-calls-per-request']).toBeUndefined();
    expect(processesWith(marker)).toEqual([]);
  });

  it("counts a Python app's httpx calls (its own connections), httpx imported after start-up", async () => {
    const dir = tempDir();
    const port = await freePort();
    const marker = uniqueMarker();
    writeFileSync(
      path.join(dir, 'perf-budget.yml'),
      `app:
  command: /usr/bin/python3 ${quoteApp}
  env: { PORT: '${port}', QUOTE_CACHE_OFF: '1', QUOTE_CLIENT: httpx, ${markerVariable}: '${marker}' }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 20s }
load: { duration: 1s, warmup: 200ms, samples: 2, connections: 2 }
endpoints:
  - { name: quote, url: /quote }
`,
    );
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet });
    expect(out.report.errors).toEqual([]);
    const [target] = out.report.targets;
    expect(metric(target!, 'outbound-calls-per-request')).toBeGreaterThan(1.5);
    expect(metric(target!, 'outbound-calls-per-request')).toBeLessThan(2.5);
    expect(target!.endpoint!.outbound!.map((r) => r.request)).toEqual(['GET /price/{id}']);
    expect(metric(target!, 'outbound-ms-per-request')).toBeGreaterThan(0);
    expect(processesWith(marker)).toEqual([]);
  });
});
