// Outbound calls counted with nothing configured (BENCH_ONLY=outbound; BENCH_OUTBOUND_PARTS=detection,cost,share picks some):
//   detection  a call a request that was none, in Node (the example app's /api/recommendations, its cache off: one
//              fetch a request) and in Python (__tests__/servers/quote_app.py, its cache off: two urllib calls a
//              request), against one stored run of each: how often the run fails on outbound-calls-per-request, and
//              A/A (the unchanged app against the same stored run), quiet and beside a CPU hog on one core
//              (target: 20 of 20 caught, 0 of 20 false, each)
//   cost       req/s and the app's CPU per request with perf-gate's hooks in against without, two copies of the app up
//              at once, both on the last core, and loaded in alternating 1 s slices from the others, 6 sessions of 10
//              pairs (BENCH_OUTBOUND_COST_SESSIONS, _PAIRS, _PIN=0 unpinned), A/A sessions beside (_AA=0: none): the example app making a call a request (fetch to a recommender
//              answering at once), the Python app making two, and the Django shop under gunicorn asking its model
//              service on every request (target: within 2 %)
//   share      the hooks' share of the app's CPU, where runner noise hardly reaches it (see share() below)
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startPostgres } from './servers/postgres.mjs';
import path from 'node:path';
import { availableParallelism } from 'node:os';

