// Verdict quality: how often perf-gate cries wolf on the same build (A/A) and how often it catches a real
// regression (A/B: extra CPU work, or an added wait, a request, bench/changes.mjs, each aimed at p95 ×1.20), beside a
// naive single-ratio rule of the kind github-action-benchmark applies. Each comparison is a real gate run with
// --baseline against an earlier run, as a pull request against a stored artifact, with up to four runs before it
// as the stored history that measures run-to-run noise (the action's baseline-history default).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { comparisonsOf, describeChange, verdictLoad } from './changes.mjs';

const pairs = Number(process.env.BENCH_VERDICT_PAIRS ?? 40);
const historyRuns = 4;

function runCli(cli, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: 'ignore' });
    child.once('close', (code) => resolve(code));
  });
}

function budget(file, appDir, port, env) {
  writeFileSync(
    file,
    `app:
  command: node server.js
  cwd: ${appDir}
  env: ${JSON.stringify({ PORT: port, ...env })}
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health }
${verdictLoad}
endpoints:
  - { name: items, url: /api/items?limit=100, relative: { p95: +10% } }
`,
  );
}

async function scenario({ cli, appDir, work, freePort, label }) {
  const port = await freePort();
  const comparisons = comparisonsOf(label);
  const kinds = comparisons.map((c) => c.kind);
  // Each base's runs are the stored series its comparisons are held against.
  const bases = [...new Set(comparisons.map((c) => JSON.stringify(c.base)))];
  const baseOf = Object.fromEntries(comparisons.map((c) => [c.kind, `base${bases.indexOf(JSON.stringify(c.base))}`]));
  const file = (name) => path.join(work, `${label}-${name}.yml`);
  bases.forEach((b, i) => budget(file(`base${i}`), appDir, port, JSON.parse(b)));
  for (const c of comparisons) budget(file(c.kind), appDir, port, c.head);
  const out = (name, i) => path.join(work, `${label}-${name}-${i}`);
  const read = (dir) => JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
  const rows = Object.fromEntries(kinds.map((k) => [k, []]));
  // Base(0), then each head(i) against base(i−1) and base(i) after them: alternating keeps drift out of the contrast.
  for (let b = 0; b < bases.length; b++) await runCli(cli, ['run', '-q', '-c', file(`base${b}`), '-o', out(`base${b}`, 0)]);
  for (let i = 1; i <= pairs; i++) {
    const stored = (base) => {
      const list = [];
      for (let j = i - 1; j >= Math.max(0, i - 1 - historyRuns); j--) list.push('-b', path.join(out(base, j), 'report.json'));
      return list;
    };
    for (const kind of kinds) {
      await runCli(cli, ['run', '-q', '-c', file(kind), '-o', out(kind, i), ...stored(baseOf[kind])]);
      const head = read(out(kind, i));
      const base = read(out(baseOf[kind], i - 1));
      const row = head.comparisons[0];
      const naiveRatio = head.targets[0].metrics.p95.value / base.targets[0].metrics.p95.value;
      rows[kind].push({ verdict: row?.verdict ?? 'none', naiveRegressed: naiveRatio > 1.1, ratio: naiveRatio, noise: row?.runNoise?.fraction ?? null });
    }
    for (let b = 0; b < bases.length; b++) await runCli(cli, ['run', '-q', '-c', file(`base${b}`), '-o', out(`base${b}`, i)]);
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
    changes: Object.fromEntries(comparisons.filter((c) => !c.kind.startsWith('aa')).map((c) => [c.kind, describeChange(c)])),
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
