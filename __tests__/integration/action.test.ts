// The action's entry with @actions/core stood in for: inputs, outputs, summary and failure, no runner needed.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '../../__fixtures__/core.js';
import { writeExampleBudget } from '../helpers/budgets.js';
import { processesWith, tempDir, uniqueMarker } from '../helpers/processes.js';

jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/action.js');

let workspace: string;
const inputs: Record<string, string> = {};

beforeEach(() => {
  jest.clearAllMocks();
  core.summary.clear();
  workspace = tempDir('perf-gate-action-unit-');
  for (const k of Object.keys(inputs)) delete inputs[k];
  core.getInput.mockImplementation((name) => inputs[name] ?? '');
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.GITHUB_STEP_SUMMARY = path.join(workspace, 'summary.md');
});

afterEach(() => {
  process.exitCode = undefined;
  delete process.env.GITHUB_WORKSPACE;
  delete process.env.GITHUB_STEP_SUMMARY;
});

describe('run', () => {
  it('sets the outputs and writes the summary on a pass', async () => {
    const marker = uniqueMarker();
    await writeExampleBudget(workspace, { marker, name: 'budget.yml' });
    Object.assign(inputs, { config: 'budget.yml', 'out-dir': 'out' });
    await run();
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(process.exitCode).toBeUndefined();
    const outputs = Object.fromEntries(core.setOutput.mock.calls);
    expect(outputs).toEqual({
      verdict: 'pass',
      'report-path': path.join(workspace, 'out', 'report.json'),
      'report-dir': path.join(workspace, 'out'),
      'failed-count': 0,
      'regressed-count': 0,
      'comment-body': expect.stringMatching(/^<!-- perf-gate:perf-gate-budget\.yml -->\n### ✅ perf-gate: all 5 budgets met\n/),
    });
    // The job summary is the comment, every time.
    expect(core.summary.text()).toBe(outputs['comment-body']);
    expect(core.info).toHaveBeenCalledWith('perf-gate: all 5 budgets met');
    expect(processesWith(marker)).toEqual([]);
  });

  it('resolves working-directory against the workspace and says when it does not exist', async () => {
    inputs['working-directory'] = 'services/missing';
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(
      `Invalid input 'working-directory': expected an existing directory, got '${path.join(workspace, 'services/missing')}'`,
    );
    expect(process.exitCode).toBe(2);
  });

  it('annotates every problem of a bad budget file and fails with the last', async () => {
    writeFileSync(
      path.join(workspace, 'perf-budget.yml'),
      'app: { baseUrl: http://127.0.0.1:1 }\nendpoints:\n  - { name: a, url: /a, thresholds: [p96 < 1ms] }\n  - { name: b, url: /b, method: GTE }\n',
    );
    await run();
    expect(core.error.mock.calls).toEqual([["perf-budget.yml:3:38: endpoints[0].thresholds[0]: unknown endpoint metric 'p96' (did you mean 'p95'?)"]]);
    expect(core.setFailed).toHaveBeenCalledWith(
      "perf-budget.yml:4:33: endpoints[1].method: expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, got 'GTE' (did you mean 'GET'?)",
    );
    expect(core.setOutput).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(2);
  });

  it.each([
    [{ 'store-baseline': 'sometimes' }, "Invalid input 'store-baseline': expected auto, always or never, got 'sometimes'"],
    [{ 'baseline-max-age-days': 'a week' }, "Invalid input 'baseline-max-age-days': expected a whole number of days (1 or more), got 'a week'"],
    [{ 'baseline-history': '50' }, "Invalid input 'baseline-history': expected a whole number of stored runs from 0 to 20, got '50'"],
    [{ 'fail-on': 'budget, regresion' }, "Invalid input 'fail-on': expected budget, regression, both (budget, regression) or never, got 'budget, regresion'"],
    [{ 'fail-on': 'never, budget' }, "Invalid input 'fail-on': expected budget, regression, both (budget, regression) or never, got 'never, budget'"],
    [{ comment: 'yes' }, "Invalid input 'comment': expected true, false, got 'yes'"],
    [{ mode: 'comment' }, "Invalid input 'mode': expected auto, gate, comment-only, merge, got 'comment'"],
    [{ 'check-run': 'yes' }, "Invalid input 'check-run': expected true, false, got 'yes'"],
    [{ shard: '5/4' }, "Invalid input 'shard': expected INDEX/TOTAL like 2/4, with 1 ≤ INDEX ≤ TOTAL ≤ 256, got '5/4'"],
    [{ shard: 'first' }, "Invalid input 'shard': expected INDEX/TOTAL like 2/4, with 1 ≤ INDEX ≤ TOTAL ≤ 256, got 'first'"],
    [{ shard: '1/2', mode: 'merge' }, "Invalid input 'shard': a shard measures (mode: gate), got mode 'merge'; the merge job takes no shard"],
    [{ 'shard-reports': 'shard-1' }, "Invalid input 'shard-reports': goes with mode: merge, got mode 'gate'"],
  ])('rejects bad inputs: %j', async (given, message) => {
    Object.assign(inputs, given);
    await run();
    expect(core.setFailed).toHaveBeenCalledWith(message);
    expect(process.exitCode).toBe(2);
  });

  it('masks the token', async () => {
    inputs['github-token'] = 'ghs_abc';
    inputs['working-directory'] = 'missing';
    await run();
    expect(core.setSecret).toHaveBeenCalledWith('ghs_abc');
  });

  it('rejects a config path with a newline', async () => {
    inputs.config = 'a.yml\nb.yml';
    await run();
    expect(core.setFailed).toHaveBeenCalledWith("Invalid input 'config': expected a file path, got 'a.yml\nb.yml'");
    expect(process.exitCode).toBe(2);
  });
});
