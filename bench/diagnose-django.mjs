// The diagnosis pass on a Python stack nobody here wrote: the Django shop under gunicorn (sync workers) on a private
// PostgreSQL, same-runner beside a base without its N+1 (each side on a database of its own), work per request read
// from pg_stat_statements. Per run: is the first line of the orders endpoint's why Django's per-row query path
// (a frame in django/db, reached from the shop's own function, so Python frames are named), and does the why name
// the statement that grew. Rows are appended to bench/results/diagnose-django.jsonl as each run ends.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './example-repo.mjs';
import { appendPair, pairsSoFar } from './resumable.mjs';
import { startPostgres } from './servers/postgres.mjs';

const runs = Number(process.env.BENCH_DIAGNOSE_DJANGO_RUNS ?? 5);
const python = '/usr/bin/python3';
const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

const budget = (port) => `app:
  command: gunicorn -c gunicorn.conf.py shop.wsgi
  cwd: shop
  setup: ${python} manage.py migrate -v0 && ${python} manage.py seed
  env: { PORT: ${port}, DATABASE_URL: '\${SHOP_DATABASE_URL}', GUNICORN_WORKER_CLASS: sync, WEB_CONCURRENCY: 2, SHOP_N_PLUS_ONE: '1' }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 60s }
database: { postgres: '\${SHOP_DATABASE_URL}' }
sameRunner:
  dir: ../base
  env: { SHOP_N_PLUS_ONE: '0', DATABASE_URL: '\${SHOP_BASE_DATABASE_URL}' }
  minSamples: 4
  timeBudget: 40s
diagnose: {}
load: { duration: 4s, warmup: 500ms, samples: 4, connections: 4 }
relative:
  endpoints: { p95: +30% }
endpoints:
  - { name: orders, url: /api/orders }
`;

const whyOf = (md) =>
  /\*\*(?:Why|What changed:) `orders`\*\*[^\n]*\n\n((?:- [^\n]*\n?)*)/
    .exec(md)?.[1]
    .trim()
    .split('\n')
    .map((l) => l.replace(/^- /, '')) ?? [];

/**
 * Runs the gate `runs` times on the shop beside its base (each side on a database of its own, pg_stat_statements
 * installed), resuming from the rows already in bench/results/<name>.jsonl; `rowOf` reads a run's row.
 */
