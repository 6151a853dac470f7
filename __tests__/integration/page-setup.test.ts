// Logged-in pages in the real Chromium: the example app's sign-in through a setup script, its final URL checked,
// and a setup script that is missing, throws or hangs — one line, exit 3, nothing left running.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { writeExampleBudget } from '../helpers/budgets.js';
import { processesWith, repoRoot, tempDir, uniqueMarker } from '../helpers/processes.js';
import { writtenReport } from '../helpers/written-report.js';

async function cli(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), cwd });
  return { code, out, err };
}

const login = path.join(repoRoot, 'examples', 'setup', 'login.mjs');
const account = (setup: string) => `  - name: account
    url: /account
    runs: 1
    finalUrl: /account
${setup}`;

async function gate(pages: string, env: Record<string, string> = {}) {
  const dir = tempDir();
  const marker = uniqueMarker();
  await writeExampleBudget(dir, { marker, env, endpoints: '  []\n', pages });
  const run = await cli(['run', '-q'], dir);
  const report = JSON.parse(readFileSync(path.join(dir, 'perf-gate-report', 'report.json'), 'utf8'));
  writtenReport(path.join(dir, 'perf-gate-report'));
  return { run, report, dir, marker };
}

describe('a page behind a login', () => {
  it('is audited signed in: the setup script signs in, the page ends where it was sent, its console output is logged', async () => {
    process.env.PERF_GATE_TEST_PASSWORD = 'demo-password';
    try {
      const { run, report, dir, marker } = await gate(
        account(`    setup: { script: ${login}, values: { user: demo, password: '\${PERF_GATE_TEST_PASSWORD}' } }\n`),
      );
      expect(run.err).not.toMatch(/warning|demo-password/);
      expect(run.code).toBe(0);
      const check = report.checks.find((c: { metric: string }) => c.metric === 'final-url');
      expect(check).toMatchObject({ outcome: 'pass', actual: 0, threshold: expect.stringMatching(/^final URL http:\/\/127\.0\.0\.1:\d+\/account$/) });
      expect(report.targets[0].page.runs[0].finalUrl).toMatch(/\/account$/);
      const setupLog = readFileSync(path.join(dir, 'perf-gate-report', 'setup.log'), 'utf8');
      expect(setupLog).toMatch(/^--- setup .*login\.mjs for page 'account' \(http:\/\/127\.0\.0\.1:\d+\/account\) ---\nsigned in as demo: \/account\n/);
      const lighthouseJson = readFileSync(path.join(dir, 'perf-gate-report', report.targets[0].page.artifacts.json), 'utf8');
      expect(lighthouseJson).not.toContain('demo-password');
      expect(processesWith(marker)).toEqual([]);
    } finally {
      delete process.env.PERF_GATE_TEST_PASSWORD;
    }
  });

  it('fails its check when the run lands on the login page, and reports where it ended', async () => {
    const { run, report } = await gate(account(''));
    expect(run.code).toBe(1);
    expect(report.targets[0].page.runs[0].finalUrl).toMatch(/\/login\?next=\/account$/);
    expect(run.out).toMatch(/^account: requested http:\/\/127\.0\.0\.1:\d+\/account, ended on http:\/\/127\.0\.0\.1:\d+\/login\?next=\/account$/m);
    expect(report.checks.find((c: { metric: string }) => c.metric === 'final-url').message).toMatch(
      /^account: 1 of 1 runs ended on http:\/\/127\.0\.0\.1:\d+\/login\?next=\/account, not http:\/\/127\.0\.0\.1:\d+\/account \(finalUrl\)$/,
    );
  });

  // Only the hanging script is meant to meet its timeout; the others get one no slow machine reaches before they fail.
  it.each([
    ['missing', null, '30s', /^error in account: setup script missing\.mjs: no such file \(looked at .*missing\.mjs\)$/m],
    [
      'throws',
      "export default async (browser, { page }) => {\n  await page.goto('about:blank');\n  throw new Error('no sign-in form here');\n};\n",
      '30s',
      /^error in account: setup script throws\.mjs failed: no sign-in form here \(throws\.mjs:3:9\)$/m,
    ],
    ['hangs', 'export default async () => {\n  for (;;);\n};\n', '1s', /^error in account: setup script hangs\.mjs did not finish within 1s \(its timeout\)$/m],
  ])('ends the page with one line when its setup script is %s (exit 3), and leaves nothing running', async (name, source, timeout, line) => {
    const dir = tempDir();
    if (source) writeFileSync(path.join(dir, `${name}.mjs`), source);
    const marker = uniqueMarker();
    await writeExampleBudget(dir, { marker, endpoints: '  []\n', pages: account(`    setup: { script: ${name}.mjs, timeout: ${timeout} }\n`) });
    const run = await cli(['run', '-q'], dir);
    expect(run.code).toBe(3);
    expect(run.out).toMatch(line);
    expect(run.out).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(dir, 'perf-gate-report', 'report.json'))).toBe(true);
    expect(processesWith(marker)).toEqual([]);
  });
});
