// The committed dist/ copied alone (with action.yml) into an empty folder and run as GitHub runs it.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readOutputs, runnerEnv } from '../helpers/action-env.js';
import { FakeGitHub, runtimeToken } from '../helpers/fake-github.js';
import { tightPingEndpoints, writeExampleBudget } from '../helpers/budgets.js';
import { processesWith, repoRoot, runProcess, tempDir, uniqueMarker } from '../helpers/processes.js';

let actionDir: string;

beforeAll(() => {
  actionDir = tempDir('perf-gate-action-');
  cpSync(path.join(repoRoot, 'action.yml'), path.join(actionDir, 'action.yml'));
  cpSync(path.join(repoRoot, 'dist'), path.join(actionDir, 'dist'), { recursive: true });
});

async function runAction(inputs: Record<string, string>, setup: (workspace: string, marker: string) => Promise<unknown>) {
  const workspace = tempDir('perf-gate-ws-');
  const temp = tempDir('perf-gate-runner-');
  const marker = uniqueMarker();
  await setup(workspace, marker);
  const runner = runnerEnv(workspace, temp, inputs);
  const result = await runProcess(process.execPath, [path.join(actionDir, 'dist', 'index.js')], { cwd: workspace, env: runner.env });
  return { ...result, workspace, marker, outputs: readOutputs(runner.outputFile), summary: readFileSync(runner.summaryFile, 'utf8') };
}

