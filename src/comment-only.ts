// mode: comment-only, for a workflow_run job: a pull request's gate (from a fork, with a read-only token)
// uploaded its report; this job, trusted with pull-requests: write, checks it and posts the comment. The
// artifact is untrusted: it is validated field by field, its pull request must point at the run's commit,
// and every string is escaped when rendered. Nothing from it is executed.
import * as core from '@actions/core';
import type { ActionSettings } from './adapters/github/action-inputs.js';
import { downloadReportJson } from './adapters/baseline/baseline-artifacts.js';
import type { GitHub } from './adapters/github/github-client.js';
import type { GitHubEvent } from './adapters/github/github-event.js';
import { postCheckRun, publish, pullRequestArtifactName } from './publish.js';
import { ConfigError, ExitCode, PerfGateError, firstLineOf } from './core/errors.js';
import { validateReport } from './core/report/report.js';

export async function runCommentOnly(settings: ActionSettings, event: GitHubEvent, github: GitHub | undefined): Promise<void> {
  const run = event.triggeringRun;
  if (!run || !event.owner || !event.repo) {
    throw new ConfigError([`Invalid input 'mode': comment-only runs in a workflow_run job, but this event is '${event.name}'`]);
  }
  if (!github) throw new ConfigError(["Invalid input 'github-token': comment-only needs a token with pull-requests: write and actions: read"]);
  const { owner, repo } = event;
  const name = pullRequestArtifactName(settings.artifactName);
  const fail = (message: string) => new PerfGateError(`comment-only: ${message}`, ExitCode.run);

  let artifactId: number | undefined;
  try {
    const { data } = await github.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: run.id, name, per_page: 100 });
    artifactId = data.artifacts.find((a) => a.name === name && !a.expired)?.id;
  } catch (e) {
    throw fail(`the artifacts of run ${run.id} could not be listed (${firstLineOf(e)})`);
  }
  if (artifactId === undefined) {
    core.info(`run ${run.id} uploaded no artifact '${name}' (not a pull request, or the gate could not run): nothing to comment`);
    return;
  }
  const read = await downloadReportJson(github, owner, repo, artifactId);
  if (!read.ok) throw fail(read.reason);
  const checked = validateReport(read.json);
  if (!checked.ok) throw fail(`report.json in artifact ${artifactId} is not a valid perf-gate report (${checked.reason})`);
  const report = checked.report;

  const number = await pullRequestOf(github, owner, repo, run, report.environment.git?.ref);
  if (number === undefined) throw fail(`run ${run.id} cannot be tied to an open pull request at commit ${run.headSha.slice(0, 7)}`);
  const server = event.runUrl?.replace(/\/[^/]+\/[^/]+\/actions\/runs\/\d+$/, '') ?? 'https://github.com';
  const measured = { ...event, runUrl: `${server}/${owner}/${repo}/actions/runs/${run.id}` };
  await publish(report, settings, measured, github, number);
  // The fork's run could not create its check run either: it goes on the commit that run measured.
  await postCheckRun(report, settings, measured, github, { headSha: run.headSha });
}

// GitHub lists the pull requests of a same-repository run; for a fork's it lists none, so the number the report
// carries (refs/pull/N/merge) is used only if that pull request's head is the commit the run measured.
async function pullRequestOf(
  github: GitHub,
  owner: string,
  repo: string,
  run: NonNullable<GitHubEvent['triggeringRun']>,
  ref: string | undefined,
): Promise<number | undefined> {
  if (run.pullRequests.length > 0) return run.pullRequests[0];
  const claimed = Number(/^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(ref ?? '')?.[1]);
  if (!Number.isInteger(claimed) || claimed <= 0) return undefined;
  try {
    const { data } = await github.rest.pulls.get({ owner, repo, pull_number: claimed });
    return data.head.sha === run.headSha ? claimed : undefined;
  } catch {
    return undefined;
  }
}
