// The default pull-request check as the README sets it up: a stored baseline (the previous push's run, with up to
// four more as history) and confirmation beside the merge-base on the same runner. A/A: the head commit changes
// nothing; A/B: it adds CPU work, or a wait, a request (bench/changes.mjs, each aimed at p95 ×1.20). Per pair: the
// stored-baseline verdict, the final one, the naive single-ratio rule on the same runs, and the wall time against a
// plain run without confirmation.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { changeLine, changes, describeChange } from './changes.mjs';

const pairs = Number(process.env.BENCH_CONFIRM_PAIRS ?? 40);
const historyRuns = 4;
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);

function runCli(cli, args, cwd) {
  return new Promise((resolve) => {
    const began = performance.now();
    spawn(process.execPath, [cli, ...args], { stdio: 'ignore', cwd }).once('close', () => resolve(performance.now() - began));
  });
}

const git = (cwd, ...args) => execFileSync('git', ['-c', 'user.email=b@b', '-c', 'user.name=b', ...args], { cwd, stdio: 'ignore' });

// A repository whose HEAD~1 is the example app and whose HEAD is `change` to it; the budget confirms against HEAD~1.
function repository(dir, appDir, change) {
  cpSync(appDir, path.join(dir, 'app'), { recursive: true });
  writeFileSync(
    path.join(dir, 'perf-budget.yml'),
    `app:
  command: node server.js
  cwd: app
  baseUrl: http://127.0.0.1:3000
  ready: { url: /health }
confirm: { ref: 'HEAD~1' }
load: { duration: 4s, warmup: 2s, samples: 16, connections: 10 }
endpoints:
  - { name: items, url: /api/items?limit=100, relative: { p95: +10% } }
`,
  );
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  const server = path.join(dir, 'app', 'server.js');
  if (change) writeFileSync(server, `${changeLine(change)}${readFileSync(server, 'utf8')}`);
  git(dir, 'commit', '-qam', 'head', '--allow-empty');
}

const kinds = ['aa', 'cpu', 'wait'];

async function setting({ cli, appDir, work, label }) {
  const root = path.join(work, `confirm-${label}`);
  // The stored runs come from a checkout of the base measured alone, as pushes to main store them.
  const stored = path.join(root, 'stored');
  repository(stored, appDir, null);
  const repos = Object.fromEntries(kinds.map((k) => [k, path.join(root, k)]));
  for (const k of kinds) repository(repos[k], appDir, k === 'aa' ? null : changes[label][k]);
  const report = (dir) => JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
  const storedOut = (i) => path.join(stored, `run${i}`);
  const rows = Object.fromEntries(kinds.map((k) => [k, []]));
  const plainMs = [];
  await runCli(cli, ['run', '-q', '-o', storedOut(0)], stored);
  for (let i = 1; i <= pairs; i++) {
    // A plain run of the base: the next pair's stored baseline, and the wall time of a run with nothing to confirm.
    plainMs.push(await runCli(cli, ['run', '-q', '-o', storedOut(i)], stored));
    const history = [];
    for (let j = i - 1; j >= Math.max(0, i - 1 - historyRuns); j--) history.push('-b', path.join(storedOut(j), 'report.json'));
    for (const kind of kinds) {
      const out = path.join(repos[kind], `out${i}`);
      const wallMs = await runCli(cli, ['run', '-q', '-o', out, ...history], repos[kind]);
      const head = report(out);
      const row = head.comparisons[0];
      const base = report(storedOut(i - 1));
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
    pairs,
    changes: { cpu: describeChange(changes[label].cpu), wait: describeChange(changes[label].wait) },
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
