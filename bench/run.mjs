// npm run bench: speed and memory figures of the built CLI against the example app, written to bench/results/.
//   overhead        wall time of a whole gate run minus the configured load time (target ≤ 3 s)
//   first request   ms from perf-gate's process start to its first request (target ≤ 1 s)
//   peak RSS        of the perf-gate process
//   req/s vs wrk    perf-gate's load generator against wrk, same endpoint and connections, alternated (target ≥ 80 %)
//   verdicts        false regressions on A/A and detection on A/B, quiet and with a CPU hog (bench/verdicts.mjs; only with
//                   BENCH_ONLY=verdicts: confirm's stored-baseline verdicts give the default check's rows now)
//   restarts        same-runner A/A on slow-exiting servers: runs completed, false alarms, restart cost (bench/restarts.mjs)
//   confirm         the default check: stored baseline + confirmation on the same runner, A/A and A/B (bench/confirm.mjs)
//   cost            cpu-per-request beside p95: run-to-run spread and what each alone sees of extra CPU work (bench/cost.mjs)
//   page-sampling   runs taken with runs as a range (the default) vs a fixed 3 on the example pages, and agreement
//                   of the check outcomes (bench/page-sampling.mjs)
//   shapes          load shapes on the example app's knobs: capacity vs its known knee, smallest leak a 60 s soak
//                   catches with no false alarm, spike recovery vs the recovery set, overhead (bench/shapes.mjs)
//   stacks          gunicorn sync/gthread on PostgreSQL and nginx: perf-gate steady vs wrk vs the undici engine (req/s,
//                   p95, errors; target within 10 %, 0 errors); the Django N+1 against one stored run (20 of 20, A/A 0 of
//                   20); keep-alive Node rate as autocannon is driven now vs before (target within 5 %) (bench/stacks.mjs)
//   work            the Django shop's N+1, one statement more and a lost cache against one stored run, quiet and beside a
//                   CPU hog: per-request counts detected / A/A false regressed beside p95 (targets 20 of 20 · 0); the
//                   cost of reading the work (targets within 2 % req/s, 3 % wall time) (bench/work.mjs)
//   diagnose        same-runner + diagnose: {} on the example app: the function doing the extra work first in the why
//                   (target 20 of 20), the pass's wall time per endpoint (≤ 30 s), A/A runs profiled and time added
//                   (+0 s) (bench/diagnose.mjs)
//   diagnose-django the Django shop's N+1 beside its base: Django's per-row query path (Python frames, from the shop's
//                   own function) first in the why, and the statement named (bench/diagnose-django.mjs)
//   full-stack      the Django shop's full budget (confirm + diagnose + app.metrics + portEnv + a soak + a page): its
//                   four regressions against main's stored run, confirmed and diagnosed: verdicts, the why's first
//                   line, wall time beside the plain run's (goal ≤ 3 min) (bench/full-stack.mjs)
//   why-corpus      the why's corpus of regression shapes (Node on node:http and fastify, Python under gunicorn): the
//                   expected function first in the why, and the share of the growth it explains, quiet and beside a
//                   CPU hog (target 5 of 5 a shape, share ≥ 50 %) (bench/why-corpus.mjs)
//   page-why        same-runner on the example pages, the head adding a 300 KB script and a 200 KB larger hero photo:
//                   each named first in its page's why (target 20 of 20) (bench/page-why.mjs)
//   outbound        outbound calls counted with nothing configured: a call a request that was none, in Node and in
//                   Python, against a stored run, quiet and beside a CPU hog (target 20 of 20 caught, 0 of 20 false),
//                   and the hooks' cost in req/s, alternated (target within 2 %) (bench/outbound.mjs)
//   adoption        perf-gate init's wall time on the example app and the Django shop, the budget it writes held
//                   against its own stored run (10 A/A, 10 ×1.5 slower), and perf-gate bisect over 8 and 32
//                   commits (bench/adoption.mjs)
//   stores          the work past PostgreSQL: a Redis cache no longer filled, the shop's N+1 on MariaDB, each against
//                   a stored run and A/A (target 20 of 20, 0 of 20), and db-repeats-per-request failing the N+1 with
//                   no baseline, the statement named (target 20 of 20) (bench/stores.mjs)
//   pages           wall time per Lighthouse run, perf-gate vs the lighthouse CLI on the same pages and settings
//                   (target ≤ 0.9×), peak RSS with 2 pages × 3 runs (target ≤ 400 MB), run-to-run spread of LCP and score
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { confirmQuality } from './confirm.mjs';
import { costQuality } from './cost.mjs';
import { pageSamplingQuality } from './page-sampling.mjs';
import { restartQuality } from './restarts.mjs';
import { sameRunnerQuality } from './same-runner.mjs';
import { shapeQuality, soakSeparation } from './shapes.mjs';
import { stacksQuality } from './stacks.mjs';
import { workQuality } from './work.mjs';
import { diagnoseQuality } from './diagnose.mjs';
import { whyCorpusQuality } from './why-corpus.mjs';
import { pageWhyQuality } from './page-why.mjs';
import { workloadQuality } from './workloads.mjs';
import { outboundQuality } from './outbound.mjs';
import { adoptionQuality } from './adoption.mjs';
import { storesQuality } from './stores.mjs';
import { djangoDiagnosis, djangoMemoryDiagnosis } from './diagnose-django.mjs';
import { fullStackQuality } from './full-stack.mjs';
import { verdictQuality } from './verdicts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const appDir = path.join(root, 'examples', 'app');
const work = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-bench-'));
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out, err, wallMs: Number(process.hrtime.bigint() - started) / 1e6 }));
  });
}

