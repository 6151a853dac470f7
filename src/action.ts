// The GitHub Action: inputs in, the gate run (or, in a workflow_run job, another run's report), then the
// comment, job summary, annotations, outputs and the check's status out.
import * as core from '@actions/core';
import { existsSync, statSync } from 'node:fs';
import { readInputs, type ActionSettings } from './adapters/github/action-inputs.js';
import type { GitHub } from './adapters/github/github-client.js';
import { baselineSource } from './adapters/baseline/baseline-source.js';
import { storeReport } from './adapters/baseline/baseline-store.js';
import { readGitHubEvent, type GitHubEvent } from './adapters/github/github-event.js';
import { listenForInterrupts } from './adapters/app/interrupts.js';
import { ConfigError, ExitCode, PerfGateError, RunError, messageOf } from './core/errors.js';
import type { ShardSpec } from './core/report/shard.js';
import { downloadShardReports, shardArtifactName } from './adapters/baseline/shard-artifacts.js';
import { mergeShardReports, readReportPaths } from './merge.js';
import { gatingRegressions, outcomeOf, type Annotation } from './core/verdict/outcome.js';
import { verdictLine } from './core/render/render-shared.js';
import { runCommentOnly } from './comment-only.js';
import { runGate } from './run/gate.js';
import { readAcceptance } from './adapters/github/accept-label.js';
import { findGuardianIssue, guardDefaultBranch } from './adapters/github/guardian.js';
import { apiFailure } from './adapters/github/github-client.js';
import type { Report } from './core/report/report.js';
import { budgetFileInRepo, client, postCheckRun, publish, pullRequestArtifactName } from './publish.js';
import { plural } from './core/units.js';

export async function run(): Promise<void> {
  const interrupts = listenForInterrupts();
  try {
    const settings = readInputs();
    const event = readGitHubEvent();
    // One client for the baseline's artifacts and the comment.
    const github = client(settings, event);
    if (settings.mode === 'comment-only') {
      await runCommentOnly(settings, event, github);
      return;
    }
    if (!existsSync(settings.workingDirectory) || !statSync(settings.workingDirectory).isDirectory()) {
      throw new ConfigError([`Invalid input 'working-directory': expected an existing directory, got '${settings.workingDirectory}'`]);
    }
    // On the default branch, an open guardian issue keeps the good commit every push compares against.
    const guarded = settings.mode === 'gate' ? await guardedEvent(settings, event, github) : { event };
    const outcome = settings.mode === 'merge' ? await runMerge(settings, event, github) : await gate(settings, guarded.event, github, interrupts.signal);
    core.setOutput('report-path', outcome.paths.json);
    core.setOutput('report-dir', outcome.paths.dir);
    // A shard's report is one part: the merge job comments, checks and stores the whole.
    if (settings.shard) {
      await publish(outcome.report, { ...settings, comment: false }, event, github);
      await storeShard(settings, settings.shard, outcome.paths.dir);
    } else {
      await core.group('Publishing the result', async () => {
        // Stored first, so the comment can link the artifact with report.html in it.
        const artifactId = await storeResult(settings, event, outcome.paths.dir, outcome.report.verdict);
        await publish(outcome.report, settings, event, github, event.pullRequest?.number, artifactId);
        await postCheckRun(outcome.report, settings, event, github, { ...(artifactId !== undefined && { artifactId }) });
        await guard(outcome.report, settings, guarded, github);
      });
    }
    // On the default branch a regression opens the guardian's issue; the push that stores the baseline does not fail.
    const failOn = event.defaultBranchPush ? { ...settings.failOn, regression: false } : settings.failOn;
    const judged = outcomeOf(outcome.report, failOn);
    annotate(judged.annotations, settings);
    const line = `perf-gate: ${verdictLine(outcome.report)}`;
    if (judged.failing.length === 0) core.info(line);
    else {
      core.setFailed(line);
      process.exitCode = interrupts.exitCode() ?? judged.exitCode;
    }
  } catch (e) {
    if (e instanceof ConfigError) for (const l of e.lines.slice(0, -1)) core.error(l);
    const message = e instanceof ConfigError ? (e.lines.at(-1) ?? e.message) : messageOf(e);
    core.setFailed(e instanceof PerfGateError ? message : `internal error: ${message}`);
    process.exitCode = e instanceof PerfGateError ? e.exitCode : ExitCode.run;
  } finally {
    interrupts.dispose();
  }
}

