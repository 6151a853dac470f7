// perf-gate init on real apps: the example app (the OpenAPI document it serves), json-server from npm (nobody here
// wrote it; it listens where its --port says, whatever PORT is), and what a new user gets wrong (an empty directory,
// an app that does not start, a document that does not parse, a budget already there). The budget it writes passes
// perf-gate run unchanged on the same app, and nothing it started is left running.
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { expectRanAsWritten } from '../helpers/as-written.js';
import { exampleAppDir, freePort, markerVariable, processesWith, repoRoot, tempDir, uniqueMarker } from '../helpers/processes.js';

async function cli(cwd: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), cwd, interactive: () => false });
  return { code, out, err };
}

/** A git repository with `files` in it, the app's processes marked so that any left running are found. */
function repository(files: Record<string, string>, from?: string): string {
  const repo = tempDir('perf-gate-init-');
  if (from) cpSync(from, repo, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(repo, name), text);
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  return repo;
}

let marker = '';
const mark = () => {
  marker = uniqueMarker();
  process.env[markerVariable] = marker;
};
afterEach(() => {
  delete process.env[markerVariable];
});

describe('perf-gate init on the example app', () => {
  it('reads the OpenAPI document it serves (after naming the one in the repository that does not parse), measures, and writes a budget that passes as it is', async () => {
    mark();
    const repo = repository({ 'openapi.yaml': 'openapi: 3.0.0\npaths: [unclosed\n' }, exampleAppDir);
    // A port of its own: other test files start apps on the example app's usual 3000 at the same time.
    const port = await freePort();
    const init = await cli(repo, 'init', '--yes', '--port', String(port));
    expect({ code: init.code, err: init.err }).toMatchObject({ code: 0 });
    expect(init.out).toBe('wrote perf-budget.yml and .github/workflows/perf-gate.yml\nnext: npx perf-gate run -c perf-budget.yml\n');
    expect(init.err).toMatch(/^note: openapi\.yaml: does not parse \(/m);
    expect(init.err).toContain('note: left out GET /api/orders/{id}: needs a value for id');
    const budget = readFileSync(path.join(repo, 'perf-budget.yml'), 'utf8');
    expect(budget).toContain('from /openapi.json (served by the app); measured on this machine');
    expect(budget).toMatch(/# package\.json's start script \(node server\.js\)\n {2}command: npm start\n/);
    expect(budget).toContain(`  env: { PORT: ${port} }\n`);
    expect(budget).toContain('  portEnv: PORT\n');
    expect(budget).toContain(`  baseUrl: http://127.0.0.1:${port}\n`);
    expect(budget).toContain('  ready: { url: /health, timeout: 60s }\n');
    expect(budget).toContain('  metrics: /metrics\n');
    expect(budget).toMatch(
      /# measured p95 [\d.]+ ms, [\d,]+ requests\/s here; the threshold leaves ×2 \(requests\/s: judged against the base\)\n {2}- name: items\n/,
    );
    expect(budget).toContain('    vars:\n      id: { values: [ 1, 42 ] }\n');
    expect(budget).toContain('  # - { name: orders-id, url: "/api/orders/{id}", vars: { id: { values: [] } } }\n');
    expect(budget).toMatch(/pages:\n {2}# measured performance \d+, LCP/);
    const workflow = readFileSync(path.join(repo, '.github', 'workflows', 'perf-gate.yml'), 'utf8');
    expect(workflow).toContain('      - uses: actions/setup-node@v5');
    expect(workflow).toContain('          config: perf-budget.yml\n');
    expect(processesWith(marker)).toEqual([]);

    const run = await cli(repo, 'run', '-q');
    expectRanAsWritten(run, path.join(repo, 'perf-gate-report', 'report.json'));

    // Nothing is overwritten without --force.
    const again = await cli(repo, 'init', '--yes');
    expect(again).toMatchObject({
      code: 2,
      err: 'perf-gate: perf-budget.yml: already exists; perf-gate init overwrites nothing without --force\n',
    });
    expect(processesWith(marker)).toEqual([]);
  }, 300_000);
});

describe('perf-gate init on json-server', () => {
  it('finds where an app that ignores PORT listens, and measures the endpoints it is given', async () => {
    mark();
    const port = await freePort();
    const bin = path.join(repoRoot, 'node_modules', '.bin', 'json-server');
    const repo = repository({
      'db.json': JSON.stringify({ posts: Array.from({ length: 20 }, (_, i) => ({ id: i + 1, title: `post ${i + 1}` })), comments: [{ id: 1, postId: 1 }] }),
      'package.json': JSON.stringify({ name: 'api', private: true, scripts: { start: `${bin} --host 127.0.0.1 --port ${port} --quiet db.json` } }),
    });
    // The team's own workflow is kept, and said.
    mkdirSync(path.join(repo, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(repo, '.github', 'workflows', 'perf-gate.yml'), 'name: ours\n');
    const init = await cli(repo, 'init', '--yes', '--endpoint', '/posts', '--endpoint', 'one-post=/posts/1');
    expect({ code: init.code, err: init.err }).toMatchObject({ code: 0 });
    expect(init.out).toBe('wrote perf-budget.yml\nnext: npx perf-gate run -c perf-budget.yml\n');
    expect(init.err).toContain('note: .github/workflows/perf-gate.yml exists and is kept (--force replaces it)\n');
    expect(readFileSync(path.join(repo, '.github', 'workflows', 'perf-gate.yml'), 'utf8')).toBe('name: ours\n');
    const budget = readFileSync(path.join(repo, 'perf-budget.yml'), 'utf8');
    expect(budget).toContain(`  baseUrl: http://127.0.0.1:${port}\n`);
    expect(budget).toContain('confirm (the base beside this run) needs it to read its port from PORT');
    expect(budget).not.toContain('portEnv');
    expect(budget).toMatch(/- name: posts\n {4}url: \/posts\n/);
    expect(budget).toMatch(/- name: one-post\n {4}url: \/posts\/1\n/);
    expect(processesWith(marker)).toEqual([]);
    const run = await cli(repo, 'run', '-q');
    expectRanAsWritten(run, path.join(repo, 'perf-gate-report', 'report.json'));
    expect(processesWith(marker)).toEqual([]);

    // Calibrated on this machine, the rules hold an A/A run against the one before: its endpoints (the page taken
    // out, as a team keeping API rules alone would: each of its Lighthouse audits costs 15 s a run).
    const apiOnly = budget.slice(0, budget.indexOf('\npages:') + 1);
    writeFileSync(path.join(repo, 'perf-budget.yml'), apiOnly);
    const calibrated = await cli(repo, 'calibrate', '--runs', '3', '--write');
    expect({ code: calibrated.code, err: calibrated.err }).toMatchObject({ code: 0 });
    expect(calibrated.out).toMatch(
      /^3 A\/A runs of this build on this machine:\n\ntarget +metric +rule today +A\/A spread +caught from +suggested rule\nposts +p95 +\+10% or \+0\.5ms +[\d.]+% +[\d.]+% +\+\d+% or \+0\.5ms/,
    );
    expect(calibrated.out).toContain('wrote the suggested rules to perf-budget.yml');
    const calibratedBudget = readFileSync(path.join(repo, 'perf-budget.yml'), 'utf8');
    expect(calibratedBudget).toMatch(/^relative:\n {2}runNoise: \d+%\n {2}endpoints: \{ p95: \+\d+% or \+0\.5ms, rps: -\d+% \}\n/m);
    // Only the rules changed: every comment is where init wrote it.
    expect(calibratedBudget.split('\n').filter((l) => l.trimStart().startsWith('#'))).toEqual(apiOnly.split('\n').filter((l) => l.trimStart().startsWith('#')));
    const aa = await cli(repo, 'run', '-q', '-o', 'aa', '-b', 'perf-gate-report/report.json');
    expectRanAsWritten(aa, path.join(repo, 'aa', 'report.json'));
    expect(aa.out).not.toMatch(/ regressed$/m);
    expect(processesWith(marker)).toEqual([]);
  }, 300_000);
});

describe('perf-gate init, what goes wrong', () => {
  it('says in one line that an empty directory has nothing that starts an app', async () => {
    const repo = repository({});
    const r = await cli(repo, 'init', '--yes');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^perf-gate: .*: nothing here says how the app starts: no package\.json with a start script, no Django manage\.py, no Procfile with web:; expected one of them, or --command 'how it starts'\n$/,
    );
    expect(existsSync(path.join(repo, 'perf-budget.yml'))).toBe(false);
  });

  it("shows the log's tail of an app that does not start, exits 3 and writes nothing", async () => {
    mark();
    const repo = repository({
      'package.json': JSON.stringify({ scripts: { start: 'node -e "console.error(\'cannot find module ./db\'); process.exit(1)"' } }),
    });
    const r = await cli(repo, 'init', '--yes');
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/^perf-gate: the app \(npm start\) exited with code 1 before it listened on a port\nlast lines of its log \((.*app\.log)\):$/m);
    expect(existsSync(/its log \((.*app\.log)\)/.exec(r.err)![1]!)).toBe(true);
    expect(r.err).toContain('cannot find module ./db');
    expect(existsSync(path.join(repo, 'perf-budget.yml'))).toBe(false);
    expect(processesWith(marker)).toEqual([]);
  });

  it('refuses options of other commands and a malformed --endpoint', async () => {
    const repo = repository({ 'package.json': JSON.stringify({ scripts: { start: 'node server.js' } }) });
    expect(await cli(repo, 'init', '--baseline', 'x.json')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--baseline is an option of run, not init'),
    });
    expect(await cli(repo, 'run', '--force')).toMatchObject({ code: 2, err: expect.stringContaining('--force is an option of init, not run') });
    const bad = await cli(
      repo,
      'init',
      '--yes',
      '--command',
      "node -e \"require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT)\"",
      '--endpoint',
      'items',
    );
    expect(bad).toMatchObject({ code: 2, err: 'perf-gate: --endpoint items: expected a path on the app like /api/items, or name=/api/items\n' });
    expect(await cli(repo, 'init', '--yes', '--port', '70000')).toMatchObject({
      code: 2,
      err: expect.stringContaining("invalid --port: expected a TCP port from 1 to 65535, got '70000'"),
    });
    expect(await cli(repo, 'run', '--port', '3000')).toMatchObject({ code: 2, err: expect.stringContaining('--port is an option of init, not run') });
  });

  it('says in one line that the port given is taken, and writes nothing', async () => {
    const repo = repository({ 'package.json': JSON.stringify({ scripts: { start: 'node server.js' } }) });
    const held = net.createServer();
    await new Promise<void>((resolve) => held.listen(0, '127.0.0.1', resolve));
    const port = (held.address() as net.AddressInfo).port;
    try {
      const r = await cli(repo, 'init', '--yes', '--port', String(port));
      expect(r).toMatchObject({ code: 3, out: '' });
      // Said before anything of the app runs (its setup, a Django project's migrate, among them).
      expect(r.err).not.toContain('the app starts with');
      expect(r.err.split('\n').slice(-2)).toEqual([
        `perf-gate: --port ${port}: something on this machine already listens there; expected a free port (or leave --port out)`,
        '',
      ]);
    } finally {
      held.close();
    }
    expect(existsSync(path.join(repo, 'perf-budget.yml'))).toBe(false);
  });
});
