// Work per request (bench section `work`): the Django shop on a private PostgreSQL with pg_stat_statements and its
// /metrics, three regressions at once against one stored run (the N+1 list view, 2 → 101 statements; one statement
// more on the customer view, 3 → 4; the order summary's lost cache, 0 → 1 model call a request; the recent orders'
// missing index, in db-ms-per-request), and A/A, pair by
// pair, quiet and beside a CPU hog on one core: what the per-request counts detect and falsely call regressed, beside
// what p95 does on the same runs. Then the cost of reading: runs with and without database and app.metrics against
// one app left running, alternated, req/s and wall time side by side, and the CPU one boundary's reading takes.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import postgresClient from 'pg';
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
    counters = '{ model-calls: \'model_requests_total{cached="false"}\' }',
    workers = 2,
    workerClass = 'gthread',
    load = '{ duration: 2s, warmup: 500ms, connections: 4, samples: 4 }',
    endpoints,
    external = false,
  },
) {
  const env = { PORT: port, DATABASE_URL: db, WEB_CONCURRENCY: workers, GUNICORN_WORKER_CLASS: workerClass, ...switches };
  // The index is made or dropped by the seed command, as SHOP_NO_INDEX says.
  const setup = `${python} manage.py seed`;
  const started = external
    ? ''
    : `  command: gunicorn -c gunicorn.conf.py shop.wsgi
  cwd: ${path.join(root, 'examples', 'django')}
  env: ${JSON.stringify(env)}
  setup: ${setup}
`;
  writeFileSync(
    file,
    `app:
${started}  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 60s }
${reading ? "  metrics: /metrics\ndatabase: { postgres: '" + db + "' }\ncounters: " + counters + '\n' : ''}load: ${load}
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

// The shop started once, outside perf-gate, and left running for every cost run: a fresh app per run moves req/s by
// far more (±30 % between runs) than reading its work can. One gthread worker (keep-alive: gunicorn's sync workers
// close every connection, and a run's 15,000 sockets in TIME_WAIT slow the next runs' connects) bound to core 1.
async function startShop({ root, port, db }) {
  const env = { ...process.env, PORT: String(port), DATABASE_URL: db, WEB_CONCURRENCY: '1', GUNICORN_WORKER_CLASS: 'gthread' };
  const app = spawn('taskset', ['-c', '1', 'gunicorn', '-c', 'gunicorn.conf.py', 'shop.wsgi'], {
    cwd: path.join(root, 'examples', 'django'),
    env,
    detached: true,
    stdio: 'ignore',
  });
  const stop = () => {
    try {
      process.kill(-app.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  for (let waited = 0; ; waited += 250) {
    const up = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (waited > 60_000 || app.exitCode !== null) {
      stop();
      throw new Error('the shop did not start for the cost runs');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { stop, pid: app.pid };
}

// CPU seconds of a process from /proc (utime + stime, in clock ticks of 1/100 s on Linux).
const cpuOf = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

// What one boundary's reading costs in CPU, free of the machine's run-to-run noise: the same scrape and the same
// statement perf-gate sends, 500 times against the idle app, each side's CPU read from /proc (the app's worker, the
// PostgreSQL backend serving the query, this process as the client).
async function readingCpu({ port, db, appPid, times = 500 }) {
  const worker = execFileSync('pgrep', ['-P', String(appPid), '-f', 'gunicorn'], { encoding: 'utf8' })
    .trim()
    .split('\n')[0];
  const client = new postgresClient.Client({ connectionString: db });
  await client.connect();
  try {
    const backend = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const scope = (
      await client.query(
        'SELECT (SELECT oid FROM pg_database WHERE datname = current_database())::int AS dbid, (SELECT oid FROM pg_roles WHERE rolname = current_user)::int AS userid',
      )
    ).rows[0];
    const at = () => ({ app: cpuOf(worker), db: cpuOf(backend), self: process.cpuUsage() });
    const spent = (a, b) => ({
      app: (b.app - a.app) / times,
      db: (b.db - a.db) / times,
      client: (b.self.user + b.self.system - a.self.user - a.self.system) / 1e6 / times,
    });
    const begin = at();
    for (let i = 0; i < times; i++) {
      await fetch(`http://127.0.0.1:${port}/metrics`).then((r) => r.text());
      await client.query(
        `SELECT queryid::text AS id, query, calls::float8 AS calls, total_exec_time AS ms, rows::float8 AS rows
         FROM pg_stat_statements WHERE dbid = $1 AND userid = $2 AND queryid IS NOT NULL AND query NOT LIKE '/* perf-gate */%'`,
        [scope.dbid, scope.userid],
      );
    }
    const each = spent(begin, at());
    return { times, ...Object.fromEntries(Object.entries(each).map(([k, v]) => [`${k}Ms`, v * 1000])) };
  } finally {
    await client.end();
  }
}

