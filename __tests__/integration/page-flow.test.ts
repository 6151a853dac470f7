// Pages as Lighthouse user flows in the real Chromium: steps from the budget, the example app's slow click seen
// as INP, a flow script of the user's, and a step whose element never appears (one line, exit 3).
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { writeExampleBudget } from '../helpers/budgets.js';
import { processesWith, tempDir, uniqueMarker } from '../helpers/processes.js';

async function gate(pages: string, env: Record<string, string> = {}, files: Record<string, string> = {}) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const marker = uniqueMarker();
  await writeExampleBudget(dir, { marker, env, endpoints: '  []\n', pages });
  let out = '';
  const code = await runCli(['run', '-q'], { out: (t) => void (out += t), err: () => {}, cwd: dir });
  const reportDir = path.join(dir, 'perf-gate-report');
  const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
  expect(processesWith(marker)).toEqual([]);
  return { code, out, report, reportDir };
}

const filter = (extra = '') => `  - name: filter
    url: /filter
    runs: 1
${extra}    thresholds: [inp < 500ms, lcp < 15s]
`;
const steps = "    flow:\n      - click: '#only-cheap'\n      - wait: '#list li[hidden]'\n";
const inpOf = (report: { targets: { metrics: Record<string, { value: number | null }> }[] }) => report.targets[0]?.metrics.inp?.value;

describe('a page as a user flow', () => {
  it("measures the click of the budget's steps as INP, and fails the budget when the example app's click is slow", async () => {
    const quick = await gate(filter(steps));
    expect(quick.code).toBe(0);
    expect(inpOf(quick.report)).toBeLessThan(500);
    expect(quick.report.targets[0].metrics.lcp.value).toBeGreaterThan(0);
    const flowReport = readFileSync(path.join(quick.reportDir, quick.report.targets[0].page.artifacts.html), 'utf8');
    expect(flowReport).toContain('__LIGHTHOUSE_FLOW_JSON__');

    // The click blocks 800 ms: far past the threshold, which leaves a busy runner's quick click room.
    const slow = await gate(filter(steps), { EXAMPLE_INP_MS: '800' });
    expect(slow.code).toBe(1);
    expect(inpOf(slow.report)).toBeGreaterThanOrEqual(800);
    expect(slow.out).toMatch(/^FAIL\s+filter\s+inp\s+< 500 ms\s+[\d,.]+ ms$/m);
  });

  it("runs a flow script of the user's with the flow and a Puppeteer page", async () => {
    const script = `export default async (flow, { page, url }) => {
  await flow.navigate(url);
  await flow.startTimespan({ name: 'filter' });
  await page.click('#only-cheap');
  await flow.endTimespan();
};
`;
    const { code, report } = await gate(filter('    flow: { script: flow.mjs, timeout: 60s }\n'), { EXAMPLE_INP_MS: '800' }, { 'flow.mjs': script });
    expect(code).toBe(1);
    expect(inpOf(report)).toBeGreaterThanOrEqual(800);
  });

  it('ends the page with one line naming the step whose element never appears (exit 3)', async () => {
    const { code, out, reportDir } = await gate(filter("    flow: { steps: [{ click: '#only-cheap' }, { click: '#checkout' }], stepTimeout: 1s }\n"));
    expect(code).toBe(3);
    expect(out).toMatch(/^error in filter: flow step 2 \(click '#checkout'\): no element matched within 1s$/m);
    expect(out).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(reportDir, 'report.json'))).toBe(true);
  });
});
