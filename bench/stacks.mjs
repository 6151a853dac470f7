// Real stacks (bench section `stacks`): the example Django shop under gunicorn with sync workers (a closed
// connection after every response) and gthread workers (keep-alive) on a private PostgreSQL, and nginx serving a
// file with its defaults (keepalive_requests 1000). Per stack, alternated rounds of perf-gate's steady load, wrk and
// the undici engine (a one-stage closed-loop shape): req/s, p95, errors. Then the Django N+1 (2 → 101 statements)
// against one stored run, and A/A, pair by pair. Then keep-alive Node servers: autocannon as perf-gate drives it
// now against autocannon as it was driven before (same process, alternated): the rate kept.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startPostgres } from './servers/postgres.mjs';

const python = '/usr/bin/python3';
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await sleep(100);
  }
  throw new Error(`${url} never answered`);
}

function startServer(cmd, args, opts) {
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true, ...opts });
  return () =>
    new Promise((resolve) => {
      child.once('exit', resolve);
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        resolve();
      }
    });
}

// wrk has no p95 of its own: a done() hook prints it (µs → ms) and its error counts.
const wrkScript = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("P95 %f\\nERRORS %d\\n", latency:percentile(95) / 1000, e.connect + e.read + e.write + e.status + e.timeout))
end
`;

async function engines({ run, cli, work, url, label, connections = 4, seconds = 4, rounds }) {
  const script = path.join(work, 'p95.lua');
  writeFileSync(script, wrkScript);
  const steady = path.join(work, `${label}-steady.yml`);
  const shaped = path.join(work, `${label}-undici.yml`);
  const u = new URL(url);
  writeFileSync(
    steady,
    `app: { baseUrl: '${u.origin}', ready: { url: '${u.pathname}' } }\nload: { duration: ${seconds}s, warmup: 1s, connections: ${connections}, samples: ${seconds} }\nendpoints: [{ name: e, url: '${u.pathname}' }]\n`,
  );
  writeFileSync(
    shaped,
    `app: { baseUrl: '${u.origin}', ready: { url: '${u.pathname}' } }\nload: { warmup: 1s, profile: { stages: [{ duration: ${seconds}s, connections: ${connections} }] } }\nendpoints: [{ name: e, url: '${u.pathname}' }]\n`,
  );
  const out = { perfGate: [], wrk: [], undici: [] };
  const gate = async (file) => {
    const dir = path.join(work, `${label}-out`);
    const g = await run(process.execPath, [cli, 'run', '--quiet', '--config', file, '--out', dir]);
    if (g.code !== 0 && g.code !== 1) throw new Error(`gate run failed (${g.code}): ${g.err}`);
    const m = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).targets[0].metrics;
    const t = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).targets[0];
    return { rps: m.rps.value, p95: m.p95.value, errors: m.errors.value, serverCloses: t.endpoint.serverCloses?.closes ?? 0 };
  };
  for (let i = 0; i < rounds; i++) {
    const w = await run('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '-s', script, url]);
    out.wrk.push({
      rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(w.out)?.[1]),
      p95: Number(/P95 ([\d.]+)/.exec(w.out)?.[1]),
      errors: Number(/ERRORS (\d+)/.exec(w.out)?.[1]),
    });
    out.perfGate.push(await gate(steady));
    out.undici.push(await gate(shaped));
  }
  const summary = (xs) => ({ rps: median(xs.map((x) => x.rps)), p95: median(xs.map((x) => x.p95)), errors: xs.reduce((n, x) => n + x.errors, 0) });
  // The server's speed drifts between rounds: each round's ratio, then their median.
  const paired = (other, key) => median(out.perfGate.map((x, i) => x[key] / other[i][key]));
  return {
    connections,
    seconds,
    rounds: out,
    perfGate: summary(out.perfGate),
    wrk: summary(out.wrk),
    undici: summary(out.undici),
    ratios: {
      p95VsWrk: paired(out.wrk, 'p95'),
      p95VsUndici: paired(out.undici, 'p95'),
      rpsVsWrk: paired(out.wrk, 'rps'),
      rpsVsUndici: paired(out.undici, 'rps'),
    },
  };
}

async function django({ root, freePort, workers, db, concurrency }) {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), DATABASE_URL: db, GUNICORN_WORKER_CLASS: workers, WEB_CONCURRENCY: String(concurrency) };
  const stop = startServer('gunicorn', ['-c', 'gunicorn.conf.py', 'shop.wsgi'], { cwd: path.join(root, 'examples', 'django'), env });
  await waitFor(`http://127.0.0.1:${port}/health`);
  return { url: `http://127.0.0.1:${port}`, stop };
}

