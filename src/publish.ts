// What a gate run shows on GitHub: outputs, the job summary and the sticky pull-request comment, from one
// rendering. Shared by the gate (mode: gate) and the comment-only job.
import * as core from '@actions/core';
import type { ActionSettings } from './adapters/action-inputs.js';
import { createGitHubClient, type GitHub } from './adapters/github-client.js';
import type { GitHubEvent } from './adapters/github-event.js';
import { upsertComment } from './adapters/pr-comment.js';
import { outcomeOf } from './core/outcome.js';
import { commentMarker, renderComment } from './core/render-comment.js';
import type { Report } from './core/report.js';

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
): Promise<void> {
  const body = renderComment(report, { key: settings.artifactName, ...(event.runUrl && { runUrl: event.runUrl }) });
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
