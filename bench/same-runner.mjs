// Verdict quality in same-runner mode: base and head run side by side, bursts interleaved, sampling until the
// p95 rule settles. The same endpoint, load and rule as the artifact-mode rows (bench/verdicts.mjs), so the two
// modes can be read side by side, quiet and with a CPU hog on one core. Also: samples and wall time per verdict,
// and how the samples taken compare with the fewest a fixed-size test would have needed for the noise observed.
// Each pair's rows go to bench/results/same-runner-<setting>.jsonl as it ends (bench/resumable.mjs): a later run goes
// on from there (BENCH_SAME_RUNNER_FRESH=1 starts over); BENCH_SAME_RUNNER_QUIET=0 or _HOG=0 leaves a setting out.
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparisonsOf, describeChange, envLines, verdictLoad } from './changes.mjs';
import { appendPair, pairsSoFar } from './resumable.mjs';

const pairs = Number(process.env.BENCH_SAME_RUNNER_PAIRS ?? 40);
const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

function runCli(cli, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: 'ignore', cwd });
    child.once('close', (code) => resolve(code));
  });
}

// A checkout: the example app with `env` settings, and the budget comparing it with the checkout `baseDir`.
function checkout(dir, appDir, env, baseDir) {
  cpSync(appDir, dir, { recursive: true });
  writeFileSync(path.join(dir, 'server.js'), `${envLines(env)}${readFileSync(path.join(dir, 'server.js'), 'utf8')}`);
  writeFileSync(
    path.join(dir, 'perf-budget.yml'),
    `app:
  command: node server.js
  baseUrl: http://127.0.0.1:3000
  ready: { url: /health }
sameRunner: { dir: ../${baseDir} }
${verdictLoad}
endpoints:
  - { name: items, url: /api/items?limit=100, relative: { p95: +10% } }
`,
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function scenario({ cli, appDir, work, label }) {
  const root = path.join(work, `same-${label}`);
  const comparisons = comparisonsOf(label);
  const kinds = comparisons.map((c) => c.kind);
  const bases = [...new Set(comparisons.map((c) => JSON.stringify(c.base)))];
  bases.forEach((b, i) => checkout(path.join(root, `base${i}`), appDir, JSON.parse(b), `base${i}`));
  for (const c of comparisons) checkout(path.join(root, c.kind), appDir, c.head, `base${bases.indexOf(JSON.stringify(c.base))}`);
  const file = path.join(resultsDir, `same-runner-${label}.jsonl`);
  const config = JSON.stringify({ verdictLoad, comparisons });
  const done = pairsSoFar(file, config, process.env.BENCH_SAME_RUNNER_FRESH === '1');
  if (done.length > 0) console.error(`same-runner ${label}: ${done.length} pairs measured before, going on to ${pairs}`);
  const rows = Object.fromEntries(kinds.map((k) => [k, done.map((d) => d.rows[k])]));
  for (let i = done.length; i < pairs; i++) {
    for (const kind of kinds) {
      const began = performance.now();
      await runCli(cli, ['run', '-q', '-o', `out${i}`], path.join(root, kind));
      const wallMs = performance.now() - began;
      const report = JSON.parse(readFileSync(path.join(root, kind, `out${i}`, 'report.json'), 'utf8'));
      const row = report.comparisons[0];
      const sampling = report.baseline?.sameRunner?.sampling?.[0];
      // The fewest samples a side a fixed-size test would have needed to settle, for the noise and change observed.
      const half = row?.interval ? (row.interval[1] - row.interval[0]) / 2 : null;
      const worse = row?.delta ?? 0;
      const gap = row ? Math.abs(worse - row.allowed) : 0;
      const needed = half && gap > 0 && sampling ? Math.max(2, Math.ceil(sampling.samples * (half / gap) ** 2)) : null;
      rows[kind].push({
        verdict: row?.verdict ?? 'none',
        ratio: row ? row.headMean / row.baseMean : null,
        samples: sampling?.samples,
        starts: sampling?.appStarts?.length ?? 1,
        stop: sampling?.stop,
        wallMs,
        needed,
      });
    }
    appendPair(file, config, i + 1, { rows: Object.fromEntries(kinds.map((k) => [k, rows[k].at(-1)])) });
  }
  const summary = (list) => {
    const settled = list.filter((r) => r.stop === 'settled');
    const sampledOn = settled.filter((r) => r.needed !== null && r.samples > 16);
    return {
      regressed: list.filter((r) => r.verdict === 'regressed').length,
      unsure: list.filter((r) => r.verdict === 'unsure').length,
      unchanged: list.filter((r) => r.verdict === 'unchanged').length,
      improved: list.filter((r) => r.verdict === 'improved').length,
      medianRatio: median(list.map((r) => r.ratio ?? 1)),
      settled: settled.length,
      medianSamples: median(list.map((r) => r.samples ?? 0)),
      medianAppStarts: median(list.map((r) => r.starts)),
      medianWallS: median(list.map((r) => r.wallMs / 1000)),
      medianSettledWallS: settled.length ? median(settled.map((r) => r.wallMs / 1000)) : null,
      // Only runs that sampled past the minimum: there the stopping rule, not the minimum, set the count.
      autoSampled: sampledOn.length,
      medianSamplesOverNeeded: sampledOn.length ? median(sampledOn.map((r) => r.samples / r.needed)) : null,
    };
  };
  return {
    pairs: rows[kinds[0]].length,
    changes: Object.fromEntries(comparisons.filter((c) => !c.kind.startsWith('aa')).map((c) => [c.kind, describeChange(c)])),
    ...Object.fromEntries(kinds.map((k) => [k, summary(rows[k])])),
    rows,
  };
}

export async function sameRunnerQuality(ctx) {
  const quiet = process.env.BENCH_SAME_RUNNER_QUIET === '0' ? undefined : await scenario({ ...ctx, label: 'quiet' });
  if (process.env.BENCH_SAME_RUNNER_HOG === '0') return { ...(quiet && { quiet }) };
  const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  try {
    return { ...(quiet && { quiet }), cpuHog: await scenario({ ...ctx, label: 'hog' }) };
  } finally {
    hog.kill('SIGKILL');
  }
}