// A 95 % interval of the median by the percentile bootstrap (Efron & Tibshirani, An Introduction to the Bootstrap,
// ch. 13), with a fixed seed so that the same runs give the same interval.
function medianInterval(xs, draws = 2000) {
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const medians = [];
  for (let d = 0; d < draws; d++) medians.push(median(xs.map(() => xs[Math.floor(random() * xs.length)])));
  medians.sort((a, b) => a - b);
  return [medians[Math.floor(draws * 0.025)], medians[Math.ceil(draws * 0.975) - 1]];
}

// Runs with and without reading the work, alternated against that one app, perf-gate and PostgreSQL on core 0: the
// rate the endpoint got and the run's wall time. The first round warms the app and the database up and is not counted.
async function readingCost({ run, cli, work, files, rounds }) {
  const out = { with: { rps: [], wallMs: [] }, without: { rps: [], wallMs: [] } };
  for (let i = -1; i < rounds; i++) {
    const order = i % 2 ? ['with', 'without'] : ['without', 'with'];
    for (const side of order) {
      const dir = path.join(work, `work-cost-${side}`);
      const began = performance.now();
      const r = await run('taskset', ['-c', '0', process.execPath, cli, 'run', '--quiet', '--config', files[side], '--out', dir]);
      const wallMs = performance.now() - began;
      if (r.code !== 0 && r.code !== 1) throw new Error(`run failed (${r.code}): ${r.err}`);
      if (i < 0) continue;
      const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
      out[side].rps.push(report.targets.reduce((t, x) => t + (x.metrics.rps?.value ?? 0), 0));
      out[side].wallMs.push(wallMs);
    }
    if (i < 0) continue;
    console.error(`bench work cost: round ${i + 1}/${rounds}: req/s ${out.without.rps.at(-1).toFixed(0)} → ${out.with.rps.at(-1).toFixed(0)}`);
  }
  const ratios = (k) => out.with[k].map((v, i) => v / out.without[k][i]);
  const spread = (xs) => [Math.min(...xs), Math.max(...xs)];
  const quartiles = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return [median(s.slice(0, Math.floor(s.length / 2))), median(s.slice(Math.ceil(s.length / 2)))];
  };
  return {
    rounds,
    oneApp: true,
    rpsRatio: median(ratios('rps')),
    wallRatio: median(ratios('wallMs')),
    rpsRatioSpread: spread(ratios('rps')),
    rpsRatioQuartiles: quartiles(ratios('rps')),
    rpsRatioInterval: medianInterval(ratios('rps')),
    rpsTotalRatio: out.with.rps.reduce((a, b) => a + b, 0) / out.without.rps.reduce((a, b) => a + b, 0),
    runs: out,
  };
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
      // The customer view (3 statements a request) at the default burst of 1 s: the statements and the counters are
      // read at every boundary, whatever the endpoint.
      const cost = (name, reading) =>
        budget(path.join(work, name), {
          root,
          port,
          db,
          reading,
          // The customer view calls no model: the statements it runs, as the app counts them.
          counters: '{ app-statements: django_db_execute_total }',
          external: true,
          load: '{ duration: 3s, warmup: 1s, connections: 4, samples: 3 }',
          endpoints: '  - { name: customer, url: /api/customers/3 }\n',
        });
      execFileSync(python, ['manage.py', 'seed'], { cwd, env, stdio: 'ignore' });
      const shop = await startShop({ root, port, db });
      pg.pin('0');
      try {
        const cpu = await readingCpu({ port, db, appPid: shop.pid });
        result.cost = await readingCost({
          run,
          cli,
          work,
          files: { with: cost('work-read.yml', true), without: cost('work-plain.yml', false) },
          rounds: Number(process.env.BENCH_WORK_COST_ROUNDS ?? 30),
        });
        result.cost.cpuPerBoundary = cpu;
      } finally {
        shop.stop();
      }
    }
    return result;
  } finally {
    pg.stop();
  }
}