describe('the action from a copy of action.yml and dist/ alone', () => {
  it('declares the node24 runtime', () => {
    expect(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')).toMatch(/runs:\n\s+using: node24\n\s+main: dist\/index\.js/);
    expect(existsSync(path.join(actionDir, 'node_modules'))).toBe(false);
  });

  it('passes on the example app, pages audited by the bundled Lighthouse: outputs, job summary and report', async () => {
    const run = await runAction({ config: 'perf-budget.yml', 'out-dir': 'perf-report' }, (ws, marker) =>
      writeExampleBudget(ws, { marker, pages: "  - { name: home, url: /, runs: 1, thresholds: ['performance >= 50', 'requests <= 2'] }\n" }),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const reportPath = path.join(run.workspace, 'perf-report', 'report.json');
    expect(run.outputs).toEqual({
      verdict: 'pass',
      'report-path': reportPath,
      'report-dir': path.dirname(reportPath),
      'failed-count': '0',
      'regressed-count': '0',
      'comment-body': run.summary,
    });
    expect(run.summary).toMatch(/^<!-- perf-gate:perf-gate-perf-budget\.yml -->\n### ✅ perf-gate: all 7 budgets met\n/);
    expect(run.summary).toMatch(
      /^\| home \| \d+ \| [\d.]+ m?s \|.*\| 1\/1 \| \[median run\]\(https:\/\/github\.com\/octo-org\/shop\/actions\/runs\/4242#artifacts\) \|$/m,
    );
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report).toMatchObject({
      schemaVersion: 1,
      verdict: 'pass',
      budgetFile: 'perf-budget.yml',
      environment: {
        git: { sha: 'f'.repeat(40), ref: 'refs/heads/main' },
        ci: { provider: 'github', runId: '4242', event: 'push' },
        node: expect.stringMatching(/^v24\./),
      },
    });
    expect(report.targets.map((t: { name: string; kind: string }) => [t.kind, t.name])).toEqual([
      ['endpoint', 'ping'],
      ['endpoint', 'items'],
      ['page', 'home'],
    ]);
    expect(report.targets[0].endpoint.bursts).toHaveLength(4);
    expect(report.targets[2].page).toMatchObject({ runsPlanned: 1, representativeRun: 0, artifacts: { html: 'pages/home.report.html' } });
    expect(report.environment.browser).toMatchObject({ lighthouse: '13.5.0', benchmarkIndex: expect.any(Number) });
    expect(readFileSync(path.join(run.workspace, 'perf-report', 'pages', 'home.report.html'), 'utf8')).toMatch(/^<!--\s*\n?\s*@license/);
    const md = readFileSync(path.join(run.workspace, 'perf-report', 'report.md'), 'utf8');
    expect(md).toMatch(/^### ✅ perf-gate: all 7 budgets met/);
    expect(md).toMatch(/^\| home \|.*\| \[median run\]\(pages\/home\.report\.html\) \|$/m);
    expect(existsSync(path.join(run.workspace, 'perf-report', 'app.log'))).toBe(true);
    expect(processesWith(run.marker)).toEqual([]);
  });

  it('fails the step (exit 1) when EXAMPLE_DELAY_MS slows the API past its budget', async () => {
    const run = await runAction({}, (ws, marker) => writeExampleBudget(ws, { marker, env: { EXAMPLE_DELAY_MS: '100' }, endpoints: tightPingEndpoints }));
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(Number(run.outputs['failed-count'])).toBeGreaterThanOrEqual(1);
    // An annotation on the threshold's line of the budget file.
    expect(run.stdout).toMatch(/^::error title=perf-gate budget failed,file=perf-budget\.yml,line=\d+::ping: p95 \d+(\.\d+)? ms breaks budget < 20 ms$/m);
    expect(run.stdout).toMatch(/^::error::perf-gate: \d of 5 budgets failed$/m);
    expect(run.summary).toMatch(/^### ❌ perf-gate/m);
    expect(processesWith(run.marker)).toEqual([]);
  });

  it('stops with exit 2 and one line per problem on a bad budget file', async () => {
    const run = await runAction({}, (ws, marker) =>
      writeExampleBudget(ws, { marker, endpoints: "  - name: ping\n    url: /api/ping\n    thresholds: ['p96 < 20ms']\n    lod: {}\n" }),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error::perf-budget\.yml:\d+:\d+: endpoints\[0\]\.lod: unknown field 'lod' \(did you mean 'load'\?\)$/m);
    expect(run.stdout).toMatch(/^::error::perf-budget\.yml:\d+:\d+: endpoints\[0\]\.thresholds\[0\]: unknown endpoint metric 'p96' \(did you mean 'p95'\?\)$/m);
    expect(run.stdout).not.toMatch(/\n\s+at /);
    expect(run.outputs).toEqual({});
  });

  it('stops with exit 2 when the budget file is missing', async () => {
    const run = await runAction({ config: 'nope.yml' }, async () => {});
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error::nope\.yml: cannot read the budget file: no such file \(looked at .*nope\.yml\)$/m);
  });

  it('stops with exit 3 when the app cannot start, and still writes the report', async () => {
    const run = await runAction({}, async (ws, marker) => {
      const b = await writeExampleBudget(ws, { marker });
      const { writeFileSync } = await import('node:fs');
      writeFileSync(
        b.file,
        readFileSync(b.file, 'utf8').replace('command: node server.js', `command: node -e "console.error('missing DATABASE_URL'); process.exit(1)"`),
      );
    });
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^::error::the app exited with code 1 before it was ready/m);
    expect(run.stdout).toContain('missing DATABASE_URL');
    expect(run.outputs.verdict).toBe('error');
    const report = JSON.parse(readFileSync(run.outputs['report-path'] as string, 'utf8'));
    expect(report.verdict).toBe('error');
    expect(report.errors[0]).toMatch(/^the app exited with code 1/);
  });
});

// GitHub's services as the fake on 127.0.0.1 stands in for them: REST API and artifact service.
const serviceEnv = (gh: FakeGitHub) => ({
  'INPUT_GITHUB-TOKEN': 'ghs_secret_token',
  ACTIONS_RUNTIME_TOKEN: runtimeToken(),
  ACTIONS_RESULTS_URL: `${gh.url}/`,
  GITHUB_API_URL: gh.url,
});

async function runIn(workspace: string, env: NodeJS.ProcessEnv) {
  const runner = runnerEnv(workspace, tempDir('perf-gate-runner-'), {}, env);
  const result = await runProcess(process.execPath, [path.join(actionDir, 'dist', 'index.js')], { cwd: workspace, env: runner.env });
  return { ...result, outputs: readOutputs(runner.outputFile), summary: readFileSync(runner.summaryFile, 'utf8') };
}

describe('baselines through artifacts, from the same copy', () => {
  it("a push stores its report; a pull request finds it at the merge base, judges a slowed endpoint regressed and comments; the comment-only job posts a fork's report", async () => {
    const gh = await new FakeGitHub().start();
    try {
      const workspace = tempDir('perf-gate-ws-');
      const marker = uniqueMarker();
      const endpoints = "  - { name: ping, url: /api/ping, relative: { p95: '+20% or +1ms' } }\n";
      const load = '{ duration: 1s, warmup: 200ms, samples: 5, connections: 4 }';
      const service = serviceEnv(gh);
      const run = (env: NodeJS.ProcessEnv) => runIn(workspace, env);

      // Judged as measured: the suite's other test files take shares of the runner that could leave 20 ms unsure.
      const relative = '{ runnerSpeed: false }';
      await writeExampleBudget(workspace, { marker, endpoints, load, relative });
      const push = await run({ ...service, GITHUB_EVENT_NAME: 'push' });
      expect(push.code).toBe(0);
      expect(push.stdout).toMatch(/^stored the report as artifact 'perf-gate-perf-budget\.yml' \(#\d+\)/m);
      expect(push.outputs['baseline-artifact-id']).toMatch(/^\d+$/);
      expect(push.summary).toContain('No baseline: no baseline was given.');

      const prEvent = path.join(tempDir(), 'event.json');
      const repoOf = (full: string) => ({ full_name: full });
      writeFileSync(
        prEvent,
        JSON.stringify({
          pull_request: {
            number: 5,
            base: { ref: 'main', sha: 'b'.repeat(40), repo: repoOf('octo-org/shop') },
            head: { sha: 'c'.repeat(40), repo: repoOf('octo-org/shop') },
          },
        }),
      );
      gh.mergeBase[`${'b'.repeat(40)}...${'c'.repeat(40)}`] = 'f'.repeat(40);
      gh.uploadRun = { id: 7001, head_branch: 'feature', head_sha: 'c'.repeat(40), conclusion: null };
      await writeExampleBudget(workspace, { marker, endpoints, load, relative, env: { EXAMPLE_DELAY_MS: '20' } });
      const prEnv = { ...service, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: prEvent, GITHUB_REF: 'refs/pull/5/merge', GITHUB_RUN_ID: '7001' };
      gh.pulls.set(5, { headSha: 'c'.repeat(40), labels: ['feature'] });
      const pr = await run(prEnv);
      expect(pr.code).toBe(1);
      expect(pr.outputs).toMatchObject({ verdict: 'fail', 'regressed-count': '1', 'comment-id': String(gh.comments[0]?.id) });
      expect(pr.outputs['baseline-artifact-id']).toBeUndefined();
      expect(pr.outputs['report-artifact-id']).toMatch(/^\d+$/);
      expect(pr.summary).toMatch(
        /^Baseline: fffffff refs\/heads\/main, \d+ min old \(artifact &#39;perf-gate-perf-budget\.yml&#39; &#35;\d+ of run 7000 \(merge-base\)\)\.( This runner was ×[\d.]+ (slower|faster) than when it was stored \(.*)?$/m,
      );
      expect(pr.summary).toMatch(/^\| ❌ \| ping \| p95 \| \+20% or \+1ms \|.*\| regressed \|$/m);
      // The regression is annotated on its rule's line of the budget file.
      const ruleLine =
        readFileSync(path.join(workspace, 'perf-budget.yml'), 'utf8')
          .split('\n')
          .findIndex((l) => l.includes("relative: { p95: '+20% or +1ms' }")) + 1;
      expect(pr.stdout).toMatch(
        new RegExp(
          `^::error title=perf-gate regression,file=perf-budget\\.yml,line=${ruleLine}::ping p95 .* → .* \\(\\+.*%25\\), beyond the rule \\+20%25 or \\+1ms, interval .*$`,
          'm',
        ),
      );
      // One comment, with what the summary shows.
      expect(gh.comments).toHaveLength(1);
      expect(gh.comments[0]).toMatchObject({ issue: 5, body: pr.summary });
      // One check run for the budget file on the pull request's head: the verdict, the comment, the rule's line.
      expect(gh.checkRuns.find((c) => c.head_sha === 'f'.repeat(40))).toMatchObject({ name: 'perf-gate (perf-budget.yml)', conclusion: 'success' });
      const check = gh.checkRuns.find((c) => c.head_sha === 'c'.repeat(40));
      expect(check).toMatchObject({
        name: 'perf-gate (perf-budget.yml)',
        status: 'completed',
        conclusion: 'failure',
        details_url: 'https://github.com/octo-org/shop/actions/runs/7001',
      });
      expect(check?.output.title).toContain('1 regressed');
      expect(check?.output.summary).toBe(pr.summary);
      expect(pr.outputs['check-run-id']).toBe(String(check?.id));
      expect(check?.annotations).toContainEqual(
        expect.objectContaining({ path: 'perf-budget.yml', start_line: ruleLine, annotation_level: 'failure', title: 'perf-gate regression' }),
      );
      // The token reached GitHub; it is masked for the runner and appears nowhere else in the log.
      expect(gh.requests.some((r) => r.authorization === 'token ghs_secret_token')).toBe(true);
      expect(pr.stdout).toMatch(/^::add-mask::ghs_secret_token$/m);
      expect((pr.stdout + push.stdout).replace(/^::add-mask::.*$/gm, '')).not.toContain('ghs_secret_token');

      // The accept label, added by someone with triage rights, read again when the job re-runs: the step passes, the
      // summary says who accepted and why. Added by someone without them: said, and not honoured.
      gh.pulls.set(5, {
        headSha: 'c'.repeat(40),
        labels: ['feature', 'perf-gate:accept'],
        body: 'Search.\n\nperf-gate-accept: the index costs 20 ms, agreed\n',
      });
      gh.issueEvents.set(5, [{ event: 'labeled', label: 'perf-gate:accept', actor: 'alice', created_at: '2026-12-02T09:30:00Z' }]);
      gh.roles.set('alice', 'triage');
      const accepted = await run(prEnv);
      expect({ code: accepted.code, stdout: accepted.stdout }).toMatchObject({ code: 0 });
      expect(accepted.outputs.verdict).toBe('pass');
      expect(accepted.summary).toContain('Regressions accepted by &#64;alice on 2026-12-02 (label perf-gate:accept): the index costs 20 ms, agreed.');
      gh.issueEvents.set(5, [{ event: 'labeled', label: 'perf-gate:accept', actor: 'mallory', created_at: '2026-12-03T09:30:00Z' }]);
      gh.roles.set('mallory', 'read');
      const refused = await run(prEnv);
      expect(refused.stdout).toMatch(/^::warning::The label perf-gate:accept by @mallory on 2026-12-03 is not honoured: @mallory has no triage rights/m);
      expect(refused.summary).toContain('is not honoured');
      gh.pulls.set(5, { headSha: 'c'.repeat(40), labels: ['feature'] });

      // A fork's run cannot comment (403): it warns, keeps the summary, and the comment-only job posts from its artifact.
      gh.comments.splice(0);
      gh.faults.set('POST /repos/octo-org/shop/issues/5/comments', [{ status: 403, message: 'Resource not accessible by integration' }]);
      gh.faults.set('POST /repos/octo-org/shop/check-runs', [{ status: 403, message: 'Resource not accessible by integration' }]);
      const checksBefore = gh.checkRuns.length;
      writeFileSync(
        prEvent,
        JSON.stringify({
          pull_request: {
            number: 5,
            base: { ref: 'main', sha: 'b'.repeat(40), repo: repoOf('octo-org/shop') },
            head: { sha: 'c'.repeat(40), repo: repoOf('someone/shop') },
          },
        }),
      );
      const fork = await run(prEnv);
      expect(fork.code).toBe(1);
      expect(fork.stdout).toMatch(
        /^::warning::the pull-request comment was not posted \(HTTP 403: Resource not accessible by integration\): a pull request from a fork gets a read-only token/m,
      );
      expect(fork.summary).toMatch(/^### ❌ perf-gate/m);
      expect(gh.comments).toHaveLength(0);
      // Nor can it create a check run: a warning, the summary and the report still written.
      expect(fork.stdout).toMatch(
        /^::warning::the check run was not created \(HTTP 403: Resource not accessible by integration\): the token needs permissions: checks: write\. The comment and the job summary have the result\.$/m,
      );
      expect(gh.checkRuns).toHaveLength(checksBefore);
      expect(existsSync(fork.outputs['report-path'] as string)).toBe(true);

      const wrEvent = path.join(tempDir(), 'event.json');
      writeFileSync(wrEvent, JSON.stringify({ workflow_run: { id: 7001, head_sha: 'c'.repeat(40), event: 'pull_request', pull_requests: [] } }));
      gh.pulls.set(5, { headSha: 'c'.repeat(40) });
      const commentJob = await run({ ...service, GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: wrEvent, GITHUB_RUN_ID: '7002' });
      expect(commentJob.stderr).toBe('');
      expect(commentJob.code).toBe(0);
      expect(gh.comments).toHaveLength(1);
      expect(gh.comments[0]!.body).toMatch(/^<!-- perf-gate:perf-gate-perf-budget\.yml -->\n### ❌ perf-gate/);
      expect(gh.comments[0]!.body).toContain('[Workflow run](https://github.com/octo-org/shop/actions/runs/7001)');
      expect(commentJob.outputs['comment-id']).toBe(String(gh.comments[0]!.id));
      // And the check run the fork's token could not create, on the commit its run measured.
      expect(gh.checkRuns.at(-1)).toMatchObject({ head_sha: 'c'.repeat(40), name: 'perf-gate (perf-budget.yml)', conclusion: 'failure' });
      expect(gh.checkRuns).toHaveLength(checksBefore + 1);
      expect(processesWith(marker)).toEqual([]);
    } finally {
      await gh.stop();
    }
  });

  it('a matrix of shards uploads its parts; the merge job reports the whole once, and names a shard that did not report', async () => {
    const gh = await new FakeGitHub().start();
    try {
      const workspace = tempDir('perf-gate-ws-');
      const marker = uniqueMarker();
      const endpoints = ['ping', 'items', 'search']
        .map((n) => `  - { name: ${n}, url: /api/${n === 'search' ? 'items?limit=5' : n}, thresholds: ['p95 < 200ms'] }\n`)
        .join('');
      await writeExampleBudget(workspace, { marker, endpoints, load: '{ duration: 600ms, warmup: 100ms, samples: 3, connections: 2 }' });
      gh.uploadRun = { id: 9100, head_branch: 'main', head_sha: 'f'.repeat(40), conclusion: null };
      const env = { ...serviceEnv(gh), GITHUB_RUN_ID: '9100' };
      const shards = [];
      for (const i of [1, 2]) shards.push(await runIn(workspace, { ...env, INPUT_SHARD: `${i}/2`, 'INPUT_OUT-DIR': `shard-${i}` }));
      for (const [i, shard] of shards.entries()) {
        expect(shard.code).toBe(0);
        expect(shard.stdout).toMatch(new RegExp(`^shard ${i + 1}/2: .+ \\(\\d of the budget's 3 targets\\)$`, 'm'));
        expect(shard.stdout).toMatch(new RegExp(`^uploaded this shard's report as artifact 'perf-gate-perf-budget\\.yml-shard-${i + 1}-of-2'`, 'm'));
      }
      // Shards neither comment, nor check, nor store a baseline: the merge job does, once.
      expect(gh.checkRuns).toHaveLength(0);
      expect(gh.artifacts.map((a) => a.name)).toEqual(['perf-gate-perf-budget.yml-shard-1-of-2', 'perf-gate-perf-budget.yml-shard-2-of-2']);

      const merge = await runIn(workspace, { ...env, INPUT_MODE: 'merge', 'INPUT_OUT-DIR': 'merged' });
      expect(merge.stderr).toBe('');
      expect(merge.code).toBe(0);
      expect(merge.outputs.verdict).toBe('pass');
      const merged = JSON.parse(readFileSync(merge.outputs['report-path'] as string, 'utf8'));
      expect(merged.targets.map((t: { name: string }) => t.name)).toEqual(['ping', 'items', 'search']);
      expect(merged.shards.map((x: { status: string }) => x.status)).toEqual(['merged', 'merged']);
      expect(merge.summary).toMatch(/^### ✅ perf-gate: all 6 budgets met$/m);
      expect(merge.summary).toMatch(/^Merged from 2 shards: 1\/2 \(.+\) · 2\/2 \(.+\)\.$/m);
      expect(gh.checkRuns).toHaveLength(1);
      expect(gh.checkRuns[0]).toMatchObject({ name: 'perf-gate (perf-budget.yml)', conclusion: 'success', head_sha: 'f'.repeat(40) });
      expect(gh.artifacts.at(-1)?.name).toBe('perf-gate-perf-budget.yml');

      // A run whose second shard failed before uploading: the merge names it and what it did not measure.
      gh.uploadRun = { id: 9200, head_branch: 'main', head_sha: 'f'.repeat(40), conclusion: null };
      const one = await runIn(workspace, { ...env, GITHUB_RUN_ID: '9200', INPUT_SHARD: '1/2', 'INPUT_OUT-DIR': 'shard-1b' });
      expect(one.code).toBe(0);
      const partial = await runIn(workspace, {
        ...env,
        GITHUB_RUN_ID: '9200',
        INPUT_MODE: 'merge',
        'INPUT_OUT-DIR': 'merged-b',
        'INPUT_STORE-BASELINE': 'never',
      });
      expect(partial.code).toBe(3);
      expect(partial.outputs.verdict).toBe('error');
      expect(partial.stdout).toMatch(
        /^::error::shard 2\/2: no report \(its job failed before writing one, was cancelled, or its report was not given to the merge\); not measured: .+$/m,
      );
      expect(partial.summary).toMatch(/2\/2 MISSING/);
      expect(processesWith(marker)).toEqual([]);
    } finally {
      await gh.stop();
    }
  });

  it('a tag push stores its result under the tag and compares with the previous version tag', async () => {
    const gh = await new FakeGitHub().start();
    try {
      const workspace = tempDir('perf-gate-ws-');
      const marker = uniqueMarker();
      // The same build twice: a rule wide enough that a runner busy with other test files does not read it slower.
      const endpoints = "  - { name: ping, url: /api/ping, relative: { p95: '+50% or +5ms' } }\n";
      await writeExampleBudget(workspace, { marker, endpoints, load: '{ duration: 1s, warmup: 200ms, samples: 5, connections: 4 }' });
      gh.tags.push('v1.9.0', 'v1.10.0');
      gh.uploadRun = { id: 8001, head_branch: 'v1.9.0', head_sha: 'a'.repeat(40), conclusion: 'success' };
      const first = await runIn(workspace, { ...serviceEnv(gh), GITHUB_REF: 'refs/tags/v1.9.0', GITHUB_RUN_ID: '8001' });
      expect(first.code).toBe(0);
      expect(first.summary).toContain(
        'No baseline: no artifact &#39;perf-gate-perf-budget.yml&#39; from a successful run for a tag before v1.9.0. Absolute budgets still apply.',
      );
      expect(first.outputs['baseline-artifact-id']).toMatch(/^\d+$/);

      gh.uploadRun = { id: 8002, head_branch: 'v1.10.0', head_sha: 'b'.repeat(40), conclusion: 'success' };
      const second = await runIn(workspace, { ...serviceEnv(gh), GITHUB_REF: 'refs/tags/v1.10.0', GITHUB_RUN_ID: '8002' });
      expect({ code: second.code, summary: second.summary }).toMatchObject({ code: 0 });
      expect(second.summary).toMatch(
        /^Baseline: aaaaaaa refs\/tags\/v1\.9\.0, \d+ min old \(artifact &#39;perf-gate-perf-budget\.yml&#39; &#35;\d+ of run 8001 \(previous tag\)\)\.( This runner was ×[\d.]+ (slower|faster) than when it was stored \(.*)?$/m,
      );
      expect(gh.artifacts.map((a) => a.run.head_branch)).toEqual(['v1.9.0', 'v1.10.0']);
      expect(gh.comments).toHaveLength(0);
      expect(processesWith(marker)).toEqual([]);
    } finally {
      await gh.stop();
    }
  });
});

describe('the CLI from the same copy', () => {
  it('runs the gate and prints the report table', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    const budget = await writeExampleBudget(dir, { marker });
    const run = await runProcess(process.execPath, [path.join(actionDir, 'dist', 'cli.js'), 'run', '--config', budget.file, '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^perf-gate: PASS — all 5 budgets met$/m);
    expect(run.stderr).toMatch(/^ {2}ping 4\/4 [\d,.]+ req\/s · p95 [\d.]+ ms · errors 0$/m);
    expect(existsSync(path.join(dir, 'out', 'report.json'))).toBe(true);
    expect(processesWith(marker)).toEqual([]);
  });

  it.each([
    [['run', '--confg', 'x.yml'], "perf-gate: unknown option '--confg' (did you mean '--config'?)"],
    [['rnu'], "perf-gate: unknown command 'rnu' (did you mean 'run'?); expected 'run', 'merge', 'import', 'init', 'calibrate' or 'bisect'"],
    [[], "perf-gate: expected a command: 'run', 'merge', 'import', 'init', 'calibrate' or 'bisect'"],
    [['run', '--shard', '5/4'], "perf-gate: invalid --shard: expected INDEX/TOTAL like 2/4, with 1 ≤ INDEX ≤ TOTAL ≤ 256, got '5/4'"],
    [['run', '--shard', 'half'], "perf-gate: invalid --shard: expected INDEX/TOTAL like 2/4, with 1 ≤ INDEX ≤ TOTAL ≤ 256, got 'half'"],
    [['run', '--shard', '0/3'], "perf-gate: invalid --shard: expected INDEX/TOTAL like 2/4, with 1 ≤ INDEX ≤ TOTAL ≤ 256, got '0/3'"],
    [['merge'], "perf-gate: merge: expected the shards' report directories, e.g. perf-gate merge shard-1 shard-2"],
    [['merge', 'a', '--shard', '1/2'], 'perf-gate: --shard is an option of run, not merge'],
  ])('exits 2 on bad usage: %j', async (args, message) => {
    const run = await runProcess(process.execPath, [path.join(actionDir, 'dist', 'cli.js'), ...args], { cwd: actionDir });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });

  it('prints help and version', async () => {
    const help = await runProcess(process.execPath, [path.join(actionDir, 'dist', 'cli.js'), '--help'], { cwd: actionDir });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: perf-gate run/);
    const version = await runProcess(process.execPath, [path.join(actionDir, 'dist', 'cli.js'), '--version'], { cwd: actionDir });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  });
});
