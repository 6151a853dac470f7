// The work behind each request past PostgreSQL (BENCH_ONLY=stores; BENCH_STORES_PARTS=redis,mariadb,repeats picks some):
//   redis    the Python quote app caching its prices in Debian's redis-server, its head no longer filling the cache
//            (every GET a miss), against one stored run: how often the run fails on redis-misses-per-request, and
//            A/A (target: 20 of 20, 0 of 20)
//   mariadb  the Django shop on Debian's MariaDB (performance_schema on), its N+1 list view against one stored run:
//            how often db-queries-per-request regresses, and A/A (target: 20 of 20, 0 of 20)
//   repeats  the Django shop's N+1 on PostgreSQL with no baseline at all: how often `db-repeats-per-request <= 5`
//            fails the run and names the statement (target: 20 of 20)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startRedis } from './servers/redis.mjs';
import { startMariadb } from './servers/mariadb.mjs';
import { startPostgres } from './servers/postgres.mjs';

const runs = Number(process.env.BENCH_STORES_RUNS ?? 20);
const python = '/usr/bin/python3';

function runCli(cli, args, env) {
  return new Promise((resolve) => spawn(process.execPath, [cli, ...args], { stdio: 'ignore', env: { ...process.env, ...env } }).once('close', resolve));
}

const report = (out) => JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
const regressed = (out, metric) => report(out).comparisons.some((r) => r.metric === metric && r.verdict === 'regressed');

// One stored run of the base, then `runs` pairs of the head and the base (A/A) against it, in an order that alternates.
async function pairs({ cli, work, name, files, env, metric }) {
  const stored = path.join(work, `${name}-stored`);
  await runCli(cli, ['run', '-q', '-c', files.base, '-o', stored], env.base);
  const counts = { caught: 0, falseAlarms: 0, runs: 0 };
  for (let i = 0; i < runs; i++) {
    for (const kind of i % 2 ? ['aa', 'ab'] : ['ab', 'aa']) {
      const out = path.join(work, `${name}-${kind}${i}`);
      await runCli(
        cli,
        ['run', '-q', '-c', kind === 'ab' ? files.head : files.base, '-o', out, '-b', path.join(stored, 'report.json')],
        kind === 'ab' ? env.head : env.base,
      );
      if (kind === 'ab') counts.caught += regressed(out, metric) ? 1 : 0;
      else counts.falseAlarms += regressed(out, metric) ? 1 : 0;
    }
    counts.runs++;
  }
  return counts;
}

function quoteBudget(file, { root, port, cacheOff }) {
  writeFileSync(
    file,
    `app:
  command: ${python} ${path.join(root, '__tests__', 'servers', 'quote_app.py')}
  env: { PORT: ${port}, QUOTE_REDIS_URL: '\${REDIS_URL}'${cacheOff ? ', QUOTE_CACHE_OFF: 1' : ''} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 30s }
cache: { redis: '\${REDIS_URL}' }
load: { duration: 1s, warmup: 300ms, samples: 4, connections: 2 }
endpoints:
  - { name: quote, url: /quote }
`,
  );
  return file;
}

async function redisPart({ cli, root, work, freePort }) {
  const redis = await startRedis({ password: 'bench-pw' });
  try {
    const port = await freePort();
    const files = {
      base: quoteBudget(path.join(work, 'stores-redis-base.yml'), { root, port, cacheOff: false }),
      head: quoteBudget(path.join(work, 'stores-redis-head.yml'), { root, port, cacheOff: true }),
    };
    const env = { REDIS_URL: redis.url };
    return await pairs({ cli, work, name: 'stores-redis', files, env: { base: env, head: env }, metric: 'redis-misses-per-request' });
  } finally {
    await redis.stop();
  }
}

function shopBudget(file, { root, port, database, switches = {}, thresholds = '' }) {
  const env = { PORT: port, DATABASE_URL: '${SHOP_DATABASE_URL}', WEB_CONCURRENCY: 2, ...switches };
  writeFileSync(
    file,
    `app:
  command: gunicorn -c gunicorn.conf.py shop.wsgi
  cwd: ${path.join(root, 'examples', 'django')}
  setup: ${python} manage.py migrate -v0 && ${python} manage.py seed
  env: ${JSON.stringify(env)}
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 60s }
database: { ${database}: '\${SHOP_DATABASE_URL}' }
load: { duration: 2s, warmup: 500ms, samples: 4, connections: 4 }
endpoints:
  - { name: orders, url: /api/orders${thresholds} }
`,
  );
  return file;
}

async function mariadbPart({ cli, root, work, freePort }) {
  const db = await startMariadb();
  try {
    const port = await freePort();
    const files = {
      base: shopBudget(path.join(work, 'stores-mariadb-base.yml'), { root, port, database: 'mysql' }),
      head: shopBudget(path.join(work, 'stores-mariadb-head.yml'), { root, port, database: 'mysql', switches: { SHOP_N_PLUS_ONE: 1 } }),
    };
    const env = { SHOP_DATABASE_URL: db.url('shop') };
    return await pairs({ cli, work, name: 'stores-mariadb', files, env: { base: env, head: env }, metric: 'db-queries-per-request' });
  } finally {
    db.stop();
  }
}

async function repeatsPart({ cli, root, work, freePort }) {
  const pg = await startPostgres();
  try {
    pg.sql('shop_repeats', 'CREATE EXTENSION pg_stat_statements');
    const port = await freePort();
    const file = shopBudget(path.join(work, 'stores-repeats.yml'), {
      root,
      port,
      database: 'postgres',
      switches: { SHOP_N_PLUS_ONE: 1 },
      thresholds: ", thresholds: ['db-repeats-per-request <= 5']",
    });
    const counts = { failedNamingStatement: 0, runs: 0 };
    for (let i = 0; i < runs; i++) {
      const out = path.join(work, `stores-repeats-${i}`);
      await runCli(cli, ['run', '-q', '-c', file, '-o', out], { SHOP_DATABASE_URL: pg.url('shop_repeats') });
      const check = report(out).checks.find((c) => c.metric === 'db-repeats-per-request');
      if (check?.outcome === 'fail' && /shop_customer/.test(JSON.stringify(check))) counts.failedNamingStatement++;
      counts.runs++;
    }
    return counts;
  } finally {
    pg.stop();
  }
}

export async function storesQuality({ cli, root, work, freePort, previous = {} }) {
  const parts = new Set((process.env.BENCH_STORES_PARTS ?? 'redis,mariadb,repeats').split(','));
  const ctx = { cli, root, work, freePort };
  return {
    ...previous,
    ...(parts.has('redis') && { redis: await redisPart(ctx) }),
    ...(parts.has('mariadb') && { mariadb: await mariadbPart(ctx) }),
    ...(parts.has('repeats') && { repeats: await repeatsPart(ctx) }),
  };
}