function seed(root, db) {
  const cwd = path.join(root, 'examples', 'django');
  const env = { ...process.env, DATABASE_URL: db };
  execFileSync(python, ['manage.py', 'migrate', '-v0'], { cwd, env });
  execFileSync(python, ['manage.py', 'seed'], { cwd, env, stdio: 'ignore' });
}

// nginx with its defaults (keepalive_requests 1000): a small file, or in front of an upstream.
async function nginxServer(work, freePort, upstream) {
  const dir = path.join(work, upstream ? 'nginx-proxy' : 'nginx');
  mkdirSync(path.join(dir, 'www'), { recursive: true });
  chmodSync(work, 0o755);
  chmodSync(dir, 0o755);
  writeFileSync(path.join(dir, 'www', 'index.html'), '<!doctype html><title>ok</title><p>hello</p>\n');
  const port = await freePort();
  const server = upstream ? `location / { proxy_pass ${upstream}; }` : `root ${dir}/www;`;
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n  server { listen 127.0.0.1:${port}; ${server} }\n}\n`,
  );
  const stop = startServer('nginx', ['-c', path.join(dir, 'nginx.conf')], {});
  const url = `http://127.0.0.1:${port}${upstream ? '/api/orders' : '/index.html'}`;
  await waitFor(url);
  return { url, stop };
}

// The Django N+1 against one stored run, and A/A, a pair at a time: stored A, then A and the N+1 against it.
async function nPlusOnePairs({ run, cli, root, work, freePort, db, pairs }) {
  const port = await freePort();
  const budget = (name, n1) => {
    const file = path.join(work, name);
    writeFileSync(
      file,
      `app:
  command: gunicorn -c gunicorn.conf.py shop.wsgi
  cwd: ${path.join(root, 'examples', 'django')}
  env: { PORT: ${port}, DATABASE_URL: '${db}', WEB_CONCURRENCY: 2${n1 ? ", SHOP_N_PLUS_ONE: '1'" : ''} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 60s }
load: { duration: 4s, warmup: 1s, connections: 4, samples: 4 }
relative:
  endpoints: { p95: +25% or +2ms }
endpoints:
  - { name: orders, url: /api/orders }
`,
    );
    return file;
  };
  const plain = budget('n1-a.yml', false);
  const n1 = budget('n1-b.yml', true);
  const rows = [];
  for (let i = 0; i < pairs; i++) {
    const stored = path.join(work, 'n1-stored');
    const s = await run(process.execPath, [cli, 'run', '--quiet', '--config', plain, '--out', stored]);
    if (s.code !== 0 && s.code !== 1) throw new Error(`stored run failed (${s.code}): ${s.err}`);
    const row = { pair: i };
    for (const [key, file] of [
      ['aa', plain],
      ['n1', n1],
    ]) {
      const out = path.join(work, `n1-${key}`);
      const r = await run(process.execPath, [cli, 'run', '--quiet', '--config', file, '--out', out, '--baseline', path.join(stored, 'report.json')]);
      if (r.code !== 0 && r.code !== 1) throw new Error(`run failed (${r.code}): ${r.err}`);
      const c = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).comparisons.find((x) => x.metric === 'p95');
      row[key] = { verdict: c.verdict, ratio: c.headMean / c.baseMean };
    }
    rows.push(row);
    console.error(
      `bench stacks: N+1 pair ${i + 1}/${pairs}: A/A ${row.aa.verdict} ×${row.aa.ratio.toFixed(2)}, N+1 ${row.n1.verdict} ×${row.n1.ratio.toFixed(1)}`,
    );
  }
  return {
    pairs,
    falseRegressed: rows.filter((r) => r.aa.verdict === 'regressed').length,
    detected: rows.filter((r) => r.n1.verdict === 'regressed').length,
    medianRatio: median(rows.map((r) => r.n1.ratio)),
    rows,
  };
}

