// A team's first budget and living with it (BENCH_ONLY=adoption; BENCH_ADOPTION_PARTS=init,bisect picks some):
//   init    `perf-gate init --yes` on the example app (its served OpenAPI document) and on the Django shop (URL
//           patterns, gunicorn, PostgreSQL with pg_stat_statements, seeded): its wall time (target under 3 minutes),
//           then the budget it wrote, as it is: one stored run, 10 A/A runs against it (target 0 false regressions)
//           and 10 runs of the app made ×1.5 slower (a wait of half the stored p95 on every answer: the example
//           app's EXAMPLE_DELAY_MS, the shop's SHOP_SLOW_MS) against it (target caught 10 of 10)
//   bisect  `perf-gate bisect` over 8 and over 32 commits of the example app whose 5th (of 8) or 20th (of 32) makes
//           every answer wait 60 ms, 10 times each (BENCH_BISECT_REPEATS): the first bad commit found (target 10 of
//           10) and the wall time
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startPostgres } from './servers/postgres.mjs';

const aaRuns = Number(process.env.BENCH_ADOPTION_RUNS ?? 10);
const bisectRepeats = Number(process.env.BENCH_BISECT_REPEATS ?? 10);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const git = (cwd, ...args) => execFileSync('git', ['-c', 'user.email=b@b', '-c', 'user.name=b', ...args], { cwd, encoding: 'utf8' }).trim();

function cliRun(cli, args, { cwd, env = {} }) {
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', (c) => (out += c));
    child.once('close', (code) => resolve({ code, out }));
  });
}

const regressedRows = (dir) => JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).comparisons.filter((r) => r.gating && r.verdict === 'regressed');

/** init on `repo`, then the budget it wrote held against its own stored run: A/A, and the app made ×1.5 slower. */
async function initOne({ cli, repo, env, slowVar, target }) {
  const began = Date.now();
  const init = await cliRun(cli, ['init', '--yes'], { cwd: repo, env });
  const initMs = Date.now() - began;
  if (init.code !== 0) return { initMs, error: `init exited ${init.code}` };
  await cliRun(cli, ['run', '-q', '-o', 'stored'], { cwd: repo, env });
  const stored = JSON.parse(readFileSync(path.join(repo, 'stored', 'report.json'), 'utf8'));
  const p95 = stored.targets.find((t) => t.name === target)?.metrics.p95?.value;
  const waitMs = Math.max(1, Math.round(p95 / 2));
  let falseAlarms = 0;
  let caught = 0;
  for (let i = 0; i < aaRuns; i++) {
    await cliRun(cli, ['run', '-q', '-o', `aa-${i}`, '-b', 'stored/report.json'], { cwd: repo, env });
    if (regressedRows(path.join(repo, `aa-${i}`)).length > 0) falseAlarms++;
    await cliRun(cli, ['run', '-q', '-o', `slow-${i}`, '-b', 'stored/report.json'], { cwd: repo, env: { ...env, [slowVar]: String(waitMs) } });
    if (regressedRows(path.join(repo, `slow-${i}`)).some((r) => r.target === target)) caught++;
  }
  return { initMs, storedP95: p95, waitMs, runs: aaRuns, falseAlarms, caught };
}

async function initQuality({ cli, root, appDir, work }) {
  const example = path.join(work, 'adoption-example');
  cpSync(appDir, example, { recursive: true });
  git(example, 'init', '-q', '-b', 'main');
  const exampleFigures = await initOne({ cli, repo: example, env: {}, slowVar: 'EXAMPLE_DELAY_MS', target: 'items' });
  const pg = await startPostgres();
  try {
    const shop = path.join(work, 'adoption-shop');
    cpSync(path.join(root, 'examples', 'django'), shop, { recursive: true, filter: (f) => !f.endsWith('perf-budget.yml') });
    git(shop, 'init', '-q', '-b', 'main');
    const databaseUrl = pg.url('adoption_shop');
    pg.sql('adoption_shop', 'CREATE EXTENSION pg_stat_statements');
    const env = { PATH: `/usr/bin:${process.env.PATH}`, DATABASE_URL: databaseUrl };
    execFileSync('/usr/bin/python3', ['manage.py', 'migrate', '-v0'], { cwd: shop, env: { ...process.env, ...env }, stdio: 'ignore' });
    execFileSync('/usr/bin/python3', ['manage.py', 'seed'], { cwd: shop, env: { ...process.env, ...env }, stdio: 'ignore' });
    const shopFigures = await initOne({ cli, repo: shop, env, slowVar: 'SHOP_SLOW_MS', target: 'orders' });
    return { example: exampleFigures, shop: shopFigures };
  } finally {
    pg.stop();
  }
}

/** A repository of `n` commits of the example app, the `bad`-th making every answer wait 60 ms. */
function history(appDir, dir, n, bad) {
  cpSync(appDir, path.join(dir, 'app'), { recursive: true });
  writeFileSync(
    path.join(dir, 'perf-budget.yml'),
    `app: { command: node server.js, cwd: app, env: { PORT: 3000 }, portEnv: PORT, baseUrl: 'http://127.0.0.1:3000', ready: { url: /health } }
confirm: { timeBudget: 10s }
load: { duration: 1s, warmup: 200ms, samples: 5, connections: 4 }
endpoints:
  - { name: ping, url: /api/ping, relative: { p95: '+50% or +5ms' } }
`,
  );
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'c1');
  for (let i = 2; i <= n; i++) {
    writeFileSync(path.join(dir, 'NOTES'), `${i}\n`);
    if (i === bad) {
      const server = path.join(dir, 'app', 'server.js');
      writeFileSync(server, "process.env.EXAMPLE_DELAY_MS ??= '60';\n" + readFileSync(server, 'utf8'));
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', `c${i}`);
  }
  return git(dir, 'rev-list', '--reverse', 'HEAD').split('\n');
}

async function bisectQuality({ cli, appDir, work }) {
  const out = {};
  for (const [n, bad] of [
    [8, 5],
    [32, 20],
  ]) {
    const dir = path.join(work, `bisect-${n}`);
    const shas = history(appDir, dir, n, bad);
    let found = 0;
    const wallMs = [];
    const steps = [];
    for (let i = 0; i < bisectRepeats; i++) {
      const began = Date.now();
      const r = await cliRun(cli, ['bisect', '--good', shas[0], '--bad', 'main', '-q'], { cwd: dir });
      wallMs.push(Date.now() - began);
      steps.push((r.out.match(/^step \d+:/gm) ?? []).length);
      if (r.code === 0 && r.out.includes(`first bad commit: ${shas[bad - 1]}`)) found++;
    }
    out[`commits${n}`] = { found, repeats: bisectRepeats, medianWallMs: median(wallMs), medianSteps: median(steps) };
  }
  return out;
}

export async function adoptionQuality({ cli, root, appDir, work, previous = {} }) {
  const parts = new Set((process.env.BENCH_ADOPTION_PARTS ?? 'init,bisect').split(','));
  return {
    ...previous,
    ...(parts.has('init') && { init: await initQuality({ cli, root, appDir, work }) }),
    ...(parts.has('bisect') && { bisect: await bisectQuality({ cli, appDir, work }) }),
  };
}
