// The event the gate reads from @actions/github's context: a literal context in, the fields the gate uses out.
import { describe, expect, it } from '@jest/globals';
import { readGitHubEvent, type EventContext } from '../../src/adapters/github/github-event.js';

const base: EventContext = {
  eventName: 'pull_request',
  payload: {},
  sha: 'm'.repeat(40),
  ref: 'refs/pull/5/merge',
  runId: 7001,
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  repository: 'octo-org/shop',
};

describe('readGitHubEvent', () => {
  it('reads a pull request, and tells a fork by its head repository', () => {
    const pr = (headRepo: string) => ({
      pull_request: {
        number: 5,
        base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'octo-org/shop' } },
        head: { sha: 'h'.repeat(40), repo: { full_name: headRepo } },
      },
    });
    const event = readGitHubEvent({ ...base, payload: pr('octo-org/shop') });
    expect(event).toMatchObject({
      name: 'pull_request',
      owner: 'octo-org',
      repo: 'shop',
      pullRequest: { number: 5, baseRef: 'main', baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), fork: false },
      runId: 7001,
      runUrl: 'https://github.com/octo-org/shop/actions/runs/7001',
      sha: 'm'.repeat(40),
    });
    expect(readGitHubEvent({ ...base, payload: pr('someone/shop') }).pullRequest?.fork).toBe(true);
  });

  it('reads a push to the default branch, and nothing of a push elsewhere or a branch just created', () => {
    const payload = (before: string) => ({
      before,
      after: 'b'.repeat(40),
      repository: { default_branch: 'main' },
      commits: [
        { id: '9'.repeat(40), message: 'docs\n\nmore' },
        { id: 'b'.repeat(40), message: 'Merge pull request #12' },
      ],
    });
    const push = (ref: string, before: string) => readGitHubEvent({ ...base, eventName: 'push', ref, payload: payload(before) }).defaultBranchPush;
    expect(push('refs/heads/main', 'a'.repeat(40))).toEqual({
      branch: 'main',
      before: 'a'.repeat(40),
      after: 'b'.repeat(40),
      commits: [
        { sha: '9'.repeat(40), subject: 'docs' },
        { sha: 'b'.repeat(40), subject: 'Merge pull request #12' },
      ],
    });
    expect(push('refs/heads/feature', 'a'.repeat(40))).toBeUndefined();
    expect(push('refs/heads/main', '0'.repeat(40))).toBeUndefined();
    expect(push('refs/tags/v1.2.0', 'a'.repeat(40))).toBeUndefined();
  });

  it('reads a merge group and a workflow_run', () => {
    const mg = readGitHubEvent({
      ...base,
      eventName: 'merge_group',
      payload: { merge_group: { base_ref: 'refs/heads/main', base_sha: 'b'.repeat(40), head_sha: 'h'.repeat(40) } },
    });
    expect(mg.mergeGroup).toEqual({ baseRef: 'main', baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40) });
    const wr = readGitHubEvent({
      ...base,
      eventName: 'workflow_run',
      payload: { workflow_run: { id: 9, head_sha: 'h'.repeat(40), event: 'pull_request', pull_requests: [{ number: 5 }] } },
    });
    expect(wr.triggeringRun).toEqual({ id: 9, headSha: 'h'.repeat(40), event: 'pull_request', pullRequests: [5] });
  });

  it('leaves out what the runner did not give (no repository, no run id, a payload without a pull request)', () => {
    const { repository: _, ...noRepo } = base;
    const event = readGitHubEvent({ ...noRepo, runId: Number.NaN, payload: { pull_request: { number: 5 } } });
    expect(event.owner).toBeUndefined();
    expect(event.runId).toBeUndefined();
    expect(event.runUrl).toBeUndefined();
    expect(event.pullRequest).toBeUndefined();
  });

  it('reads the environment it runs in when no context is given', () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ID: '12', GITHUB_SHA: 'f'.repeat(40) });
      delete process.env.GITHUB_EVENT_PATH;
      expect(readGitHubEvent()).toMatchObject({ name: 'push', owner: 'a', repo: 'b', runId: 12, sha: 'f'.repeat(40) });
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});
