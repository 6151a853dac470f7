// Verdict quality: how often perf-gate cries wolf on the same build (A/A) and how often it catches a real
// regression (A/B: extra CPU work, or an added wait, a request, bench/changes.mjs, each aimed at p95 ×1.20), beside a
// naive single-ratio rule of the kind github-action-benchmark applies. Each comparison is a real gate run with
// --baseline against an earlier run, as a pull request against a stored artifact, with up to four runs before it
// as the stored history that measures run-to-run noise (the action's baseline-history default).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { changes, describeChange } from './changes.mjs';

const pairs = Number(process.env.BENCH_VERDICT_PAIRS ?? 40);
const historyRuns = 4;

function runCli(cli, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: 'ignore' });
    child.once('close', (code) => resolve(code));
  });
}

function budget(file, appDir, port, change) {
  writeFileSync(
    file,
    `app:
  command: node server.js
  cwd: ${appDir}
  env: { PORT: ${port}, EXAMPLE_WORK_US: ${change?.workUs ?? 0}, EXAMPLE_DELAY_MS: ${change?.delayMs ?? 0} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health }
load: { duration: 4s, warmup: 2s, samples: 16, connections: 10 }
endpoints:
  - { name: items, url: /api/items?limit=100, relative: { p95: +10% } }
`,
  );
}

const kinds = ['aa', 'cpu', 'wait'];

async function scenario({ cli, appDir, work, freePort, label }) {
  const port = await freePort();
  const file = (kind) => path.join(work, `${label}-${kind}.yml`);
  for (const kind of kinds) budget(file(kind), appDir, port, kind === 'aa' ? null : changes[label][kind]);
  const out = (kind, i) => path.join(work, `${label}-${kind}${i}`);
  const read = (dir) => JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
  const rows = Object.fromEntries(kinds.map((k) => [k, []]));
  // A0, then each A(i) and each B(i) against A(i−1): alternating keeps drift out of the A/B contrast.
  await runCli(cli, ['run', '-q', '-c', file('aa'), '-o', out('aa', 0)]);
  for (let i = 1; i <= pairs; i++) {
    const stored = [];
    for (let j = i - 1; j >= Math.max(0, i - 1 - historyRuns); j--) stored.push('-b', path.join(out('aa', j), 'report.json'));
    for (const kind of kinds) {
      await runCli(cli, ['run', '-q', '-c', file(kind), '-o', out(kind, i), ...stored]);
      const head = read(out(kind, i));
      const base = read(out('aa', i - 1));
      const row = head.comparisons[0];
      const naiveRatio = head.targets[0].metrics.p95.value / base.targets[0].metrics.p95.value;
      rows[kind].push({ verdict: row?.verdict ?? 'none', naiveRegressed: naiveRatio > 1.1, ratio: naiveRatio, noise: row?.runNoise?.fraction ?? null });
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
  return {
    pairs,
    historyRuns,
    changes: { cpu: describeChange(changes[label].cpu), wait: describeChange(changes[label].wait) },
    ...Object.fromEntries(kinds.map((k) => [k, summary(rows[k])])),
  };
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
