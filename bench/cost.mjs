// The app's CPU time per request beside p95, run after run of the same build (A) and of one with extra CPU work a
// request (B), quiet and beside a CPU hog on one core: how much each moves from run to run, and whether each alone
// tells B from A by the +10 % rule the verdict rows use. Beside the hog p95 is mostly waiting for a CPU, so the
// same work moves it by a few percent; the CPU a request takes should still move clearly.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const runs = Number(process.env.BENCH_COST_RUNS ?? 12);
const workUs = Number(process.env.BENCH_COST_WORK_US ?? 40);
const metrics = ['p95', 'cpu-per-request'];

function runCli(cli, args) {
  return new Promise((resolve) => spawn(process.execPath, [cli, ...args], { stdio: 'ignore' }).once('close', resolve));
}

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cv = (xs) => Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1)) / mean(xs);

async function setting({ cli, appDir, work, freePort, label }) {
  const port = await freePort();
  const file = (kind) => path.join(work, `cost-${label}-${kind}.yml`);
  for (const [kind, us] of [
    ['a', 0],
    ['b', workUs],
  ]) {
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
  const values = { a: [], b: [] };
  // A and B alternate, so drift over the bench hits both alike.
  for (let i = 0; i < runs; i++) {
    for (const kind of ['a', 'b']) {
      const out = path.join(work, `cost-${label}-${kind}${i}`);
      await runCli(cli, ['run', '-q', '-c', file(kind), '-o', out]);
      const m = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).targets[0].metrics;
      values[kind].push(Object.fromEntries(metrics.map((id) => [id, m[id]?.value ?? null])));
    }
  }
  return Object.fromEntries(
    metrics.map((id) => {
      const a = values.a.map((v) => v[id]);
      const b = values.b.map((v) => v[id]);
      const limit = median(a) * 1.1;
      return [
        id,
        {
          runToRunCv: cv(a),
          ratioBtoA: median(b) / median(a),
          // Each run of B against the median of A's runs, by the +10 % rule; and each A run the same way.
          detected: b.filter((x) => x > limit).length,
          falseAlarms: a.filter((x) => x > limit).length,
        },
      ];
    }),
  );
}

export async function costQuality(ctx) {
  const quiet = await setting({ ...ctx, label: 'quiet' });
  const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  try {
    return { runs, workUs, quiet, cpuHog: await setting({ ...ctx, label: 'hog' }) };
  } finally {
    hog.kill('SIGKILL');
  }
}
