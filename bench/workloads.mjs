// Workloads like production's (BENCH_ONLY=workloads; BENCH_WORKLOAD_PARTS=detection,rate,journey,import picks some):
//   detection  the example app's item API (a per-id cache of 500 over ids 1–5000) whose head makes a miss ×4
//              costlier (200 → 800 µs of CPU): against one stored run of the base, how often the run fails, with the
//              ids drawn over the range (vars) and with one fixed id (every request a cache hit); and A/A, base against
//              base, with vars (target: vars 20 of 20, A/A 0 of 20; one id: 0 of 20, the reason for vars)
//   rate       req/s of a fixed url beside the same url varied by a range, a list and a CSV column, alternated in one
//              run, on autocannon (steady) and on the undici engine (a connections stage) (target: within 5 %)
//   journey    a journey of 3 steps (log in and keep the session cookie, create an order and capture its id, read
//              it back) under 4 virtual users: journeys a second and each step's p95, beside each step loaded alone
//              as a fixed request at the same connections
//   import     `perf-gate import` of a 1 GB access log (about 6 million lines): its time and the process's peak
//              memory (target: under a minute, under 200 MB)
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
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

const journeySteps = `      - name: login
        url: /login
        method: POST
        headers: { content-type: application/x-www-form-urlencoded }
        body: user=demo&password=pw
        status: 303
        capture: { session: { cookie: session } }
      - name: order
        url: /api/orders
        method: POST
        headers: { cookie: 'session={session}' }
        body: { sku: x }
        status: 201
        capture: { order: { json: $.id } }
      - name: read
        url: /api/orders/{order}`;

// wrk running the same three steps on each connection (one a thread, so each keeps its own sequence), a Lua script
// carrying the cookie and the id: its requests a second over three is its journeys a second.
const wrkScript = `local step, cookie, id = 0, "", "1"
request = function()
  if step == 0 then return wrk.format("POST", "/login", { ["Content-Type"] = "application/x-www-form-urlencoded" }, "user=demo&password=pw") end
  if step == 1 then return wrk.format("POST", "/api/orders", { ["Cookie"] = "session=" .. cookie }, '{"sku":"x"}') end
  return wrk.format("GET", "/api/orders/" .. id)
end
response = function(status, headers, body)
  if step == 0 then cookie = (headers["Set-Cookie"] or headers["set-cookie"] or ""):match("session=([^;]+)") or ""; step = 1
  elseif step == 1 then id = body:match('"id":(%d+)') or "1"; step = 2
  else step = 0 end
end
`;

async function wrkJourney({ run, startExampleApp, work }) {
  const script = path.join(work, 'journey.lua');
  writeFileSync(script, wrkScript);
  const { port, app } = await startExampleApp({ EXAMPLE_PASSWORD: 'pw' });
  try {
    const w = await run('wrk', ['-t4', '-c4', '-d5s', '--latency', '-s', script, `http://127.0.0.1:${port}`]);
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(w.out)?.[1]);
    const p99 = /99%\s+([\d.]+)(us|ms|s)/.exec(w.out);
    const ms = p99 ? Number(p99[1]) * ({ us: 0.001, ms: 1, s: 1000 }[p99[2]] ?? 1) : null;
    return { requestsPerSecond: rps, journeysPerSecond: rps / 3, requestP99Ms: ms };
  } finally {
    app.kill('SIGTERM');
  }
}

