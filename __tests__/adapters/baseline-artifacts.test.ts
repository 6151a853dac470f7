// Finding and downloading the base branch's stored report with the real Octokit against a fake GitHub on 127.0.0.1.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { sampleReport } from '../../__fixtures__/report.js';
import { fetchBaseline, type BaselineQuery } from '../../src/adapters/baseline/baseline-artifacts.js';
import { createGitHubClient } from '../../src/adapters/github/github-client.js';
import { FakeGitHub, type FakeArtifact } from '../helpers/fake-github.js';

const now = new Date('2026-11-23T12:00:00Z');
const query: BaselineQuery = { owner: 'octo-org', repo: 'shop', artifactName: 'perf-gate-perf-budget-yml', baseRef: 'main', maxAgeDays: 30, now };
const reportZip = (overrides = {}) => zipSync({ 'report.json': strToU8(JSON.stringify(sampleReport(overrides))), 'report.md': strToU8('# x') });

let gh: FakeGitHub;
let n = 0;
function artifact(partial: Partial<FakeArtifact> & { sha: string; hoursAgo: number; branch?: string; conclusion?: string | null }): FakeArtifact {
  n++;
  return {
    id: 1000 + n,
    name: query.artifactName,
    created_at: new Date(now.getTime() - partial.hoursAgo * 3_600_000).toISOString(),
    run: {
      id: 5000 + n,
      head_branch: partial.branch ?? 'main',
      head_sha: partial.sha,
      conclusion: partial.conclusion === undefined ? 'success' : partial.conclusion,
    },
    zip: reportZip({ startedAt: `run-${n}` }),
    ...partial,
  };
}

beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(() => gh.stop());

const client = () => createGitHubClient('ghs_test_token', { baseUrl: gh.url, retryBaseMs: 10 });

