// Storing a report as an artifact with the real @actions/artifact client against the fake artifact service,
// then finding it again through the REST API, as a later pull request does.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sampleReport } from '../../__fixtures__/report.js';
import { fetchBaseline } from '../../src/adapters/baseline/baseline-artifacts.js';
import { artifactNameFor, storeReport } from '../../src/adapters/baseline/baseline-store.js';
import { createGitHubClient } from '../../src/adapters/github/github-client.js';
import { FakeGitHub, runtimeToken } from '../helpers/fake-github.js';
import { tempDir } from '../helpers/processes.js';

let gh: FakeGitHub;
const saved = { ...process.env };
beforeEach(async () => {
  gh = await new FakeGitHub().start();
  Object.assign(process.env, { ACTIONS_RUNTIME_TOKEN: runtimeToken(), ACTIONS_RESULTS_URL: `${gh.url}/`, GITHUB_WORKSPACE: tempDir() });
});
afterEach(async () => {
  for (const k of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'GITHUB_WORKSPACE']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  await gh.stop();
});

describe('storeReport', () => {
  it('uploads the report directory, which a pull request can then fetch and validate', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'pages'));
    writeFileSync(path.join(dir, 'report.json'), JSON.stringify(sampleReport({ startedAt: '2026-11-23T11:00:00.000Z' })));
    writeFileSync(path.join(dir, 'report.md'), '# report');
    writeFileSync(path.join(dir, 'pages', 'home.report.html'), '<html></html>');
    const name = artifactNameFor('./perf-budget.yml');
    expect(name).toBe('perf-gate-perf-budget.yml');

    const stored = await storeReport(dir, name);
    expect(stored).toMatchObject({ ok: true, id: expect.any(Number) });
    expect(gh.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)).toEqual(
      expect.arrayContaining([
        'POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact',
        'POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact',
      ]),
    );

    const fetched = await fetchBaseline(createGitHubClient('t', { baseUrl: gh.url, retryBaseMs: 10 }), {
      owner: 'o',
      repo: 'r',
      artifactName: name,
      baseRef: 'main',
      mergeBaseSha: 'f'.repeat(40),
      maxAgeDays: 30,
    });
    expect(fetched).toMatchObject({
      ok: true,
      found: { match: 'merge-base', artifactId: (stored as { id: number }).id },
      report: { startedAt: '2026-11-23T11:00:00.000Z' },
    });
  });

  it('reports, not throws, when the runner gives no artifact service', async () => {
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    const dir = tempDir();
    writeFileSync(path.join(dir, 'report.json'), '{}');
    const stored = await storeReport(dir, 'x');
    expect(stored).toEqual({ ok: false, reason: expect.stringMatching(/ACTIONS_RUNTIME_TOKEN/) });
  });
});
