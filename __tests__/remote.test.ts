// A "remote" target end to end: another loopback address (127.0.0.2) stands in for a preview deployment, so no
// traffic leaves the machine. The CLI is given its URL, the token comes from the environment.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { runCli } from '../src/cli.js';
import { freePort, tempDir } from './helpers/processes.js';

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
`;

describe('a remote target', () => {
  let server: Server;
  let baseUrl: string;
  const seen = { requests: 0, unauthorized: 0 };
  beforeAll(async () => {
    const port = await freePort();
    server = createServer((req, res) => {
      if (req.url === '/health') return void res.end('deployed');
      seen.requests++;
      if (req.headers.authorization !== `Bearer ${token}`) seen.unauthorized++;
      res.statusCode = req.headers.authorization === `Bearer ${token}` ? 200 : 401;
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.2', resolve));
    baseUrl = `http://127.0.0.2:${port}`;
  });
  afterAll(() => void server.close());

  it('is loaded at its stated rate with the token from the environment, masked, and the report says where the traffic went', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'perf-budget.yml'), budget(true));
    process.env.PERF_GATE_TEST_TOKEN = token;
    try {
      const run = await cli(['run', '--base-url', baseUrl], dir);
      expect(run.code).toBe(0);
      expect(run.out).toContain(`Traffic went to ${baseUrl.slice(7)} (app.remote), not only to this machine.`);
      const report = readFileSync(path.join(dir, 'perf-gate-report', 'report.json'), 'utf8');
      expect(JSON.parse(report).environment.traffic).toEqual({ remote: true, hosts: [baseUrl.slice(7)] });
      for (const text of [run.out, run.err, report, readFileSync(path.join(dir, 'perf-gate-report', 'report.md'), 'utf8')]) expect(text).not.toContain(token);
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
    expect(unset).toEqual({
      code: 2,
      out: '',
      err: 'perf-gate: perf-budget.yml:8:31: endpoints[0].headers.authorization: ${PERF_GATE_TEST_TOKEN} is not set in the environment (or empty); expected the workflow to pass it, e.g. env: { PERF_GATE_TEST_TOKEN: ${{ secrets.PERF_GATE_TEST_TOKEN }} }\n',
    });
    expect(seen.requests).toBe(before);
  });
});
