// What a gate run shows on GitHub: outputs, the job summary and the sticky pull-request comment, from one
// rendering. Shared by the gate (mode: gate) and the comment-only job.
import * as core from '@actions/core';
import path from 'node:path';
import type { ActionSettings } from './adapters/github/action-inputs.js';
import { createGitHubClient, type GitHub } from './adapters/github/github-client.js';
import type { GitHubEvent } from './adapters/github/github-event.js';
import { upsertComment } from './adapters/github/pr-comment.js';
import { publishCheckRun } from './adapters/github/check-run.js';
import { checkRunPayload } from './core/report/check-run.js';
import { outcomeOf } from './core/verdict/outcome.js';
import { commentMarker, renderComment } from './core/render/render-comment.js';
import type { Report } from './core/report/report.js';

/** The artifact a pull request's report is uploaded under, for a comment-only workflow_run job to post. */
export const pullRequestArtifactName = (name: string) => `${name}-pr`;

export function client(settings: ActionSettings, event: GitHubEvent): GitHub | undefined {
  return settings.token ? createGitHubClient(settings.token, { baseUrl: event.apiUrl, log: { warn: (m) => core.warning(m) } }) : undefined;
}

/**
 * Outputs, job summary and (on a pull request) the sticky comment: the same markdown everywhere. A comment that
 * cannot be posted (a fork's read-only token, a missing permission) is a warning; the summary still has it.
 */
export async function publish(
  report: Report,
  settings: ActionSettings,
  event: GitHubEvent,
  github: GitHub | undefined,
  issueNumber = event.pullRequest?.number,
  artifactId?: number,
): Promise<void> {
  const body = renderComment(report, {
    key: settings.artifactName,
    ...(event.runUrl && { runUrl: event.runUrl }),
    ...(event.runUrl && artifactId !== undefined && { artifactUrl: `${event.runUrl}/artifacts/${artifactId}` }),
  });
  core.setOutput('verdict', report.verdict);
  const outcome = outcomeOf(report);
  core.setOutput('failed-count', outcome.failedChecks.length);
  core.setOutput('regressed-count', outcome.regressions.length);
  core.setOutput('comment-body', body);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(body).write();
  if (issueNumber === undefined || !settings.comment || !event.owner || !event.repo) return;
  if (!github) {
    core.warning('no github-token: the pull-request comment was not posted; the job summary has it');
    return;
  }
  const posted = await upsertComment(github, { owner: event.owner, repo: event.repo, issueNumber, marker: commentMarker(settings.artifactName), body });
  if (posted.ok) {
    core.setOutput('comment-id', posted.id);
    core.info(`${posted.action} the pull-request comment${posted.url ? ` ${posted.url}` : ''}`);
    return;
  }
  const why =
    posted.status === 403 && event.pullRequest?.fork
      ? 'a pull request from a fork gets a read-only token; the comment-only workflow (mode: comment-only) posts it from the uploaded report'
      : posted.status === 403 || posted.status === 404
        ? 'the token needs permissions: pull-requests: write'
        : 'GitHub did not accept it';
  core.warning(`the pull-request comment was not posted (${posted.reason}): ${why}. The job summary has it.`);
}

/** The budget file as a path in the repository, where GitHub shows annotations. */
export function budgetFileInRepo(settings: Pick<ActionSettings, 'workingDirectory' | 'config'>): string {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  return path.relative(workspace, path.resolve(settings.workingDirectory, settings.config)).split(path.sep).join('/');
}

/**
 * A check run for the budget file on the commit measured (a pull request's head, a merge group's, a push's): the
 * verdict as its title, the comment as its summary, the annotations on the budget's lines. Refused (a token without
 * checks: write), it is a warning: the comment and the job summary still have everything.
 */
export async function postCheckRun(
  report: Report,
  settings: ActionSettings,
  event: GitHubEvent,
  github: GitHub | undefined,
  opts: { headSha?: string; artifactId?: number } = {},
): Promise<void> {
  const headSha = opts.headSha ?? event.pullRequest?.headSha ?? event.mergeGroup?.headSha ?? event.sha;
  if (!settings.checkRun || !event.owner || !event.repo || !headSha) return;
  if (!github) {
    core.warning('no github-token: the check run was not created; the job summary has the result');
    return;
  }
  const payload = checkRunPayload(report, {
    key: settings.artifactName,
    path: budgetFileInRepo(settings),
    failOn: settings.failOn,
    ...(event.runUrl && { runUrl: event.runUrl }),
    ...(event.runUrl && opts.artifactId !== undefined && { artifactUrl: `${event.runUrl}/artifacts/${opts.artifactId}` }),
  });
  const posted = await publishCheckRun(github, { owner: event.owner, repo: event.repo, headSha, ...(event.runUrl && { detailsUrl: event.runUrl }) }, payload);
  if (posted.ok) {
    core.setOutput('check-run-id', posted.id);
    core.info(`created the check run '${payload.name}' (${payload.conclusion})${posted.url ? ` ${posted.url}` : ''}`);
    return;
  }
  const why = posted.status === 403 || posted.status === 404 ? 'the token needs permissions: checks: write' : 'GitHub did not accept it';
  core.warning(`the check run was not created (${posted.reason}): ${why}. The comment and the job summary have the result.`);
}
