// What the action needs to know of the event that started the workflow, read from the runner's environment.
import { readFileSync } from 'node:fs';

export interface GitHubEvent {
  name: string;
  owner?: string;
  repo?: string;
  apiUrl: string;
  /** Pull requests only. */
  pullRequest?: { baseRef: string; baseSha: string; headSha: string };
  /** Push and tag events: the ref pushed. */
  ref?: string;
}

export function readGitHubEvent(env: NodeJS.ProcessEnv = process.env): GitHubEvent {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: { pull_request?: { base?: { ref?: string; sha?: string }; head?: { sha?: string } } } = {};
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    // no payload: treated as an event without a pull request
  }
  const pr = payload.pull_request;
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    ...(owner && repo && { owner, repo }),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    ...(pr?.base?.ref && pr.base.sha && pr.head?.sha && { pullRequest: { baseRef: pr.base.ref, baseSha: pr.base.sha, headSha: pr.head.sha } }),
    ...(env.GITHUB_REF && { ref: env.GITHUB_REF }),
  };
}
