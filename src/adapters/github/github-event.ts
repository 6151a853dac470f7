// What the action needs to know of the event that started the workflow: @actions/github's context (the runner's
// environment and the event's payload), narrowed to the fields the gate uses.
import { context } from '@actions/github';

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
  /** A push to the repository's default branch: the commit before it, the one after, the commits it brought. */
  defaultBranchPush?: { branch: string; before: string; after: string; commits: { sha: string; subject: string }[] };
  /** Links to the repository's pages (compare views in the guardian's issue). */
  serverUrl?: string;
}

/** The part of @actions/github's context read here; tests hand in their own. */
export interface EventContext {
  eventName: string;
  payload: object;
  sha: string;
  ref: string;
  runId: number;
  apiUrl: string;
  serverUrl: string;
  /** owner/name: GITHUB_REPOSITORY on a runner (context.repo throws without it). */
  repository?: string;
}

export function readGitHubEvent(ctx: EventContext = { ...fields(hydrated()), repository: process.env.GITHUB_REPOSITORY }): GitHubEvent {
  const [owner, repo] = (ctx.repository ?? '').split('/');
  const payload = ctx.payload as Payload;
  const pr = payload.pull_request;
  const mg = payload.merge_group;
  const wr = payload.workflow_run;
  return {
    name: ctx.eventName ?? '',
    ...(owner && repo && { owner, repo }),
    apiUrl: ctx.apiUrl,
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
    ...(ctx.ref && { ref: ctx.ref }),
    ...(ctx.sha && { sha: ctx.sha }),
    ...defaultBranchPushOf(ctx.eventName, ctx.ref, payload),
    serverUrl: ctx.serverUrl,
    ...(owner && repo && Number.isInteger(ctx.runId) && { runUrl: `${ctx.serverUrl}/${owner}/${repo}/actions/runs/${ctx.runId}` }),
    ...(Number.isInteger(ctx.runId) && { runId: ctx.runId }),
  };
}

// A branch push that is not a creation (before all zeros) to the default branch the payload names.
function defaultBranchPushOf(name: string, ref: string | undefined, payload: Payload): Pick<GitHubEvent, 'defaultBranchPush'> {
  const branch = /^refs\/heads\/(.+)$/.exec(ref ?? '')?.[1];
  const { before, after, repository, commits } = payload;
  if (name !== 'push' || !branch || branch !== repository?.default_branch || !before || !after || /^0+$/.test(before)) return {};
  const list = (commits ?? []).filter((c) => c.id).map((c) => ({ sha: c.id as string, subject: (c.message ?? '').split('\n')[0] ?? '' }));
  return { defaultBranchPush: { branch, before, after, commits: list } };
}

// @actions/github builds its context when it is imported; one built when the action runs reads the environment it
// runs in (tests run the action many times in one process).
const hydrated = () => new (context.constructor as new () => typeof context)();

// The context's fields as plain data (its getters need GITHUB_REPOSITORY).
const fields = (c: typeof context): EventContext => ({
  eventName: c.eventName,
  payload: c.payload,
  sha: c.sha,
  ref: c.ref,
  runId: c.runId,
  apiUrl: c.apiUrl,
  serverUrl: c.serverUrl,
});

interface Payload {
  pull_request?: {
    number?: number;
    base?: { ref?: string; sha?: string; repo?: { full_name?: string } };
    head?: { sha?: string; repo?: { full_name?: string } };
  };
  merge_group?: { base_ref?: string; base_sha?: string; head_sha?: string };
  workflow_run?: { id?: number; head_sha?: string; event?: string; pull_requests?: { number: number }[] };
  before?: string;
  after?: string;
  repository?: { default_branch?: string };
  commits?: { id?: string; message?: string }[];
}
