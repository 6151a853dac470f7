// The app's CPU time per request beside p95, run after run of the same build (A) and of builds with extra CPU work a
// request, quiet and beside a CPU hog on one core: how much each moves from run to run, and whether each alone tells
// the change from A. Two changes a setting: the CPU change of every verdict row (bench/changes.mjs), by the +10 %
// rule those rows use, and a small one that moves p95 by a few percent beside the hog, where p95 is mostly waiting
// for a CPU: the CPU a request takes should still move clearly (its shift in A's run-to-run SDs, B runs above every A).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { changes } from './changes.mjs';

const runs = Number(process.env.BENCH_COST_RUNS ?? 12);
const smallUs = Number(process.env.BENCH_COST_SMALL_US ?? 6);
const metrics = ['p95', 'cpu-per-request'];

function runCli(cli, args) {
  return new Promise((resolve) => spawn(process.execPath, [cli, ...args], { stdio: 'ignore' }).once('close', resolve));
}

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sd = (xs) => Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1));

async function setting({ cli, appDir, work, freePort, label, workUs }) {
  const port = await freePort();
  const builds = { a: 0, b: workUs, s: smallUs };
  const file = (kind) => path.join(work, `cost-${label}-${kind}.yml`);
  for (const [kind, us] of Object.entries(builds)) {
    writeFileSync(
      file(kind),
      `app:
  command: node server.js
  cwd: ${appDir}
  env: { PORT: ${port}, EXAMPLE_WORK_US: ${us} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health }
load: { duration: 2s, warmup: 1s, samples: 8, connections: 10 }
endpoints:
  - { name: items, url: /api/items?limit=100 }
`,
    );
  }
  const values = { a: [], b: [], s: [] };
  // The builds alternate, so drift over the bench hits all alike.
  for (let i = 0; i < runs; i++) {
    for (const kind of Object.keys(builds)) {
      const out = path.join(work, `cost-${label}-${kind}${i}`);
      await runCli(cli, ['run', '-q', '-c', file(kind), '-o', out]);
      const m = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).targets[0].metrics;
      values[kind].push(Object.fromEntries(metrics.map((id) => [id, m[id]?.value ?? null])));
    }
  }
  return Object.fromEntries(
    metrics.map((id) => {
      const [a, b, small] = ['a', 'b', 's'].map((k) => values[k].map((v) => v[id]));
      // The +10 % rule the verdict rows use: a run over A's median by a tenth.
      const limit = median(a) * 1.1;
      const change = (xs) => ({
        ratioBtoA: median(xs) / median(a),
        // How far the change's median sits from A's, in A's run-to-run standard deviations.
        shiftSd: (median(xs) - median(a)) / sd(a),
        detected: xs.filter((x) => x > limit).length,
        aboveEveryA: xs.filter((x) => x > Math.max(...a)).length,
      });
      return [
        id,
        {
          runToRunCv: sd(a) / mean(a),
          // Each A run by the same rule: its false alarms.
          falseAlarms: a.filter((x) => x > limit).length,
          change: change(b),
          small: change(small),
        },
      ];
    }),
  );
}

export async function costQuality(ctx) {
  const workUs = { quiet: changes.quiet.cpu.head.EXAMPLE_WORK_US, cpuHog: changes.hog.cpu.head.EXAMPLE_WORK_US };
  const quiet = await setting({ ...ctx, label: 'quiet', workUs: workUs.quiet });
  const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  try {
    const cpuHog = await setting({ ...ctx, label: 'hog', workUs: workUs.cpuHog });
    return { runs, workUs, smallUs, quiet, cpuHog };
  } finally {
    hog.kill('SIGKILL');
  }
}
