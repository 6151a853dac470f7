// Load shapes against the example app's knobs, where the right answer is known:
//   capacity  /api/checkout serves EXAMPLE_SLOTS at a time for EXAMPLE_SERVICE_MS each, so its knee is
//             slots × 1000 / service req/s: capacity found vs that knee (target within ±10 %), spread run to run
//   soak      60 s at 200 req/s: rss-growth of leak-free runs and of runs leaking EXAMPLE_LEAK_KB a request; the
//             smallest leak from which on every run reads above every leak-free run, i.e. caught by a budget set
//             between them with no false alarm (soakSeparation below)
//   spike     recovery-time measured vs what the app was set to take: EXAMPLE_RECOVERY_MS after its queue drained
//             (the drain computed from the rates)
//   overhead  each shape's wall time (process start to exit) over its configured load time
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const capacityRuns = Number(process.env.BENCH_CAPACITY_RUNS ?? 3);
const leakFreeRuns = Number(process.env.BENCH_SOAK_FREE_RUNS ?? 10);
const leakRuns = Number(process.env.BENCH_SOAK_LEAK_RUNS ?? 2);
const spikeRuns = Number(process.env.BENCH_SPIKE_RUNS ?? 3);
const soakSeconds = 60;
const soakRate = 200;
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);

function runCli(cli, budget, out) {
  return new Promise((resolve) => {
    const began = performance.now();
    const child = spawn(process.execPath, [cli, 'run', '--quiet', '--config', budget, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.once('close', (code) => resolve({ code, err, wallMs: performance.now() - began }));
  });
}

async function gate(ctx, name, env, endpoint, warmup = '1s') {
  const port = await ctx.freePort();
  const budget = path.join(ctx.work, `${name}.yml`);
  writeFileSync(
    budget,
    `app:
  command: node server.js
  cwd: ${ctx.appDir}
  env: ${JSON.stringify({ PORT: String(port), ...env })}
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health }
load: { warmup: ${warmup} }
endpoints:
${endpoint}`,
  );
  const out = path.join(ctx.work, `${name}-out`);
  const r = await runCli(ctx.cli, budget, out);
  if (r.code !== 0 && r.code !== 1) throw new Error(`${name}: perf-gate exited ${r.code}: ${r.err.slice(-400)}`);
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
  return { report, target: report.targets[0], wallMs: r.wallMs };
}

async function capacity(ctx) {
  const rows = [];
  // Knees off the search's doubling grid (30, 60, 120, 240, …), so none is found by landing on it.
  for (const [slots, serviceMs] of [
    [4, 20],
    [6, 20],
  ]) {
    const knee = (slots * 1000) / serviceMs;
    for (let i = 0; i < capacityRuns; i++) {
      const { target, wallMs } = await gate(
        ctx,
        `capacity-${slots}-${i}`,
        { EXAMPLE_SLOTS: String(slots), EXAMPLE_SERVICE_MS: String(serviceMs) },
        `  - name: checkout
    url: /api/checkout
    method: POST
    load: { profile: { capacity: { objective: p95 < 60ms, from: 30, to: 2000, probe: 3s, resolution: 5%, repeats: 3, timeBudget: 150s } } }
`,
      );
      const shape = target.endpoint.shape;
      const probeMs = shape.probes.reduce((s, p) => s + p.durationMs, 0);
      rows.push({ knee, found: shape.capacityRps, estimates: shape.estimates, probes: shape.probes.length, stop: shape.stop, wallMs, loadMs: 1000 + probeMs });
      console.error(`bench shapes: capacity knee ${knee}: ${shape.capacityRps} (${shape.estimates.join(', ')}), ${shape.probes.length} probes`);
    }
  }
  const byKnee = Object.fromEntries(
    [...new Set(rows.map((r) => r.knee))].map((knee) => {
      const mine = rows.filter((r) => r.knee === knee);
      const found = mine.map((r) => r.found);
      return [
        knee,
        {
          found,
          medianErrorPercent: ((median(found) - knee) / knee) * 100,
          worstErrorPercent: Math.max(...found.map((f) => Math.abs(f - knee) / knee)) * 100,
          spreadPercent: ((Math.max(...found) - Math.min(...found)) / median(found)) * 100,
          probes: median(mine.map((r) => r.probes)),
          wallS: median(mine.map((r) => r.wallMs)) / 1000,
          overheadPercent: median(mine.map((r) => (r.wallMs / r.loadMs - 1) * 100)),
        },
      ];
    }),
  );
  return { rows, byKnee };
}

async function soak(ctx) {
  const one = async (name, leakKb) => {
    const { target, wallMs } = await gate(
      ctx,
      name,
      leakKb ? { EXAMPLE_LEAK_KB: String(leakKb) } : {},
      `  - name: ping
    url: /api/ping
    load: { profile: { soak: { duration: ${soakSeconds}s, window: 10s, rate: ${soakRate} } } }
`,
      '5s',
    );
    const growth = target.metrics['rss-growth'].value / 1024 ** 2;
    console.error(`bench shapes: soak ${leakKb} KB/request: ${growth.toFixed(2)} MB/min`);
    return { leakKb, growthMBPerMin: growth, wallMs, loadMs: (soakSeconds + 5) * 1000 };
  };
  // BENCH_SOAK_FREE_RUNS=0 keeps the last run's leak-free figures and measures the leaks alone.
  const free = [];
  for (let i = 0; i < leakFreeRuns; i++) free.push(await one(`soak-free-${i}`, 0));
  const keptFree = leakFreeRuns === 0 ? ctx.previous?.soak?.leakFree : undefined;
  const leaks = [];
  for (const kb of [0.0625, 0.125, 0.25, 0.5]) for (let i = 0; i < leakRuns; i++) leaks.push(await one(`soak-${kb}-${i}`, kb));
  return {
    rate: soakRate,
    seconds: soakSeconds,
    leakFree: keptFree ?? { runs: free.length, growthMBPerMin: free.map((r) => r.growthMBPerMin) },
    leaks: leaks.map(({ leakKb, growthMBPerMin }) => ({ leakKb, growthMBPerMin })),
    overheadPercent: median([...free, ...leaks].map((r) => (r.wallMs / r.loadMs - 1) * 100)),
  };
}

/** The smallest leak from which on every run (of it and of every larger leak) reads above every leak-free run, and a
 * budget between them (MB/min). */
export function soakSeparation(soak) {
  const ceiling = Math.max(...soak.leakFree.growthMBPerMin);
  const sizes = [...new Set(soak.leaks.map((l) => l.leakKb))].sort((a, b) => a - b);
  const above = (kb) => soak.leaks.filter((l) => l.leakKb >= kb).every((l) => l.growthMBPerMin > ceiling);
  const caught = sizes.find(above);
  const floor = caught === undefined ? null : Math.min(...soak.leaks.filter((l) => l.leakKb >= caught).map((l) => l.growthMBPerMin));
  return { leakFreeMax: ceiling, smallestKb: caught ?? null, budget: floor === null ? null : (ceiling + floor) / 2 };
}

async function spike(ctx) {
  const rows = [];
  const knee = 200;
  const [base, factor, spikeS] = [60, 5, 3];
  // The queue the spike leaves drains at the knee less the base rate; the app then stays slow RECOVERY_MS more.
  const drainS = ((base * factor - knee) * spikeS) / (knee - base);
  for (const recoveryMs of [2000, 5000]) {
    for (let i = 0; i < spikeRuns; i++) {
      const { target, wallMs } = await gate(
        ctx,
        `spike-${recoveryMs}-${i}`,
        { EXAMPLE_RECOVERY_MS: String(recoveryMs) },
        `  - name: checkout
    url: /api/checkout
    method: POST
    load: { profile: { spike: { rate: ${base}, factor: ${factor}, before: 5s, duration: ${spikeS}s, after: 20s } } }
`,
      );
      const shape = target.endpoint.shape;
      rows.push({
        recoveryMs,
        expectedMs: Math.round(drainS * 1000 + recoveryMs),
        measuredMs: shape.recovered ? shape.recoveryMs : null,
        wallMs,
        loadMs: 29_000,
      });
      console.error(`bench shapes: spike recovery set ${recoveryMs} ms: measured ${shape.recoveryMs} ms`);
    }
  }
  return { rows, overheadPercent: median(rows.map((r) => (r.wallMs / r.loadMs - 1) * 100)) };
}

export async function shapeQuality(ctx) {
  const only = new Set((process.env.BENCH_SHAPES ?? 'capacity,spike,soak').split(','));
  return {
    ...(only.has('capacity') && { capacity: await capacity(ctx) }),
    ...(only.has('spike') && { spike: await spike(ctx) }),
    ...(only.has('soak') && { soak: await soak(ctx) }),
  };
}
