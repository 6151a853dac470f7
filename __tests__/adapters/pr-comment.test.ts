// The sticky comment with the real Octokit against the fake GitHub on 127.0.0.1, every request recorded.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient } from '../../src/adapters/github/github-client.js';
import { upsertComment, type StickyComment } from '../../src/adapters/github/pr-comment.js';
import { FakeGitHub } from '../helpers/fake-github.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(() => gh.stop());

const warnings: string[] = [];
const client = () => createGitHubClient('ghs_test_token', { baseUrl: gh.url, retryBaseMs: 10, log: { warn: (m) => warnings.push(m) } });
const comment = (body: string): StickyComment => ({
  owner: 'octo-org',
  repo: 'shop',
  issueNumber: 5,
  marker: '<!-- perf-gate:k -->',
  body: `<!-- perf-gate:k -->\n${body}`,
});
const writes = () => gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

describe('upsertComment', () => {
  it('creates the comment once, then updates it in place on the next run', async () => {
    const first = await upsertComment(client(), comment('first'));
    expect(first).toMatchObject({ ok: true, action: 'created' });
    const second = await upsertComment(client(), comment('second'));
    expect(second).toEqual({ ...first, action: 'updated' });
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]!.body).toBe('<!-- perf-gate:k -->\nsecond');
    expect(writes()).toEqual(['POST /repos/octo-org/shop/issues/5/comments', `PATCH /repos/octo-org/shop/issues/comments/${gh.comments[0]!.id}`]);
    expect(JSON.parse(gh.requests.find((r) => r.method === 'POST')!.body!)).toEqual({ body: '<!-- perf-gate:k -->\nfirst' });
  });

  it('finds its comment past the first 100 and leaves other comments alone', async () => {
    for (let i = 0; i < 150; i++)
      gh.comments.push({
        id: 100 + i,
        issue: 5,
        body: i === 130 ? '<!-- perf-gate:k -->\nold' : `chatter ${i} <!-- perf-gate:other -->`,
        user: { login: 'someone' },
      });
    gh.comments.push({ id: 999, issue: 6, body: '<!-- perf-gate:k -->\nanother PR', user: { login: 'x' } });
    const result = await upsertComment(client(), comment('new'));
    expect(result).toMatchObject({ ok: true, id: 230, action: 'updated' });
    expect(gh.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([
      '/repos/octo-org/shop/issues/5/comments?per_page=100',
      '/repositories/1296269/issues/5/comments?per_page=100&page=2', // GitHub's next page link, by the repository's id
    ]);
    expect(gh.comments.find((c) => c.id === 999)!.body).toBe('<!-- perf-gate:k -->\nanother PR');
  });

  it("gives back a 403 (a fork's read-only token) as a result, not a throw", async () => {
    gh.faults.set('POST /repos/octo-org/shop/issues/5/comments', [{ status: 403, message: 'Resource not accessible by integration' }]);
    expect(await upsertComment(client(), comment('x'))).toEqual({ ok: false, status: 403, reason: 'HTTP 403: Resource not accessible by integration' });
    expect(gh.comments).toHaveLength(0);
  });

  it('retries a 502 and posts', async () => {
    gh.faults.set('POST /repos/octo-org/shop/issues/5/comments', [502]);
    expect(await upsertComment(client(), comment('x'))).toMatchObject({ ok: true, action: 'created' });
    expect(writes()).toEqual(['POST /repos/octo-org/shop/issues/5/comments', 'POST /repos/octo-org/shop/issues/5/comments']);
  });

  it('waits out a secondary rate limit and posts', async () => {
    gh.faults.set('POST /repos/octo-org/shop/issues/5/comments', [
      { status: 403, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': '1' } },
    ]);
    expect(await upsertComment(client(), comment('x'))).toMatchObject({ ok: true, action: 'created' });
    expect(gh.comments).toHaveLength(1);
    expect(writes()).toHaveLength(2);
  });
});
