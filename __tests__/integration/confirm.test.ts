// Confirmation on real processes: a stored baseline's regressed or unsure rows measured again beside the merge-base
// in a git worktree, interleaved; the confirmed verdict decides, the stored one is kept beside it.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import type { Report } from '../../src/core/report/report.js';
import { runGate } from '../../src/run/gate.js';
import { baselineFromFiles } from '../../src/adapters/baseline/baseline-file.js';
import { exampleAppDir, markerVariable, processesWith, tempDir, uniqueMarker } from '../helpers/processes.js';
import { ownRows } from '../helpers/rows.js';

const quiet = { info: () => {}, warn: () => {} };
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' }).trim();

/** A repository with the example app in app/, a budget confirming against `ref`, and the base committed. */
function repository(marker: string, confirm: string, delayMs = 0, extra = ''): string {
  const repo = tempDir();
  cpSync(exampleAppDir, path.join(repo, 'app'), { recursive: true });
  writeFileSync(
    path.join(repo, 'perf-budget.yml'),
    `app:
  command: node server.js
  cwd: app
  env: { PORT: 3000, ${markerVariable}: ${marker}${delayMs ? `, EXAMPLE_DELAY_MS: ${delayMs}` : ''} }
  baseUrl: http://127.0.0.1:3000
  ready: { url: /health, timeout: 10s }
confirm: ${confirm}
${extra}load: { duration: 1s, warmup: 200ms, samples: 5, connections: 4 }
relative: { runNoise: 0% }
endpoints:
  - { name: ping, url: /api/ping, relative: { p95: '+20% or +1ms' } }
`,
  );
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'base');
  return repo;
}

// 60 ms a request: a change certain on any machine (beside a CPU hog, 3 ms could read unsure, and with two test
// files and the hog on two cores a base's p95 reached 20 ms).
function commitSlower(repo: string): void {
  const server = path.join(repo, 'app', 'server.js');
  writeFileSync(server, "process.env.EXAMPLE_DELAY_MS ??= '60';\n" + readFileSync(server, 'utf8'));
  git(repo, 'commit', '-qam', 'slower');
}

type StoredReport = { targets: { metrics: Record<string, { samples: number[]; value: number }> }[] };

/** Every p95 sample about 1 ms, as a quiet runner measures the example app: the stored run this checkout measured
 * alone beside another test file once had a sample slow enough to leave a 60 ms slowdown `unsure`. */
const quietMachine = (r: StoredReport) => {
  const p95 = r.targets[0]!.metrics.p95!;
  p95.samples = p95.samples.map((_, i) => 1 + (i % 3) * 0.05);
  p95.value = 1.05;
};

/** The stored run: this checkout measured alone, as a push would have stored it. */
async function storedRun(repo: string, out: string, edit?: (report: StoredReport) => void) {
  const run = await runGate({ config: 'perf-budget.yml', outDir: out, cwd: repo, log: quiet });
  const file = path.join(repo, out, 'report.json');
  if (edit) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    edit(report);
    writeFileSync(file, JSON.stringify(report));
  }
  return run;
}

