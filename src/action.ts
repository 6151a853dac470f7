// The GitHub Action: inputs in, the gate run, outputs, job summary and the check's status out.
import * as core from '@actions/core';
import { existsSync, statSync } from 'node:fs';
import { readInputs } from './adapters/action-inputs.js';
import { listenForInterrupts } from './adapters/interrupts.js';
import { ConfigError, ExitCode, PerfGateError } from './core/errors.js';
import { verdictLine } from './core/render-shared.js';
import { fetchBaseline } from './adapters/baseline-artifacts.js';
import { storeReport } from './adapters/baseline-store.js';
import { createGitHubClient } from './adapters/github-client.js';
import { readGitHubEvent, type GitHubEvent } from './adapters/github-event.js';
import type { ActionSettings } from './adapters/action-inputs.js';
import { baselineFromFiles, runGate, type BaselineProvider } from './gate.js';

export async function run(): Promise<void> {
  const interrupts = listenForInterrupts();
  try {
    const settings = readInputs();
    if (!existsSync(settings.workingDirectory) || !statSync(settings.workingDirectory).isDirectory()) {
      throw new ConfigError([`Invalid input 'working-directory': expected an existing directory, got '${settings.workingDirectory}'`]);
    }
    const event = readGitHubEvent();
    const baseline = settings.baseline ? baselineFromFiles(settings.baseline, settings.workingDirectory) : artifactBaseline(settings, event);
    const outcome = await runGate({
      config: settings.config,
      outDir: settings.outDir,
      cwd: settings.workingDirectory,
      signal: interrupts.signal,
      ...(settings.chromePath && { chromePath: settings.chromePath }),
      ...(settings.tempDir && { tempDir: settings.tempDir }),
      ...(baseline && { baseline }),
      log: { info: (m) => core.info(m), warn: (m) => core.warning(m) },
    });
    const failed = outcome.report.checks.filter((c) => c.outcome === 'fail').length;
    core.setOutput('verdict', outcome.report.verdict);
    core.setOutput('report-path', outcome.paths.json);
    core.setOutput('report-dir', outcome.paths.dir);
    core.setOutput('failed-count', failed);
    core.setOutput('regressed-count', outcome.report.comparisons.filter((c) => c.gating && c.verdict === 'regressed').length);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.markdown).write();
    await storeBaseline(settings, event, outcome.paths.dir, outcome.report.verdict);
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

// On a pull request: the base branch's stored result, preferring the merge-base commit's.
function artifactBaseline(settings: ActionSettings, event: GitHubEvent): BaselineProvider | undefined {
  const pr = event.pullRequest;
  if (!pr || !event.owner || !event.repo) return undefined;
  const { owner, repo } = event;
  return async () => {
    if (!settings.token) return { ok: false, reason: "no github-token to read the base branch's artifacts with" };
    const github = createGitHubClient(settings.token, { baseUrl: event.apiUrl, log: { warn: (m) => core.warning(m) } });
    let mergeBaseSha = pr.baseSha;
    try {
      const { data } = await github.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${pr.baseSha}...${pr.headSha}`, per_page: 1 });
      mergeBaseSha = data.merge_base_commit.sha;
    } catch {
      // the base branch's head at the time of the event is the next best commit
    }
    const found = await fetchBaseline(github, { owner, repo, artifactName: settings.artifactName, baseRef: pr.baseRef, mergeBaseSha,
      maxAgeDays: settings.baselineMaxAgeDays,
      history: settings.baselineHistory,
    });
    if (!found.ok) return { ok: false, reason: found.reason, source: `artifact '${settings.artifactName}'` };
    return {
      ok: true,
      report: found.report,
      history: found.history,
      warnings: found.warnings,
      info: {
        source: `artifact '${settings.artifactName}' #${found.found.artifactId}${found.found.runId ? ` of run ${found.found.runId}` : ''} (${found.found.match})`,
        ...(found.found.sha && { sha: found.found.sha }),
        ref: `refs/heads/${pr.baseRef}`,
      },
    };
  };
}

// Push and tag events keep their result as the baseline later pull requests compare against.
async function storeBaseline(settings: ActionSettings, event: GitHubEvent, dir: string, verdict: string): Promise<void> {
  const wanted = settings.storeBaseline === 'always' || (settings.storeBaseline === 'auto' && event.name === 'push');
  if (!wanted || verdict === 'error') return;
  const stored = await storeReport(dir, settings.artifactName);
  if (stored.ok) {
    core.info(`stored the report as artifact '${settings.artifactName}' (#${stored.id}) for pull requests to compare against`);
    core.setOutput('baseline-artifact-id', stored.id);
  } else core.warning(`the report could not be stored as artifact '${settings.artifactName}': ${stored.reason}`);
}
