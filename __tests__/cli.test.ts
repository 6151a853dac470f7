// The CLI in-process: messages and exit codes for problems found before any load starts.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../src/cli.js';
import { tempDir } from './helpers/processes.js';

async function cli(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), cwd });
  return { code, out, err };
}

describe('runCli', () => {
  it('exits 2 when the report directory cannot be made', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'perf-budget.yml'), "app: { baseUrl: 'http://127.0.0.1:9' }\nendpoints: [{ name: a, url: /a }]\n");
    writeFileSync(path.join(dir, 'taken'), 'a file');
    expect(await cli(['run', '--out', 'taken/report'], dir)).toEqual({
      code: 2,
      out: '',
      err: `perf-gate: report directory '${path.join(dir, 'taken/report')}': cannot create it: a file stands in the way\n`,
    });
  });

  it('exits 2 with every problem of the budget file, one per line', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'b.json'),
      '{ "app": { "baseUrl": "http://127.0.0.1:9" }, "endpoints": [{ "name": "a", "url": "/a", "method": "FETCH", "thresholds": ["p95 < fast"] }] }',
    );
    const run = await cli(['run', '-c', 'b.json'], dir);
    expect(run.code).toBe(2);
    expect(run.err.trimEnd().split('\n')).toEqual([
      "perf-gate: b.json:1:99: endpoints[0].method: expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, got 'FETCH'",
      "perf-gate: b.json:1:123: endpoints[0].thresholds[0]: p95: expected a duration like 200ms, 1.5s or 800 (milliseconds), got 'fast'",
    ]);
  });

  it('exits 3 when a running app is expected but nothing answers', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'perf-budget.yml'), "app: { baseUrl: 'http://127.0.0.1:9', ready: { timeout: 300ms } }\nendpoints: [{ name: a, url: /a }]\n");
    const run = await cli(['run', '-q'], dir);
    expect(run.code).toBe(3);
    expect(run.out).toMatch(/^error: the app at http:\/\/127\.0\.0\.1:9\/ \(no app\.command: perf-gate expects it already running\) did not answer 2xx/m);
    expect(run.out).toMatch(/^perf-gate: ERROR — could not complete: 1 error, 0 of 0 budgets failed$/m);
  });
});

describe('runCli with a baseline', () => {
  it('passes the same build, fails a slowed one, and says plainly when there is no baseline', async () => {
    const { writeExampleBudget } = await import('./helpers/budgets.js');
    const { uniqueMarker } = await import('./helpers/processes.js');
    const { readFileSync } = await import('node:fs');
    const dir = tempDir();
    const relative = "  - { name: ping, url: /api/ping, relative: { p95: '+20% or +1ms' } }\n";
    const load = '{ duration: 1s, warmup: 200ms, samples: 5, connections: 4 }';
    const fast = await writeExampleBudget(dir, { marker: uniqueMarker(), endpoints: relative, load, name: 'fast.yml' });
    const slow = await writeExampleBudget(dir, { marker: uniqueMarker(), endpoints: relative, load, name: 'slow.yml', env: { EXAMPLE_DELAY_MS: '20' } });

    const first = await cli(['run', '-q', '-c', fast.file, '-o', 'base'], dir);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^No baseline: no baseline was given\. Absolute budgets still apply\.$/m);

    const same = await cli(['run', '-q', '-c', fast.file, '-o', 'same', '-b', 'base/report.json'], dir);
    expect(same.code).toBe(0);
    expect(same.out).toMatch(/^ping\s+p95\s+\+20% or \+1ms .* (unchanged|unsure.*)$/m);

    const slower = await cli(['run', '-q', '-c', slow.file, '-o', 'slow', '-b', 'base/report.json'], dir);
    expect(slower.code).toBe(1);
    expect(slower.out).toMatch(/^perf-gate: FAIL — all 1 budget met; 1 regressed$/m);
    const report = JSON.parse(readFileSync(path.join(dir, 'slow', 'report.json'), 'utf8'));
    expect(report.baseline).toMatchObject({ status: 'used', source: 'base/report.json' });
    expect(report.comparisons[0]).toMatchObject({ target: 'ping', metric: 'p95', verdict: 'regressed', gating: true, baseN: 5, headN: 5 });

    const missing = await cli(['run', '-q', '-c', fast.file, '-o', 'x', '-b', 'nope.json'], dir);
    expect(missing.code).toBe(0);
    expect(missing.err).toContain(`warning: no baseline: there is no file ${path.join(dir, 'nope.json')}; absolute budgets still apply`);
  });
});

describe('runCli with samples as a range', () => {
  it('stops an endpoint whose thresholds are clear at its minimum and takes the maximum where one is not', async () => {
    const { writeExampleBudget } = await import('./helpers/budgets.js');
    const { uniqueMarker } = await import('./helpers/processes.js');
    const { readFileSync } = await import('node:fs');
    const dir = tempDir();
    const endpoints = "  - { name: ping, url: /api/ping, thresholds: ['p95 < 10s'] }\n  - { name: items, url: /api/items, thresholds: ['errors == 0'] }\n";
    const budget = await writeExampleBudget(dir, {
      marker: uniqueMarker(),
      endpoints,
      load: '{ duration: 2s, warmup: 200ms, samples: { min: 2, max: 8 }, connections: 4 }',
    });
    const run = await cli(['run', '-q', '-c', budget.file, '-o', 'out'], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    const [ping, items] = report.targets;
    expect(ping.sampling).toEqual({ taken: 2, min: 2, max: 8, stop: 'clear' });
    expect(ping.endpoint.bursts).toHaveLength(2);
    expect(ping.metrics.p95.samples).toHaveLength(2);
    // A count of errors can still rise with every burst: only the whole planned time answers it.
    expect(items.sampling).toEqual({ taken: 8, min: 2, max: 8, stop: 'max samples', near: ['errors == 0'] });
    expect(items.endpoint.bursts).toHaveLength(8);
    expect(run.out).toMatch(/^ping\s.*\s2 \(clear\)$/m);
    expect(run.out).toMatch(/^items\s.*\s8 \(max samples: near errors == 0\)$/m);
  });
});
