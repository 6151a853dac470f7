// The cache work behind each request, on Debian's redis-server: a Python app whose head stops filling its Redis cache
// (every GET a miss) caught against a stored run, hits → misses named with the commands; the password masked; a
// Redis that cannot be reached is one line (exit 3) with the load results kept; a Redis restarted mid-run loses that
// burst's sample, noted, and the run goes on.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/run/gate.js';
import { baselineFromFiles } from '../../src/adapters/baseline/baseline-file.js';
import { renderComment } from '../../src/core/render/render-comment.js';
import { freePort, markerVariable, processesWith, repoRoot, tempDir, uniqueMarker } from '../helpers/processes.js';
import { startRedis, type Redis } from '../../bench/servers/redis.mjs';

const quiet = { info: () => {}, warn: () => {} };
const quoteApp = path.join(repoRoot, '__tests__', 'servers', 'quote_app.py');
const password = 'cache-secret-42';

async function budget(dir: string, redisUrl: string, env: Record<string, string> = {}, load = '{ duration: 1s, warmup: 300ms, samples: 4, connections: 2 }') {
  const port = await freePort();
  const marker = uniqueMarker();
  writeFileSync(
    path.join(dir, 'perf-budget.yml'),
    `app:
  command: /usr/bin/python3 ${quoteApp}
  env: ${JSON.stringify({ PORT: String(port), QUOTE_REDIS_URL: '${REDIS_URL}', [markerVariable]: marker, ...env })}
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 20s }
cache: { redis: '\${REDIS_URL}' }
load: ${load}
endpoints:
  - { name: quote, url: /quote }
`,
  );
  return { marker, env: { ...process.env, REDIS_URL: redisUrl } };
}

describe('Redis behind the app', () => {
  let redis: Redis;
  beforeAll(async () => {
    redis = await startRedis({ password });
  });
  afterAll(() => redis?.stop());

  it('catches a cache that is no longer filled against a stored run: hits → misses, named with its commands', async () => {
    const dir = tempDir();
    const stored = await runGate({ config: 'perf-budget.yml', outDir: 'stored', cwd: dir, log: quiet, ...(await budget(dir, redis.url)) });
    expect(stored.report.errors).toEqual([]);
    const [quote] = stored.report.targets;
    expect(quote!.metrics['redis-commands-per-request']!.value).toBeCloseTo(2, 1);
    expect(quote!.metrics['redis-hits-per-request']!.value).toBeCloseTo(2, 1);
    expect(quote!.metrics['redis-misses-per-request']!.value).toBeCloseTo(0, 1);

    const { marker, env } = await budget(dir, redis.url, { QUOTE_CACHE_OFF: '1' });
    // Another key space: the stored run's keys would still be hits.
    await redis.restart();
    const head = await runGate({
      config: 'perf-budget.yml',
      outDir: 'head',
      cwd: dir,
      log: quiet,
      env,
      baseline: baselineFromFiles(['stored/report.json'], dir),
    });
    const row = (metric: string) => head.report.comparisons.find((r) => r.metric === metric)!;
    expect(row('redis-misses-per-request')).toMatchObject({ verdict: 'regressed', rule: '+10% or +0.5 (default)' });
    expect(head.report.targets[0]!.endpoint!.cache).toMatchObject({
      hitsPerRequest: expect.closeTo(0, 1),
      missesPerRequest: expect.closeTo(2, 1),
      commands: [{ command: 'GET', callsPerRequest: expect.closeTo(2, 1) }],
    });
    expect(head.exitCode).toBe(1);
    const comment = renderComment(head.report, { key: 'k' });
    expect(comment).toMatch(/- \*\*quote\*\* redis-misses-per-request: Redis: hits 2 → 0, misses 0 → 2 a request/);
    const everything = readFileSync(path.join(dir, 'head', 'report.json'), 'utf8') + readFileSync(path.join(dir, 'head', 'report.md'), 'utf8') + comment;
    expect(everything).not.toContain(password);
    expect(processesWith(marker)).toEqual([]);
  });

  it('says in one line that Redis cannot be reached (exit 3), its password masked, and keeps the load results', async () => {
    const dir = tempDir();
    const closed = await freePort();
    // The app keeps its cache in its own memory here: only perf-gate's reading fails.
    const { env } = await budget(dir, `redis://:${password}@127.0.0.1:${closed}`, { QUOTE_REDIS_URL: '' });
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet, env });
    expect(out.exitCode).toBe(3);
    expect(out.report.errors).toEqual([`cache.redis: cannot read INFO from redis://:***@127.0.0.1:${closed}: connect ECONNREFUSED 127.0.0.1:${closed}`]);
    expect(out.report.targets[0]!.metrics.requests!.value).toBeGreaterThan(0);

    const wrong = tempDir();
    const refused = await runGate({
      config: 'perf-budget.yml',
      outDir: 'out',
      cwd: wrong,
      log: quiet,
      ...(await budget(wrong, `redis://:nope@127.0.0.1:${redis.port}`, { QUOTE_REDIS_URL: '' })),
    });
    expect(refused.exitCode).toBe(3);
    expect(refused.report.errors).toEqual([expect.stringMatching(/^cache\.redis: cannot read INFO from redis:\/\/:\*\*\*@127\.0\.0\.1:\d+: WRONGPASS/)]);
  });

  it('leaves out the burst Redis was restarted in, says so, and goes on', async () => {
    const dir = tempDir();
    const { env } = await budget(dir, redis.url, {}, '{ duration: 4s, warmup: 300ms, samples: 4, connections: 2 }');
    const running = runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet, env });
    // Restarted once the load is under way (the app's GETs reach Redis), however slow the app was to start.
    const gets = () =>
      Number(
        /cmdstat_get:calls=(\d+)/.exec(
          execFileSync('redis-cli', ['-p', String(redis.port), '-a', password, '--no-auth-warning', 'INFO', 'commandstats']).toString(),
        )?.[1] ?? 0,
      );
    while (gets() < 50) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1000));
    await redis.restart();
    const out = await running;
    const [quote] = out.report.targets;
    expect(quote!.metrics.requests!.value).toBeGreaterThan(0);
    expect(quote!.endpoint!.workNotes?.join('\n')).toMatch(/Redis counters went down during a burst|Redis could not be read at the edge of/);
    expect(quote!.metrics['redis-commands-per-request']!.samples.length).toBeLessThan(4);
  });
});
