// Real Lighthouse on the real Chromium against the example app: good pages, a 500, a refused URL, no Chrome left.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { auditPages } from '../../src/adapters/pages/page-auditor.js';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import type { PagePlan } from '../../src/core/budget/plan.js';
import { RunError } from '../../src/core/errors.js';
import { freePort, startExampleApp, tempDir } from '../helpers/processes.js';

function pages(baseUrl: string, yaml: string): PagePlan[] {
  return parseBudget(`app: { baseUrl: '${baseUrl}' }\npages:\n${yaml}`, 'b.yml', '/').pages;
}

const log = () => {
  const lines: string[] = [];
  return { lines, info: (m: string) => void lines.push(m), warn: (m: string) => void lines.push(`warn: ${m}`) };
};

const chromeProcesses = (profileRoot: string) =>
  readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(profileRoot);
      } catch {
        return false;
      }
    });

describe('auditPages', () => {
  let app: Awaited<ReturnType<typeof startExampleApp>>;
  let failing: Server;
  let failingUrl: string;
  beforeAll(async () => {
    app = await startExampleApp();
    const port = await freePort();
    failing = createServer((_q, s) => s.writeHead(500, { 'content-type': 'text/html' }).end('<h1>boom</h1>')).listen(port, '127.0.0.1');
    failingUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    failing.close();
    await app.stop();
  });

  it('audits a page, keeps the median run and reports a failing page while the others still run', async () => {
    const reportDir = tempDir();
    const chromeTemp = tempDir('perf-gate-chrome-parent-');
    const l = log();
    const result = await auditPages(
      [
        ...pages(app.url, '  - { name: broken, url: /, runs: 1 }').map((p) => ({ ...p, url: `${failingUrl}/` })),
        ...pages(app.url, "  - { name: Home page, url: /heavy, runs: 2, preset: desktop, headers: { x-test: '1' }, cookies: [{ name: session, value: abc }] }"),
      ],
      { reportDir, tempDir: chromeTemp, retries: 1, log: l },
    );
    const [broken, home] = result.targets;

    expect(broken).toMatchObject({ kind: 'page', name: 'broken', status: 'error', metrics: {} });
    expect(broken!.error).toMatch(/^ERRORED_DOCUMENT_REQUEST: Lighthouse was unable to reliably load the page you requested.*\(Status code: 500\)$/);
    expect(broken!.page!.runs.map((r) => [r.run, r.attempt, r.ok])).toEqual([
      [1, 1, false],
      [1, 2, false],
    ]);

    expect(home!.status).toBe('ok');
    expect(home!.page!.runs.map((r) => r.ok)).toEqual([true, true]);
    expect(home!.metrics.performance!.samples).toHaveLength(2);
    expect(home!.metrics.lcp!.value).toBeGreaterThan(0);
    expect(home!.metrics['document-requests']!.value).toBe(1);
    expect(home!.page!.artifacts).toEqual({ html: 'pages/home-page.report.html', json: 'pages/home-page.report.json' });
    // What the median run's page is made of, kept for a later run's why: its own requests by path, with their bytes
    // and what requested them (the document parsed its script).
    expect(home!.page!.facts!.requests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ url: '/heavy', type: 'Document', bytes: expect.any(Number) }),
        { url: '/static/app.js', type: 'Script', bytes: expect.any(Number), initiator: '/heavy' },
      ]),
    );
    expect(existsSync(path.join(reportDir, 'pages', 'home-page.report.html'))).toBe(true);
    expect(home!.page!.categories).toEqual(['performance']);
    expect(result.browser).toMatchObject({ lighthouse: '13.5.0', userAgent: expect.stringMatching(/Chrome\/\d+/) });

    expect(l.lines.filter((x) => x.startsWith('  Home page run'))).toHaveLength(2);
    // Chrome is gone, and so are its profile and temp files.
    expect(readdirSync(chromeTemp)).toEqual([]);
    expect(chromeProcesses(chromeTemp)).toEqual([]);
  });

  it('reports a page whose URL refuses connections', async () => {
    const port = await freePort();
    const result = await auditPages(pages(`http://127.0.0.1:${port}`, '  - { name: gone, url: /, runs: 1 }'), { reportDir: tempDir(), retries: 0, log: log() });
    expect(result.targets[0]).toMatchObject({ status: 'error' });
    // Lighthouse's own words reach the user (Chromium shows refused connections as an interstitial).
    expect(result.targets[0]!.error).toMatch(/^(FAILED_DOCUMENT_REQUEST|CHROME_INTERSTITIAL_ERROR): .*Make sure you are testing the correct URL/);
  });

  it('says how to get Chrome when the one given is missing or does not start', async () => {
    const home = pages(app.url, '  - { name: home, url: / }');
    await expect(auditPages(home, { reportDir: tempDir(), chromePath: '/nonexistent/chrome', log: log() })).rejects.toThrow(
      new RunError(
        "Chrome not found at '/nonexistent/chrome': install one (Debian/Ubuntu: apt-get install chromium) or give its path with chrome-path, --chrome-path or CHROME_PATH",
      ),
    );
    const fake = path.join(tempDir(), 'chrome');
    writeFileSync(fake, '#!/bin/sh\necho "cannot open display" >&2\nexit 1\n');
    chmodSync(fake, 0o755);
    await expect(auditPages(home, { reportDir: tempDir(), chromePath: fake, log: log() })).rejects.toThrow(
      /^Chrome at '.*\/chrome' did not start: Chrome exited with 1: cannot open display$/,
    );
  });
});
