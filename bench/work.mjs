// Work per request (bench section `work`): the Django shop on a private PostgreSQL with pg_stat_statements and its
// /metrics, three regressions at once against one stored run (the N+1 list view, 2 → 101 statements; one statement
// more on the customer view, 3 → 4; the order summary's lost cache, 0 → 1 model call a request; the recent orders'
// missing index, in db-ms-per-request), and A/A, pair by
// pair, quiet and beside a CPU hog on one core: what the per-request counts detect and falsely call regressed, beside
// what p95 does on the same runs. Then the cost of reading: runs with and without database and app.metrics
// alternated, req/s and wall time side by side.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startPostgres } from './servers/postgres.mjs';

const python = '/usr/bin/python3';
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// Each change: the endpoint it is on, the count that should catch it.
const changes = [
  { name: 'n-plus-one', endpoint: 'orders', metric: 'db-queries-per-request', from: '2 → 101 statements' },
  { name: 'extra-statement', endpoint: 'customer', metric: 'db-queries-per-request', from: '3 → 4 statements' },
  { name: 'lost-cache', endpoint: 'summary', metric: 'model-calls-per-request', from: '0 → 1 model call' },
  { name: 'missing-index', endpoint: 'recent', metric: 'db-ms-per-request', from: 'index scan → scan and sort of 5,000 orders' },
];

function budget(
  file,
  {
    root,
    port,
    db,
    switches = {},
    reading = true,
    workers = 2,
    workerClass = 'gthread',
    load = '{ duration: 2s, warmup: 500ms, connections: 4, samples: 4 }',
    endpoints,
  },
) {
  const env = { PORT: port, DATABASE_URL: db, WEB_CONCURRENCY: workers, GUNICORN_WORKER_CLASS: workerClass, ...switches };
  // The index is made or dropped by the seed command, as SHOP_NO_INDEX says.
  const setup = `${python} manage.py seed`;
  writeFileSync(
    file,
    `app:
  command: gunicorn -c gunicorn.conf.py shop.wsgi
  cwd: ${path.join(root, 'examples', 'django')}
  env: ${JSON.stringify(env)}
  baseUrl: http://127.0.0.1:${port}
  setup: ${setup}
  ready: { url: /health, timeout: 60s }
${reading ? "  metrics: /metrics\ndatabase: { postgres: '" + db + "' }\ncounters: { model-calls: 'model_requests_total{cached=\"false\"}' }\n" : ''}load: ${load}
relative:
  endpoints: { p95: +25% or +2ms }
endpoints:
${
  endpoints ??
  `  - { name: recent, url: /api/orders/recent${reading ? ", relative: { db-ms-per-request: '+50%' }" : ''} }
  - { name: orders, url: /api/orders }
  - { name: customer, url: /api/customers/3 }
  - { name: summary, url: /api/orders/17/summary }
`
}`,
  );
  return file;
}

async function pairs({ run, cli, work, files, count, label }) {
  const rows = [];
  for (let i = 0; i < count; i++) {
    const stored = path.join(work, 'work-stored');
    const s = await run(process.execPath, [cli, 'run', '--quiet', '--config', files.a, '--out', stored]);
    if (s.code !== 0 && s.code !== 1) throw new Error(`stored run failed (${s.code}): ${s.err}`);
    const row = {};
    for (const [key, file] of [
      ['aa', files.a],
      ['ab', files.b],
    ]) {
      const out = path.join(work, `work-${key}`);
      const r = await run(process.execPath, [cli, 'run', '--quiet', '--config', file, '--out', out, '--baseline', path.join(stored, 'report.json')]);
      if (r.code !== 0 && r.code !== 1) throw new Error(`run failed (${r.code}): ${r.err}`);
      const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
      const find = (target, metric) => report.comparisons.find((x) => x.target === target && x.metric === metric);
      const verdict = (target, metric) => find(target, metric)?.verdict ?? 'missing';
      row[key] = Object.fromEntries(
        changes.map((c) => [
          c.name,
          {
            count: verdict(c.endpoint, c.metric),
            p95: verdict(c.endpoint, 'p95'),
            // What a surprising verdict can be understood from: the interval and each side's samples.
            interval: find(c.endpoint, c.metric)?.interval,
            head: report.targets.find((t) => t.name === c.endpoint)?.metrics[c.metric]?.samples,
          },
        ]),
      );
    }
    row.stored = Object.fromEntries(
      changes.map((c) => [
        c.name,
        JSON.parse(readFileSync(path.join(stored, 'report.json'), 'utf8')).targets.find((t) => t.name === c.endpoint)?.metrics[c.metric]?.samples,
      ]),
    );
    rows.push(row);
    console.error(
      `bench work ${label}: pair ${i + 1}/${count}: ${changes.map((c) => `${c.name} A/A ${row.aa[c.name].count}/${row.aa[c.name].p95}, A/B ${row.ab[c.name].count}/${row.ab[c.name].p95}`).join(' · ')}`,
    );
  }
  return Object.fromEntries(
    changes.map((c) => [
      c.name,
      {
        change: c.from,
        metric: c.metric,
        detected: rows.filter((r) => r.ab[c.name].count === 'regressed').length,
        falseRegressed: rows.filter((r) => r.aa[c.name].count === 'regressed').length,
        p95Detected: rows.filter((r) => r.ab[c.name].p95 === 'regressed').length,
        p95FalseRegressed: rows.filter((r) => r.aa[c.name].p95 === 'regressed').length,
        // Pairs where the count missed or cried wolf, with what they measured.
        surprises: rows
          .filter((r) => r.ab[c.name].count !== 'regressed' || r.aa[c.name].count === 'regressed')
          .map((r) => ({ stored: r.stored[c.name], aa: r.aa[c.name], ab: r.ab[c.name] })),
      },
    ]),
  );
}

