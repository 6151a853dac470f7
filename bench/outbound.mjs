// Outbound calls counted with nothing configured (BENCH_ONLY=outbound; BENCH_OUTBOUND_PARTS=detection,cost picks some):
//   detection  a call a request that was none, in Node (the example app's /api/recommendations, its cache off: one
//              fetch a request) and in Python (__tests__/servers/quote_app.py, its cache off: two urllib calls a
//              request), against one stored run of each: how often the run fails on outbound-calls-per-request, and
//              A/A (the unchanged app against the same stored run), quiet and beside a CPU hog on one core
//              (target: 20 of 20 caught, 0 of 20 false, each)
//   cost       req/s and the app's CPU per request with perf-gate's hooks in against without, two copies of the app up
//              at once and loaded in alternating 1 s slices, 6 sessions of 10 pairs (BENCH_OUTBOUND_COST_SESSIONS,
//              _PAIRS), A/A sessions beside: the example app making a call a request (fetch to a recommender
//              answering at once), the Python app making two, and the Django shop under gunicorn asking its model
//              service on every request (target: within 2 %)
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startPostgres } from './servers/postgres.mjs';
import path from 'node:path';

const runs = Number(process.env.BENCH_OUTBOUND_RUNS ?? 20);
const costSessions = Number(process.env.BENCH_OUTBOUND_COST_SESSIONS ?? 6);
const costPairs = Number(process.env.BENCH_OUTBOUND_COST_PAIRS ?? 10);
const costRuntimes = (process.env.BENCH_OUTBOUND_COST_RUNTIMES ?? 'node,python,shop').split(',');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function runCli(cli, args) {
  return new Promise((resolve) => spawn(process.execPath, [cli, ...args], { stdio: 'ignore' }).once('close', resolve));
}

// The two apps, each with the switch that makes its calls: `on` turns the cache off.
const apps = {
  node: ({ appDir, port, on, extra = {} }) => ({
    command: 'node server.js',
    cwd: appDir,
    env: { PORT: port, ...(on && { EXAMPLE_RECOMMEND_CACHE_OFF: 1 }), ...extra },
    url: '/api/recommendations',
  }),
  // The Django shop under gunicorn (2 gthread workers) on PostgreSQL: the order summary asks the model service (in
  // gunicorn's master, answering at once) on every request through urllib.
  shop: ({ shopDir, databaseUrl, port }) => ({
    command: 'gunicorn -c gunicorn.conf.py shop.wsgi',
    cwd: shopDir,
    env: {
      PORT: port,
      DATABASE_URL: databaseUrl,
      SHOP_CACHE_OFF: '1',
      SHOP_MODEL_MS: '0',
      GUNICORN_WORKER_CLASS: 'gthread',
      WEB_CONCURRENCY: '2',
      PATH: `/usr/bin:${process.env.PATH}`,
    },
    url: '/api/orders/17/summary',
  }),
  python: ({ root, port, on }) => ({
    command: `/usr/bin/python3 ${path.join(root, '__tests__', 'servers', 'quote_app.py')}`,
    cwd: root,
    env: { PORT: port, ...(on && { QUOTE_CACHE_OFF: 1 }) },
    url: '/quote',
  }),
};

function budget(file, app, { port, load, outbound = true }) {
  writeFileSync(
    file,
    `app:
  command: ${app.command}
  cwd: ${app.cwd}
  env: ${JSON.stringify(app.env)}
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 30s }
${outbound ? '' : '  outbound: false\n'}load: ${load}
endpoints:
  - { name: target, url: '${app.url}' }
`,
  );
  return file;
}

const report = (out) => JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
const regressed = (out) => report(out).comparisons.some((r) => r.metric === 'outbound-calls-per-request' && r.verdict === 'regressed');

async function detectOne({ cli, work, freePort, ctx, runtime, label }) {
  const port = await freePort();
  const load = '{ duration: 1s, warmup: 300ms, samples: 4, connections: 4 }';
  const base = budget(path.join(work, `outbound-${runtime}-base.yml`), apps[runtime]({ ...ctx, port, on: false }), { port, load });
  const head = budget(path.join(work, `outbound-${runtime}-head.yml`), apps[runtime]({ ...ctx, port, on: true }), { port, load });
  const stored = path.join(work, `outbound-${runtime}-${label}-stored`);
  await runCli(cli, ['run', '-q', '-c', base, '-o', stored]);
  const counts = { caught: 0, falseAlarms: 0, runs: 0 };
  for (let i = 0; i < runs; i++) {
    // A/B and A/A against the same stored run, in an order that alternates.
    for (const kind of i % 2 ? ['aa', 'ab'] : ['ab', 'aa']) {
      const out = path.join(work, `outbound-${runtime}-${label}-${kind}${i}`);
      await runCli(cli, ['run', '-q', '-c', kind === 'ab' ? head : base, '-o', out, '-b', path.join(stored, 'report.json')]);
      if (kind === 'ab') counts.caught += regressed(out) ? 1 : 0;
      else counts.falseAlarms += regressed(out) ? 1 : 0;
    }
    counts.runs++;
  }
  const storedRate = report(stored).targets[0].metrics['outbound-calls-per-request']?.value ?? null;
  return { ...counts, storedCallsPerRequest: storedRate };
}

