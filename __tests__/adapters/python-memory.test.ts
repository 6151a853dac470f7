// tracemalloc through perf-gate's Python sampler, on a real CPython process that keeps what it allocates: the app's
// line named, the library line that allocated beside it; and a process with no sampler.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openTracemalloc } from '../../src/adapters/profiling/python-memory.js';
import { pythonSamplerEnv } from '../../src/adapters/profiling/python-sampler.js';
import { grownClasses, memoryWhyLines } from '../../src/core/diagnosis/memory-growth.js';
import { tempDir } from '../helpers/processes.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('tracemalloc over the Python sampler', () => {
  it("names the app's line that keeps what it allocates, and the library line that allocated it", async () => {
    const root = tempDir();
    // Every 10 ms, 20 orders serialized by the standard library's json and kept for good in a module's list.
    writeFileSync(
      path.join(root, 'orders.py'),
      `import json, time
kept = []; open('started', 'w').close()

def remember(i):
    kept.append(json.dumps({'id': i, 'items': ['item-%d-%d' % (i, n) for n in range(20)]}))

i = 0
while True:
    for _ in range(20):
        i += 1
        remember(i)
    time.sleep(0.01)
`,
    );
    const samples = tempDir('perf-gate-diagnosis-');
    const app = spawn('python3', ['orders.py'], { cwd: root, stdio: 'ignore', env: { ...process.env, ...pythonSamplerEnv(samples, undefined) } });
    try {
      // On a busy machine Python may take seconds to start: the sampler is asked once the script runs.
      for (let i = 0; i < 600 && !existsSync(path.join(root, 'started')); i++) await sleep(50);
      const memory = await openTracemalloc(samples, [app.pid!], root);
      if ('ok' in memory) throw new Error(memory.reason);
      try {
        const taken = [];
        for (let i = 0; i < 3; i++) {
          if (i > 0) await sleep(700);
          taken.push({ requests: i * 1000, summary: await memory.take() });
        }
        const m = grownClasses(taken, (site) => memory.heldBy(site), 'tracemalloc');
        expect(m.grown[0]).toMatchObject({ className: 'orders.py:5', allocatedIn: expect.stringMatching(/^python3[.\d]*\/json\/encoder\.py:\d+$/) });
        expect(m.grown[0]!.count[2]).toBeGreaterThan(m.grown[0]!.count[1]!);
        expect(memoryWhyLines(m)[0]).toMatch(
          /^`orders\.py:5` kept allocating memory that stays: .* held, .* blocks \(\+.* per 1,000 requests\), allocated in `python3/,
        );
      } finally {
        memory.close();
      }
    } finally {
      app.kill('SIGKILL');
    }
  }, 60_000);

  it('says so when no Python sampler answers', async () => {
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      expect(await openTracemalloc(tempDir(), [other.pid!], '/')).toEqual({ ok: false, reason: expect.stringMatching(/^no Python sampler answered/) });
    } finally {
      other.kill('SIGKILL');
    }
  });
});
