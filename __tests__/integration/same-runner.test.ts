// Same-runner A/B on real processes: two copies of the example app side by side, a git worktree of the base,
// and teardown of both apps and the worktree whatever happens.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findChrome } from '../../src/adapters/pages/chrome.js';
import { runGate } from '../../src/run/gate.js';
import { exampleAppDir, markerVariable, processesWith, repoRoot, runProcess, tempDir, uniqueMarker } from '../helpers/processes.js';
import { ownRows } from '../helpers/rows.js';

// 20 ms a request: a change certain on any machine (beside a CPU hog, 3 ms could read unsure).
const slowStart = "process.env.EXAMPLE_DELAY_MS ??= '20';\n";

/** A checkout with the example app in app/ and a budget at its root. */
function checkout(dir: string, opts: { slow?: boolean; marker: string; sameRunner: string; endpoints?: string; pages?: string; load?: string }): string {
  cpSync(exampleAppDir, path.join(dir, 'app'), { recursive: true });
  if (opts.slow) writeFileSync(path.join(dir, 'app', 'server.js'), slowStart + readFileSync(path.join(dir, 'app', 'server.js'), 'utf8'));
  const file = path.join(dir, 'perf-budget.yml');
  writeFileSync(
    file,
    `app:
  command: node server.js
  cwd: app
  env: { ${markerVariable}: ${opts.marker} }
  baseUrl: http://127.0.0.1:3000
  ready: { url: /health, timeout: 10s }
sameRunner: ${opts.sameRunner}
load: ${opts.load ?? '{ duration: 1s, warmup: 200ms, samples: 5, connections: 4 }'}
endpoints:
${opts.endpoints ?? "  - { name: ping, url: /api/ping, relative: { p95: '+20% or +1ms' } }\n"}${opts.pages ? `pages:\n${opts.pages}` : ''}`,
  );
  return file;
}

const quiet = { info: () => {}, warn: () => {} };
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' }).trim();

/** Commits every file of the checkout, making it a repository first if it is not one. */
function commitAll(repo: string, message: string): void {
  if (!existsSync(path.join(repo, '.git'))) git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', message);
}

