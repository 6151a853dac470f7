// The GitHub Action: inputs in, the gate run, outputs, job summary and the check's status out.
import * as core from '@actions/core';
import { existsSync, statSync } from 'node:fs';
import { readInputs } from './adapters/action-inputs.js';
import { listenForInterrupts } from './adapters/interrupts.js';
import { ConfigError, ExitCode, PerfGateError } from './core/errors.js';
import { verdictLine } from './core/render-shared.js';
import { runGate } from './gate.js';

export async function run(): Promise<void> {
  const interrupts = listenForInterrupts();
  try {
    const settings = readInputs();
    if (!existsSync(settings.workingDirectory) || !statSync(settings.workingDirectory).isDirectory()) {
      throw new ConfigError([`Invalid input 'working-directory': expected an existing directory, got '${settings.workingDirectory}'`]);
    }
    const outcome = await runGate({
      config: settings.config,
      outDir: settings.outDir,
      cwd: settings.workingDirectory,
      signal: interrupts.signal,
      ...(settings.chromePath && { chromePath: settings.chromePath }),
      ...(settings.tempDir && { tempDir: settings.tempDir }),
      ...(settings.baseline && { baseline: settings.baseline }),
      log: { info: (m) => core.info(m), warn: (m) => core.warning(m) },
    });
    const failed = outcome.report.checks.filter((c) => c.outcome === 'fail').length;
    core.setOutput('verdict', outcome.report.verdict);
    core.setOutput('report-path', outcome.paths.json);
    core.setOutput('report-dir', outcome.paths.dir);
    core.setOutput('failed-count', failed);
    core.setOutput('regressed-count', outcome.report.comparisons.filter((c) => c.gating && c.verdict === 'regressed').length);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.markdown).write();
    for (const c of outcome.report.checks.filter((c) => c.outcome === 'fail')) core.error(c.message);
    const line = `perf-gate: ${verdictLine(outcome.report)}`;
    if (outcome.exitCode === ExitCode.pass) core.info(line);
    else {
      for (const e of outcome.report.errors) core.error(e);
      core.setFailed(line);
      process.exitCode = interrupts.exitCode() ?? outcome.exitCode;
    }
  } catch (e) {
    if (e instanceof ConfigError) for (const l of e.lines.slice(0, -1)) core.error(l);
    const message = e instanceof ConfigError ? (e.lines.at(-1) ?? e.message) : e instanceof Error ? e.message : String(e);
    core.setFailed(e instanceof PerfGateError ? message : `internal error: ${message}`);
    process.exitCode = e instanceof PerfGateError ? e.exitCode : ExitCode.run;
  } finally {
    interrupts.dispose();
  }
}
