// mode: comment-only with @actions/core stood in for, against the fake GitHub on 127.0.0.1 (real Octokit).
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '../../__fixtures__/core.js';
import { sampleReport } from '../../__fixtures__/report.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { tempDir } from '../helpers/processes.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/action.js');

const head = 'c'.repeat(40);
let gh: FakeGitHub;
const inputs: Record<string, string> = {};
const saved = { ...process.env };

function artifactFor(report: unknown, runId = 7001) {
  gh.artifacts.push({
    id: 1000 + gh.artifacts.length,
    name: 'perf-gate-perf-budget.yml-pr',
    created_at: new Date().toISOString(),
    run: { id: runId, head_branch: 'feature', head_sha: head, conclusion: 'failure' },
    zip: zipSync({ 'report.json': strToU8(JSON.stringify(report)) }),
  });
}

beforeEach(async () => {
  jest.clearAllMocks();
  core.summary.clear();
  gh = await new FakeGitHub().start();
  for (const k of Object.keys(inputs)) delete inputs[k];
  Object.assign(inputs, { 'github-token': 'ghs_t' });
  core.getInput.mockImplementation((name) => inputs[name] ?? '');
  const event = path.join(tempDir('perf-gate-wr-'), 'event.json');
  writeFileSync(event, JSON.stringify({ workflow_run: { id: 7001, head_sha: head, event: 'pull_request', pull_requests: [] } }));
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_RUN_ID: '7002',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: gh.url,
  });
});

afterEach(async () => {
  process.exitCode = undefined;
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  await gh.stop();
});

const prReport = (extra: object = {}) => ({
  ...sampleReport(),
  environment: { ...sampleReport().environment, git: { sha: head, ref: 'refs/pull/5/merge' } },
  ...extra,
});

describe('mode: comment-only', () => {
  it('posts the comment of the run that triggered it, to the pull request whose head it measured', async () => {
    artifactFor(prReport());
    gh.pulls.set(5, { headSha: head });
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]).toMatchObject({ issue: 5 });
    expect(gh.comments[0]!.body).toContain('[Workflow run](https://github.com/octo-org/shop/actions/runs/7001)');
    expect(Object.fromEntries(core.setOutput.mock.calls)).toMatchObject({ verdict: 'fail', 'comment-id': gh.comments[0]!.id });
  });

  it('refuses a report whose pull request does not point at the measured commit', async () => {
    artifactFor(prReport());
    gh.pulls.set(5, { headSha: 'd'.repeat(40) });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith('comment-only: run 7001 cannot be tied to an open pull request at commit ccccccc');
    expect(process.exitCode).toBe(3);
    expect(gh.comments).toHaveLength(0);
  });

  it('refuses a report that is not a valid perf-gate report, naming the field', async () => {
    const report = prReport();
    (report.checks[0] as { unit: string }).unit = '<img src=x>';
    artifactFor(report);
    gh.pulls.set(5, { headSha: head });
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(
      expect.stringMatching(/^comment-only: report\.json in artifact \d+ is not a valid perf-gate report \(checks\.0\.unit: /),
    );
    expect(gh.comments).toHaveLength(0);
  });

  it('has nothing to do when the run uploaded no report', async () => {
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(core.info).toHaveBeenCalledWith(
      "run 7001 uploaded no artifact 'perf-gate-perf-budget.yml-pr' (not a pull request, or the gate could not run): nothing to comment",
    );
  });

  it('says it belongs in a workflow_run job when started by another event', async () => {
    inputs.mode = 'comment-only';
    process.env.GITHUB_EVENT_NAME = 'push';
    writeFileSync(process.env.GITHUB_EVENT_PATH!, '{}');
    await run();
    expect(core.setFailed).toHaveBeenCalledWith("Invalid input 'mode': comment-only runs in a workflow_run job, but this event is 'push'");
    expect(process.exitCode).toBe(2);
  });
});
