// Verdict quality: how often perf-gate cries wolf on the same build (A/A) and how often it catches a real
// regression (A/B, EXAMPLE_WORK_US of extra CPU work per request, aiming at p95 about a fifth higher), beside a
// naive single-ratio rule of the kind github-action-benchmark applies. Each comparison is a real gate run with
// --baseline against an earlier run, as a pull request against a stored artifact, with up to four runs before it
// as the stored history that measures run-to-run noise (the action's baseline-history default).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const pairs = Number(process.env.BENCH_VERDICT_PAIRS ?? 40);
// Extra µs per request that move p95 by about a fifth: less is needed on a quiet machine than beside a CPU hog.
const workUs = { quiet: Number(process.env.BENCH_WORK_US_QUIET ?? 26), hog: Number(process.env.BENCH_WORK_US_HOG ?? 40) };
const historyRuns = 4;

function runCli(cli, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: 'ignore' });
    child.once('close', (code) => resolve(code));
  });
}

function budget(file, appDir, port, work) {
  writeFileSync(
    file,
    `app:
  command: node server.js
  cwd: ${appDir}
  env: { PORT: ${port}, EXAMPLE_WORK_US: ${work} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health }
load: { duration: 4s, warmup: 2s, samples: 16, connections: 10 }
endpoints:
  - { name: items, url: /api/items?limit=100, relative: { p95: +10% } }
`,
  );
}

async function scenario({ cli, appDir, work, freePort, label }) {
  const port = await freePort();
  const a = path.join(work, `${label}-a.yml`);
  const b = path.join(work, `${label}-b.yml`);
  budget(a, appDir, port, 0);
  budget(b, appDir, port, workUs[label]);
  const out = (kind, i) => path.join(work, `${label}-${kind}${i}`);
  const read = (dir) => JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
  const aa = [];
  const ab = [];
  // A0, then each A(i) against A(i−1) and each B(i) against A(i−1): alternating keeps drift out of the A/B contrast.
  await runCli(cli, ['run', '-q', '-c', a, '-o', out('a', 0)]);
  for (let i = 1; i <= pairs; i++) {
    const stored = [];
    for (let j = i - 1; j >= Math.max(0, i - 1 - historyRuns); j--) stored.push('-b', path.join(out('a', j), 'report.json'));
    await runCli(cli, ['run', '-q', '-c', a, '-o', out('a', i), ...stored]);
    await runCli(cli, ['run', '-q', '-c', b, '-o', out('b', i), ...stored]);
    for (const [list, dir] of [
      [aa, out('a', i)],
      [ab, out('b', i)],
    ]) {
      const head = read(dir);
      const base = read(out('a', i - 1));
      const row = head.comparisons[0];
      const naiveRatio = head.targets[0].metrics.p95.value / base.targets[0].metrics.p95.value;
      list.push({ verdict: row?.verdict ?? 'none', naiveRegressed: naiveRatio > 1.1, ratio: naiveRatio, noise: row?.runNoise?.fraction ?? null });
    }
  }
  const count = (list, v) => list.filter((r) => r.verdict === v).length;
  const summary = (list) => ({
    regressed: count(list, 'regressed'),
    unsure: count(list, 'unsure'),
    unchanged: count(list, 'unchanged'),
    improved: count(list, 'improved'),
    naiveRegressed: list.filter((r) => r.naiveRegressed).length,
    medianRatio: [...list.map((r) => r.ratio)].sort((x, y) => x - y)[Math.floor(list.length / 2)],
    medianRunNoise: [...list.map((r) => r.noise ?? 0)].sort((x, y) => x - y)[Math.floor(list.length / 2)],
  });
  return { pairs, workUs: workUs[label], historyRuns, aa: summary(aa), ab: summary(ab) };
}

/** Runs A/A and A/B quietly, then again with a CPU hog on one core. */
export async function verdictQuality(ctx) {
  const quiet = await scenario({ ...ctx, label: 'quiet' });
  const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  try {
    const busy = await scenario({ ...ctx, label: 'hog' });
    return { quiet, cpuHog: busy };
  } finally {
    hog.kill('SIGKILL');
  }
}