async function detection(opts) {
  const out = {};
  for (const label of ['quiet', 'hog']) {
    const hog = label === 'hog' ? spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }) : undefined;
    const endHog = () => hog?.kill('SIGKILL');
    process.once('exit', endHog);
    try {
      for (const runtime of ['node', 'python']) out[`${runtime}-${label}`] = await detectOne({ ...opts, runtime, label });
    } finally {
      endHog();
    }
  }
  return out;
}

// perf-gate's own hook module, bundled from src/ as the build bundles it: the hooks exactly as a run puts them in.
async function hookModule(root) {
  const { build } = await import('esbuild');
  const { common } = await import(path.join(root, 'scripts', 'bundle-options.mjs'));
  const out = await build({ ...common, absWorkingDir: root, entryPoints: ['src/adapters/work/outbound-calls.ts'], write: false });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

// CPU ticks of a process and every process under it (gunicorn's workers, the model service's threads are in one).
const procTicks = (pid) => {
  const stats = readdirSync('/proc').flatMap((d) => {
    if (!/^\d+$/.test(d)) return [];
    try {
      const fields = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ');
      return [{ pid: Number(d), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }];
    } catch {
      return [];
    }
  });
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of stats) if (!tree.has(p.pid) && tree.has(p.ppid)) grew = tree.add(p.pid) !== undefined;
  }
  return stats.reduce((n, p) => n + (tree.has(p.pid) ? p.ticks : 0), 0);
};

