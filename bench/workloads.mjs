// Workloads like production's (BENCH_ONLY=workloads): requests that vary (vars).
//   detection  the example app's item API (a per-id cache of 500 over ids 1–5000) whose head makes a miss ×4
//              costlier (200 → 800 µs of CPU): against one stored run of the base, how often the run fails, with the
//              ids drawn over the range (vars) and with one fixed id (every request a cache hit); and A/A, base against
//              base, with vars (target: vars 20 of 20, A/A 0 of 20; one id: 0 of 20, the reason for vars)
//   rate       req/s of a fixed url beside the same url varied by a range, a list and a CSV column, alternated in one
//              run, on autocannon (steady) and on the undici engine (a connections stage) (target: within 5 %)
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const pairs = Number(process.env.BENCH_WORKLOAD_RUNS ?? 20);
const rateRounds = Number(process.env.BENCH_WORKLOAD_RATE_ROUNDS ?? 12);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function runCli(cli, args) {
  return new Promise((resolve) => spawn(process.execPath, [cli, ...args], { stdio: 'ignore' }).once('close', resolve));
}

function itemBudget(file, { appDir, port, missUs }) {
  writeFileSync(
    file,
    `app:
  command: node server.js
  cwd: ${appDir}
  env: { PORT: ${port}, EXAMPLE_MISS_US: ${missUs} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health }
load: { duration: 2s, warmup: 500ms, samples: 4, connections: 4 }
relative:
  endpoints: { p95: +25% or +1ms, cpu-per-request: +25% }
endpoints:
  - name: item
    url: /api/items/{id}
    vars: { id: { range: [1, 5000] } }
  - { name: one-item, url: /api/items/42 }
`,
  );
  return file;
}

async function detection({ cli, appDir, work, freePort }) {
  const port = await freePort();
  const base = itemBudget(path.join(work, 'workload-base.yml'), { appDir, port, missUs: 200 });
  const head = itemBudget(path.join(work, 'workload-head.yml'), { appDir, port, missUs: 800 });
  const counts = { varied: 0, oneId: 0, aaVaried: 0, aaOneId: 0, runs: 0 };
  const regressed = (out, target) =>
    JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).comparisons.some((r) => r.target === target && r.verdict === 'regressed');
  for (let i = 0; i < pairs; i++) {
    const stored = path.join(work, `workload-stored${i}`);
    await runCli(cli, ['run', '-q', '-c', base, '-o', stored]);
    const storedReport = path.join(stored, 'report.json');
    // A/A and A/B against the same stored run, in an order that alternates.
    const order = i % 2 ? ['aa', 'ab'] : ['ab', 'aa'];
    for (const kind of order) {
      const out = path.join(work, `workload-${kind}${i}`);
      await runCli(cli, ['run', '-q', '-c', kind === 'ab' ? head : base, '-o', out, '-b', storedReport]);
      if (kind === 'ab') {
        counts.varied += regressed(out, 'item') ? 1 : 0;
        counts.oneId += regressed(out, 'one-item') ? 1 : 0;
      } else {
        counts.aaVaried += regressed(out, 'item') ? 1 : 0;
        counts.aaOneId += regressed(out, 'one-item') ? 1 : 0;
      }
    }
    counts.runs++;
  }
  return counts;
}

function rateBudget(file, { appDir, port, work, shaped }) {
  mkdirSync(path.join(work, 'data'), { recursive: true });
  const csv = path.join(work, 'data', 'ids.csv');
  writeFileSync(csv, `id\n${Array.from({ length: 1000 }, (_, i) => i + 1).join('\n')}\n`);
  const load = shaped ? 'load: { profile: { stages: [{ duration: 3s, connections: 10 }] } }' : 'load: { duration: 3s, samples: 3 }';
  const kinds = {
    fixed: "url: '/api/ping?id=42'",
    range: "url: '/api/ping?id={id}'\n    vars: { id: { range: [1, 5000] } }",
    list: `url: '/api/ping?id={id}'\n    vars: { id: { values: [${Array.from({ length: 100 }, (_, i) => `v${i}`).join(', ')}] } }`,
    csv: `url: '/api/ping?id={id}'\n    vars: { id: { file: ${csv}, column: id } }`,
  };
  const endpoints = [];
  // Each round in another order, so a drift over the run favours no kind.
  const entries = Object.entries(kinds);
  for (let r = 0; r < rateRounds; r++)
    for (let k = 0; k < entries.length; k++) {
      const [kind, spec] = entries[(k + r) % entries.length];
      endpoints.push(`  - name: ${kind}-${r}\n    ${spec}\n    ${load}`);
    }
  writeFileSync(
    file,
    `app:
  command: node server.js
  cwd: ${appDir}
  env: { PORT: ${port} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health }
load: { warmup: 500ms, connections: 10 }
endpoints:
${endpoints.join('\n')}
`,
  );
  return { file, kinds: Object.keys(kinds) };
}

async function rate({ cli, appDir, work, freePort, shaped }) {
  const port = await freePort();
  const { file, kinds } = rateBudget(path.join(work, `workload-rate-${shaped ? 'undici' : 'autocannon'}.yml`), { appDir, port, work, shaped });
  const out = path.join(work, `workload-rate-${shaped ? 'undici' : 'autocannon'}`);
  await runCli(cli, ['run', '-q', '-c', file, '-o', out]);
  const targets = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).targets;
  const rpsOf = (name) => targets.find((t) => t.name === name).metrics.rps.value;
  const rps = Object.fromEntries(kinds.map((k) => [k, median(targets.filter((t) => t.name.startsWith(`${k}-`)).map((t) => t.metrics.rps.value))]));
  // This machine's rate shifts by half for a minute at a time: each kind against the fixed url of its own round
  // (seconds apart), the median of those ratios.
  const ratio = (k) => median(Array.from({ length: rateRounds }, (_, r) => rpsOf(`${k}-${r}`) / rpsOf(`fixed-${r}`))) - 1;
  return { rps, vsFixed: Object.fromEntries(kinds.filter((k) => k !== 'fixed').map((k) => [k, ratio(k)])) };
}

export async function workloadQuality(ctx) {
  return {
    detection: await detection(ctx),
    rate: { autocannon: await rate({ ...ctx, shaped: false }), undici: await rate({ ...ctx, shaped: true }) },
  };
}
