// What the action needs to know of the event that started the workflow, read from the runner's environment.
import { readFileSync } from 'node:fs';

export interface GitHubEvent {
  name: string;
  owner?: string;
  repo?: string;
  apiUrl: string;
  /** Pull requests only. `fork`: the head lives in another repository, so the token is read-only. */
  pullRequest?: { number: number; baseRef: string; baseSha: string; headSha: string; fork: boolean };
  /** Merge queue: the group's base branch and commit. */
  mergeGroup?: { baseRef: string; baseSha: string; headSha: string };
  /** The run that triggered a workflow_run event (the comment-only job reads its artifact). */
  triggeringRun?: { id: number; headSha: string; event: string; pullRequests: number[] };
  /** This workflow run's page, for links. */
  runUrl?: string;
  /** This workflow run (a merge job finds its shards' artifacts in it). */
  runId?: number;
  /** Push and tag events: the ref pushed. */
  ref?: string;
  /** The commit the workflow runs on (a pull request's merge commit; its head is in pullRequest). */
  sha?: string;
}

export function readGitHubEvent(env: NodeJS.ProcessEnv = process.env): GitHubEvent {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: Payload = {};
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    // no payload: treated as an event without a pull request
  }
  const pr = payload.pull_request;
  const mg = payload.merge_group;
  const wr = payload.workflow_run;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    ...(owner && repo && { owner, repo }),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    ...(pr?.number !== undefined &&
      pr.base?.ref &&
      pr.base.sha &&
      pr.head?.sha && {
        pullRequest: {
          number: pr.number,
          baseRef: pr.base.ref,
          baseSha: pr.base.sha,
          headSha: pr.head.sha,
          fork: pr.head.repo?.full_name !== undefined && pr.head.repo.full_name !== pr.base.repo?.full_name,
        },
      }),
    ...(mg?.base_ref &&
      mg.base_sha &&
      mg.head_sha && { mergeGroup: { baseRef: mg.base_ref.replace(/^refs\/heads\//, ''), baseSha: mg.base_sha, headSha: mg.head_sha } }),
    ...(wr?.id !== undefined &&
      wr.head_sha && {
        triggeringRun: { id: wr.id, headSha: wr.head_sha, event: wr.event ?? '', pullRequests: (wr.pull_requests ?? []).map((p) => p.number) },
      }),
    ...(env.GITHUB_REF && { ref: env.GITHUB_REF }),
    ...(env.GITHUB_SHA && { sha: env.GITHUB_SHA }),
    ...(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID && { runUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` }),
    ...(/^\d+$/.test(env.GITHUB_RUN_ID ?? '') && { runId: Number(env.GITHUB_RUN_ID) }),
  };
}

interface Payload {
  pull_request?: {
    number?: number;
    base?: { ref?: string; sha?: string; repo?: { full_name?: string } };
    head?: { sha?: string; repo?: { full_name?: string } };
  };
  merge_group?: { base_ref?: string; base_sha?: string; head_sha?: string };
  workflow_run?: { id?: number; head_sha?: string; event?: string; pull_requests?: { number: number }[] };
}