// SIGTERM to the group (gunicorn then cleans up its metrics folder), SIGKILL after 10 s.
async function stopApp(child) {
  const exited = new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function startApp(app, env) {
  // Its own process group: gunicorn's workers end with it.
  const child = spawn('/bin/sh', ['-c', `exec ${app.command}`], { cwd: app.cwd, env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${env.PORT}/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  process.kill(-child.pid, 'SIGKILL');
  throw new Error(`${app.command} did not start`);
}

// Two copies of the app up at once, loaded in 1 s slices that alternate in a random order (8 connections): a pair of
// slices a second apart sees the same machine, where runs started one after the other drifted by a fifth on this
// 2-core machine. Two copies of the same app still differ by a few percent from one start to the next (where each
// landed), so each session starts both afresh, in a random order, and the interval is the sessions'. A/A sessions
// (both copies without the hooks) alternate with the A/B ones: the harness's own resolution, measured beside.
async function cost({ root, work, freePort, ctx }) {
  const { default: autocannon } = await import('autocannon');
  const { prepareOutboundHook, withOutboundHook } = await hookModule(root);
  const out = {};
  const shop = await shopDatabase(root, work);
  try {
    for (const runtime of costRuntimes)
      out[runtime] = await costOf(runtime, { autocannon, freePort, ctx: { ...ctx, ...shop.ctx }, prepareOutboundHook, withOutboundHook });
  } finally {
    shop.stop();
  }
  return out;
}

// A copy of the shop and a database for it, migrated and seeded once; both copies of the app read it.
async function shopDatabase(root, work) {
  const shopDir = path.join(work, 'outbound-cost-shop');
  cpSync(path.join(root, 'examples', 'django'), shopDir, { recursive: true, filter: (src) => !/__pycache__|sqlite3$/.test(src) });
  const pg = await startPostgres();
  const databaseUrl = pg.url('shop_cost');
  const env = { ...process.env, DATABASE_URL: databaseUrl, PATH: `/usr/bin:${process.env.PATH}` };
  execFileSync('/usr/bin/python3', ['manage.py', 'migrate', '-v0'], { cwd: shopDir, env, stdio: 'ignore' });
  execFileSync('/usr/bin/python3', ['manage.py', 'seed'], { cwd: shopDir, env, stdio: 'ignore' });
  return { ctx: { shopDir, databaseUrl }, stop: () => pg.stop() };
}

async function costOf(runtime, { autocannon, freePort, ctx, prepareOutboundHook, withOutboundHook }) {
  const hook = prepareOutboundHook();
  const sessions = { ab: { rps: [], cpu: [], pairSd: [] }, aa: { rps: [], cpu: [], pairSd: [] } };
  const rates = { hooks: [], off: [] };
  try {
    for (let k = 0; k < costSessions * 2; k++) {
      const kind = k % 2 ? 'aa' : 'ab';
      const got = await costSession({ autocannon, freePort, ctx, runtime, hook: kind === 'ab' ? { hook, withOutboundHook } : undefined });
      sessions[kind].rps.push(mean(got.rps));
      sessions[kind].pairSd.push(meanInterval(got.rps).sd);
      sessions[kind].cpu.push(mean(got.cpu));
      if (kind === 'ab') {
        rates.hooks.push(...got.rates.b);
        rates.off.push(...got.rates.a);
      }
    }
  } finally {
    hook.remove();
  }
  return {
    rpsWithHooks: median(rates.hooks),
    rpsWithout: median(rates.off),
    change: meanInterval(sessions.ab.rps),
    cpuPerRequestChange: meanInterval(sessions.ab.cpu),
    aa: { change: meanInterval(sessions.aa.rps), cpuPerRequestChange: meanInterval(sessions.aa.cpu) },
    sessions: costSessions,
    pairsASession: costPairs,
    // Each session's mean change: how far two fresh copies land apart, against the pairs' spread inside one.
    bySession: { ab: sessions.ab.rps, aa: sessions.aa.rps, pairSdAb: sessions.ab.pairSd, pairSdAa: sessions.aa.pairSd },
  };
}

// One session: copy A (no hooks) and copy B (the hooks when given, else none), each pair's B ÷ A − 1.
async function costSession({ autocannon, freePort, ctx, runtime, hook }) {
  const started = {};
  try {
    for (const side of Math.random() < 0.5 ? ['a', 'b'] : ['b', 'a']) {
      const port = await freePort();
      const app = apps[runtime]({ ...ctx, port, on: true, extra: { EXAMPLE_RECOMMEND_MS: 0 } });
      // One hash seed for both copies: a Python process's speed moves with where its seed puts its dicts' keys.
      app.env.PYTHONHASHSEED = '0';
      const env = side === 'b' && hook ? hook.withOutboundHook(app.env, hook.hook, port) : app.env;
      // Addresses not randomised, the same in both copies: one less way for two starts of one app to differ.
      // V8's seeds likewise (Python's hash seed is set above).
      const command = app.command.replace(/^node /, 'node --hash-seed=1 --random-seed=1 ');
      const fixed = { ...app, command: `setarch ${process.arch === 'arm64' ? 'aarch64' : 'x86_64'} -R ${command}` };
      started[side] = { child: await startApp(fixed, { ...env, PORT: String(port) }), url: `http://127.0.0.1:${port}${app.url}` };
    }
    const slice = async (side, seconds) => {
      const { child, url } = started[side];
      const t0 = procTicks(child.pid);
      const r = await autocannon({ url, connections: 8, duration: seconds });
      return { rps: r.requests.total / seconds, cpuUs: ((procTicks(child.pid) - t0) * 10_000) / Math.max(1, r.requests.total) };
    };
    for (const side of ['a', 'b']) await slice(side, 2);
    const got = { rps: [], cpu: [], rates: { a: [], b: [] } };
    for (let i = 0; i < costPairs; i++) {
      const pair = {};
      for (const side of Math.random() < 0.5 ? ['a', 'b'] : ['b', 'a']) pair[side] = await slice(side, 1);
      got.rps.push(pair.b.rps / pair.a.rps - 1);
      got.cpu.push(pair.b.cpuUs / pair.a.cpuUs - 1);
      got.rates.a.push(pair.a.rps);
      got.rates.b.push(pair.b.rps);
    }
    return got;
  } finally {
    await Promise.all(Object.values(started).map((s) => stopApp(s.child)));
  }
}

const mean = (xs) => xs.reduce((a, x) => a + x, 0) / xs.length;

// The mean of the sessions and its 95 % interval (Student's t: the sessions are few).
function meanInterval(xs) {
  const m = mean(xs);
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
  const t = [12.71, 4.3, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23][xs.length - 2] ?? 1.96;
  const half = (t * sd) / Math.sqrt(xs.length);
  return { mean: m, interval: [m - half, m + half], sd };
}

export async function outboundQuality({ cli, root, appDir, work, freePort, previous = {} }) {
  const parts = new Set((process.env.BENCH_OUTBOUND_PARTS ?? 'detection,cost').split(','));
  const ctx = { root, appDir };
  return {
    ...previous,
    ...(parts.has('detection') && { detection: await detection({ cli, work, freePort, ctx }) }),
    ...(parts.has('cost') && { cost: await cost({ root, work, freePort, ctx }) }),
  };
}
