// The diagnosis pass on the example app, same-runner beside HEAD~1 with diagnose: {} (10 s a side):
//   A/B   the head adds EXAMPLE_WORK_US of CPU work a request (extraWork in server.js): is `extraWork` the first
//         line of the why, in how many runs (target 20 of 20); the pass's wall time per profiled endpoint (≤ 30 s)
//   A/A   the head changes nothing: how many runs profiled anything, and the wall time the pass added (target +0 s
//         when nothing is suspicious)
// Each run's row is appended to bench/results/diagnose.jsonl as it ends, so a later run goes on from there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleRepository, runCli } from './example-repo.mjs';
import { appendPair, pairsSoFar } from './resumable.mjs';

const runs = Number(process.env.BENCH_DIAGNOSE_RUNS ?? 20);
const aaRuns = Number(process.env.BENCH_DIAGNOSE_AA_RUNS ?? 5);
const workUs = 1000;
const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
const repository = (dir, appDir, headWorkUs) =>
  exampleRepository(
    dir,
    appDir,
    `app:
  command: node server.js
  cwd: app
  baseUrl: http://127.0.0.1:3000
  ready: { url: /health }
sameRunner: { ref: 'HEAD~1' }
diagnose: {}
load: { duration: 2s, warmup: 500ms, samples: { min: 4, max: 10 }, connections: 4 }
endpoints:
  - { name: ping, url: /api/ping, relative: { p95: +10% } }
`,
    { head: headWorkUs ? { EXAMPLE_WORK_US: headWorkUs } : {} },
  );

async function measureRuns(kind, { cli, appDir, work, count, headWorkUs }) {
  const dir = path.join(work, `diagnose-${kind}`);
  repository(dir, appDir, headWorkUs);
  const file = path.join(resultsDir, `diagnose-${kind}.jsonl`);
  const config = JSON.stringify({ headWorkUs, durationMs: 10_000 });
  const done = pairsSoFar(file, config, process.env.BENCH_DIAGNOSE_FRESH === '1');
  const rows = done.map((d) => d.row);
  for (let i = done.length + 1; i <= count; i++) {
    const out = path.join(dir, `out${i}`);
    const { wallMs } = await runCli(cli, ['run', '-q', '-o', out], dir);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    const md = readFileSync(path.join(out, 'report.md'), 'utf8');
    const d = report.diagnosis;
    const first = /\*\*(?:Why|What changed:) `ping`\*\*[^\n]*\n\n- ([^\n]*)/.exec(md)?.[1] ?? null;
    const row = {
      verdict: report.comparisons[0]?.verdict ?? 'none',
      profiled: d?.endpoints.length ?? 0,
      profiler: d?.endpoints[0]?.profiler ?? null,
      passMs: d?.wallMs ?? 0,
      wallMs: Math.round(wallMs),
      first,
    };
    rows.push(row);
    appendPair(file, config, i, { row });
    console.error(
      `diagnose ${kind} ${i}/${count}: ${row.verdict} · ${row.profiled ? `profiled in ${(row.passMs / 1000).toFixed(1)} s · ${first}` : 'not profiled'}`,
    );
  }
  return rows;
}

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);

// The example app's req/s with V8's CPU profiler on (--cpu-prof: the profiler and interval the diagnosis uses over the
// inspector) against without, both up at once, wrk alternating between them.
async function profilerCost({ run, startExampleApp, work }) {
  const rounds = 8;
  const plain = await startExampleApp();
  const profiled = await startExampleApp({ NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.join(work, 'cpu-prof')}` });
  const rps = async (port) =>
    Number(/Requests\/sec:\s+([\d.]+)/.exec((await run('wrk', ['-t1', '-c10', '-d5s', `http://127.0.0.1:${port}/api/items`])).out)?.[1]);
  const ratios = [];
  try {
    for (let i = 0; i < rounds; i++) {
      const [a, b] = i % 2 ? [profiled, plain] : [plain, profiled];
      const first = await rps(a.port);
      const second = await rps(b.port);
      ratios.push(a === profiled ? first / second : second / first);
    }
  } finally {
    plain.app.kill();
    profiled.app.kill();
  }
  return { rounds, ratio: median(ratios), ratios };
}

export async function diagnoseQuality({ cli, appDir, work, run, startExampleApp }) {
  const cost = await profilerCost({ run, startExampleApp, work });
  const ab = await measureRuns('ab', { cli, appDir, work, count: runs, headWorkUs: workUs });
  const aa = await measureRuns('aa', { cli, appDir, work, count: aaRuns, headWorkUs: 0 });
  const profiledAb = ab.filter((r) => r.profiled > 0);
  return {
    workUs,
    runs: ab.length,
    named: ab.filter((r) => r.first?.startsWith('`extraWork`')).length,
    profiled: profiledAb.length,
    profilers: [...new Set(profiledAb.map((r) => r.profiler))],
    medianPassS: median(profiledAb.map((r) => r.passMs)) / 1000,
    worstPassS: Math.max(0, ...profiledAb.map((r) => r.passMs)) / 1000,
    firsts: [...new Set(ab.map((r) => r.first))].slice(0, 5),
    aa: { runs: aa.length, profiled: aa.filter((r) => r.profiled > 0).length, addedS: median(aa.map((r) => r.passMs)) / 1000 },
    profilerCost: cost,
  };
}
