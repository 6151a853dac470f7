// The perf profiler against real processes: a Node program named by its perf map, perf missing, perf refused.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { perfProfiler } from '../../src/adapters/perf-profiler.js';
import { tempDir } from '../helpers/processes.js';

const busy = `function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
let x = 0; setInterval(() => {}, 1000); for (;;) { x += fib(22); if (x < 0) break; }`;

describe('perfProfiler', () => {
  it("folds a Node program's samples, its functions named by the perf map Node writes", async () => {
    // In a folder of its own: with the perf map Node also writes an isolate log where it runs.
    const child = spawn(process.execPath, ['--perf-basic-prof-only-functions', '-e', busy], { stdio: 'ignore', cwd: tempDir('perf-gate-profiled-') });
    try {
      const result = await perfProfiler().profile([child.pid!], 1500);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.samples).toBeGreaterThan(10);
      expect(result.sampleMs).toBeCloseTo(1000 / 99);
      const withFib = [...result.folded].filter(([stack]) => /fib/.test(stack)).reduce((a, [, n]) => a + n, 0);
      // Most samples of a program that does nothing else are in fib.
      expect(withFib / result.samples).toBeGreaterThan(0.5);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('says what to run on a GitHub runner when perf is not installed', async () => {
    const result = await perfProfiler({ perf: '/nonexistent/perf' }).profile([process.pid], 100);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^perf is not installed, so no profile was taken \(on a GitHub runner: .*sudo sysctl kernel\.perf_event_paranoid=1\)$/),
    });
  });

  it('says why when perf is refused, in one line', async () => {
    const fake = path.join(tempDir('perf-gate-fake-perf-'), 'perf');
    writeFileSync(fake, '#!/bin/sh\necho "Error:" >&2\necho "Access to performance monitoring and observability operations is limited." >&2\nexit 255\n');
    chmodSync(fake, 0o755);
    const result = await perfProfiler({ perf: fake }).profile([process.pid], 100);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^perf record failed \(Error: Access to performance monitoring and observability operations is limited\.\); on a GitHub runner: /,
      ),
    });
  });
});
