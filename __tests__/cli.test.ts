// The CLI in-process: messages and exit codes for problems found before any load starts.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../src/cli.js';
import { tempDir } from './helpers/processes.js';

async function cli(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), cwd });
  return { code, out, err };
}

describe('runCli', () => {
  it('exits 2 when the report directory cannot be made', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'perf-budget.yml'), "app: { baseUrl: 'http://127.0.0.1:9' }\nendpoints: [{ name: a, url: /a }]\n");
    writeFileSync(path.join(dir, 'taken'), 'a file');
    expect(await cli(['run', '--out', 'taken/report'], dir)).toEqual({
      code: 2,
      out: '',
      err: `perf-gate: report directory '${path.join(dir, 'taken/report')}': cannot create it: a file stands in the way\n`,
    });
  });

  it('exits 2 with every problem of the budget file, one per line', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'b.json'), '{ "app": { "baseUrl": "http://127.0.0.1:9" }, "endpoints": [{ "name": "a", "url": "/a", "method": "FETCH", "thresholds": ["p95 < fast"] }] }');
    const run = await cli(['run', '-c', 'b.json'], dir);
    expect(run.code).toBe(2);
    expect(run.err.trimEnd().split('\n')).toEqual([
      'perf-gate: b.json:1:99: endpoints[0].method: expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, got \'FETCH\'',
      "perf-gate: b.json:1:123: endpoints[0].thresholds[0]: p95: expected a duration like 200ms, 1.5s or 800 (milliseconds), got 'fast'",
    ]);
  });

  it('exits 3 when a running app is expected but nothing answers', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'perf-budget.yml'), "app: { baseUrl: 'http://127.0.0.1:9', ready: { timeout: 300ms } }\nendpoints: [{ name: a, url: /a }]\n");
    const run = await cli(['run', '-q'], dir);
    expect(run.code).toBe(3);
    expect(run.out).toMatch(/^error: the app at http:\/\/127\.0\.0\.1:9\/ \(no app\.command: perf-gate expects it already running\) did not answer 2xx/m);
    expect(run.out).toMatch(/^perf-gate: ERROR — could not complete: 1 error, 0 of 0 budgets failed$/m);
  });
});
