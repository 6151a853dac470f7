// A "remote" target end to end: another loopback address (127.0.0.2) stands in for a preview deployment, so no
// traffic leaves the machine. The CLI is given its URL, the token comes from the environment.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { freePort, tempDir } from '../helpers/processes.js';

async function cli(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), cwd });
  return { code, out, err };
}

const token = 's3cret-t0ken';
const budget = (remote: boolean) => `app:
  baseUrl: http://127.0.0.1:9
${remote ? '  remote: true\n' : ''}  ready: { url: /health, text: deployed }
endpoints:
  - name: me
    url: /api/me
    headers: { authorization: 'Bearer \${PERF_GATE_TEST_TOKEN}' }
    load: { rate: 10, connections: 2, duration: 2s, warmup: 1s, samples: 2 }
    thresholds: [non2xx == 0]
pages:
  - name: home
    url: /
    runs: 1
    headers: { x-preview-key: '\${PERF_GATE_TEST_TOKEN}' }
    finalUrl: /
    thresholds: [performance >= 50]
`;

describe('a remote target', () => {
  let server: Server;
  let baseUrl: string;
  const seen = { requests: 0, unauthorized: 0 };
  beforeAll(async () => {
    const port = await freePort();
    server = createServer((req, res) => {
      if (req.url === '/health') return void res.end('deployed');
      // The page answers only with the preview's key, as a protected preview deployment would.
      if (req.url === '/') {
        const ok = req.headers['x-preview-key'] === token;
        res.writeHead(ok ? 200 : 401, { 'content-type': 'text/html' });
        return void res.end(ok ? '<!doctype html><html lang="en"><title>Preview</title><h1>Preview</h1></html>' : 'no');
      }
      if (req.url !== '/api/me') return void res.writeHead(404).end(); // the browser's own fetches (robots.txt, favicon)
      seen.requests++;
      if (req.headers.authorization !== `Bearer ${token}`) seen.unauthorized++;
      res.statusCode = req.headers.authorization === `Bearer ${token}` ? 200 : 401;
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.2', resolve));
    baseUrl = `http://127.0.0.2:${port}`;
  });
  afterAll(() => void server.close());

  it('is loaded at its stated rate and audited with the token from the environment, masked, and the report says where the traffic went', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'perf-budget.yml'), budget(true));
    process.env.PERF_GATE_TEST_TOKEN = token;
    try {
      const run = await cli(['run', '--base-url', baseUrl], dir);
      expect(run.code).toBe(0);
      expect(run.out).toContain(`Traffic went to ${baseUrl.slice(7)} (app.remote), not only to this machine.`);
      const report = readFileSync(path.join(dir, 'perf-gate-report', 'report.json'), 'utf8');
      expect(JSON.parse(report).environment.traffic).toEqual({ remote: true, hosts: [baseUrl.slice(7)] });
      const saved = ['report.md', 'pages/home.report.html', 'pages/home.report.json'].map((f) => readFileSync(path.join(dir, 'perf-gate-report', f), 'utf8'));
      for (const text of [run.out, run.err, report, ...saved]) expect(text).not.toContain(token);
      // The page was audited in the real Chromium on the "remote" host, with the key (else it would have been a 401).
      expect(JSON.parse(report).targets[1]).toMatchObject({ name: 'home', status: 'ok', url: `${baseUrl}/` });
      // Open loop at 10 req/s over 3 s of load: about 30 requests, not the thousands a closed loop would send.
      expect(seen.requests).toBeGreaterThanOrEqual(15);
      expect(seen.requests).toBeLessThanOrEqual(45);
      expect(seen.unauthorized).toBe(0);
    } finally {
      delete process.env.PERF_GATE_TEST_TOKEN;
    }
  });

  it('is refused without the opt-in, and a token that is not set is a budget error; nothing is sent', async () => {
    const before = seen.requests;
    const dir = tempDir();
    writeFileSync(path.join(dir, 'perf-budget.yml'), budget(false));
    const refused = await cli(['run', '--base-url', baseUrl], dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(
      /^perf-gate: perf-budget\.yml:2:12: app\.baseUrl: from the base-url input: .*\(set app\.remote: true to test a remote host\)\n$/,
    );
    writeFileSync(path.join(dir, 'perf-budget.yml'), budget(true));
    const unset = await cli(['run', '--base-url', baseUrl], dir);
    expect(unset.code).toBe(2);
    expect(unset.out).toBe('');
    expect(unset.err.trimEnd().split('\n')).toEqual([
      'perf-gate: perf-budget.yml:8:31: endpoints[0].headers.authorization: ${PERF_GATE_TEST_TOKEN} is not set in the environment (or empty); expected the workflow to pass it, e.g. env: { PERF_GATE_TEST_TOKEN: ${{ secrets.PERF_GATE_TEST_TOKEN }} }',
      expect.stringMatching(
        /^perf-gate: perf-budget\.yml:15:\d+: pages\[0\]\.headers\.x-preview-key: \$\{PERF_GATE_TEST_TOKEN\} is not set in the environment/,
      ),
    ]);
    expect(seen.requests).toBe(before);
  });
});
