// Outbound calls counted with nothing configured (BENCH_ONLY=outbound; BENCH_OUTBOUND_PARTS=detection,cost picks some):
//   detection  a call a request that was none, in Node (the example app's /api/recommendations, its cache off: one
//              fetch a request) and in Python (__tests__/servers/quote_app.py, its cache off: two urllib calls a
//              request), against one stored run of each: how often the run fails on outbound-calls-per-request, and
//              A/A (the unchanged app against the same stored run), quiet and beside a CPU hog on one core
//              (target: 20 of 20 caught, 0 of 20 false, each)
//   cost       req/s and the app's CPU per request with perf-gate's hooks in against without, two copies of the app up
//              at once and loaded in alternating 1 s slices (60 pairs; BENCH_OUTBOUND_COST_PAIRS): the example app
//              making a call a request (fetch to a recommender answering at once), and the Python app making two
//              (target: within 2 %)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const runs = Number(process.env.BENCH_OUTBOUND_RUNS ?? 20);
const costPairs = Number(process.env.BENCH_OUTBOUND_COST_PAIRS ?? 60);
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

const procTicks = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

async function startApp(app, env) {
  const child = spawn('/bin/sh', ['-c', `exec ${app.command}`], { cwd: app.cwd, env: { ...process.env, ...env }, stdio: 'ignore' });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${env.PORT}/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`${app.command} did not start`);
}

// The two apps (hooks in, hooks out) up at once, loaded in 1 s slices that alternate in a random order, 8
// connections: a pair of slices a second apart sees the same machine, where runs started one after the other drifted
// by a fifth on this 2-core machine (app and load generator share it). The mean of the pairs' ratios with its 95 %
// interval, for req/s and the app's CPU per request.
async function cost({ root, freePort, ctx }) {
  const { default: autocannon } = await import('autocannon');
  const { prepareOutboundHook, withOutboundHook } = await hookModule(root);
  const out = {};
  for (const runtime of ['node', 'python']) {
    const hook = prepareOutboundHook();
    const started = {};
    try {
      for (const kind of ['hooks', 'off']) {
        const port = await freePort();
        const app = apps[runtime]({ ...ctx, port, on: true, extra: { EXAMPLE_RECOMMEND_MS: 0 } });
        const env = kind === 'hooks' ? withOutboundHook(app.env, hook, port) : app.env;
        started[kind] = { child: await startApp(app, { ...env, PORT: String(port) }), url: `http://127.0.0.1:${port}${app.url}` };
      }
      const slice = async (kind, seconds) => {
        const { child, url } = started[kind];
        const t0 = procTicks(child.pid);
        const r = await autocannon({ url, connections: 8, duration: seconds });
        return { rps: r.requests.total / seconds, cpuUs: ((procTicks(child.pid) - t0) * 10_000) / Math.max(1, r.requests.total) };
      };
      for (const kind of ['hooks', 'off']) await slice(kind, 2);
      const ratios = { rps: [], cpu: [] };
      const rates = { hooks: [], off: [] };
      for (let i = 0; i < costPairs; i++) {
        const got = {};
        for (const kind of Math.random() < 0.5 ? ['hooks', 'off'] : ['off', 'hooks']) got[kind] = await slice(kind, 1);
        ratios.rps.push(got.hooks.rps / got.off.rps - 1);
        ratios.cpu.push(got.hooks.cpuUs / got.off.cpuUs - 1);
        rates.hooks.push(got.hooks.rps);
        rates.off.push(got.off.rps);
      }
      out[runtime] = {
        rpsWithHooks: median(rates.hooks),
        rpsWithout: median(rates.off),
        change: meanInterval(ratios.rps),
        cpuPerRequestChange: meanInterval(ratios.cpu),
        pairs: costPairs,
      };
    } finally {
      for (const s of Object.values(started)) s.child.kill('SIGKILL');
      hook.remove();
    }
  }
  return out;
}

// The mean and its 95 % interval (normal approximation; the pairs are many).
function meanInterval(xs) {
  const mean = xs.reduce((a, x) => a + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
  const half = (1.96 * sd) / Math.sqrt(xs.length);
  return { mean, interval: [mean - half, mean + half], median: median(xs) };
}

export async function outboundQuality({ cli, root, appDir, work, freePort, previous = {} }) {
  const parts = new Set((process.env.BENCH_OUTBOUND_PARTS ?? 'detection,cost').split(','));
  const ctx = { root, appDir };
  return {
    ...previous,
    ...(parts.has('detection') && { detection: await detection({ cli, work, freePort, ctx }) }),
    ...(parts.has('cost') && { cost: await cost({ root, freePort, ctx }) }),
  };
}