describe('fetchBaseline', () => {
  it('prefers the merge-base commit, paginating past 100 artifacts', async () => {
    for (let i = 0; i < 120; i++) gh.artifacts.push(artifact({ sha: `sha${i}`, hoursAgo: 1 + i }));
    const result = await fetchBaseline(client(), { ...query, mergeBaseSha: 'sha110' });
    expect(result).toMatchObject({ ok: true, found: { match: 'merge-base', sha: 'sha110', artifactId: gh.artifacts[110]!.id } });
    expect(gh.requests.filter((r) => r.path.includes('/actions/artifacts?'))).toHaveLength(2);
    expect(gh.requests[0]!.authorization).toBe('token ghs_test_token');
    // The zip came from the blob origin GitHub redirects to, and the token did not follow it there.
    expect(gh.blobRequests.map((r) => [r.path, r.authorization])).toEqual([[`/blobs/${gh.artifacts[110]!.id}.zip`, undefined]]);
  });

  it('falls back to the newest successful run on the base branch within the age limit', async () => {
    gh.artifacts.push(
      artifact({ sha: 'feature', hoursAgo: 1, branch: 'feature/x' }),
      artifact({ sha: 'failed', hoursAgo: 2, conclusion: 'failure' }),
      artifact({ sha: 'good', hoursAgo: 3 }),
      artifact({ sha: 'older', hoursAgo: 4 }),
      artifact({ sha: 'ancient', hoursAgo: 24 * 40 }),
      artifact({ sha: 'expired', hoursAgo: 0.5, expired: true }),
    );
    const result = await fetchBaseline(client(), { ...query, mergeBaseSha: 'unknown' });
    expect(result).toMatchObject({ ok: true, found: { match: 'newest on base branch', sha: 'good' } });
  });

  it("on the default branch prefers the stored run of the commit before the push (the guardian's), else the newest", async () => {
    gh.artifacts.push(artifact({ sha: 'newer', hoursAgo: 1 }), artifact({ sha: 'parent', hoursAgo: 2 }), artifact({ sha: 'h1', hoursAgo: 3 }));
    const result = await fetchBaseline(client(), { ...query, parentSha: 'parent', history: 2 });
    expect(result).toMatchObject({ ok: true, found: { match: 'commit before the push', sha: 'parent' } });
    expect((result as { history: unknown[] }).history).toHaveLength(2);
    expect(await fetchBaseline(client(), { ...query, parentSha: 'gone' })).toMatchObject({ ok: true, found: { match: 'newest on base branch', sha: 'newer' } });
  });

  it('downloads further successful runs of the base branch as history, leaving out what it cannot use', async () => {
    gh.artifacts.push(
      artifact({ sha: 'base', hoursAgo: 1 }),
      artifact({ sha: 'broken', hoursAgo: 2, zip: strToU8('not a zip') }),
      artifact({ sha: 'failed', hoursAgo: 3, conclusion: 'failure' }),
      artifact({ sha: 'h1', hoursAgo: 4, zip: reportZip({ startedAt: 'h1' }) }),
      artifact({ sha: 'h2', hoursAgo: 5, zip: reportZip({ startedAt: 'h2' }) }),
      artifact({ sha: 'h3', hoursAgo: 6, zip: reportZip({ startedAt: 'h3' }) }),
    );
    const result = await fetchBaseline(client(), { ...query, mergeBaseSha: 'base', history: 2 });
    expect(result.ok).toBe(true);
    const ok = result as Extract<typeof result, { ok: true }>;
    expect(ok.found.sha).toBe('base');
    expect(ok.history.map((r) => r.startedAt)).toEqual(['h1', 'h2']);
    expect(ok.warnings).toEqual([expect.stringMatching(/^stored run left out: artifact \d+ is not a readable zip/)]);
  });

  it('compares a tag with the highest version below it that stored a result', async () => {
    gh.tags.push('v1.9.0', 'v1.10.0', 'v2.0.0', 'v1.10.1', 'nightly');
    gh.artifacts.push(
      artifact({ sha: 'main', hoursAgo: 1 }),
      artifact({ sha: 't200', hoursAgo: 2, branch: 'v2.0.0' }),
      artifact({ sha: 't190', hoursAgo: 3, branch: 'v1.9.0', zip: reportZip({ startedAt: 'v1.9.0' }) }),
      artifact({ sha: 't1100', hoursAgo: 24 * 60, branch: 'v1.10.0' }),
      artifact({ sha: 'deleted', hoursAgo: 4, branch: 'v1.10.0-not-a-tag' }),
    );
    const result = await fetchBaseline(client(), { ...query, tag: 'v1.10.1', history: 3 });
    // 60 days old, still the previous release: tags are not held to the age limit.
    expect(result).toMatchObject({ ok: true, found: { match: 'previous tag', sha: 't1100', ref: 'v1.10.0' } });
    expect((result as { history: { startedAt: string }[] }).history.map((r) => r.startedAt)).toEqual(['v1.9.0']);
    expect(await fetchBaseline(client(), { ...query, tag: 'v1.9.0' })).toEqual({
      ok: false,
      reason: "no artifact 'perf-gate-perf-budget-yml' from a successful run for a tag before v1.9.0 (5 looked at)",
    });
  });

  it('says why there is no baseline', async () => {
    gh.artifacts.push(artifact({ sha: 'old', hoursAgo: 24 * 40 }));
    expect(await fetchBaseline(client(), query)).toEqual({
      ok: false,
      reason: "no artifact 'perf-gate-perf-budget-yml' from a successful run on main in the last 30 days (1 looked at)",
    });
  });

  it.each([
    ['a corrupt zip', { zip: strToU8('PK not really a zip') }, /^artifact \d+ is not a readable zip/],
    ['a zip without report.json', { zip: zipSync({ 'other.txt': strToU8('x') }) }, /^artifact \d+ has no report\.json$/],
    [
      'a report of a newer schema',
      { zip: reportZip({ schemaVersion: 9 }) },
      /^artifact \d+: it was written by a newer perf-gate \(report schema 9; this one reads 1\)$/,
    ],
    ['an artifact whose blob is gone', { zip: undefined }, /^artifact \d+ could not be downloaded \(HTTP 404/],
  ])('treats %s as no baseline, with the reason', async (_what, patch, reason) => {
    gh.artifacts.push({ ...artifact({ sha: 'a', hoursAgo: 1 }), ...patch });
    const result = await fetchBaseline(client(), query);
    expect(result.ok).toBe(false);
    expect((result as { reason: string }).reason).toMatch(reason);
  });

  it('retries a 502 and goes on', async () => {
    gh.artifacts.push(artifact({ sha: 'a', hoursAgo: 1 }));
    gh.faults.set('/repos/octo-org/shop/actions/artifacts', [502, 503]);
    const result = await fetchBaseline(client(), query);
    expect(result.ok).toBe(true);
    expect(gh.requests.filter((r) => r.path.startsWith('/repos/octo-org/shop/actions/artifacts?')).length).toBe(3);
  });

  it('gives up on a 403 at once, as no baseline', async () => {
    gh.faults.set('/repos/octo-org/shop/actions/artifacts', [403]);
    expect(await fetchBaseline(client(), query)).toEqual({ ok: false, reason: 'the artifact list could not be read (HTTP 403: fault injected)' });
    expect(gh.requests).toHaveLength(1);
  });
});
