// The default pull-request check as the README sets it up: a stored baseline (the previous push's run, with up to
// four more as history) and confirmation beside the merge-base on the same runner. A/A: the head commit changes
// nothing; A/B: it adds CPU work, or a wait, a request (bench/changes.mjs, each aimed at p95 ×1.20). Per pair: the
// stored-baseline verdict, the final one, the naive single-ratio rule on the same runs, and the wall time against a
// plain run without confirmation.
// A setting takes about 3.5 minutes a pair, so each pair's rows are appended to bench/results/confirm-<setting>.jsonl
// as it ends, and a later `npm run bench` goes on from there (BENCH_CONFIRM_FRESH=1 starts over); rows measured
// with other changes or load are set aside. A resumed run starts its stored history anew, as the first pairs did.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparisonsOf, describeChange, verdictLoad } from './changes.mjs';
import { exampleRepository, runCli } from './example-repo.mjs';
import { appendPair, pairsSoFar } from './resumable.mjs';

const pairs = Number(process.env.BENCH_CONFIRM_PAIRS ?? 40);
const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

const historyRuns = 4;
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);

// A repository whose HEAD~1 is the example app with `base` settings and whose HEAD has `head` ones; the budget
// confirms against HEAD~1.
const repository = (dir, appDir, base, head) =>
  exampleRepository(
    dir,
    appDir,
    `app:
  command: node server.js
  cwd: app
  baseUrl: http://127.0.0.1:3000
  ready: { url: /health }
confirm: { ref: 'HEAD~1' }
${verdictLoad}
endpoints:
  - { name: items, url: /api/items?limit=100, relative: { p95: +10% } }
`,
    { base, head },
  );

async function setting({ cli, appDir, work, label }) {
  const root = path.join(work, `confirm-${label}`);
  const comparisons = comparisonsOf(label);
  const kinds = comparisons.map((c) => c.kind);
  // The stored runs come from a checkout of each base measured alone, as pushes to main store them.
  const bases = [...new Set(comparisons.map((c) => JSON.stringify(c.base)))];
  const stored = Object.fromEntries(bases.map((b, i) => [b, path.join(root, `stored${i}`)]));
  for (const b of bases) repository(stored[b], appDir, JSON.parse(b), JSON.parse(b));
  const repos = Object.fromEntries(kinds.map((k) => [k, path.join(root, k)]));
  for (const c of comparisons) repository(repos[c.kind], appDir, c.base, c.head);
  const report = (dir) => JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
  const storedOut = (base, i) => path.join(stored[base], `run${i}`);
  const baseOf = Object.fromEntries(comparisons.map((c) => [c.kind, JSON.stringify(c.base)]));
  const file = path.join(resultsDir, `confirm-${label}.jsonl`);
  const config = JSON.stringify({ verdictLoad, comparisons, historyRuns });
  const done = pairsSoFar(file, config, process.env.BENCH_CONFIRM_FRESH === '1');
  if (done.length > 0) console.error(`confirm ${label}: ${done.length} pairs measured before, going on to ${pairs}`);
  const rows = Object.fromEntries(kinds.map((k) => [k, done.map((d) => d.rows[k])]));
  const plainMs = done.map((d) => d.plainMs).filter((v) => v !== undefined);
  if (done.length < pairs) for (const b of bases) await runCli(cli, ['run', '-q', '-o', storedOut(b, 0)], stored[b]);
  for (let i = 1; i <= pairs - done.length; i++) {
    const pair = {};
    // A plain run of each base: the next pair's stored baseline, and the wall time of a run with nothing to confirm.
    for (const b of bases) {
      const { wallMs: ms } = await runCli(cli, ['run', '-q', '-o', storedOut(b, i)], stored[b]);
      if (b === '{}') plainMs.push((pair.plainMs = ms));
    }
    const history = (b) => {
      const list = [];
      for (let j = i - 1; j >= Math.max(0, i - 1 - historyRuns); j--) list.push('-b', path.join(storedOut(b, j), 'report.json'));
      return list;
    };
    for (const kind of kinds) {
      const out = path.join(repos[kind], `out${i}`);
      const { wallMs } = await runCli(cli, ['run', '-q', '-o', out, ...history(baseOf[kind])], repos[kind]);
      const head = report(out);
      const row = head.comparisons[0];
      const base = report(storedOut(baseOf[kind], i - 1));
      const ratio = head.targets[0].metrics.p95.value / base.targets[0].metrics.p95.value;
      rows[kind].push({
        ratio,
        stored: row?.stored?.verdict ?? row?.verdict ?? 'none',
        final: row?.verdict ?? 'none',
        confirmation: head.baseline?.confirmation?.status ?? 'none',
        naive: ratio > 1.1,
        wallMs,
      });
    }
    pair.rows = Object.fromEntries(kinds.map((k) => [k, rows[k].at(-1)]));
    appendPair(file, config, done.length + i, pair);
  }
  const summary = (list) => ({
    regressed: list.filter((r) => r.final === 'regressed').length,
    unsure: list.filter((r) => r.final === 'unsure').length,
    storedRegressed: list.filter((r) => r.stored === 'regressed').length,
    naiveRegressed: list.filter((r) => r.naive).length,
    confirmed: list.filter((r) => r.confirmation === 'confirmed').length,
    medianRatio: median(list.map((r) => r.ratio)),
    notPossible: list.filter((r) => r.confirmation === 'not possible').length,
    medianWallS: median(list.map((r) => r.wallMs / 1000)),
    medianWallNotNeededS: median(list.filter((r) => r.confirmation !== 'confirmed').map((r) => r.wallMs / 1000)),
    medianWallConfirmedS: median(list.filter((r) => r.confirmation === 'confirmed').map((r) => r.wallMs / 1000)),
  });
  return {
    pairs: rows[kinds[0]].length,
    changes: Object.fromEntries(comparisons.filter((c) => !c.kind.startsWith('aa')).map((c) => [c.kind, describeChange(c)])),
    plainMedianS: median(plainMs) / 1000,
    ...Object.fromEntries(kinds.map((k) => [k, summary(rows[k])])),
    rows,
  };
}

// BENCH_CONFIRM_QUIET=0 or BENCH_CONFIRM_HOG=0 leaves one setting out (its last figures are kept).
export async function confirmQuality(ctx) {
  const quiet = process.env.BENCH_CONFIRM_QUIET === '0' ? undefined : await setting({ ...ctx, label: 'quiet' });
  if (process.env.BENCH_CONFIRM_HOG === '0') return { quiet };
  const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  try {
    return { ...(quiet && { quiet }), cpuHog: await setting({ ...ctx, label: 'hog' }) };
  } finally {
    hog.kill('SIGKILL');
  }
}
