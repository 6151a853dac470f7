// The why's corpus (BENCH_ONLY=why-corpus): small servers in __tests__/servers/corpus whose head differs from its base
// in one regression shape each (an inlined helper, map/reduce callbacks, a class method, an async loop, a larger
// JSON.stringify, a backtracking regex, pbkdf2 and gzip per request, a memoized function made per request, a getter
// in a loop; on node:http and under fastify; a WSGI app's helper per row, list comprehension, json.dumps, regex and
// sort key under gunicorn). Each run is one gate run of a stack, same-runner beside HEAD~1 with every route
// profiled (`when: always`, 3 s a side); per route, whether the why's first line names the expected function, and
// the share of the growth it says it explains. Quiet, then beside a CPU hog. Rows in bench/results/why-corpus.jsonl.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import autocannon from 'autocannon';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusRepository } from '../__tests__/servers/corpus/repository.mjs';
import { runCli } from './example-repo.mjs';
import { appendPair, pairsSoFar } from './resumable.mjs';

const runs = Number(process.env.BENCH_WHY_CORPUS_RUNS ?? 5);
const stacks = (process.env.BENCH_WHY_CORPUS_STACKS ?? 'node,fastify,python').split(',');
const resultsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'why-corpus.jsonl');
const settings = `sameRunner: { ref: HEAD~1, minSamples: 3, maxSamples: 4, timeBudget: 5s }
diagnose: { when: always, duration: 3s }
load: { duration: 1s, warmup: 200ms, samples: 4, connections: 2 }
relative: { endpoints: { p95: +20% or +1ms } }`;

// Each route's first why line and the share it says it explains.
function firstLines(md, routes) {
  return Object.fromEntries(
    routes.map((route) => {
      const first = new RegExp(`\\*\\*(?:Why|What changed:) \`${route}\`\\*\\*[^\\n]*\\n\\n- ([^\\n]*)`).exec(md)?.[1] ?? null;
      return [route, { first, share: first ? Number(/, (\d+)% of the growth/.exec(first)?.[1] ?? NaN) : null }];
    }),
  );
}

async function stackRuns({ cli, work, stack, setting, done }) {
  const dir = path.join(work, `why-corpus-${stack}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { routes, expected } = await corpusRepository(dir, { stack, settings });
  const rows = done.filter((d) => d.stack === stack && d.setting === setting).map((d) => d.row);
  const hog = setting === 'hog' ? spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }) : undefined;
  try {
    for (let i = rows.length + 1; i <= runs; i++) {
      const out = path.join(dir, `out-${setting}-${i}`);
      const { wallMs, code } = await runCli(cli, ['run', '-q', '-o', out], dir);
      // A run that wrote no report names nothing: every route counts as missed.
      const md = existsSync(path.join(out, 'report.md')) ? readFileSync(path.join(out, 'report.md'), 'utf8') : '';
      const lines = firstLines(md, routes);
      const row = {
        code,
        wallMs: Math.round(wallMs),
        routes: Object.fromEntries(routes.map((r) => [r, { ...lines[r], named: expected[r].test(lines[r].first ?? '') }])),
      };
      rows.push(row);
      appendPair(resultsFile, JSON.stringify({ settings, runs }), `${stack}-${setting}-${i}`, { stack, setting, row });
      const missed = routes.filter((r) => !row.routes[r].named);
      console.error(
        `why corpus ${stack} ${setting} ${i}/${runs}: ${routes.length - missed.length} of ${routes.length} named${missed.length ? ` (missed: ${missed.join(', ')})` : ''}`,
      );
    }
  } finally {
    hog?.kill('SIGKILL');
  }
  return { routes, rows };
}

// The pass's cost on an app: one gate run of the Node corpus with the default 10 s a side, its log's profile sizes
// and the pass's wall time per endpoint; and the corpus server's req/s with V8's profiler running from its start
// (--cpu-prof: the profiler and interval the pass's preload starts) against without, alternated, on /invoices.
async function passCost({ cli, work }) {
  const dir = path.join(work, 'why-corpus-cost');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await corpusRepository(dir, { stack: 'node', settings: settings.replace('duration: 3s', 'duration: 10s') });
  const log = await new Promise((resolve) => {
    let text = '';
    const child = spawn(process.execPath, [cli, 'run', '-o', 'out'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.once('close', () => resolve(text));
  });
  const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
  const profiles = /V8's profiles: (.*)/.exec(log)?.[1] ?? null;
  const passPerEndpointS = report.diagnosis.wallMs / 1000 / report.diagnosis.endpoints.length;
  return { profiles, passPerEndpointS, ...(await profilerRps(dir)) };
}

async function profilerRps(dir) {
  const app = path.join(dir, 'app');
  const start = (port, flags) =>
    spawn(process.execPath, [...flags, 'node-server.mjs'], { cwd: app, stdio: 'ignore', env: { ...process.env, PORT: String(port), CORPUS_HEAD: '1' } });
  const profDir = path.join(dir, 'cpu-prof');
  const plain = { port: 3701, child: start(3701, []) };
  const profiled = { port: 3702, child: start(3702, ['--cpu-prof', `--cpu-prof-dir=${profDir}`]) };
  await new Promise((r) => setTimeout(r, 1000));
  const rps = async (port) => (await autocannon({ url: `http://127.0.0.1:${port}/invoices`, connections: 4, duration: 5 })).requests.average;
  const ratios = [];
  try {
    for (let i = 0; i < 8; i++) {
      const [a, b] = i % 2 ? [profiled, plain] : [plain, profiled];
      const first = await rps(a.port);
      const second = await rps(b.port);
      ratios.push(a === profiled ? first / second : second / first);
    }
  } finally {
    plain.child.kill('SIGINT');
    profiled.child.kill('SIGINT');
  }
  await new Promise((r) => setTimeout(r, 1000));
  const written = readdirSync(profDir, { withFileTypes: true }).filter((f) => f.isFile());
  return { rpsRatio: median(ratios), ratios, cpuprofBytes: written.length ? statSync(path.join(profDir, written[0].name)).size : null };
}

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);

export async function whyCorpusQuality({ cli, work }) {
  const done = pairsSoFar(resultsFile, JSON.stringify({ settings, runs }), process.env.BENCH_WHY_CORPUS_FRESH === '1');
  const shapes = [];
  for (const stack of stacks) {
    const bySetting = {};
    for (const setting of ['quiet', 'hog']) bySetting[setting] = await stackRuns({ cli, work, stack, setting, done });
    for (const route of bySetting.quiet.routes) {
      const of = (setting) => {
        const rows = bySetting[setting].rows.map((r) => r.routes[route]);
        return { named: rows.filter((r) => r.named).length, runs: rows.length, share: median(rows.map((r) => r.share).filter(Number.isFinite)) };
      };
      shapes.push({ stack, route, quiet: of('quiet'), hog: of('hog') });
    }
  }
  const cost = process.env.BENCH_WHY_CORPUS_COST === '0' ? undefined : await passCost({ cli, work });
  return { runs, durationS: 3, shapes, cost };
}