// autocannon as perf-gate drives it now (autocannon-clients.ts) against as it was driven before, on keep-alive
// Node servers: the same process, alternated, rate only.
async function keepAliveRate({ root, appDir, freePort, rounds }) {
  const require = createRequire(path.join(root, 'package.json'));
  const autocannon = require('autocannon');
  const { build } = require('esbuild');
  const bundled = await build({
    entryPoints: [path.join(root, 'src', 'adapters', 'load', 'autocannon-clients.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const { clientDriving } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  const port = await freePort();
  const stop = startServer(process.execPath, ['server.js'], { cwd: appDir, env: { ...process.env, PORT: String(port) } });
  await waitFor(`http://127.0.0.1:${port}/health`);
  const out = {};
  try {
    for (const endpoint of ['/api/ping', '/api/items']) {
      const now = [];
      const before = [];
      const once = async (driven) => {
        const r = await autocannon({
          url: `http://127.0.0.1:${port}${endpoint}`,
          connections: 10,
          duration: 3,
          ...(driven && { setupClient: clientDriving(10 * 2 ** 20).setupClient }),
        });
        return r.requests.total / 3;
      };
      for (let i = 0; i < rounds; i++) {
        before.push(await once(false));
        now.push(await once(true));
      }
      out[endpoint] = { now, before, ratio: median(now.map((x, i) => x / before[i])) };
    }
  } finally {
    await stop();
  }
  return out;
}

// BENCH_STACKS=engines,keep-alive,n-plus-one runs some parts; the others keep their last figures.
export async function stacksQuality({ run, cli, root, appDir, work, freePort, previous = {} }) {
  const rounds = Number(process.env.BENCH_STACK_ROUNDS ?? 9);
  const pairs = Number(process.env.BENCH_STACK_PAIRS ?? 20);
  const parts = new Set((process.env.BENCH_STACKS ?? 'engines,keep-alive,n-plus-one').split(','));
  const pg = await startPostgres();
  const result = { ...previous };
  try {
    const db = pg.url('bench_shop');
    seed(root, db);
    if (parts.has('engines')) {
      result.engines = {};
      // One worker: the app then leaves a core to the client and PostgreSQL. With a worker on each of the 2 cores the
      // client's own CPU slows the app, and a client that spends more reads slower. And with two gthread workers,
      // where each kept-open connection lands (2/2, 3/1, 4/0) moves a run's req/s by ±30 % for every client alike.
      for (const workers of ['sync', 'gthread']) {
        const app = await django({ root, freePort, workers, db, concurrency: 1 });
        try {
          const name = `gunicorn ${workers}, 1 worker${workers === 'gthread' ? ' × 4 threads' : ''}`;
          result.engines[name] = await engines({ run, cli, work, url: `${app.url}/api/orders`, label: workers, rounds });
        } finally {
          await app.stop();
        }
        console.error(`bench stacks: gunicorn ${workers} done`);
      }
      const app = await django({ root, freePort, workers: 'sync', db, concurrency: 1 });
      const proxy = await nginxServer(work, freePort, app.url);
      try {
        result.engines['gunicorn sync, 1 worker, behind nginx'] = await engines({ run, cli, work, url: proxy.url, label: 'proxy', rounds });
      } finally {
        await proxy.stop();
        await app.stop();
      }
      console.error('bench stacks: gunicorn behind nginx done');
      const nginx = await nginxServer(work, freePort);
      try {
        result.engines['nginx defaults, a small file'] = await engines({ run, cli, work, url: nginx.url, label: 'nginx', rounds });
      } finally {
        await nginx.stop();
      }
      console.error('bench stacks: nginx done');
    }
    if (parts.has('keep-alive')) result.keepAlive = await keepAliveRate({ root, appDir, freePort, rounds });
    if (parts.has('n-plus-one')) result.nPlusOne = await nPlusOnePairs({ run, cli, root, work, freePort, db, pairs });
  } finally {
    pg.stop();
  }
  return result;
}