async function shopRuns(name, budgetFor, rowOf, { root, work, cli, freePort }) {
  const file = path.join(resultsDir, `${name}.jsonl`);
  const config = JSON.stringify({ budget: budgetFor('PORT') });
  const rows = pairsSoFar(file, config, process.env.BENCH_DIAGNOSE_FRESH === '1').map((d) => d.row);
  if (rows.length >= runs) return rows;
  const dir = path.join(work, name);
  for (const side of ['head', 'base'])
    cpSync(path.join(root, 'examples', 'django'), path.join(dir, side, 'shop'), { recursive: true, filter: (src) => !/__pycache__|sqlite3$/.test(src) });
  writeFileSync(path.join(dir, 'head', 'perf-budget.yml'), budgetFor(await freePort()));
  const pg = await startPostgres();
  try {
    for (const db of ['shop_head', 'shop_base']) pg.sql(db, 'CREATE EXTENSION pg_stat_statements');
    const env = { SHOP_DATABASE_URL: pg.url('shop_head'), SHOP_BASE_DATABASE_URL: pg.url('shop_base'), PATH: `/usr/bin:${process.env.PATH}` };
    for (let i = rows.length + 1; i <= runs; i++) {
      const out = path.join(dir, 'head', `out${i}`);
      const { wallMs } = await runCli(cli, ['run', '-q', '-o', out], path.join(dir, 'head'), env);
      const row = rowOf(JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')), readFileSync(path.join(out, 'report.md'), 'utf8'), wallMs);
      rows.push(row);
      appendPair(file, config, i, { row });
      console.error(`${name} ${i}/${runs}: ${row.first}`);
    }
  } finally {
    pg.stop();
  }
  return rows;
}

export async function djangoDiagnosis(ctx) {
  const rows = await shopRuns(
    'diagnose-django',
    budget,
    (report, md, wallMs) => {
      const why = whyOf(md);
      return {
        verdict: report.comparisons.find((r) => r.metric === 'p95')?.verdict ?? 'none',
        profiler: report.diagnosis?.endpoints[0]?.profiler ?? null,
        first: why[0] ?? null,
        statement: why.find((l) => /SELECT/.test(l)) ?? null,
        passMs: report.diagnosis?.wallMs ?? 0,
        wallMs: Math.round(wallMs),
      };
    },
    ctx,
  );
  // Django's per-row query path: a frame in django/db reached from the shop's own function.
  const perRowPath = (l) => /^`[\w.]+` \(`[^`]*django\/db\/[^`]+`\) from `\w+` \(`shop\/[^`]+`\)/.test(l);
  return {
    runs: rows.length,
    named: rows.filter((r) => r.first && perRowPath(r.first)).length,
    statement: rows.filter((r) => r.statement).length,
    profilers: [...new Set(rows.map((r) => r.profiler))],
    firsts: [...new Set(rows.map((r) => r.first))].slice(0, 3),
    medianPassS: [...rows.map((r) => r.passMs)].sort((a, b) => a - b)[Math.floor(rows.length / 2)] / 1000,
  };
}

// The shop's head keeps every order its detail view loads (a per-process list never emptied); `when: always` takes
// head's tracemalloc snapshots whatever app-rss's verdict (a few MB over a run).
const memoryBudget = (port) => `app:
  command: gunicorn -c gunicorn.conf.py shop.wsgi
  cwd: shop
  setup: ${python} manage.py migrate -v0 && ${python} manage.py seed
  env: { PORT: ${port}, DATABASE_URL: '\${SHOP_DATABASE_URL}', GUNICORN_WORKER_CLASS: sync, WEB_CONCURRENCY: 2, SHOP_KEEP_ORDERS: '1' }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 60s }
sameRunner:
  dir: ../base
  env: { SHOP_KEEP_ORDERS: '0', DATABASE_URL: '\${SHOP_BASE_DATABASE_URL}' }
  minSamples: 4
  timeBudget: 40s
diagnose: { when: always }
load: { duration: 4s, warmup: 500ms, samples: 4, connections: 4 }
endpoints:
  - { name: detail, url: /api/orders/17, relative: { app-rss: +5% } }
`;

/**
 * Per run: is the first line of the detail endpoint's memory why the shop's own view line, with the Django line that
 * allocated under it. Rows in bench/results/diagnose-django-memory.jsonl.
 */
export async function djangoMemoryDiagnosis(ctx) {
  const rows = await shopRuns(
    'diagnose-django-memory',
    memoryBudget,
    (report, _md, wallMs) => {
      const memory = report.diagnosis?.endpoints[0]?.memory;
      const first = memory?.grown[0];
      return {
        by: memory?.by ?? null,
        first: first ? `${first.className} in ${first.allocatedIn ?? '-'}` : (memory?.note ?? null),
        perThousandRequests: first?.perThousandRequests ?? 0,
        passMs: report.diagnosis?.wallMs ?? 0,
        wallMs: Math.round(wallMs),
      };
    },
    ctx,
  );
  const viewLine = (l) => /^shop\/shop\/views\.py:\d+ in django\/db\//.test(l ?? '');
  return {
    runs: rows.length,
    named: rows.filter((r) => r.by === 'tracemalloc' && viewLine(r.first)).length,
    firsts: [...new Set(rows.map((r) => r.first))].slice(0, 3),
    medianPassS: [...rows.map((r) => r.passMs)].sort((a, b) => a - b)[Math.floor(rows.length / 2)] / 1000,
  };
}
