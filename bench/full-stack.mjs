// The full-stack budget end to end (BENCH_ONLY=full-stack): the Django shop under gunicorn (sync workers, portEnv) on
// a private PostgreSQL with pg_stat_statements, app.metrics with two counters, confirm + diagnose, four endpoints
// (one a 30 s soak) and a page. Main's run is stored (the plain run: the same budget with nothing to confirm), then
// each of the shop's four regressions (an N+1, a lost model cache, a heavier bundle, a leak in a view) runs against
// it and is confirmed and diagnosed beside its base. Per run: the regressed rows, the why's first line of the
// regressed target, the wall time beside the plain run's (goal ≤ 3 min). Rows in bench/results/full-stack.jsonl.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './example-repo.mjs';
import { appendPair, pairsSoFar } from './resumable.mjs';
import { startPostgres } from './servers/postgres.mjs';

const runs = Number(process.env.BENCH_FULL_STACK_RUNS ?? 3);
const python = '/usr/bin/python3';
const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
const switches = { n1: 'SHOP_N_PLUS_ONE', cache: 'SHOP_CACHE_OFF', heavy: 'SHOP_HEAVY_BUNDLE', leak: 'SHOP_KEEP_ORDERS' };
// The target each regression's why must be under, and what its first line must say.
const expected = {
  n1: { target: 'orders', first: /^`[\w.]+` \(`[^`]*django\/db\/[^`]+`\) from `\w+` \(`shop\/[^`]+`\)/ },
  cache: { target: 'order-summary', first: /from `order_summary` \(`shop\/shop\/views\.py:\d+`\)/ },
  heavy: { target: 'home', first: /^`\/static\/app\.js` \(Script\) grew/ },
  leak: { target: 'order-soak', first: /^`shop\/shop\/views\.py:\d+` kept allocating memory/ },
};

// The budget a team writes from the README and docs (examples/django/perf-budget.yml's shape).
const budget = (port) => `app:
  command: gunicorn -c gunicorn.conf.py shop.wsgi
  cwd: shop
  setup: ${python} manage.py migrate -v0 && ${python} manage.py seed
  portEnv: PORT
  env: { PORT: ${port}, DATABASE_URL: '\${SHOP_DATABASE_URL}', WEB_CONCURRENCY: 2, ${Object.values(switches)
    .map((s) => `${s}: '\${${s}}'`)
    .join(', ')} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 60s }
  metrics: /metrics
database: { postgres: '\${SHOP_DATABASE_URL}' }
counters:
  model-calls: 'model_requests_total{cached="false"}'
  cache-misses: 'summary_cache_lookups_total{result="miss"}'
load: { duration: 4s, warmup: 1s, connections: 4, samples: 4 }
relative:
  endpoints: { p95: +25% or +2ms }
  pages: { total-bytes: +10%, tbt: +50% or +100ms }
confirm:
  dir: ../base
  env: { DATABASE_URL: '\${SHOP_BASE_DATABASE_URL}', ${Object.values(switches)
    .map((s) => `${s}: '0'`)
    .join(', ')} }
diagnose: {}
endpoints:
  - { name: orders, url: /api/orders, thresholds: [p95 < 250ms] }
  - { name: order, url: /api/orders/17, thresholds: [p95 < 50ms] }
  - { name: order-summary, url: /api/orders/17/summary, thresholds: [p95 < 50ms] }
  - name: order-soak
    url: /api/orders/18
    load: { profile: { soak: { duration: 30s, rate: 150, window: 5s } } }
    thresholds: [rss-growth < 4MB/min]
pages:
  - { name: home, url: /, runs: 3, thresholds: [lcp < 4s] }
`;

const whyOf = (md, target) =>
  new RegExp(`\\*\\*(?:Why|What changed:) \`${target}\`\\*\\*[^\\n]*\\n\\n((?:- [^\\n]*\\n?)*)`)
    .exec(md)?.[1]
    .trim()
    .split('\n')
    .map((l) => l.replace(/^- /, '')) ?? [];

function rowOf(name, report, md, wallMs) {
  const first = whyOf(md, expected[name].target)[0] ?? null;
  return {
    regression: name,
    exit: report.verdict,
    regressed: report.comparisons.filter((r) => r.verdict === 'regressed').map((r) => `${r.target} ${r.metric}`),
    failed: report.checks.filter((c) => c.outcome === 'fail').map((c) => `${c.target} ${c.metric}`),
    confirmation: report.baseline?.confirmation?.status ?? null,
    notConfirmed: report.baseline?.confirmation?.reason ?? null,
    sampling: (report.baseline?.confirmation?.sampling ?? []).map((s) => `${s.target} ${s.samples} (${s.stop})`),
    first,
    named: first !== null && expected[name].first.test(first),
    passS: Math.round((report.diagnosis?.wallMs ?? 0) / 100) / 10,
    wallS: Math.round(wallMs / 100) / 10,
  };
}

export async function fullStackQuality({ root, work, freePort }) {
  const cli = path.join(root, 'dist', 'cli.js');
  const file = path.join(resultsDir, 'full-stack.jsonl');
  const config = JSON.stringify({ budget: budget('PORT'), runs });
  const rows = pairsSoFar(file, config, process.env.BENCH_FULL_STACK_FRESH === '1').map((d) => d.row);
  const plan = Object.keys(switches).flatMap((name) => Array.from({ length: runs }, () => name));
  const dir = path.join(work, 'full-stack');
  for (const side of ['head', 'base'])
    cpSync(path.join(root, 'examples', 'django'), path.join(dir, side, 'shop'), { recursive: true, filter: (src) => !/__pycache__|sqlite3$/.test(src) });
  const head = path.join(dir, 'head');
  writeFileSync(path.join(head, 'perf-budget.yml'), budget(await freePort()));
  const pg = await startPostgres();
  try {
    for (const db of ['shop_head', 'shop_base']) pg.sql(db, 'CREATE EXTENSION pg_stat_statements');
    const off = Object.fromEntries(Object.values(switches).map((s) => [s, '0']));
    const env = { SHOP_DATABASE_URL: pg.url('shop_head'), SHOP_BASE_DATABASE_URL: pg.url('shop_base'), PATH: `/usr/bin:${process.env.PATH}`, ...off };
    // The plain run: main's, stored; nothing to confirm.
    const stored = await runCli(cli, ['run', '-q', '-o', 'stored'], head, env);
    const plainS = Math.round(stored.wallMs / 100) / 10;
    console.error(`full-stack: main stored in ${plainS} s`);
    for (let i = rows.length; i < plan.length; i++) {
      const name = plan[i];
      const out = `out${i + 1}`;
      const { wallMs } = await runCli(cli, ['run', '-q', '-o', out, '-b', 'stored/report.json'], head, { ...env, [switches[name]]: '1' });
      const row = {
        ...rowOf(name, JSON.parse(readFileSync(path.join(head, out, 'report.json'), 'utf8')), readFileSync(path.join(head, out, 'report.md'), 'utf8'), wallMs),
        plainS,
      };
      rows.push(row);
      appendPair(file, config, i + 1, { row });
      console.error(`full-stack ${i + 1}/${plan.length} ${name}: ${row.wallS} s (plain ${plainS} s) · ${row.first}`);
    }
  } finally {
    pg.stop();
  }
  return Object.fromEntries(
    Object.keys(switches).map((name) => {
      const mine = rows.filter((r) => r.regression === name);
      const walls = mine.map((r) => r.wallS).sort((a, b) => a - b);
      return [
        name,
        {
          runs: mine.length,
          named: mine.filter((r) => r.named).length,
          regressed: [...new Set(mine.flatMap((r) => r.regressed))],
          failed: [...new Set(mine.flatMap((r) => r.failed))],
          firsts: [...new Set(mine.map((r) => r.first))].slice(0, 2),
          medianWallS: walls[Math.floor(walls.length / 2)] ?? null,
          maxWallS: walls.at(-1) ?? null,
          plainS: mine[0]?.plainS ?? null,
        },
      ];
    }),
  );
}