async function gate(settings: ActionSettings, event: GitHubEvent, github: GitHub | undefined, signal: AbortSignal) {
  const baseline = baselineSource(settings, event, github);
  // Read now, not from the event: a re-run after the label was added must see it.
  const pr = event.pullRequest;
  const acceptance =
    pr && github && event.owner && event.repo
      ? await readAcceptance(github, { owner: event.owner, repo: event.repo, number: pr.number }, settings.acceptLabel, { warn: (m) => core.warning(m) })
      : undefined;
  return runGate({
    ...(acceptance && { acceptance }),
    config: settings.config,
    outDir: settings.outDir,
    cwd: settings.workingDirectory,
    signal,
    ...(settings.shard && { shard: settings.shard }),
    ...(settings.chromePath && { chromePath: settings.chromePath }),
    ...(settings.baseUrl && { baseUrl: settings.baseUrl }),
    onSecrets: (secrets) => secrets.forEach((v) => core.setSecret(v)),
    ...(settings.tempDir && { tempDir: settings.tempDir }),
    ...(baseline && { baseline }),
    ...((event.pullRequest ?? event.mergeGroup) && { confirmBaseRef: (event.pullRequest ?? event.mergeGroup)!.baseSha }),
    ...(event.defaultBranchPush && { confirmBaseRef: event.defaultBranchPush.before }),
    log: { info: (m) => core.info(m), warn: (m) => core.warning(m), group: (title, fn) => core.group(title, fn) },
  });
}

// A push to the default branch compares against the stored run of the commit before it, or, while the guardian's
// issue is open, of the good commit it names: a regression that landed does not become the new normal.
async function guardedEvent(settings: ActionSettings, event: GitHubEvent, github: GitHub | undefined): Promise<{ event: GitHubEvent; open?: number }> {
  const push = event.defaultBranchPush;
  if (!push || !github || !event.owner || !event.repo) return { event };
  try {
    const open = await findGuardianIssue(github, { owner: event.owner, repo: event.repo }, settings.artifactName);
    if (!open) return { event };
    core.info(`issue #${open.number} is open: comparing against ${open.good?.slice(0, 7) ?? 'the commit before the push'}, its last good commit`);
    return { event: { ...event, defaultBranchPush: { ...push, before: open.good ?? push.before } }, open: open.number };
  } catch (e) {
    core.warning(`the open issues could not be read (${apiFailure(e).reason}); comparing against the commit before the push`);
    return { event };
  }
}

// A push to the default branch: the guardian's issue opened, updated or closed.
async function guard(report: Report, settings: ActionSettings, guarded: { event: GitHubEvent; open?: number }, github: GitHub | undefined): Promise<void> {
  const { event } = guarded;
  const push = event.defaultBranchPush;
  if (!push || !github || !event.owner || !event.repo) return;
  const regressed = report.baseline?.status === 'used' && gatingRegressions(report.comparisons).length > 0;
  const firstBad = regressed ? await bisectPush(settings, push.before, push.after) : undefined;
  await guardDefaultBranch(
    report,
    {
      key: settings.artifactName,
      ...push,
      ...(event.serverUrl && { repoUrl: `${event.serverUrl}/${event.owner}/${event.repo}` }),
      ...(event.runUrl && { runUrl: event.runUrl }),
      ...(firstBad && { firstBad }),
    },
    guarded.open,
    github,
    { owner: event.owner, repo: event.repo },
    { info: (m) => core.info(m), warn: (m) => core.warning(m) },
  );
}

