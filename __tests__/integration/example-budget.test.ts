// The committed example budget and JSON Schema: valid, current, and the example passes as committed.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readBudgetFile } from '../../src/adapters/files/budget-file.js';
import { budgetJsonSchema } from '../../src/core/budget/budget-schema.js';
import { runCli } from '../../src/cli.js';
import { repoRoot, tempDir } from '../helpers/processes.js';

describe('perf-budget.schema.json', () => {
  it('is what the zod schema generates (run npm run build to refresh it)', () => {
    const committed = JSON.parse(readFileSync(path.join(repoRoot, 'perf-budget.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(budgetJsonSchema())));
  });
});

describe('examples/perf-budget.yml', () => {
  it('is a valid budget', async () => {
    const plan = await readBudgetFile('examples/perf-budget.yml', repoRoot);
    expect(plan.endpoints.map((e) => e.name)).toEqual(['ping', 'items', 'create order']);
    expect(plan.app.cwd).toBe(path.join(repoRoot, 'examples', 'app'));
  });

  it('passes as committed against the example app', async () => {
    const out = tempDir();
    let stdout = '';
    let stderr = '';
    const code = await runCli(['run', '--config', 'examples/perf-budget.yml', '--out', out, '--quiet'], {
      out: (t) => void (stdout += t),
      err: (t) => void (stderr += t),
      cwd: repoRoot,
    });
    expect({ code, stderr: stderr.replace(/^(report|html report|lighthouse report for \w+): .*\n/gm, '') }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^perf-gate: PASS — all \d+ budgets met$/m);
    // Pages audited from source: Lighthouse from node_modules, the real Chromium.
    expect(stdout).toMatch(/^home\s+\d+\s+[\d.]+ m?s\s/m);
    expect(existsSync(path.join(out, 'pages', 'gallery.report.html'))).toBe(true);
  });
});

describe('every budget in examples/', () => {
  const budgets = readdirSync(path.join(repoRoot, 'examples')).filter((f) => /^perf-budget.*\.ya?ml$/.test(f));

  it.each(budgets)('%s is valid, its setup scripts exist and it measures the example app', async (file) => {
    const plan = await readBudgetFile(path.join('examples', file), repoRoot, { env: { EXAMPLE_PASSWORD: 'demo-password' } });
    // The remote example starts nothing; every other one starts the example app.
    if (plan.app.command) expect(plan.app.cwd).toBe(path.join(repoRoot, 'examples', 'app'));
    else expect(plan.traffic.hosts).toEqual(['127.0.0.1:3000']);
    for (const page of plan.pages) if (page.setup) expect(existsSync(page.setup.file)).toBe(true);
  });

  it('the login example passes signed in against the example app', async () => {
    const out = tempDir();
    let stdout = '';
    process.env.EXAMPLE_PASSWORD = 'demo-password';
    try {
      const code = await runCli(['run', '--config', 'examples/perf-budget-login.yml', '--out', out, '--quiet'], {
        out: (t) => void (stdout += t),
        err: () => {},
        cwd: repoRoot,
      });
      expect({ code, verdict: /^perf-gate: .*$/m.exec(stdout)?.[0] }).toEqual({ code: 0, verdict: 'perf-gate: PASS — all 3 budgets met' });
    } finally {
      delete process.env.EXAMPLE_PASSWORD;
    }
  });
});