async function journey({ cli, appDir, work, freePort, run, startExampleApp, ensureWrk }) {
  ensureWrk?.();
  const ctxWrk = run && startExampleApp ? { run, startExampleApp, work } : undefined;
  const port = await freePort();
  const file = path.join(work, 'workload-journey.yml');
  writeFileSync(
    file,
    `app:
  command: node server.js
  cwd: ${appDir}
  env: { PORT: ${port}, EXAMPLE_PASSWORD: pw }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health }
load: { duration: 5s, warmup: 1s, samples: 5, connections: 4 }
endpoints:
  - { name: login-alone, url: /login, method: POST, headers: { content-type: application/x-www-form-urlencoded }, body: user=demo&password=pw, status: 303 }
  - { name: order-alone, url: /api/orders, method: POST, body: { sku: x }, status: 201 }
  - { name: read-alone, url: /api/orders/1 }
journeys:
  - name: buy
    steps:
${journeySteps}
`,
  );
  const out = path.join(work, 'workload-journey');
  await runCli(cli, ['run', '-q', '-c', file, '-o', out]);
  const targets = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')).targets;
  const t = (name) => targets.find((x) => x.name === name);
  const buy = t('buy');
  const step = (name) => ({
    p95: buy.metrics[`p95@${name}`].value,
    alone: t(`${name}-alone`).metrics.p95.value,
    aloneRps: t(`${name}-alone`).metrics.rps.value,
  });
  return {
    ...(ctxWrk && { wrk: await wrkJourney(ctxWrk) }),
    journeysPerSecond: buy.metrics['journey-rate'].value,
    journeyP95: buy.metrics['journey-p95'].value,
    errorRate: buy.metrics['journey-error-rate'].value,
    requestsPerSecond: buy.metrics.rps.value,
    steps: { login: step('login'), order: step('order'), read: step('read') },
  };
}

// About 180 bytes a line, as nginx writes them: ids, a list with its query, slugs, static files, a POST, some 404s.
function writeLog(file, bytes) {
  return new Promise((resolve) => {
    const out = createWriteStream(file);
    let written = 0;
    let i = 0;
    const write = () => {
      let ok = true;
      while (ok && written < bytes) {
        const r = (i * 2654435761) % 100;
        const p =
          r < 40
            ? `/api/items/${i % 5000}`
            : r < 60
              ? `/api/items?limit=${10 + (i % 5) * 10}&page=${i % 7}`
              : r < 70
                ? `/blog/post-${i % 300}-title`
                : r < 80
                  ? `/static/app.${i % 3}.js`
                  : r < 90
                    ? `/api/users/${i % 1000}/orders/${i % 50}`
                    : '/health';
        const line = `10.0.${i % 256}.${(i >> 8) % 256} - - [06/Dec/2026:10:00:00 +0000] "${r % 23 === 0 ? 'POST' : 'GET'} ${p} HTTP/1.1" ${r % 37 === 0 ? 404 : 200} ${200 + (i % 5000)} "https://example.com/ref" "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0"\n`;
        written += line.length;
        i++;
        ok = out.write(line);
      }
      if (written < bytes) out.once('drain', write);
      else out.end(() => resolve(i));
    };
    write();
  });
}

async function importLog({ cli, work }) {
  const log = path.join(work, 'access-1g.log');
  const bytes = 1024 ** 3;
  const lines = existsSync(log) && statSync(log).size >= bytes ? undefined : await writeLog(log, bytes);
  const out = path.join(work, 'access-1g.yml');
  rmSync(out, { force: true });
  // The process's peak resident memory, its worker threads included, said as it exits.
  const hook = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss "+process.resourceUsage().maxRSS+"\\n"))';
  const started = performance.now();
  const stderr = await new Promise((resolve) => {
    let err = '';
    const child = spawn(process.execPath, ['--import', hook, cli, 'import', log, '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d) => (err += d));
    child.once('close', () => resolve(err));
  });
  const seconds = (performance.now() - started) / 1000;
  const maxRssKb = Number(/maxrss (\d+)/.exec(stderr)?.[1]);
  return {
    bytes: statSync(log).size,
    ...(lines !== undefined && { lines }),
    seconds,
    peakMb: maxRssKb / 1024,
    covered: /covers ([\d.]+%)/.exec(readFileSync(out, 'utf8'))?.[1],
  };
}

export async function workloadQuality(ctx) {
  const parts = new Set((process.env.BENCH_WORKLOAD_PARTS ?? 'detection,rate,journey,import').split(','));
  return {
    ...ctx.previous,
    ...(parts.has('detection') && { detection: await detection(ctx) }),
    ...(parts.has('rate') && { rate: { autocannon: await rate({ ...ctx, shaped: false }), undici: await rate({ ...ctx, shaped: true }) } }),
    ...(parts.has('journey') && { journey: await journey(ctx) }),
    ...(parts.has('import') && { import: await importLog(ctx) }),
  };
}
