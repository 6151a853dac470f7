// The perf profiler against real processes: a Node program named by its perf map, a stripped binary named by itself,
// perf missing, perf refused.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { perfProfiler, type Profiler, type ProfileResult } from '../../src/adapters/profiling/perf-profiler.js';
import { endpointWhy, profiledSide } from '../../src/core/diagnosis/diagnosis.js';
import { tempDir } from '../helpers/processes.js';

// Starts, waits, stops: a refusal at start is the result.
async function profile(profiler: Profiler, sides: Record<string, number[]>, windowMs: number, maxMs = 30_000): Promise<ProfileResult> {
  const session = await profiler.start(sides, { maxMs });
  if ('ok' in session) return session;
  await new Promise((r) => setTimeout(r, windowMs));
  return session.stop();
}

const busy = `function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
let x = 0; setInterval(() => {}, 1000); for (;;) { x += fib(22); if (x < 0) break; }`;

describe('perfProfiler', () => {
  it("folds a Node program's samples, its functions named by the perf map Node writes", async () => {
    // In a folder of its own: with the perf map Node also writes an isolate log where it runs.
    const cwd = tempDir('perf-gate-profiled-');
    const child = spawn(process.execPath, ['--perf-basic-prof-only-functions', '-e', busy], { stdio: 'ignore', cwd });
    const idle = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore', cwd });
    try {
      const result = await profile(perfProfiler(), { busy: [child.pid!], idle: [idle.pid!] }, 1500);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const { busy: b, idle: i } = result.sides;
      expect(b!.samples).toBeGreaterThan(10);
      // Each side has its own processes' samples only.
      expect(i!.samples).toBeLessThan(b!.samples / 5);
      expect(result.sampleMs).toBeCloseTo(1000 / 99);
      expect(result.cut).toBeUndefined();
      const withFib = [...b!.folded].filter(([stack]) => /fib/.test(stack)).reduce((a, [, n]) => a + n, 0);
      // Most samples of a program that does nothing else are in fib.
      expect(withFib / b!.samples).toBeGreaterThan(0.5);
    } finally {
      child.kill('SIGKILL');
      idle.kill('SIGKILL');
    }
  });

  it('ends a window that overruns its limit, keeps what it sampled and says it was cut', async () => {
    const child = spawn(process.execPath, ['-e', busy], { stdio: 'ignore', cwd: tempDir('perf-gate-profiled-') });
    try {
      const result = await profile(perfProfiler(), { app: [child.pid!] }, 2500, 1000);
      expect(result).toMatchObject({ ok: true, cut: 'the profile window passed its limit of 1 s and was ended' });
      if (result.ok) expect(result.sides.app!.samples).toBeGreaterThan(0);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('says what to run on a GitHub runner when perf is not installed', async () => {
    const result = await profile(perfProfiler({ perf: '/nonexistent/perf' }), { app: [process.pid] }, 100);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^perf is not installed, so no profile was taken \(on a GitHub runner: .*sudo sysctl kernel\.perf_event_paranoid=1\)$/),
    });
  });

  it("names a stripped binary's frames by the binary, so its growth is still said", async () => {
    // Debian's gzip is stripped: perf knows only addresses in it.
    const gzip = spawn('sh', ['-c', 'exec gzip -9 < /dev/urandom > /dev/null'], { stdio: 'ignore' });
    const idle = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const result = await profile(perfProfiler(), { head: [gzip.pid!], base: [idle.pid!] }, 1500);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const side = (name: 'head' | 'base') => profiledSide(result.sides[name]!.folded, result.sides[name]!.samples, 1000);
      const why = endpointWhy({ target: 'zip', profiler: 'perf', sampleMs: result.sampleMs, base: side('base'), head: side('head') });
      expect(why[0]).toMatch(
        /^`\[gzip\]`( from `[^`]+`( in `[^`]+`)?)?: \+[\d.,]+ (ms|s) CPU per 1,000 requests, \d+% of the growth \(inclusive [^)]+\), new on this path$/,
      );
    } finally {
      gzip.kill('SIGKILL');
      idle.kill('SIGKILL');
    }
  });

  it('says why when perf is refused, in one line', async () => {
    const fake = path.join(tempDir('perf-gate-fake-perf-'), 'perf');
    writeFileSync(fake, '#!/bin/sh\necho "Error:" >&2\necho "Access to performance monitoring and observability operations is limited." >&2\nexit 255\n');
    chmodSync(fake, 0o755);
    const result = await profile(perfProfiler({ perf: fake }), { app: [process.pid] }, 100);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^perf record failed \(Error: Access to performance monitoring and observability operations is limited\.\); on a GitHub runner: /,
      ),
    });
  });
});
