// No process outlives a run: SIGTERM or SIGINT to perf-gate mid-load ends the app, and the measured part is written.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readOutputs, runnerEnv } from '../helpers/action-env.js';
import { tightPingEndpoints, writeExampleBudget } from '../helpers/budgets.js';
import { markerVariable, processesWith, repoRoot, runProcess, tempDir, uniqueMarker } from '../helpers/processes.js';

const longLoad = '{ duration: 60s, warmup: 0s, samples: 120, connections: 2 }';

describe('interrupting a run', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('the CLI on %s ends the app, writes the report and exits %d', async (signal, exitCode) => {
    const dir = tempDir();
    const marker = uniqueMarker();
    const budget = await writeExampleBudget(dir, { marker, load: longLoad });
    let sent = false;
    const run = await runProcess(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'run', '--config', budget.file, '--out', 'out'], {
      cwd: dir,
      // Interrupt once two bursts are measured.
      onOutput: (text, child) => {
        if (!sent && /ping\s+2\/120/.test(text)) {
          sent = true;
          expect(processesWith(marker).length).toBeGreaterThan(0);
          child.kill(signal);
        }
      },
    });
    expect(sent).toBe(true);
    expect(run.code).toBe(exitCode);
    expect(processesWith(marker)).toEqual([]);
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.verdict).toBe('error');
    expect(report.errors).toEqual([`interrupted (${signal}) before the run completed`]);
    expect(report.targets).toHaveLength(1);
    expect(report.targets[0].endpoint.bursts.length).toBeGreaterThanOrEqual(2);
    expect(run.stdout).toMatch(/^perf-gate: ERROR — could not complete/m);
  });

  it('the action on SIGTERM (a cancelled job) ends the app and sets its outputs', async () => {
    const workspace = tempDir();
    const marker = uniqueMarker();
    await writeExampleBudget(workspace, { marker, load: longLoad });
    const runner = runnerEnv(workspace, tempDir(), {});
    let sent = false;
    const run = await runProcess(process.execPath, [path.join(repoRoot, 'dist', 'index.js')], {
      cwd: workspace,
      env: runner.env,
      onOutput: (text, child) => {
        if (!sent && /ping\s+1\/120/.test(text)) {
          sent = true;
          child.kill('SIGTERM');
        }
      },
    });
    expect(sent).toBe(true);
    expect(run.code).toBe(143);
    expect(processesWith(marker)).toEqual([]);
    expect(readOutputs(runner.outputFile).verdict).toBe('error');
    expect(run.stdout).toMatch(/^::error::interrupted \(SIGTERM\) before the run completed$/m);
  });

  it("SIGTERM during a page audit ends Chrome and the app, and removes Chrome's files", async () => {
    const dir = tempDir();
    const chromeTemp = tempDir('pgt-');
    const marker = uniqueMarker();
    const budget = await writeExampleBudget(dir, { marker, endpoints: '  []\n', pages: '  - { name: home, url: /, runs: 9 }\n' });
    let sent = false;
    const run = await runProcess(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'run', '--config', budget.file, '--out', 'out'], {
      cwd: dir,
      // Chrome inherits perf-gate's environment, marker included, and its temp folder.
      env: { ...process.env, [markerVariable]: marker, TMPDIR: chromeTemp },
      onOutput: (text, child) => {
        if (!sent && /home run 1\/9/.test(text)) {
          sent = true;
          child.kill('SIGTERM');
        }
      },
    });
    // Never signalled: say what the run printed instead of the first page run.
    expect({ sent, tail: sent ? '' : `${run.stdout}${run.stderr}`.slice(-3000) }).toEqual({ sent: true, tail: '' });
    expect(run.code).toBe(143);
    expect(processesWith(marker)).toEqual([]);
    expect(readdirSync(chromeTemp)).toEqual([]);
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.targets[0].page.runs.filter((r: { ok: boolean }) => r.ok).length).toBeGreaterThanOrEqual(1);
  });

  it('an app that dies while it is loaded ends the run with its log, the measured part kept', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    const budget = await writeExampleBudget(dir, { marker, load: '{ duration: 3s, warmup: 0s, samples: 6, connections: 2 }' });
    writeFileSync(budget.file, readFileSync(budget.file, 'utf8').replace('command: node server.js', "command: 'timeout 1 node server.js'"));
    const run = await runProcess(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'run', '-q', '--config', budget.file, '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(3);
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.errors).toEqual([
      expect.stringMatching(/^the app exited with code 124 while it was measured\nlast lines of the app's log .*:\nexample app listening/),
    ]);
    expect(report.targets.map((t: { name: string }) => t.name)).toEqual(['ping']);
    expect(processesWith(marker)).toEqual([]);
  });

  it('an app.stop that fails ends the run with exit 3 after the results are written, the app ended all the same', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    const budget = await writeExampleBudget(dir, { marker });
    writeFileSync(budget.file, readFileSync(budget.file, 'utf8').replace('  cwd:', "  stop: 'echo no such service; exit 4'\n  cwd:"));
    const run = await runProcess(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'run', '-q', '--config', budget.file, '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(3);
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.errors).toEqual([
      expect.stringMatching(/^app\.stop 'echo no such service; exit 4' exited with code 4\nlast lines of the app's log .*:\n[^]*no such service$/),
    ]);
    expect(report.targets.map((t: { name: string; status: string }) => [t.name, t.status])).toEqual([
      ['ping', 'ok'],
      ['items', 'ok'],
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(processesWith(marker)).toEqual([]);
  });

  it('a failing run leaves no process behind', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    const budget = await writeExampleBudget(dir, { marker, env: { EXAMPLE_DELAY_MS: '100' }, endpoints: tightPingEndpoints });
    const run = await runProcess(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'run', '-q', '--config', budget.file], { cwd: dir });
    expect(run.code).toBe(1);
    expect(processesWith(marker)).toEqual([]);
  });
});