const runs = Number(process.env.BENCH_OUTBOUND_RUNS ?? 20);
const costSessions = Number(process.env.BENCH_OUTBOUND_COST_SESSIONS ?? 6);
const costPairs = Number(process.env.BENCH_OUTBOUND_COST_PAIRS ?? 10);
const costRuntimes = (process.env.BENCH_OUTBOUND_COST_RUNTIMES ?? 'node,python,shop').split(',');
// BENCH_OUTBOUND_COST_AA=0: A/B sessions only (more of them in the time, pooled with a run that measured the A/A).
const costAa = process.env.BENCH_OUTBOUND_COST_AA !== '0';
// Both copies of the app on the last core, the load generator (this process) on the others: where each copy landed,
// and the load generator beside it, no longer differ from one start to the next (BENCH_OUTBOUND_COST_PIN=0: unpinned).
const cpus = availableParallelism();
const pinned = cpus > 1 && process.env.BENCH_OUTBOUND_COST_PIN !== '0';
const appCpu = String(cpus - 1);
const pinSelf = (list) => execFileSync('taskset', ['-a', '-c', '-p', list, String(process.pid)], { stdio: 'ignore' });
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
  if (pinned) pinSelf(`0-${cpus - 2}`);
  try {
    for (const runtime of costRuntimes)
      out[runtime] = await costOf(runtime, { autocannon, freePort, ctx: { ...ctx, ...shop.ctx }, prepareOutboundHook, withOutboundHook });
  } finally {
    if (pinned) pinSelf(`0-${cpus - 1}`);
    shop.stop();
  }
  return { ...out, pinned: pinned ? { apps: appCpu, loadGenerator: `0-${cpus - 2}` } : false };
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
    for (let k = 0; k < costSessions * (costAa ? 2 : 1); k++) {
      const kind = costAa && k % 2 ? 'aa' : 'ab';
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
    ...(costAa && { aa: { change: meanInterval(sessions.aa.rps), cpuPerRequestChange: meanInterval(sessions.aa.cpu) } }),
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
      const fixed = { ...app, command: `${pinned ? `taskset -c ${appCpu} ` : ''}setarch ${process.arch === 'arm64' ? 'aarch64' : 'x86_64'} -R ${command}` };
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

// The hooks' share of the app's CPU, read where runner noise hardly reaches it (BENCH_OUTBOUND_PARTS=share): the
// slices above resolve a few percent at best on a machine whose speed moves by a third in minutes. On a CPU-bound
// app, req/s falls by the share of its CPU the hooks take.
//   node    the example app making its fetch a request under 8 connections for 10 s, with the hooks and V8's
//           sampling profiler in (3 runs): the samples inside the hook's code, and inside diagnostics_channel's
//           publishing (the hook's subscribers included), over the app's busy samples
//   python  a Python client making keep-alive http.client calls to a Node server, CPU time a call with the hook
//           and without (8 alternations of 5,000 calls), and the Django shop's CPU a request (its process tree,
//           under 8 connections for 10 s, 3 runs): the hook's cost a call over the shop's CPU a request (one call)
async function share({ root, work, freePort, ctx }) {
  const { default: autocannon } = await import('autocannon');
  const { prepareOutboundHook, withOutboundHook } = await hookModule(root);
  const hook = prepareOutboundHook();
  const shop = await shopDatabase(root, work);
  try {
    return {
      node: await nodeShare({ autocannon, freePort, ctx, hook, withOutboundHook, work }),
      python: await pythonShare({ autocannon, freePort, ctx: { ...ctx, ...shop.ctx }, hook, withOutboundHook, work }),
    };
  } finally {
    shop.stop();
    hook.remove();
  }
}

async function nodeShare({ autocannon, freePort, ctx, hook, withOutboundHook, work }) {
  const shares = { hook: [], publishing: [] };
  for (let i = 0; i < 3; i++) {
    const port = await freePort();
    const dir = path.join(work, `outbound-share-prof-${i}`);
    const app = apps.node({ ...ctx, port, on: true, extra: { EXAMPLE_RECOMMEND_MS: 0 } });
    const env = withOutboundHook(app.env, hook, port);
    env.NODE_OPTIONS = `${env.NODE_OPTIONS} --cpu-prof --cpu-prof-dir=${dir}`;
    const child = await startApp(app, { ...env, PORT: String(port) });
    try {
      await autocannon({ url: `http://127.0.0.1:${port}${app.url}`, connections: 8, duration: 10 });
    } finally {
      await stopApp(child);
    }
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    const got = profileShares(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    shares.hook.push(got.hook);
    shares.publishing.push(got.publishing);
  }
  return { hookShare: meanInterval(shares.hook), withPublishingShare: meanInterval(shares.publishing), runs: shares.hook };
}

// Of a V8 CPU profile's busy samples (not idle), the share whose stack passes through the hook's file, and through
// diagnostics_channel (its publishing, which the hook's subscribers make undici do).
function profileShares(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let busy = 0;
  let hook = 0;
  let publishing = 0;
  for (const [id, t] of time) {
    if (byId.get(id).callFrame.functionName === '(idle)') continue;
    busy += t;
    let inHook = false;
    let inChannel = false;
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const url = byId.get(cur).callFrame.url;
      inHook ||= url.includes('outbound-hook.cjs');
      inChannel ||= url.includes('diagnostics_channel');
    }
    if (inHook) hook += t;
    if (inHook || inChannel) publishing += t;
  }
  return { hook: hook / busy, publishing: publishing / busy };
}

const pythonClient = `
import http.client, os, sys, time
c = http.client.HTTPConnection('127.0.0.1', int(sys.argv[1]))
def call():
    c.request('POST', '/v1/recommend', body=b'{}', headers={'Content-Type': 'application/json'})
    c.getresponse().read()
for _ in range(1000):
    call()
n = int(sys.argv[2])
t = time.process_time()
for _ in range(n):
    call()
print((time.process_time() - t) / n * 1e6)
`;

async function pythonShare({ autocannon, freePort, ctx, hook, withOutboundHook, work }) {
  const serverPort = await freePort();
  const server = spawn(
    process.execPath,
    ['-e', `require('http').createServer((q, s) => { q.resume(); q.on('end', () => s.end('{"items":[3,17,42]}')); }).listen(${serverPort}, '127.0.0.1')`],
    { stdio: 'ignore' },
  );
  const perCall = { hooks: [], off: [] };
  try {
    await new Promise((r) => setTimeout(r, 500));
    const client = path.join(work, 'outbound-share-client.py');
    writeFileSync(client, pythonClient);
    for (let i = 0; i < 8; i++) {
      for (const side of i % 2 ? ['hooks', 'off'] : ['off', 'hooks']) {
        const env = side === 'hooks' ? withOutboundHook(process.env, hook, 1) : process.env;
        perCall[side].push(Number(execFileSync('/usr/bin/python3', [client, String(serverPort), '5000'], { env, encoding: 'utf8' }).trim()));
      }
    }
  } finally {
    server.kill('SIGKILL');
  }
  const differences = perCall.hooks.map((h, i) => h - perCall.off[i]);
  // The shop's CPU a request, its process tree, without the hooks.
  const cpuUs = [];
  for (let i = 0; i < 3; i++) {
    const port = await freePort();
    const app = apps.shop({ ...ctx, port });
    const child = await startApp(app, { ...app.env, PORT: String(port) });
    try {
      await autocannon({ url: `http://127.0.0.1:${port}${app.url}`, connections: 8, duration: 2 });
      const t0 = procTicks(child.pid);
      const r = await autocannon({ url: `http://127.0.0.1:${port}${app.url}`, connections: 8, duration: 10 });
      cpuUs.push(((procTicks(child.pid) - t0) * 10_000) / r.requests.total);
    } finally {
      await stopApp(child);
    }
  }
  const hookUs = meanInterval(differences);
  const shopUs = median(cpuUs);
  return {
    clientUsPerCall: { hooks: median(perCall.hooks), off: median(perCall.off) },
    hookUsPerCall: hookUs,
    shopCpuUsPerRequest: cpuUs,
    shopShare: { mean: hookUs.mean / shopUs, interval: hookUs.interval.map((x) => x / shopUs) },
  };
}

export async function outboundQuality({ cli, root, appDir, work, freePort, previous = {} }) {
  const parts = new Set((process.env.BENCH_OUTBOUND_PARTS ?? 'detection,cost,share').split(','));
  const ctx = { root, appDir };
  return {
    ...previous,
    ...(parts.has('detection') && { detection: await detection({ cli, work, freePort, ctx }) }),
    ...(parts.has('cost') && { cost: await cost({ root, work, freePort, ctx }) }),
    ...(parts.has('share') && { share: await share({ root, work, freePort, ctx }) }),
  };
}
