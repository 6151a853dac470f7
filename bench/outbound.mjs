// Outbound calls counted with nothing configured (BENCH_ONLY=outbound; BENCH_OUTBOUND_PARTS=detection,cost picks some):
//   detection  a call a request that was none, in Node (the example app's /api/recommendations, its cache off: one
//              fetch a request) and in Python (__tests__/servers/quote_app.py, its cache off: two urllib calls a
//              request), against one stored run of each: how often the run fails on outbound-calls-per-request, and
//              A/A (the unchanged app against the same stored run), quiet and beside a CPU hog on one core
//              (target: 20 of 20 caught, 0 of 20 false, each)
//   cost       req/s with the hooks against app.outbound: false, alternated run by run on one app: the example app
//              making a call a request (fetch to a recommender answering at once), and the Python app making two:
//              the medians of 16 alternated runs, and the app's CPU per request beside (target: within 2 %)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const runs = Number(process.env.BENCH_OUTBOUND_RUNS ?? 20);
const costRounds = Number(process.env.BENCH_OUTBOUND_COST_ROUNDS ?? 16);
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

async function cost({ cli, work, freePort, ctx }) {
  const out = {};
  const load = '{ duration: 3s, warmup: 500ms, samples: 3, connections: 8 }';
  for (const runtime of ['node', 'python']) {
    const port = await freePort();
    const app = apps[runtime]({ ...ctx, port, on: true, extra: { EXAMPLE_RECOMMEND_MS: 0 } });
    const files = {
      hooks: budget(path.join(work, `outbound-cost-${runtime}-hooks.yml`), app, { port, load }),
      off: budget(path.join(work, `outbound-cost-${runtime}-off.yml`), app, { port, load, outbound: false }),
    };
    const rps = { hooks: [], off: [] };
    const cpu = { hooks: [], off: [] };
    for (let r = 0; r < costRounds; r++)
      for (const kind of r % 2 ? ['off', 'hooks'] : ['hooks', 'off']) {
        const dir = path.join(work, `outbound-cost-${runtime}-${kind}${r}`);
        await runCli(cli, ['run', '-q', '-c', files[kind], '-o', dir]);
        const { metrics } = report(dir).targets[0];
        rps[kind].push(metrics.rps.value);
        cpu[kind].push(metrics['cpu-per-request']?.value ?? NaN);
      }
    // This 2-core machine's rate drifts by a fifth from run to run (app and load generator share it): the medians of
    // many alternated runs, and the app's CPU per request, which the drift moves less.
    out[runtime] = {
      rpsWithHooks: median(rps.hooks),
      rpsWithout: median(rps.off),
      change: median(rps.hooks) / median(rps.off) - 1,
      cpuPerRequestChange: median(cpu.hooks) / median(cpu.off) - 1,
      rounds: costRounds,
    };
  }
  return out;
}

export async function outboundQuality({ cli, root, appDir, work, freePort, previous = {} }) {
  const parts = new Set((process.env.BENCH_OUTBOUND_PARTS ?? 'detection,cost').split(','));
  const ctx = { root, appDir };
  return {
    ...previous,
    ...(parts.has('detection') && { detection: await detection({ cli, work, freePort, ctx }) }),
    ...(parts.has('cost') && { cost: await cost({ cli, work, freePort, ctx }) }),
  };
}
