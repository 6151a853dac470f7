// The diagnosis pass, same-runner beside HEAD~1 with diagnose: {} (10 s a side):
//   A/B      the example app's head adds EXAMPLE_WORK_US of CPU work a request (extraWork in server.js): is `extraWork`
//            the first line of the why, in how many runs (target 20 of 20); the pass's wall time per profiled
//            endpoint (≤ 30 s)
//   fastify  a fastify app (a server nobody here wrote) whose head's handler calls priceQuote: is `priceQuote` first
//   A/A      the example app's head changes nothing: how many runs profiled anything, and the wall time the pass
//            added (target +0 s when nothing is suspicious)
// Each run's row is appended to bench/results/diagnose-<kind>.jsonl as it ends, so a later run goes on from there.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleRepository, runCli } from './example-repo.mjs';
import { appendPair, pairsSoFar } from './resumable.mjs';

const runs = Number(process.env.BENCH_DIAGNOSE_RUNS ?? 20);
const fastifyRuns = Number(process.env.BENCH_DIAGNOSE_FASTIFY_RUNS ?? 10);
const aaRuns = Number(process.env.BENCH_DIAGNOSE_AA_RUNS ?? 5);
const workUs = 1000;
const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sameRunner = `sameRunner: { ref: 'HEAD~1' }
diagnose: {}
load: { duration: 2s, warmup: 500ms, samples: { min: 4, max: 10 }, connections: 4 }`;

const exampleApp = (appDir, headWorkUs) => (dir) =>
  exampleRepository(
    dir,
    appDir,
    `app:
  command: node server.js
  cwd: app
  baseUrl: http://127.0.0.1:3000
  ready: { url: /health }
${sameRunner}
endpoints:
  - { name: ping, url: /api/ping, relative: { p95: +10% } }
`,
    { head: headWorkUs ? { EXAMPLE_WORK_US: headWorkUs } : {} },
  );

// fastify from this repository's node_modules; the head's handler calls priceQuote (about 1 ms of CPU).
const fastifyApp = (dir) => {
  const git = (...args) => execFileSync('git', ['-c', 'user.email=b@b', '-c', 'user.name=b', ...args], { cwd: dir, stdio: 'ignore' });
  const server = (work) => `import Fastify from '${path.join(rootDir, 'node_modules', 'fastify', 'fastify.js')}';
function priceQuote(n) { let s = 0; for (let i = 0; i < n; i++) s += Math.sqrt(i) * Math.sin(i); return s; }
const app = Fastify();
app.get('/quote', async () => ({ quote: ${work} }));
await app.listen({ port: Number(process.env.PORT ?? 3000), host: '127.0.0.1' });
`;
  mkdirSync(path.join(dir, 'srv'), { recursive: true });
  writeFileSync(path.join(dir, 'srv', 'server.mjs'), server('0'));
  writeFileSync(
    path.join(dir, 'perf-budget.yml'),
    `app:
  command: node server.mjs
  cwd: srv
  baseUrl: http://127.0.0.1:3000
  ready: { url: /quote }
${sameRunner}
endpoints:
  - { name: quote, url: /quote, relative: { p95: +10% } }
`,
  );
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  writeFileSync(path.join(dir, 'srv', 'server.mjs'), server('priceQuote(150_000)'));
  git('commit', '-qam', 'head');
};

async function measureRuns(kind, { cli, work, count, setup, target, config: settings }) {
  const dir = path.join(work, `diagnose-${kind}`);
  setup(dir);
  const file = path.join(resultsDir, `diagnose-${kind}.jsonl`);
  const config = JSON.stringify({ ...settings, durationMs: 10_000 });
  const done = pairsSoFar(file, config, process.env.BENCH_DIAGNOSE_FRESH === '1');
  const rows = done.map((d) => d.row);
  for (let i = done.length + 1; i <= count; i++) {
    const out = path.join(dir, `out${i}`);
    const { wallMs } = await runCli(cli, ['run', '-q', '-o', out], dir);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    const md = readFileSync(path.join(out, 'report.md'), 'utf8');
    const d = report.diagnosis;
    const first = new RegExp(`\\*\\*(?:Why|What changed:) \`${target}\`\\*\\*[^\\n]*\\n\\n- ([^\\n]*)`).exec(md)?.[1] ?? null;
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
  const ab = await measureRuns('ab', { cli, work, count: runs, setup: exampleApp(appDir, workUs), target: 'ping', config: { headWorkUs: workUs } });
  const fastify = await measureRuns('fastify', {
    cli,
    work,
    count: fastifyRuns,
    setup: fastifyApp,
    target: 'quote',
    config: { fastify: 'priceQuote(150_000)' },
  });
  const aa = await measureRuns('aa', { cli, work, count: aaRuns, setup: exampleApp(appDir, 0), target: 'ping', config: { headWorkUs: 0 } });
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
    fastify: {
      runs: fastify.length,
      named: fastify.filter((r) => r.first?.startsWith('`priceQuote`')).length,
      firsts: [...new Set(fastify.map((r) => r.first))].slice(0, 5),
    },
    aa: { runs: aa.length, profiled: aa.filter((r) => r.profiled > 0).length, addedS: median(aa.map((r) => r.passMs)) / 1000 },
    profilerCost: cost,
  };
}
