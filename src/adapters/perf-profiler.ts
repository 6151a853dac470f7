// A profiler turns a set of processes and a time window into folded stacks. This one is Linux perf: `perf record`
// samples cpu-clock at a fixed frequency with call graphs over the app's processes while `sleep` runs, then
// `perf script` is folded in the core. Runtimes name their functions for it through the app's environment (Node's
// --perf-basic-prof-only-functions, Python 3.12's PYTHONPERFSUPPORT=1). Where perf is missing or not permitted the
// answer is one line saying what to run on a GitHub runner; a diagnosis never fails a run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collapsePerfScript } from '../core/perf-script.js';
import type { Folded } from '../core/profile.js';

export type ProfileResult = { ok: true; folded: Folded; samples: number; sampleMs: number } | { ok: false; reason: string };

export interface Profiler {
  /** Samples the processes for the window; resolves once their stacks are folded. */
  profile(pids: readonly number[], windowMs: number, signal?: AbortSignal): Promise<ProfileResult>;
}

export interface PerfOptions {
  /** Samples a second per CPU; an odd number so it does not beat with timers. */
  frequency?: number;
  /** The perf binary (tests point it elsewhere). */
  perf?: string;
  /** `perf script` output read at most (a huge profile is cut, not read into memory whole). */
  maxScriptBytes?: number;
}

const fixOnRunner = 'on a GitHub runner: sudo apt-get install -y linux-tools-common linux-tools-$(uname -r) && sudo sysctl kernel.perf_event_paranoid=1';

export function perfProfiler(opts: PerfOptions = {}): Profiler {
  const frequency = opts.frequency ?? 99;
  const perf = opts.perf ?? 'perf';
  return {
    async profile(pids, windowMs, signal) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-profile-'));
      const data = path.join(dir, 'perf.data');
      try {
        const seconds = Math.max(0.1, windowMs / 1000).toFixed(1);
        const record = await run(perf, ['record', '-q', '-F', String(frequency), '-g', '-p', pids.join(','), '-o', data, '--', 'sleep', seconds], {
          timeoutMs: windowMs + 15_000,
          ...(signal && { signal }),
        });
        if (record.missing) return { ok: false, reason: `perf is not installed, so no profile was taken (${fixOnRunner})` };
        if (record.code !== 0) return { ok: false, reason: `perf record failed (${firstLine(record.err) || `exit ${record.code}`}); ${fixOnRunner}` };
        const script = await run(perf, ['script', '-i', data], { timeoutMs: 60_000, maxBytes: opts.maxScriptBytes ?? 200 * 1024 * 1024 });
        if (script.code !== 0 && !script.cut) return { ok: false, reason: `perf script failed (${firstLine(script.err) || `exit ${script.code}`})` };
        const { folded, samples } = collapsePerfScript(script.out, { pids: new Set(pids) });
        return { ok: true, folded, samples, sampleMs: 1000 / frequency };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

// perf says "Error:" on a line of its own, then why.
const firstLine = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 2)
    .join(' ');

interface RunOutcome {
  code: number | null;
  out: string;
  err: string;
  /** The binary was not found. */
  missing?: boolean;
  /** Its output passed maxBytes and it was ended: what came before is kept. */
  cut?: boolean;
}

// A child bounded in time and in what it may print; ended with SIGINT first (perf writes its file on it).
function run(cmd: string, args: string[], o: { timeoutMs: number; signal?: AbortSignal; maxBytes?: number }): Promise<RunOutcome> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let outBytes = 0;
    let cut = false;
    let err = '';
    const stop = () => {
      child.kill('SIGINT');
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    };
    const timer = setTimeout(stop, o.timeoutMs);
    o.signal?.addEventListener('abort', stop, { once: true });
    child.stdout.on('data', (d: Buffer) => {
      if (cut) return;
      if (outBytes + d.length > (o.maxBytes ?? Number.POSITIVE_INFINITY)) {
        cut = true;
        return stop();
      }
      outBytes += d.length;
      out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    child.once('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ code: null, out: '', err: e.message, missing: e.code === 'ENOENT' });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', stop);
      resolve({ code, out: Buffer.concat(out).toString('utf8'), err, ...(cut && { cut }) });
    });
  });
}