// Runs with and without reading the work, alternated: the rate each endpoint got and the run's wall time.
async function readingCost({ run, cli, work, files, rounds }) {
  const out = { with: { rps: [], wallMs: [] }, without: { rps: [], wallMs: [] } };
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 ? ['with', 'without'] : ['without', 'with'];
    for (const side of order) {
      const dir = path.join(work, `work-cost-${side}`);
      const began = performance.now();
      const r = await run(process.execPath, [cli, 'run', '--quiet', '--config', files[side], '--out', dir]);
      const wallMs = performance.now() - began;
      if (r.code !== 0 && r.code !== 1) throw new Error(`run failed (${r.code}): ${r.err}`);
      const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
      out[side].rps.push(report.targets.reduce((t, x) => t + (x.metrics.rps?.value ?? 0), 0));
      out[side].wallMs.push(wallMs);
    }
  }
  const ratio = (k) => median(out.with[k].map((v, i) => v / out.without[k][i]));
  return { rounds, rpsRatio: ratio('rps'), wallRatio: ratio('wallMs'), runs: out };
}

// BENCH_WORK=quiet,hog,cost runs some parts; the others keep their last figures.
export async function workQuality({ run, cli, root, work, freePort, previous = {} }) {
  const count = Number(process.env.BENCH_WORK_PAIRS ?? 20);
  const parts = new Set((process.env.BENCH_WORK ?? 'quiet,hog,cost').split(','));
  const pg = await startPostgres();
  try {
    const db = pg.url('bench_work');
    pg.sql('bench_work', 'CREATE EXTENSION pg_stat_statements');
    const cwd = path.join(root, 'examples', 'django');
    const env = { ...process.env, DATABASE_URL: db };
    execFileSync(python, ['manage.py', 'migrate', '-v0'], { cwd, env });
    execFileSync(python, ['manage.py', 'seed'], { cwd, env, stdio: 'ignore' });
    const port = await freePort();
    const all = { SHOP_N_PLUS_ONE: '1', SHOP_EXTRA_QUERY: '1', SHOP_CACHE_OFF: '1', SHOP_NO_INDEX: '1' };
    const files = {
      a: budget(path.join(work, 'work-a.yml'), { root, port, db }),
      b: budget(path.join(work, 'work-b.yml'), { root, port, db, switches: all }),
    };
    const result = { ...previous };
    result.pairs = count;
    if (parts.has('quiet')) result.quiet = await pairs({ run, cli, work, files, count, label: 'quiet' });
    if (parts.has('hog')) {
      const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
      // The hog must not outlive the bench, however it ends.
      const endHog = () => hog.kill('SIGKILL');
      process.once('exit', endHog);
      try {
        result.cpuHog = await pairs({ run, cli, work, files, count, label: 'hog' });
      } finally {
        endHog();
      }
    }
    if (parts.has('cost')) {
      // One sync worker, the steadiest rate (gthread's kept-open connections land unevenly on its threads), at the
      // default burst of 1 s, on the endpoints whose statements and counters are read.
      const cost = (name, reading) =>
        budget(path.join(work, name), {
          root,
          port,
          db,
          reading,
          workers: 1,
          workerClass: 'sync',
          load: '{ duration: 5s, warmup: 1s, connections: 4, samples: 5 }',
          endpoints: '  - { name: customer, url: /api/customers/3 }\n  - { name: summary, url: /api/orders/17/summary }\n',
        });
      result.cost = await readingCost({
        run,
        cli,
        work,
        files: { with: cost('work-read.yml', true), without: cost('work-plain.yml', false) },
        rounds: Number(process.env.BENCH_WORK_COST_ROUNDS ?? 16),
      });
    }
    return result;
  } finally {
    pg.stop();
  }
}