// The example app started directly, for the figures that compare perf-gate with another tool on it.
async function startExampleApp(env = {}) {
  const port = await freePort();
  const app = spawn(process.execPath, ['server.js'], { cwd: appDir, env: { ...process.env, PORT: String(port), ...env }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { port, app };
}

function ensureWrk() {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (e) {
    if (e.code !== 'ENOENT') return; // wrk --version exits 1 but exists
    console.error('bench: installing wrk from Debian packages');
    execFileSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq wrk'], { stdio: 'inherit' });
  }
}

async function gateOverhead() {
  const port = await freePort();
  const load = { durationS: 3, warmupS: 1, endpoints: 2 };
  const budget = path.join(work, 'overhead.yml');
  writeFileSync(
    budget,
    `app:
  command: node server.js
  cwd: ${appDir}
  env: { PORT: ${port} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health }
load: { duration: ${load.durationS}s, warmup: ${load.warmupS}s, connections: 10, samples: 6 }
endpoints:
  - { name: ping, url: /api/ping, thresholds: ['p95 < 50ms'] }
  - { name: items, url: /api/items, thresholds: ['p95 < 100ms'] }
`,
  );
  const loadMs = load.endpoints * (load.durationS + load.warmupS) * 1000;
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const out = path.join(work, `overhead-${i}`);
    const r = await run(process.execPath, [cli, 'run', '--quiet', '--config', budget, '--out', out]);
    if (r.code !== 0) throw new Error(`gate run failed (${r.code}): ${r.err}`);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    samples.push({
      wallMs: r.wallMs,
      overheadMs: r.wallMs - loadMs,
      firstRequestMs: report.timings.firstRequestMs,
      appReadyMs: report.timings.appReadyMs,
      maxRssMB: report.maxRssBytes / 1024 / 1024,
    });
  }
  return { loadMs, samples };
}

async function throughputVsWrk() {
  ensureWrk();
  const { port, app } = await startExampleApp();
  try {
    const connections = 10;
    const seconds = 5;
    const results = {};
    for (const endpoint of ['/api/ping', '/api/items']) {
      const budget = path.join(work, `rps-${endpoint.replace(/\W/g, '')}.yml`);
      writeFileSync(
        budget,
        `app: { baseUrl: 'http://127.0.0.1:${port}', ready: { url: /health } }
load: { duration: ${seconds}s, warmup: 0s, connections: ${connections}, samples: ${seconds} }
endpoints: [{ name: e, url: '${endpoint}' }]
`,
      );
      // The same closed loop as a load shape: one stage of 10 connections, on undici's pool.
      const shaped = path.join(work, `rps-shaped-${endpoint.replace(/\W/g, '')}.yml`);
      writeFileSync(
        shaped,
        `app: { baseUrl: 'http://127.0.0.1:${port}', ready: { url: /health } }
load: { warmup: 0s, profile: { stages: [{ duration: ${seconds}s, connections: ${connections} }] } }
endpoints: [{ name: e, url: '${endpoint}' }]
`,
      );
      const wrk = [];
      const gate = [];
      const shapes = [];
      for (let i = 0; i < rounds; i++) {
        const w = await run('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, `http://127.0.0.1:${port}${endpoint}`]);
        wrk.push(Number(/Requests\/sec:\s+([\d.]+)/.exec(w.out)?.[1]));
        for (const [file, into] of [
          [budget, gate],
          [shaped, shapes],
        ]) {
          const out = path.join(work, `rps-${i}`);
          const g = await run(process.execPath, [cli, 'run', '--quiet', '--config', file, '--out', out]);
          if (g.code !== 0) throw new Error(`gate run failed (${g.code}): ${g.err}`);
          into.push(JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).targets[0].metrics.rps.value);
        }
      }
      results[endpoint] = { connections, seconds, wrk, perfGate: gate, ratio: median(gate) / median(wrk), shapes, shapesRatio: median(shapes) / median(wrk) };
    }
    return results;
  } finally {
    app.kill('SIGTERM');
  }
}

const chromeFlags =
  '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

async function pagesVsLighthouseCli() {
  const { port, app } = await startExampleApp();
  try {
    const pages = { home: '/', gallery: '/heavy' };
    const runs = 3;
    const budget = path.join(work, 'pages.yml');
    writeFileSync(
      budget,
      `app: { baseUrl: 'http://127.0.0.1:${port}', ready: { url: /health } }
pages:
${Object.entries(pages)
  .map(([name, url]) => `  - { name: ${name}, url: '${url}', runs: ${runs} }`)
  .join('\n')}
`,
    );
    const out = path.join(work, 'pages-out');
    const gate = await run(process.execPath, [cli, 'run', '--quiet', '--config', budget, '--out', out]);
    if (gate.code !== 0) throw new Error(`gate run failed (${gate.code}): ${gate.err}`);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    const lhCli = path.join(root, 'node_modules', '.bin', 'lighthouse');
    const cliWall = [];
    for (const url of Object.values(pages)) {
      for (let i = 0; i < runs; i++) {
        const r = await run(lhCli, [
          `http://127.0.0.1:${port}${url}`,
          '--quiet',
          '--only-categories=performance',
          '--output=json',
          `--output-path=${path.join(work, `lh-cli-${i}.json`)}`,
          `--chrome-flags=${chromeFlags}`,
        ]);
        if (r.code !== 0) throw new Error(`lighthouse CLI failed (${r.code}): ${r.err.slice(-500)}`);
        cliWall.push(r.wallMs);
      }
    }
    const perRun = report.targets.flatMap((t) => t.page.runs.filter((r) => r.ok).map((r) => r.durationMs));
    const spread = Object.fromEntries(
      report.targets.map((t) => {
        const lcp = t.metrics.lcp.samples;
        const score = t.metrics.performance.samples;
        return [
          t.name,
          {
            lcpMs: { min: Math.min(...lcp), max: Math.max(...lcp), median: t.metrics.lcp.value },
            performance: { min: Math.min(...score), max: Math.max(...score) },
          },
        ];
      }),
    );
    return {
      pages: Object.keys(pages).length,
      runsPerPage: runs,
      perfGate: {
        wallMs: gate.wallMs,
        perRunWallMs: gate.wallMs / perRun.length,
        perRunInProcessMs: median(perRun),
        peakRssMB: report.maxRssBytes / 1024 / 1024,
      },
      lighthouseCli: { perRunWallMs: median(cliWall), samples: cliWall },
      ratio: gate.wallMs / perRun.length / median(cliWall),
      spread,
    };
  } finally {
    app.kill('SIGTERM');
  }
}

// BENCH_ONLY=api,wrk,pages runs some sections; the others keep their last figures.
const only = new Set(
  (process.env.BENCH_ONLY ?? 'api,wrk,pages,page-sampling,same-runner,restarts,cost,confirm,shapes,stacks,work,diagnose,page-why').split(','),
);
const resultsFile = path.join(root, 'bench', 'results', 'latest.json');
let previous = {};
try {
  previous = JSON.parse(readFileSync(resultsFile, 'utf8'));
} catch {
  // first run
}
const overhead = only.has('api') ? await gateOverhead() : previous.overheadRaw;
const rps = only.has('wrk') ? await throughputVsWrk() : previous.throughputVsWrk;
const pages = only.has('pages') ? await pagesVsLighthouseCli() : previous.pages;
const pageSampling = only.has('page-sampling') ? await pageSamplingQuality({ cli, root, work, freePort }) : previous.pageSampling;
const verdicts = only.has('verdicts') ? await verdictQuality({ cli, appDir, work, freePort }) : previous.verdicts;
const sameRunner = only.has('same-runner') ? { ...previous.sameRunner, ...(await sameRunnerQuality({ cli, appDir, work })) } : previous.sameRunner;
const restarts = only.has('restarts') ? await restartQuality({ cli, root, work }) : previous.restarts;
const cost = only.has('cost') ? await costQuality({ cli, appDir, work, freePort }) : previous.cost;
const shapes = only.has('shapes')
  ? { ...previous.shapes, ...(await shapeQuality({ cli, appDir, work, freePort, previous: previous.shapes })) }
  : previous.shapes;
if (only.has('stacks')) ensureWrk();
const stacks = only.has('stacks') ? await stacksQuality({ run, cli, root, appDir, work, freePort, previous: previous.stacks }) : previous.stacks;
const workPerRequest = only.has('work') ? await workQuality({ run, cli, root, work, freePort, previous: previous.workPerRequest }) : previous.workPerRequest;
if (only.has('diagnose')) ensureWrk();
const diagnose = only.has('diagnose') ? await diagnoseQuality({ cli, appDir, work, run, startExampleApp }) : previous.diagnose;
const diagnoseDjango = only.has('diagnose-django') ? await djangoDiagnosis({ root, work, cli, freePort }) : previous.diagnoseDjango;
const diagnoseDjangoMemory = only.has('diagnose-django-memory') ? await djangoMemoryDiagnosis({ root, work, cli, freePort }) : previous.diagnoseDjangoMemory;
const whyCorpus = only.has('why-corpus') ? await whyCorpusQuality({ cli, work }) : previous.whyCorpus;
const fullStack = only.has('full-stack') ? await fullStackQuality({ root, work, freePort }) : previous.fullStack;
const pageWhy = only.has('page-why') ? await pageWhyQuality({ cli, appDir, work }) : previous.pageWhy;
const workloads = only.has('workloads')
  ? await workloadQuality({ cli, appDir, work, freePort, run, startExampleApp, ensureWrk, previous: previous.workloads })
  : previous.workloads;
const outbound = only.has('outbound') ? await outboundQuality({ cli, root, appDir, work, freePort, previous: previous.outbound }) : previous.outbound;
const adoption = only.has('adoption') ? await adoptionQuality({ cli, root, appDir, work, previous: previous.adoption }) : previous.adoption;
const stores = only.has('stores') ? await storesQuality({ cli, root, work, freePort, previous: previous.stores }) : previous.stores;
const confirm = only.has('confirm') ? { ...previous.confirm, ...(await confirmQuality({ cli, appDir, work })) } : previous.confirm;
const figures = {
  date: new Date().toISOString(),
  machine: { cpu: os.cpus()[0]?.model.trim(), cores: os.cpus().length, node: process.version },
  rounds,
  gate: {
    configuredLoadMs: overhead.loadMs,
    overheadMs: median(overhead.samples.map((s) => s.overheadMs)),
    firstRequestMs: median(overhead.samples.map((s) => s.firstRequestMs)),
    appReadyMs: median(overhead.samples.map((s) => s.appReadyMs)),
    peakRssMB: Math.max(...overhead.samples.map((s) => s.maxRssMB)),
    samples: overhead.samples,
  },
  throughputVsWrk: rps,
  pages,
  verdicts,
  sameRunner,
  restarts,
  cost,
  confirm,
  pageSampling,
  shapes,
  stacks,
  workPerRequest,
  diagnose,
  diagnoseDjango,
  diagnoseDjangoMemory,
  fullStack,
  whyCorpus,
  pageWhy,
  workloads,
  outbound,
  adoption,
  stores,
  overheadRaw: overhead,
};
mkdirSync(path.dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(figures, null, 2)}\n`);

const f = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d });
const lines = [
  `| figure | result | target |`,
  `|---|--:|--:|`,
  `| gate overhead (wall − ${f(overhead.loadMs / 1000)} s of load), median of ${rounds} | ${f(figures.gate.overheadMs / 1000, 2)} s | ≤ 3 s |`,
  `| process start → first request | ${f(figures.gate.firstRequestMs)} ms | ≤ 1 s |`,
  `| process start → app ready | ${f(figures.gate.appReadyMs)} ms | |`,
  `| peak RSS of perf-gate | ${f(figures.gate.peakRssMB)} MB | |`,
  ...Object.entries(rps).map(
    ([ep, r]) =>
      `| req/s on ${ep}, ${r.connections} connections: perf-gate ${f(median(r.perfGate))} vs wrk -t1 ${f(median(r.wrk))} | ${f(r.ratio * 100)} % | ≥ 80 % |`,
  ),
  ...Object.entries(rps)
    .filter(([, r]) => r.shapes)
    .map(
      ([ep, r]) =>
        `| req/s on ${ep}, ${r.connections} connections as a load shape (undici): perf-gate ${f(median(r.shapes))} vs wrk -t1 ${f(median(r.wrk))} | ${f(r.shapesRatio * 100)} % | ≥ 80 % |`,
    ),
  `| wall time per page run: perf-gate ${f(pages.perfGate.perRunWallMs / 1000, 2)} s (whole process / ${pages.pages * pages.runsPerPage} runs) vs \`lighthouse\` CLI ${f(pages.lighthouseCli.perRunWallMs / 1000, 2)} s | ${f(pages.ratio, 2)}× | ≤ 0.9× |`,
  `| peak RSS of perf-gate, ${pages.pages} pages × ${pages.runsPerPage} runs | ${f(pages.perfGate.peakRssMB)} MB | ≤ 400 MB |`,
  ...Object.entries(pages.spread).map(
    ([name, s]) =>
      `| spread over ${pages.runsPerPage} runs, ${name}: LCP ${f(s.lcpMs.min)}–${f(s.lcpMs.max)} ms, performance ${s.performance.min}–${s.performance.max} | | |`,
  ),
  ...(pageSampling
    ? [
        `| pages, runs as a range (default { min: 2, max: 5 }) vs a fixed 3, ${pageSampling.rounds} gate runs each: runs taken (${Object.entries(
          pageSampling.pages,
        )
          .map(([name, p]) => `${name} ${p.rangeRuns.join('/')}`)
          .join(
            ', ',
          )}) · median wall time of the pages | ${pageSampling.totalRuns.range} vs ${pageSampling.totalRuns.fixed} runs · ${f(pageSampling.medianWallS.range, 1)} s vs ${f(pageSampling.medianWallS.fixed, 1)} s | fewer |`,
        `| pages: check outcomes the same with a range as with a fixed 3 (same round) | ${pageSampling.agreement.agreeing} of ${pageSampling.agreement.of} | all |`,
      ]
    : []),
  ...(verdicts
    ? Object.entries(verdicts).flatMap(([mode, v]) => [
        ...['aa', 'aa-wait']
          .filter((k) => v[k])
          .map(
            (k) =>
              `| A/A ${mode}${k === 'aa' ? '' : ', the base that waits'}, ${v.pairs} pairs: false regressions, perf-gate vs naive ratio > 1.1 (unsure ${v[k].unsure}; run-to-run noise ${f((v[k].medianRunNoise ?? 0) * 100, 1)} %) | ${v[k].regressed} vs ${v[k].naiveRegressed} | 0 of ${v.pairs} |`,
          ),
        ...(v.changes ? Object.keys(v.changes) : ['ab']).map(
          (k) =>
            `| A/B ${mode}, ${v.changes?.[k] ?? `+${v.workUs} µs of work`} a request (p95 ×${v[k].medianRatio.toFixed(2)}): detected, perf-gate vs naive (unsure ${v[k].unsure}) | ${v[k].regressed} vs ${v[k].naiveRegressed} of ${v.pairs} | ≥ 95 % |`,
        ),
      ])
    : []),
  ...(sameRunner
    ? Object.entries(sameRunner).flatMap(([mode, v]) => {
        const abs = v.changes ? Object.keys(v.changes) : ['ab'];
        return [
          ...['aa', 'aa-wait']
            .filter((k) => v[k])
            .map(
              (k) =>
                `| same runner, A/A ${mode}${k === 'aa' ? '' : ', the base that waits'}, ${v.pairs} runs: false regressions (unsure ${v[k].unsure}; median ${v[k].medianSamples} samples a side, ${f(v[k].medianWallS, 1)} s) | ${v[k].regressed} | 0 |`,
            ),
          ...abs.map(
            (k) =>
              `| same runner, A/B ${mode}, ${v.changes?.[k] ?? v.change ?? `+${v.workUs} µs of work`} (p95 ×${v[k].medianRatio.toFixed(2)}): detected (unsure ${v[k].unsure}; median ${v[k].medianSamples} samples a side, ${f(v[k].medianWallS, 1)} s) | ${v[k].regressed} of ${v.pairs} | ≥ 95 % |`,
          ),
          `| same runner, ${mode}: samples taken ÷ fewest a fixed-size test needed, runs sampled past the minimum (${['aa', ...abs].map((k) => `${k} ${v[k].autoSampled}`).join(', ')}) | ${['aa', ...abs].map((k) => v[k].medianSamplesOverNeeded?.toFixed(2) ?? '–').join(' · ')} | ≤ 1.5× |`,
        ];
      })
    : []),
  ...(restarts
    ? Object.entries(restarts).flatMap(([name, r]) => [
        `| same runner on ${name} (${r.exit}): runs completed · A/A false regressions (unsure ${r.unsure}; median ${f(r.medianWallS ?? 0, 1)} s a verdict) | ${r.completed} of ${r.runs} · ${r.regressed} | ${r.runs} · 0 |`,
        `| same runner on ${name}: restart of both apps (stop + start), median of ${r.restarts} | ${f(r.medianRestartMs ?? 0)} ms | |`,
      ])
    : []),
  ...(confirm
    ? Object.entries(confirm).flatMap(([mode, c]) => [
        ...['aa', 'aa-wait']
          .filter((k) => c[k])
          .map(
            (k) =>
              `| default check with confirmation, A/A ${mode}${k === 'aa' ? '' : ', the base that waits'}, ${c.pairs} pairs: false \`regressed\` (stored baseline alone ${c[k].storedRegressed}; naive ${c[k].naiveRegressed}; confirmed ${c[k].confirmed}) | ${c[k].regressed} | 0 |`,
          ),
        // Figures from before the two changes had one A/B row, `ab`, of extra work.
        ...(c.changes ? Object.keys(c.changes) : ['ab']).map((k) => {
          const r = c[k];
          const change = c.changes?.[k] ?? `+${c.workUs} µs of work`;
          return `| default check with confirmation, A/B ${mode}, ${change}${r.medianRatio ? ` (p95 ×${r.medianRatio.toFixed(2)})` : ''}: detected (stored baseline alone ${r.storedRegressed}; naive ${r.naiveRegressed}; unsure ${r.unsure}; confirmed ${r.confirmed}) | ${r.regressed} of ${c.pairs} | ≥ 95 % |`;
        }),
        `| wall time, ${mode}: plain run · nothing to confirm (added) · confirmed (medians) | ${f(c.plainMedianS, 1)} s · ${f(c.aa.medianWallNotNeededS ?? 0, 1)} s (${f(((c.aa.medianWallNotNeededS ?? c.plainMedianS) / c.plainMedianS - 1) * 100, 1)} %) · ${f((c.cpu ?? c.ab).medianWallConfirmedS ?? 0, 1)} s | ≤ 5 % added |`,
      ])
    : []),
  ...(shapes?.capacity
    ? Object.entries(shapes.capacity.byKnee).map(
        ([knee, c]) =>
          `| capacity of /api/checkout, knee ${knee} req/s (slots × 1000 / service ms), ${c.found.length} runs: found ${c.found.map((x) => f(x)).join(', ')} · spread ${f(c.spreadPercent, 1)} % · ${c.probes} probes, ${f(c.wallS)} s (${f(c.overheadPercent)} % over probe time) | ${f(c.worstErrorPercent, 1)} % off at worst | ≤ 10 % |`,
      )
    : []),
  ...(shapes?.soak
    ? (() => {
        const sep = soakSeparation(shapes.soak);
        return [
          `| soak ${shapes.soak.seconds} s at ${shapes.soak.rate} req/s, ${shapes.soak.leakFree.runs} leak-free runs: \`rss-growth\` (MB/min) | ${shapes.soak.leakFree.growthMBPerMin.map((g) => f(g, 2)).join(', ')} | |`,
          `| soak: smallest leak from which on every run reads above every leak-free run, so \`rss-growth < ${sep.budget === null ? '–' : f(sep.budget, 1)}MB/min\` catches it with no false alarm (${shapes.soak.leaks.map((l) => `${l.leakKb} KB → ${f(l.growthMBPerMin, 1)}`).join(', ')} MB/min) | ${sep.smallestKb ?? '–'} KB a request | |`,
        ];
      })()
    : []),
  ...(shapes?.spike
    ? [
        `| spike 60 → 300 req/s for 3 s past a 200 req/s knee: recovery measured vs set (queue drain + EXAMPLE_RECOVERY_MS), to the second; ${f(shapes.spike.overheadPercent)} % over load time | ${shapes.spike.rows.map((r) => `${f((r.measuredMs ?? NaN) / 1000, 1)} vs ${f(r.expectedMs / 1000, 1)} s`).join(' · ')} | ±1 s |`,
      ]
    : []),
  ...(cost?.smallUs !== undefined
    ? ['quiet', 'cpuHog'].flatMap((mode) =>
        Object.entries(cost[mode]).map(
          ([id, c]) =>
            `| ${id}, ${mode}, ${cost.runs} runs a build: run-to-run CV · +${cost.workUs[mode]} µs of work: B ÷ A, runs over A's median +10 % (A runs over it) · +${cost.smallUs} µs: B ÷ A, shift in A's SDs, runs above every A run | ${f(c.runToRunCv * 100, 1)} % · ×${c.change.ratioBtoA.toFixed(2)}, ${c.change.detected} of ${cost.runs} (${c.falseAlarms}) · ×${c.small.ratioBtoA.toFixed(3)}, ${f(c.small.shiftSd, 1)} SD, ${c.small.aboveEveryA} of ${cost.runs} | |`,
        ),
      )
    : []),
  ...(stacks
    ? [
        ...Object.entries(stacks.engines).map(([name, e]) => {
          const pct = (r) => `${r >= 1 ? '+' : '−'}${f(Math.abs(r - 1) * 100, 1)} %`;
          return `| ${name}, ${e.connections} connections, ${e.rounds.wrk.length} rounds (medians): req/s perf-gate ${f(e.perfGate.rps)} · wrk ${f(e.wrk.rps)} · undici ${f(e.undici.rps)}; p95 ${f(e.perfGate.p95, 2)} · ${f(e.wrk.p95, 2)} · ${f(e.undici.p95, 2)} ms; errors ${e.perfGate.errors} · ${e.wrk.errors} · ${e.undici.errors} | p95 vs wrk ${pct(e.ratios.p95VsWrk)}, vs undici ${pct(e.ratios.p95VsUndici)}; req/s vs wrk ${pct(e.ratios.rpsVsWrk)}, vs undici ${pct(e.ratios.rpsVsUndici)} (median of each round's ratio) | within 10 %, 0 errors |`;
        }),
        ...Object.entries(stacks.keepAlive).map(
          ([ep, k]) =>
            `| keep-alive ${ep}, 10 connections: req/s as autocannon is driven now vs before (${f(median(k.now))} vs ${f(median(k.before))}) | ${f(k.ratio * 100, 1)} % | ≥ 95 % |`,
        ),
        `| Django N+1 (2 → 101 statements, p95 ×${stacks.nPlusOne.medianRatio.toFixed(1)}) against one stored run: detected · A/A false \`regressed\` | ${stacks.nPlusOne.detected} of ${stacks.nPlusOne.pairs} · ${stacks.nPlusOne.falseRegressed} of ${stacks.nPlusOne.pairs} | all · 0 |`,
      ]
    : []),
  ...(workPerRequest
    ? ['quiet', 'cpuHog'].flatMap((mode) =>
        Object.entries(workPerRequest[mode]).map(
          ([name, w]) =>
            `| Django ${name} (${w.change}), ${mode === 'quiet' ? 'quiet' : 'beside a CPU hog'}, against one stored run: \`${w.metric}\` detected · A/A false \`regressed\` (p95 on the same runs) | ${w.detected} of ${workPerRequest.pairs} · ${w.falseRegressed} of ${workPerRequest.pairs} (p95: ${w.p95Detected} · ${w.p95FalseRegressed}) | all · 0 |`,
        ),
      )
    : []),
  ...(workPerRequest?.cost
    ? [
        `| reading the work (database + app.metrics) vs not, one app left running, ${workPerRequest.cost.rounds} alternated rounds: req/s · wall time (medians of each round's ratio; req/s 95 % interval ${(workPerRequest.cost.rpsRatioInterval ?? []).map((q) => f((q - 1) * 100, 1)).join(' to ')} %) | ${f((workPerRequest.cost.rpsRatio - 1) * 100, 1)} % · ${f((workPerRequest.cost.wallRatio - 1) * 100, 1)} % | within 2 % · 3 % |`,
        ...(workPerRequest.cost.cpuPerBoundary
          ? [
              `| CPU one boundary's reading costs (the scrape and the statements' query, ${workPerRequest.cost.cpuPerBoundary.times} times against the idle app): the app's worker · PostgreSQL · the client | ${f(workPerRequest.cost.cpuPerBoundary.appMs, 2)} · ${f(workPerRequest.cost.cpuPerBoundary.dbMs, 2)} · ${f(workPerRequest.cost.cpuPerBoundary.clientMs, 2)} ms (at 1 s bursts ${f((workPerRequest.cost.cpuPerBoundary.appMs + workPerRequest.cost.cpuPerBoundary.dbMs + workPerRequest.cost.cpuPerBoundary.clientMs) / 10, 2)} % of one core) | |`,
            ]
          : []),
      ]
    : []),
  ...(diagnose
    ? [
        `| diagnose, A/B: the head spends ${diagnose.workUs} µs more CPU a request in extraWork, ${diagnose.runs} runs: \`extraWork\` first in the why (${diagnose.profiled} profiled, by ${diagnose.profilers.join(', ')}) | ${diagnose.named} of ${diagnose.runs} | 20 of 20 |`,
        ...(diagnose.fastify
          ? [
              `| diagnose, a fastify app whose head's handler calls priceQuote (~1.5 ms CPU), ${diagnose.fastify.runs} runs: \`priceQuote\` first in the why | ${diagnose.fastify.named} of ${diagnose.fastify.runs} | the slowed function first |`,
            ]
          : []),
        `| diagnose: the pass's wall time for one endpoint, 10 s a side (median · worst) | ${f(diagnose.medianPassS, 1)} s · ${f(diagnose.worstPassS, 1)} s | ≤ 30 s |`,
        `| diagnose, A/A, ${diagnose.aa.runs} runs: profiled · time added (median) | ${diagnose.aa.profiled} of ${diagnose.aa.runs} · ${f(diagnose.aa.addedS, 1)} s | +0 s when nothing is suspicious |`,
        ...(diagnose.profilerCost
          ? [
              `| the example app's req/s under V8's profiler (1 ms) vs without, /api/items, 10 connections, ${diagnose.profilerCost.rounds} alternated rounds of 5 s (median of each round's ratio) | ${f((diagnose.profilerCost.ratio - 1) * 100, 1)} % | within 5 % |`,
            ]
          : []),
      ]
    : []),
  ...(diagnoseDjango
    ? [
        `| diagnose, the Django shop's N+1 beside its base (gunicorn sync, PostgreSQL), ${diagnoseDjango.runs} runs: Django's per-row query path from the shop's own function first (by ${diagnoseDjango.profilers.join(', ')}) · the statement named | ${diagnoseDjango.named} of ${diagnoseDjango.runs} · ${diagnoseDjango.statement} of ${diagnoseDjango.runs} | every run |`,
      ]
    : []),
  ...(diagnoseDjangoMemory
    ? [
        `| diagnose memory, the Django shop keeping every order its detail view loads (gunicorn sync, 2 workers), ${diagnoseDjangoMemory.runs} runs: the view's line first, with the Django line that allocated under it (tracemalloc) · median pass | ${diagnoseDjangoMemory.named} of ${diagnoseDjangoMemory.runs} · ${diagnoseDjangoMemory.medianPassS} s | every run |`,
      ]
    : []),
  ...(fullStack
    ? Object.entries(fullStack).map(
        ([name, r]) =>
          `| full-stack Django shop (confirm + diagnose + app.metrics + portEnv + soak + page), ${name}, ${r.runs} runs: the why's first line right · regressed / failed · median (max) wall time, plain run ${r.plainS} s | ${r.named} of ${r.runs} · ${[...r.regressed, ...r.failed.map((c) => `${c} budget`)].join(', ')} · ${r.medianWallS} s (${r.maxWallS} s) | every run · ≤ 180 s |`,
      )
    : []),
  ...(whyCorpus
    ? whyCorpus.shapes.map(
        (r) =>
          `| why corpus, ${r.stack} \`${r.route}\` (${whyCorpus.durationS} s a side): expected first, quiet · beside a CPU hog (median share of the growth) | ${r.quiet.named} of ${r.quiet.runs} (${r.quiet.share}%) · ${r.hog.named} of ${r.hog.runs} (${r.hog.share}%) | 5 of 5 · ≥ 50 % |`,
      )
    : []),
  ...(whyCorpus?.cost
    ? [
        `| why corpus, the pass's cost (Node corpus, 10 routes, 10 s a side): V8's profiles from each process's start · the pass's wall time an endpoint · the corpus server's req/s under V8's profiler vs without (/invoices, 8 alternated rounds of 5 s) · the whole profile written at exit | ${whyCorpus.cost.profiles} · ${f(whyCorpus.cost.passPerEndpointS, 1)} s · ${f((whyCorpus.cost.rpsRatio - 1) * 100, 1)} % · ${f(whyCorpus.cost.cpuprofBytes / 1024 / 1024, 1)} MB | ≤ 30 s · within 5 % |`,
      ]
    : []),
  ...(pageWhy
    ? [
        `| page why, same-runner, ${pageWhy.runs} runs: the head's added 300 KB script first in home's why · its 200 KB larger hero photo first in the gallery's | ${pageWhy.named.home} of ${pageWhy.runs} · ${pageWhy.named.gallery} of ${pageWhy.runs} | 20 of 20 each |`,
      ]
    : []),
  ...(workloads
    ? [
        `| workloads, the item API with a per-id cache (500 of ids 1–5000), the head's miss ×4 costlier, ${workloads.detection.runs} runs against one stored run of the base: failed with vars (ids over the range) · with one fixed id · A/A with vars · A/A one id | ${workloads.detection.varied} · ${workloads.detection.oneId} · ${workloads.detection.aaVaried} · ${workloads.detection.aaOneId} of ${workloads.detection.runs} | all · (0: why vars) · 0 · 0 |`,
        ...['autocannon', 'undici'].map(
          (engine) =>
            `| workloads, req/s with vars beside a fixed url (${engine}${engine === 'undici' ? ', a connections stage' : ''}, 10 connections, 3 s runs alternated: the median of each kind's rate over the fixed url's in its round): range · list · CSV | ${['range', 'list', 'csv'].map((k) => `${f(workloads.rate[engine].vsFixed[k] * 100, 1)} %`).join(' · ')} (fixed ${f(workloads.rate[engine].rps.fixed)} req/s) | within 5 % |`,
        ),
        ...(workloads.journey
          ? [
              `| workloads, a journey of 3 steps (log in, order, read it back), 4 virtual users, 5 s: journeys/s · journey p95 · failed | ${f(workloads.journey.journeysPerSecond, 1)} · ${f(workloads.journey.journeyP95, 2)} ms · ${f(workloads.journey.errorRate, 1)} % | (beside each step alone) |`,
              `| workloads, each step's p95 in the journey · alone as a fixed request at 4 connections: login · order · read | ${['login', 'order', 'read'].map((k) => `${f(workloads.journey.steps[k].p95, 2)} · ${f(workloads.journey.steps[k].alone, 2)} ms`).join(' / ')} | |`,
              ...(workloads.journey.wrk
                ? [
                    `| workloads, the same 3 steps under wrk (a Lua script carrying the cookie and the id, 4 connections, 5 s): journeys/s · requests/s · request p99 | ${f(workloads.journey.wrk.journeysPerSecond, 1)} · ${f(workloads.journey.wrk.requestsPerSecond)} · ${f(workloads.journey.wrk.requestP99Ms, 2)} ms (perf-gate: ${f(workloads.journey.requestsPerSecond)} requests/s) | |`,
                  ]
                : []),
            ]
          : []),
        ...(workloads.import
          ? [
              `| workloads, perf-gate import of a ${f(workloads.import.bytes / 1024 ** 3, 2)} GB access log: time · peak memory (the process, its worker included) · share the mix covers | ${f(workloads.import.seconds, 1)} s · ${f(workloads.import.peakMb)} MB · ${workloads.import.covered} | < 60 s · < 200 MB |`,
            ]
          : []),
      ]
    : []),
];
console.log(lines.join('\n'));
console.log(`\nfigures written to bench/results/latest.json (${figures.machine.cpu}, ${figures.machine.cores} cores, Node ${figures.machine.node})`);
