// Workloads from what a team already has, end to end: a recording made against the running example app (each
// request and its answer kept as a browser's HAR keeps them) and an access log of its routes, each imported with the
// CLI, then run as written (the recorded password set in the environment) against the example app.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { runGate } from '../../src/run/gate.js';
import type { HarEntry } from '../../src/core/workload/import-har.js';
import { exampleAppBudget } from '../helpers/example-app-budget.js';
import { processesWith, startExampleApp, tempDir, uniqueMarker } from '../helpers/processes.js';

const quiet = { info: () => {}, warn: () => {} };

async function cli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), cwd });
  return { code, out, err };
}

// One request made and kept as a HAR entry, as a browser's network panel keeps it.
async function recorded(
  base: string,
  method: string,
  url: string,
  init: { headers?: Record<string, string>; body?: string; type?: string } = {},
): Promise<HarEntry> {
  const headers = { accept: 'application/json', 'user-agent': 'Mozilla/5.0', ...(init.type && { 'content-type': init.type }), ...init.headers };
  const res = await fetch(base + url, { method, headers, redirect: 'manual', ...(init.body !== undefined && { body: init.body }) });
  const text = await res.text();
  return {
    request: {
      method,
      url: base + url,
      headers: Object.entries(headers).map(([name, value]) => ({ name, value })),
      ...(init.body !== undefined && { postData: { mimeType: init.type ?? 'text/plain', text: init.body } }),
    },
    response: {
      status: res.status,
      headers: [...res.headers].flatMap(([name, value]) =>
        name === 'set-cookie' ? res.headers.getSetCookie().map((v) => ({ name, value: v })) : [{ name, value }],
      ),
      content: { mimeType: res.headers.get('content-type') ?? '', text },
    },
  };
}

// The imported budget's app block, written for the example app on a free port.
async function runImported(dir: string, marker: string, env: Record<string, string> = {}) {
  const imported = readFileSync(path.join(dir, 'perf-budget.yml'), 'utf8');
  const rest = imported.replace(/^app:\n {2}baseUrl: .*\n/m, '');
  await exampleAppBudget(dir, marker, { env: { EXAMPLE_PASSWORD: 'pw' }, rest: `load: { duration: 2s, warmup: 300ms, samples: 2, connections: 4 }\n${rest}` });
  return runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet, env: { ...process.env, ...env } });
}

describe('perf-gate import', () => {
  it('a recording against the example app becomes a journey that runs as recorded: the session cookie and the order id captured, the password to set', async () => {
    const dir = tempDir();
    const app = await startExampleApp({ EXAMPLE_PASSWORD: 'pw' });
    try {
      const entries: HarEntry[] = [];
      entries.push(await recorded(app.url, 'GET', '/'));
      const login = await recorded(app.url, 'POST', '/login', { body: 'user=demo&password=pw', type: 'application/x-www-form-urlencoded' });
      entries.push(login);
      const session = /session=([^;]+)/.exec(login.response!.headers!.find((h) => h.name === 'set-cookie')!.value)![1]!;
      // The account page as a browser's fetch() would read it: JSON asked for, the session cookie sent.
      entries.push({ ...(await recorded(app.url, 'GET', '/account', { headers: { cookie: `session=${session}` } })), _resourceType: 'fetch' });
      const order = await recorded(app.url, 'POST', '/api/orders', { body: '{"sku":"x"}', type: 'application/json' });
      entries.push(order);
      const id = (JSON.parse(order.response!.content!.text!) as { id: number }).id;
      entries.push(await recorded(app.url, 'GET', `/api/orders/${id}`));
      entries.push(await recorded(app.url, 'GET', '/static/app.js'));
      writeFileSync(path.join(dir, 'rec.har'), JSON.stringify({ log: { version: '1.2', entries } }));
    } finally {
      await app.stop();
    }
    const imported = await cli(['import', 'rec.har'], dir);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/^wrote .*perf-budget\.yml: a journey of 4 steps from 4 requests to http:\/\/127\.0\.0\.1:\d+\n$/);
    expect(imported.err).toContain('not carried over: 1 page navigation: measure pages under pages:');
    const text = readFileSync(path.join(dir, 'perf-budget.yml'), 'utf8');
    expect(text).toContain('# set PASSWORD in the environment: the form field password (the recorded value is not written here)');
    expect(text).not.toMatch(/password=pw|session=[0-9a-f]{32}/);

    const marker = uniqueMarker();
    const { report } = await runImported(dir, marker, { PASSWORD: 'pw' });
    expect(report.errors).toEqual([]);
    const journey = report.targets[0]!;
    expect(journey.metrics['journeys']!.value).toBeGreaterThan(10);
    expect(journey.metrics['journey-error-rate']!.value).toBe(0);
    expect(journey.endpoint!.journey!.steps.map((s) => s.captures ?? [])).toEqual([['session: cookie session'], [], ['order_id: $.id'], []]);
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);

  it("an access log of the example app's routes becomes a mix that runs with no errors, ids drawn from the log", async () => {
    const dir = tempDir();
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const path = i % 3 === 0 ? `/api/items?limit=${[10, 20][i % 2]}` : i % 5 === 0 ? '/static/app.js' : `/api/items/${1 + ((i * 37) % 5000)}`;
      lines.push(`127.0.0.1 - - [06/Dec/2026:10:00:00 +0000] "GET ${path} HTTP/1.1" 200 100 "-" "Mozilla/5.0"`);
    }
    lines.push('a line no log format has');
    writeFileSync(path.join(dir, 'access.log'), `${lines.join('\n')}\n`);
    const imported = await cli(['import', 'access.log', '--top', '5'], dir);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/the mix covers \d+(\.\d)?% of the log's 3,000 requests \(its 2 commonest kinds of request\)/i);
    expect(imported.err).toContain('not carried over: 1 line in neither the combined format nor JSON, skipped');
    const marker = uniqueMarker();
    const { report } = await runImported(dir, marker);
    expect(report.errors).toEqual([]);
    const mix = report.targets[0]!;
    expect(mix.endpoint!.mix!.map((k) => k.name)).toEqual(['get-api-items-id', 'get-api-items']);
    expect(mix.metrics['error-rate']!.value).toBe(0);
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);
});