describe('confirmation of a stored-baseline verdict', () => {
  it('measures a regressed rule again beside the merge-base and keeps both verdicts', async () => {
    const marker = uniqueMarker();
    const temp = tempDir('perf-gate-wt-');
    const repo = repository(marker, "{ ref: 'HEAD~1' }", 0, 'diagnose: { duration: 1s }\n');
    await storedRun(repo, 'stored', quietMachine);
    commitSlower(repo);
    const out = await runGate({
      config: 'perf-budget.yml',
      outDir: 'out',
      cwd: repo,
      tempDir: temp,
      log: quiet,
      baseline: baselineFromFiles(['stored/report.json'], repo),
    });
    expect(out.report.errors).toEqual([]);
    const [row] = out.report.comparisons;
    // Stored: regressed, or unsure where a neighbouring test file kept the runner busy (the runner's speed).
    expect({ exit: out.exitCode, verdict: row!.verdict, row }).toMatchObject({ exit: 1, verdict: 'regressed' });
    expect(row!.stored?.verdict).toMatch(/^(regressed|unsure)$/);
    expect(out.report.baseline!.confirmation).toMatchObject({ status: 'confirmed', sampling: [{ target: 'ping', stop: expect.any(String) }] });
    expect(out.markdown).toMatch(/measured again beside worktree of [0-9a-f]{7} \(merge-base with HEAD&#126;1\) on this runner/);
    expect(out.markdown).toMatch(/\(confirmed; stored baseline: (regressed|unsure)\)/);
    expect(existsSync(path.join(repo, 'out', 'confirm-base-app.log'))).toBe(true);
    // The confirmed regression profiled on both apps before they stopped (the head waits, so no function grew).
    expect(out.report.diagnosis!.endpoints).toEqual([expect.objectContaining({ target: 'ping', profiler: 'v8' })]);
    expect(out.markdown).toContain('**Why `ping`**');
    // Nothing left in the temp directory: the worktree, Chrome's files, the Python sampler's counts.
    expect(readdirSync(temp)).toEqual([]);
    expect(processesWith(marker)).toEqual([]);
  });

  it('clears a stored-baseline alarm that the same runner does not see', async () => {
    const marker = uniqueMarker();
    // 5 ms a response, so that a stored run of 1 ms is beyond the rule's 1 ms. Sampling beside the base bounded by time,
    // not by maxSamples: a low maximum makes a busy runner's rule undecidable, and it would not be confirmed at all.
    const repo = repository(marker, "{ ref: 'HEAD~1', timeBudget: 10s }", 5);
    // A stored run from a faster machine: every p95 sample about 1 ms, where this one waits 5 ms a response (a third
    // of what a fresh machine's first run measured was not always below that).
    await storedRun(repo, 'stored', quietMachine);
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'no change');
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: repo, log: quiet, baseline: baselineFromFiles(['stored/report.json'], repo) });
    const [row] = out.report.comparisons;
    // Regressed, or on a runner busy enough to widen the head's interval unsure leaning worse: suspect either way.
    expect(['regressed', 'unsure']).toContain(row!.stored?.verdict);
    expect(row!.verdict).not.toBe('regressed');
    expect(out.exitCode).toBe(0);
    expect(processesWith(marker)).toEqual([]);
  });

  it("confirms what a runner slower than the stored run's could have made regressed", async () => {
    const marker = uniqueMarker();
    // 5 ms a response, past a stored 1 ms by more than the rule's 1 ms. Three samples a side beside the base, a few
    // seconds more at most: enough to say the unchanged build is not regressed.
    const repo = repository(marker, "{ ref: 'HEAD~1', minSamples: 3, timeBudget: 5s }", 5);
    // Stored on a runner far faster: its responder answered twenty times the requests a second (a busy runner here
    // moved its own by ×4 between two runs), and every p95 sample about 1 ms, where this one waits 5 ms a response.
    await storedRun(repo, 'stored', (r) => {
      const report = r as StoredReport & { environment: Report['environment'] };
      const probe = report.environment.speedProbe!;
      report.environment.speedProbe = { rps: probe.rps * 20, samples: probe.samples.map((v) => v * 20) };
      quietMachine(r);
    });
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'no change');
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: repo, log: quiet, baseline: baselineFromFiles(['stored/report.json'], repo) });
    // The probe ran before the endpoint and after it; the runner reads slower than the stored one.
    expect(out.report.environment.speedProbe!.samples).toHaveLength(2);
    expect(out.report.baseline!.runnerSpeed!.ratio).toBeGreaterThan(1.5);
    const [row] = ownRows(out.report.comparisons);
    expect(out.report.baseline!.confirmation).toMatchObject({ status: 'confirmed' });
    expect(row!.stored?.verdict).toMatch(/^(regressed|unsure)$/);
    expect(row!.verdict).not.toBe('regressed');
    expect(out.markdown).toMatch(/This runner was ×[\d.]+ slower than when it was stored/);
    expect(out.exitCode).toBe(0);
    expect(processesWith(marker)).toEqual([]);
  });

  it('says in one line when it cannot confirm, and the stored verdict stands', async () => {
    const marker = uniqueMarker();
    const repo = repository(marker, "{ ref: 'no-such-branch' }");
    await storedRun(repo, 'stored', quietMachine);
    commitSlower(repo);
    const warnings: string[] = [];
    const out = await runGate({
      config: 'perf-budget.yml',
      outDir: 'out',
      cwd: repo,
      log: { info: () => {}, warn: (m) => void warnings.push(m) },
      baseline: baselineFromFiles(['stored/report.json'], repo),
    });
    expect(out.report.errors).toEqual([]);
    // The stored verdict stands: regressed, or unsure where the runner's change since the stored run could explain it.
    const [row] = ownRows(out.report.comparisons);
    expect(row!.stored).toBeUndefined();
    if (row!.drift)
      expect({ verdict: row!.verdict, measured: row!.drift.measured, exit: out.exitCode }).toEqual({ verdict: 'unsure', measured: 'regressed', exit: 0 });
    else expect({ verdict: row!.verdict, exit: out.exitCode }).toEqual({ verdict: 'regressed', exit: 1 });
    expect(out.report.baseline!.confirmation).toMatchObject({ status: 'not possible', reason: expect.stringContaining('no-such-branch') });
    expect(warnings.filter((w) => w.startsWith('could not confirm'))).toHaveLength(1);
    expect(out.markdown).toContain('Not confirmed on this runner (');
    expect(processesWith(marker)).toEqual([]);
  });

  it('with confirm: {} measures beside the base commit the action gives (or the CLI, --base), and says so when there is none', async () => {
    const marker = uniqueMarker();
    const repo = repository(marker, '{}');
    await storedRun(repo, 'stored', quietMachine);
    const baseSha = git(repo, 'rev-parse', 'HEAD');
    commitSlower(repo);
    const baseline = baselineFromFiles(['stored/report.json'], repo);
    // A red check reproduced on a laptop: the CLI given the pull request's base, as the action gives it.
    const cli = await runCli(['run', '-q', '-o', 'out', '-b', 'stored/report.json', '--base', baseSha], { out: () => {}, err: () => {}, cwd: repo });
    expect(cli).toBe(1);
    const given = JSON.parse(readFileSync(path.join(repo, 'out', 'report.json'), 'utf8')) as Report;
    expect(given.baseline!.confirmation).toMatchObject({ status: 'confirmed', sha: baseSha });
    expect(given.comparisons[0]!.stored?.verdict).toMatch(/^(regressed|unsure)$/);
    const none = await runGate({ config: 'perf-budget.yml', outDir: 'out2', cwd: repo, log: quiet, baseline });
    expect(none.report.baseline!.confirmation).toEqual({
      status: 'not possible',
      reason: 'no base to measure beside: give confirm.ref or --base REF, or run in a pull request',
    });
    expect(processesWith(marker)).toEqual([]);
  });

  it('does nothing more when the stored baseline raises no suspicion', async () => {
    const marker = uniqueMarker();
    const repo = repository(marker, "{ ref: 'HEAD~1' }");
    // A stored run from a much slower machine: nothing here can look worse, even on a runner busy enough to triple a
    // p95 (×3 read unsure leaning worse once, and was confirmed).
    await storedRun(repo, 'stored', (r) => {
      const p95 = r.targets[0]!.metrics.p95!;
      p95.samples = p95.samples.map((v) => v * 20);
      p95.value *= 20;
    });
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'no change');
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: repo, log: quiet, baseline: baselineFromFiles(['stored/report.json'], repo) });
    // Unchanged, or unsure leaning better on a busy machine: never suspect.
    expect(ownRows(out.report.comparisons).map((r) => r.verdict)).toEqual([expect.stringMatching(/^(unchanged|unsure|improved)$/)]);
    expect(out.report.baseline!.confirmation).toEqual({ status: 'not needed' });
    expect(existsSync(path.join(repo, 'out', 'confirm-app.log'))).toBe(false);
  });
});