describe('same-runner A/B', () => {
  it('judges a head 20 ms slower than the base regressed, both apps ended', async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    checkout(path.join(root, 'base'), { marker, sameRunner: '{}' });
    checkout(path.join(root, 'head'), { marker, slow: true, sameRunner: '{ dir: ../base }' });
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: path.join(root, 'head'), log: quiet });
    expect(out.exitCode).toBe(1);
    expect(ownRows(out.report.comparisons).map((r) => [r.target, r.metric, r.verdict, r.gating])).toEqual([['ping', 'p95', 'regressed', true]]);
    expect(out.report.comparisons[0]!.runNoise).toBeUndefined();
    // Five samples a side at least (a busy machine may need more to settle): both apps started anew before each,
    // so each is one start's.
    const n = out.report.baseline!.sameRunner!.sampling[0]!.samples;
    expect(n).toBeGreaterThanOrEqual(5);
    expect(out.report.baseline).toMatchObject({
      status: 'used',
      source: `same runner: ${path.join(root, 'base')}`,
      sameRunner: { sampling: [{ target: 'ping', samples: n, stop: 'settled', appStarts: [...Array(n).keys()] }] },
    });
    expect(out.report.comparisons[0]).toMatchObject({ baseN: n, headN: n });
    // Its series runs on the app's own load time: bursts of 200 ms, each after 100 ms of re-warm-up.
    expect(out.report.targets[0]!.endpoint!.series!.map((p) => [p.t, p.phase, p.rps > 0]).slice(0, 1)).toEqual([[0, 'interleaved', true]]);
    expect(out.markdown).toContain(`measured interleaved with this run on the same runner. Samples a side: ping ${n} (settled, ${n} app starts).`);
    for (const log of ['app.log', 'base-app.log']) {
      expect(readFileSync(path.join(root, 'head', 'out', log), 'utf8').match(/example app listening/g)).toHaveLength(n);
    }
    expect(processesWith(marker)).toEqual([]);
  });

  it("catches CPU work a request by the app's own CPU time, measured around each burst of each side", async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    const endpoints = "  - { name: ping, url: /api/ping, relative: { cpu-per-request: '+20%' } }\n";
    checkout(path.join(root, 'base'), { marker, sameRunner: '{}', endpoints });
    const head = path.join(root, 'head');
    checkout(head, { marker, sameRunner: '{ dir: ../base }', endpoints });
    writeFileSync(path.join(head, 'app', 'server.js'), "process.env.EXAMPLE_WORK_US ??= '200';\n" + readFileSync(path.join(head, 'app', 'server.js'), 'utf8'));
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: head, log: quiet });
    expect(out.report.errors).toEqual([]);
    expect(ownRows(out.report.comparisons).map((r) => [r.metric, r.verdict])).toEqual([['cpu-per-request', 'regressed']]);
    // One sample a burst of each side: five at least, more when a busy machine kept the rule unsure.
    expect(out.report.targets[0]!.metrics['cpu-per-request']!.samples).toHaveLength(out.report.baseline!.sameRunner!.sampling[0]!.samples);
    expect(processesWith(marker)).toEqual([]);
  });

  it('never judges two identical copies regressed', async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    checkout(path.join(root, 'base'), { marker, sameRunner: '{}' });
    checkout(path.join(root, 'head'), { marker, sameRunner: '{ dir: ../base, maxSamples: 8, restartEvery: 2 }' });
    for (let i = 0; i < 2; i++) {
      const out = await runGate({ config: 'perf-budget.yml', outDir: `out${i}`, cwd: path.join(root, 'head'), log: quiet });
      expect(['unchanged', 'unsure']).toContain(out.report.comparisons[0]!.verdict);
      expect(out.exitCode).toBe(0);
      const [s] = out.report.baseline!.sameRunner!.sampling;
      expect(s!.samples).toBeGreaterThanOrEqual(5);
      expect(s!.samples).toBeLessThanOrEqual(8);
      // A start every two samples a side; each start one sample in the comparison.
      expect(s!.appStarts).toEqual([0, 2, 4, 6].filter((n) => n < s!.samples));
      expect(out.report.comparisons[0]!.baseN).toBe(s!.appStarts!.length);
    }
    expect(processesWith(marker)).toEqual([]);
  });

  it("alternates Lighthouse runs of a page between the two apps on one Chrome and keeps each run's report", async () => {
    const root = tempDir();
    // Chromium behind a script that counts its launches.
    const launches = path.join(root, 'launches');
    const chromePath = path.join(root, 'chrome');
    writeFileSync(chromePath, `#!/bin/sh\necho launch >> '${launches}'\nexec ${findChrome(undefined)} "$@"\n`, { mode: 0o755 });
    const marker = uniqueMarker();
    const pages = '  - { name: home, url: /, runs: 2, relative: { lcp: +10% or +200ms } }\n';
    checkout(path.join(root, 'base'), { marker, sameRunner: '{}', endpoints: '  []\n', pages });
    checkout(path.join(root, 'head'), { marker, sameRunner: '{ dir: ../base, maxSamples: 2 }', endpoints: '  []\n', pages });
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: path.join(root, 'head'), chromePath, log: quiet });
    expect(out.report.errors).toEqual([]);
    expect(readFileSync(launches, 'utf8').trim().split('\n')).toHaveLength(1);
    const home = out.report.targets[0]!;
    expect(home).toMatchObject({ kind: 'page', name: 'home', status: 'ok', page: { runsPlanned: 2 } });
    expect(home.metrics.lcp!.samples).toHaveLength(2);
    expect(out.report.baseline!.sameRunner!.sampling).toEqual([{ target: 'home', samples: 2, stop: expect.stringMatching(/^(settled|max samples)$/) }]);
    expect(ownRows(out.report.comparisons).map((r) => [r.target, r.metric, r.baseN, r.headN])).toEqual([['home', 'lcp', 2, 2]]);
    expect(home.page!.artifacts!.html).toMatch(/^pages\/home-run[12]\.report\.html$/);
    expect(existsSync(path.join(root, 'head', 'out', home.page!.artifacts!.html))).toBe(true);
    expect(readdirSync(path.join(root, 'head', 'out', 'pages')).filter((f) => f.endsWith('.html'))).toHaveLength(4);
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);

  it('keeps what was measured when the pages cannot be audited', async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    const pages = '  - { name: home, url: /, runs: 1, relative: { lcp: +10% } }\n';
    checkout(path.join(root, 'base'), { marker, sameRunner: '{}', pages });
    // Its fewest samples: what is kept is the point, not the verdict.
    checkout(path.join(root, 'head'), { marker, sameRunner: '{ dir: ../base, maxSamples: 2 }', pages });
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: path.join(root, 'head'), chromePath: '/nonexistent/chrome', log: quiet });
    expect(out.exitCode).toBe(3);
    expect(out.report.errors).toEqual([expect.stringMatching(/^Chrome not found at '\/nonexistent\/chrome'/)]);
    expect(out.report.targets.map((t) => [t.name, t.status])).toEqual([['ping', 'ok']]);
    expect(ownRows(out.report.comparisons).map((r) => [r.target, r.metric])).toEqual([['ping', 'p95']]);
    expect(JSON.parse(readFileSync(path.join(root, 'head', 'out', 'report.json'), 'utf8')).targets).toHaveLength(1);
    expect(processesWith(marker)).toEqual([]);
  });

  it('makes a worktree of the merge-base, builds it, compares, and removes it', async () => {
    const repo = tempDir();
    const temp = tempDir('perf-gate-wt-');
    const marker = uniqueMarker();
    const sameRunner = "{ ref: 'HEAD~1', build: 'echo built > built.txt' }";
    checkout(repo, { marker, sameRunner });
    commitAll(repo, 'base');
    const baseSha = git(repo, 'rev-parse', 'HEAD');
    writeFileSync(path.join(repo, 'app', 'server.js'), slowStart + readFileSync(path.join(repo, 'app', 'server.js'), 'utf8'));
    commitAll(repo, 'slower');
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: repo, tempDir: temp, log: quiet });
    expect(out.report.baseline).toMatchObject({ sha: baseSha, source: `same runner: worktree of ${baseSha.slice(0, 7)} (merge-base with HEAD~1)` });
    expect(out.report.comparisons[0]!.verdict).toBe('regressed');
    expect(readFileSync(path.join(repo, 'out', 'base-build.log'), 'utf8')).toBe('');
    // Gone: the worktree's folder and git's record of it.
    expect(readdirSync(temp)).toEqual([]);
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
    expect(processesWith(marker)).toEqual([]);
  });

  it('ends the first app and removes the worktree when the base cannot start, and says why', async () => {
    const repo = tempDir();
    const temp = tempDir('perf-gate-wt-');
    const marker = uniqueMarker();
    checkout(repo, { marker, sameRunner: "{ ref: 'HEAD~1' }" });
    writeFileSync(path.join(repo, 'app', 'server.js'), "console.error('base is broken'); process.exit(4);\n");
    commitAll(repo, 'broken base');
    cpSync(path.join(exampleAppDir, 'server.js'), path.join(repo, 'app', 'server.js'));
    commitAll(repo, 'fixed');
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: repo, tempDir: temp, log: quiet });
    expect(out.exitCode).toBe(3);
    expect(out.report.errors[0]).toMatch(/^the base's app exited with code 4 before it was ready/);
    expect(out.report.errors[0]).toContain('base is broken');
    expect(readdirSync(temp)).toEqual([]);
    expect(processesWith(marker)).toEqual([]);
  });

  it('keeps what was measured when an app cannot start again, ends the other, and measures nothing after', async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    const endpoints = '  - { name: ping, url: /api/ping, relative: { p95: +20% } }\n  - { name: items, url: /api/items, relative: { p95: +20% } }\n';
    checkout(path.join(root, 'base'), { marker, sameRunner: '{}', endpoints });
    const head = path.join(root, 'head');
    checkout(head, { marker, sameRunner: '{ dir: ../base, minSamples: 4, restartEvery: 2 }', endpoints });
    const once =
      "import { existsSync, writeFileSync } from 'node:fs';\nif (existsSync('started')) { console.error('refusing a second start'); process.exit(5); }\nwriteFileSync('started', '');\n";
    writeFileSync(path.join(head, 'app', 'server.js'), once + readFileSync(path.join(head, 'app', 'server.js'), 'utf8'));
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: head, log: quiet });
    expect(out.exitCode).toBe(3);
    expect(out.report.errors).toEqual([expect.stringMatching(/^this checkout's app exited with code 5 before it was ready[^]*refusing a second start/)]);
    expect(out.report.baseline!.sameRunner!.sampling).toEqual([{ target: 'ping', samples: 2, stop: 'error' }]);
    expect(out.report.targets.map((t) => [t.name, t.status, t.metrics.p95?.samples.length])).toEqual([['ping', 'ok', 2]]);
    expect(ownRows(out.report.comparisons).map((r) => [r.target, r.baseN])).toEqual([['ping', 2]]);
    expect(processesWith(marker)).toEqual([]);
  });

  it('stops with the log when an app dies between two restarts, keeps what was measured, and ends the other', async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    checkout(path.join(root, 'base'), { marker, sameRunner: '{}' });
    // The base dies the second time it is started, a moment after its first API request (however slow its start).
    const dying = `import http from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import { existsSync, writeFileSync } from 'node:fs';
if (existsSync('started')) {
  const create = http.createServer;
  const die = () => setTimeout(() => { console.error('out of memory'); process.exit(9); }, 300);
  http.createServer = (handle) => create((req, res) => { if (req.url.startsWith('/api/')) die(); handle(req, res); });
  syncBuiltinESMExports();
}
writeFileSync('started', '');
`;
    writeFileSync(path.join(root, 'base', 'app', 'server.js'), dying + readFileSync(path.join(root, 'base', 'app', 'server.js'), 'utf8'));
    checkout(path.join(root, 'head'), { marker, sameRunner: '{ dir: ../base, minSamples: 6, restartEvery: 2 }' });
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: path.join(root, 'head'), log: quiet });
    expect(out.exitCode).toBe(3);
    expect(out.report.errors).toEqual([
      expect.stringMatching(/^the base's app exited with code 9 while it was measured\nlast lines of the app's log \(.*base-app\.log\):\n[^]*out of memory$/),
    ]);
    const [sampling] = out.report.baseline!.sameRunner!.sampling;
    expect(sampling).toMatchObject({ target: 'ping', stop: 'error' });
    expect(sampling!.samples).toBeGreaterThanOrEqual(3);
    expect(out.report.targets.map((t) => [t.name, t.status])).toEqual([['ping', 'ok']]);
    expect(processesWith(marker)).toEqual([]);
  });

  it('on SIGTERM while both apps restart, ends them and exits 143', async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    checkout(path.join(root, 'base'), { marker, sameRunner: '{}' });
    checkout(path.join(root, 'head'), { marker, sameRunner: '{ dir: ../base, restartEvery: 1 }' });
    // A slow start: the restart is still waiting for readiness when the signal comes.
    for (const side of ['base', 'head']) {
      const budget = path.join(root, side, 'perf-budget.yml');
      writeFileSync(budget, readFileSync(budget, 'utf8').replace('command: node server.js', "command: 'sleep 1; exec node server.js'"));
    }
    let sent = false;
    const run = await runProcess(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'run', '--out', 'out'], {
      cwd: path.join(root, 'head'),
      onOutput: (text, child) => {
        if (!sent && /ping 1\/5/.test(text)) {
          sent = true;
          setTimeout(() => child.kill('SIGTERM'), 300);
        }
      },
    });
    expect(sent).toBe(true);
    expect(run.code).toBe(143);
    expect(run.stdout).not.toMatch(/restarted both apps/);
    expect(processesWith(marker)).toEqual([]);
    const report = JSON.parse(readFileSync(path.join(root, 'head', 'out', 'report.json'), 'utf8'));
    expect(report.errors).toEqual(['interrupted (SIGTERM) before the run completed']);
    expect(report.baseline.sameRunner.sampling).toEqual([{ target: 'ping', samples: 1, stop: 'interrupted' }]);
  });

  it('stops with a clear error when the base build fails', async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    checkout(path.join(root, 'base'), { marker, sameRunner: '{}' });
    checkout(path.join(root, 'head'), { marker, sameRunner: "{ dir: ../base, build: 'echo compiling; exit 7' }" });
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: path.join(root, 'head'), log: quiet });
    expect(out.exitCode).toBe(3);
    expect(out.report.errors[0]).toMatch(/^the base's build 'echo compiling; exit 7' exited with code 7\nlast lines of .*base-build\.log:\ncompiling$/);
    expect(processesWith(marker)).toEqual([]);
  });

  it('on SIGTERM ends both apps, removes the worktree and exits 143', async () => {
    const repo = tempDir();
    const temp = tempDir('perf-gate-wt-');
    const marker = uniqueMarker();
    checkout(repo, { marker, sameRunner: '{ ref: HEAD }', load: '{ duration: 60s, warmup: 0s, samples: 120, connections: 2 }' });
    commitAll(repo, 'one');
    let sent = false;
    const run = await runProcess(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'run', '--out', 'out'], {
      cwd: repo,
      env: { ...process.env, TMPDIR: temp },
      onOutput: (text, child) => {
        if (!sent && /ping 2\/120/.test(text)) {
          sent = true;
          expect(processesWith(marker).length).toBeGreaterThanOrEqual(2);
          child.kill('SIGTERM');
        }
      },
    });
    expect(sent).toBe(true);
    expect(run.code).toBe(143);
    expect(processesWith(marker)).toEqual([]);
    expect(readdirSync(temp).filter((f) => f.startsWith('pgb-'))).toEqual([]);
    expect(git(repo, 'worktree', 'list').split('\n')).toHaveLength(1);
    const report = JSON.parse(readFileSync(path.join(repo, 'out', 'report.json'), 'utf8'));
    expect(report.errors).toContain('interrupted (SIGTERM) before the run completed');
  });
});