// A regressed range of more than one commit: the first bad one, bisected on this runner within a time budget. Needs
// the history (actions/checkout with fetch-depth: 0); without it, said once.
async function bisectPush(settings: ActionSettings, good: string, bad: string): Promise<{ sha: string; subject: string } | undefined> {
  const { bisect, bisectDefaults } = await import('./bisect.js');
  const { gitAnswer } = await import('./adapters/baseline/git.js');
  const count = Number(gitAnswer(settings.workingDirectory, ['rev-list', '--count', `${good}..${bad}`]) ?? NaN);
  if (!Number.isFinite(count)) {
    core.info(`the range ${good.slice(0, 7)}…${bad.slice(0, 7)} is not in this checkout's history (fetch-depth: 0 brings it): not bisected`);
    return undefined;
  }
  if (count <= 1) return undefined;
  return core.group(`Bisecting ${count} commits`, async () => {
    try {
      const done = await bisect(settings.workingDirectory, {
        config: settings.config,
        good,
        bad,
        maxMs: bisectDefaults.guardianMs,
        log: { info: (m) => core.info(m), warn: (m) => core.warning(m) },
      });
      if (done.cut) core.warning(`bisection cut short (${done.cut}): the issue names the range only`);
      return done.first;
    } catch (e) {
      core.warning(`could not bisect the push: ${messageOf(e)}`);
      return undefined;
    }
  });
}

// mode: merge: the shards' reports, from directories the workflow downloaded or from this run's artifacts.
async function runMerge(settings: ActionSettings, event: GitHubEvent, github: GitHub | undefined) {
  let read;
  if (settings.shardReports) read = readReportPaths(settings.shardReports, settings.workingDirectory);
  else {
    if (!github || !event.owner || !event.repo || event.runId === undefined) {
      throw new ConfigError([
        "Invalid input 'shard-reports': without it mode: merge downloads this run's shard artifacts, which needs github-token and a workflow run",
      ]);
    }
    const found = await downloadShardReports(github, { owner: event.owner, repo: event.repo, runId: event.runId, artifactName: settings.artifactName });
    for (const w of found.unreadable) core.warning(w);
    if (found.read.length === 0) throw new RunError(`mode: merge: no shard report could be read (${found.unreadable.join('; ')})`);
    read = found.read;
  }
  const merged = mergeShardReports(read, settings.outDir, settings.workingDirectory);
  core.info(`merged ${plural(read.length, 'shard report')} into ${merged.paths.json}`);
  return merged;
}

// A shard's report goes to the merge job as an artifact of this run.
async function storeShard(settings: ActionSettings, shard: ShardSpec, dir: string): Promise<void> {
  const name = shardArtifactName(settings.artifactName, shard);
  const stored = await storeReport(dir, name);
  if (stored.ok) {
    core.info(`uploaded this shard's report as artifact '${name}' (#${stored.id}) for the merge job`);
    core.setOutput('report-artifact-id', stored.id);
  } else
    core.warning(
      `this shard's report could not be uploaded as artifact '${name}': ${stored.reason}; the merge job will name shard ${shard.index}/${shard.total} missing`,
    );
}

// The outcome's annotations: those on the budget file at its path in the workspace, where GitHub shows them.
function annotate(annotations: readonly Annotation[], settings: ActionSettings): void {
  const file = budgetFileInRepo(settings);
  for (const a of annotations) {
    const note = a.level === 'error' ? core.error : core.warning;
    const props = { ...(a.title && { title: a.title }), ...(a.file !== undefined && { file, ...(a.line !== undefined && { startLine: a.line }) }) };
    if (Object.keys(props).length > 0) note(a.message, props);
    else note(a.message);
  }
}

// Push and tag events keep their result as the baseline later runs compare against; pull requests upload theirs
// for the comment-only job (a fork's run cannot comment itself).
async function storeResult(settings: ActionSettings, event: GitHubEvent, dir: string, verdict: string): Promise<number | undefined> {
  if (verdict === 'error' || settings.storeBaseline === 'never') return undefined;
  const asBaseline = settings.storeBaseline === 'always' || event.name === 'push';
  const name = asBaseline ? settings.artifactName : event.pullRequest ? pullRequestArtifactName(settings.artifactName) : undefined;
  if (!name) return undefined;
  const stored = await storeReport(dir, name);
  if (stored.ok) {
    core.info(
      asBaseline
        ? `stored the report as artifact '${name}' (#${stored.id}) for later runs to compare against`
        : `uploaded the report as artifact '${name}' (#${stored.id})`,
    );
    core.setOutput(asBaseline ? 'baseline-artifact-id' : 'report-artifact-id', stored.id);
    return stored.id;
  }
  core.warning(`the report could not be stored as artifact '${name}': ${stored.reason}`);
  return undefined;
}
