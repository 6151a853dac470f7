// Same-runner A/A on slow-exiting servers, restarts and all: json-server (a JSON REST server from npm) that holds its
// port for a second after SIGTERM, and a multi-threaded server whose main thread is a zombie while another thread
// still holds the socket (__tests__/servers/slow-exit-server.py). Figures: runs completed, false alarms, wall time
// a verdict, and what a restart of both apps costs (stop + start, from the CLI's log).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const runs = Number(process.env.BENCH_RESTART_RUNS ?? 20);
const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : null);

function runCli(cli, cwd) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'run', '-o', 'out'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.once('close', (code) => resolve({ code, out }));
  });
}

const servers = (root) => ({
  'json-server': {
    files: { 'db.json': JSON.stringify({ posts: Array.from({ length: 50 }, (_, i) => ({ id: i + 1, title: `post ${i + 1}` })) }) },
    command: `node -r ${path.join(root, 'bench', 'servers', 'slow-exit.cjs')} ${path.join(root, 'node_modules', 'json-server', 'lib', 'cli', 'bin.js')} --host 127.0.0.1 --port $PORT --quiet db.json`,
    url: '/posts/1',
    exit: 'holds its port 1 s after SIGTERM',
  },
  'zombie-leader': {
    files: {},
    command: `HOLD_S=1 exec python3 ${path.join(root, '__tests__', 'servers', 'slow-exit-server.py')}`,
    url: '/',
    exit: 'main thread a zombie, socket held 1 s by another thread',
  },
});

function checkout(dir, server) {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(server.files)) writeFileSync(path.join(dir, name), text);
  writeFileSync(
    path.join(dir, 'perf-budget.yml'),
    `app:
  command: ${JSON.stringify(server.command)}
  baseUrl: http://127.0.0.1:3000
  ready: { url: ${server.url} }
sameRunner: { dir: ../base }
load: { duration: 4s, warmup: 1s, samples: 16, connections: 10 }
endpoints:
  - { name: target, url: ${server.url}, relative: { p95: +10% } }
`,
  );
}

export async function restartQuality({ cli, root, work }) {
  const results = {};
  for (const [name, server] of Object.entries(servers(root))) {
    const dir = path.join(work, `restarts-${name}`);
    checkout(path.join(dir, 'base'), server);
    checkout(path.join(dir, 'head'), server);
    const rows = [];
    for (let i = 0; i < runs; i++) {
      const began = performance.now();
      const { code, out } = await runCli(cli, path.join(dir, 'head'));
      const wallMs = performance.now() - began;
      let report;
      try {
        report = JSON.parse(readFileSync(path.join(dir, 'head', 'out', 'report.json'), 'utf8'));
      } catch {
        report = undefined;
      }
      const restartsMs = [...out.matchAll(/restarted both apps in ([\d,.]+) (ms|s)/g)].map((m) => Number(m[1].replace(/,/g, '')) * (m[2] === 's' ? 1000 : 1));
      rows.push({ code, verdict: report?.comparisons?.[0]?.verdict ?? 'none', errors: report?.errors ?? ['no report'], wallMs, restartsMs });
    }
    const completed = rows.filter((r) => r.errors.length === 0 && (r.code === 0 || r.code === 1));
    // A restart stops and starts both apps: per app it is half of that.
    const restarts = rows.flatMap((r) => r.restartsMs);
    results[name] = {
      runs,
      exit: server.exit,
      completed: completed.length,
      regressed: rows.filter((r) => r.verdict === 'regressed').length,
      unsure: rows.filter((r) => r.verdict === 'unsure').length,
      medianWallS: median(completed.map((r) => r.wallMs / 1000)),
      restarts: restarts.length,
      medianRestartMs: median(restarts),
      firstErrors: rows.flatMap((r) => r.errors).slice(0, 3),
    };
  }
  return results;
}
