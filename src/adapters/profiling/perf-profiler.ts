// A profiler turns processes and a time window into folded stacks. This one is Linux perf: `perf record` samples
// cpu-clock at a fixed frequency with call graphs over the given processes (each side's app) from start() until
// stop(), then `perf script` is folded in the core, one side's pids at a time. Runtimes name their functions for it
// through the app's environment (Python 3.12's PYTHONPERFSUPPORT=1; a Node process with perf-gate's NODE_OPTIONS is
// profiled by V8 instead).
// perf runs in a process group perf-gate tracks, so it never outlives the gate. Where perf is missing or not
// permitted the answer is one line saying what to run on a GitHub runner; a diagnosis never fails a run.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collapsePerfScript } from '../../core/diagnosis/perf-script.js';
import type { Folded } from '../../core/diagnosis/profile.js';
import { endGroup, groupAlive, trackGroup, untrackGroup, waitFor } from '../app/process-groups.js';

export interface SideStacks {
  folded: Folded;
  samples: number;
}

export type ProfileResult =
  | {
      ok: true;
      /** Each side's stacks, by the name it was given. */
      sides: Record<string, SideStacks>;
      /** CPU milliseconds one sample stands for. */
      sampleMs: number;
      /** Why the profile is partial: the window overran its limit, or perf script's output was cut. */
      cut?: string;
    }
  | { ok: false; reason: string };

export interface ProfileSession {
  /** Ends sampling and folds each side's stacks. */
  stop(): Promise<ProfileResult>;
  /** Leaves out what was sampled so far: the window starts now (a profiler started before a warm-up). */
  discard?(): Promise<void>;
}

export interface Profiler {
  /** Starts sampling every process of every side; a refusal (perf missing, not permitted) is the reason, in one line. */
  start(
    sides: Readonly<Record<string, readonly number[]>>,
    opts: { maxMs: number; signal?: AbortSignal },
  ): Promise<ProfileSession | { ok: false; reason: string }>;
}

export interface PerfOptions {
  /** Samples a second per CPU; an odd number so it does not beat with timers. */
  frequency?: number;
  /** The perf binary (tests point it elsewhere). */
  perf?: string;
  /** `perf script` output read at most (a huge profile is cut, not read into memory whole). */
  maxScriptBytes?: number;
}

export const perfFixOnRunner =
  'on a GitHub runner: sudo apt-get install -y linux-tools-common linux-tools-$(uname -r) && sudo sysctl kernel.perf_event_paranoid=1';

// perf opens its events within this; an exit before it is a refusal.
const startupMs = 400;
const scriptTimeoutMs = 60_000;

export function perfProfiler(opts: PerfOptions = {}): Profiler {
  const frequency = opts.frequency ?? 99;
  const perf = opts.perf ?? 'perf';
  return {
    async start(sides, { maxMs, signal }) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-profile-'));
      const data = path.join(dir, 'perf.data');
      const pids = [...new Set(Object.values(sides).flat())];
      const record = startGroup(perf, ['record', '-q', '-F', String(frequency), '-g', '-p', pids.join(','), '-o', data]);
      const early = await record.exited(startupMs);
      if (early) {
        rmSync(dir, { recursive: true, force: true });
        if (early.missing) return { ok: false, reason: `perf is not installed, so no profile was taken (${perfFixOnRunner})` };
        return { ok: false, reason: `perf record failed (${firstLine(early.err) || `exit ${early.code}`}); ${perfFixOnRunner}` };
      }
      let overran = false;
      const limit = setTimeout(() => {
        overran = true;
        record.interrupt();
      }, maxMs);
      signal?.addEventListener('abort', record.interrupt, { once: true });
      return {
        stop: async () => {
          clearTimeout(limit);
          signal?.removeEventListener('abort', record.interrupt);
          try {
            record.interrupt();
            const done = await record.exited(10_000);
            if (!done) await record.end();
            const folded = await foldScript(perf, data, path.join(dir, 'perf.script'), sides, opts.maxScriptBytes ?? 200 * 1024 * 1024);
            if (!folded.ok) return folded;
            const cut = [overran && `the profile window passed its limit of ${Math.round(maxMs / 1000)} s and was ended`, folded.cut]
              .filter(Boolean)
              .join('; ');
            return { ok: true, sides: folded.sides, sampleMs: 1000 / frequency, ...(cut && { cut }) };
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      };
    },
  };
}

// `perf script` into a file, read bounded, folded for each side's processes.
async function foldScript(
  perf: string,
  data: string,
  scriptFile: string,
  sides: Readonly<Record<string, readonly number[]>>,
  maxBytes: number,
): Promise<{ ok: true; sides: Record<string, SideStacks>; cut?: string } | { ok: false; reason: string }> {
  const out = openSync(scriptFile, 'w');
  const script = startGroup(perf, ['script', '-F', 'comm,pid,tid,time,event,ip,sym,dso', '-i', data], out);
  closeSync(out);
  const done = await script.exited(scriptTimeoutMs);
  if (!done) await script.end();
  else if (done.code !== 0) return { ok: false, reason: `perf script failed (${firstLine(done.err) || `exit ${done.code}`})` };
  const { text, whole } = readBounded(scriptFile, maxBytes);
  const folded = Object.fromEntries(Object.entries(sides).map(([name, pids]) => [name, collapsePerfScript(text, { pids: new Set(pids) })]));
  const cut = !done
    ? 'perf script overran its time and was ended'
    : !whole
      ? `perf script's output passed ${Math.round(maxBytes / 2 ** 20)} MB and was cut`
      : '';
  return { ok: true, sides: folded, ...(cut && { cut }) };
}

function readBounded(file: string, maxBytes: number): { text: string; whole: boolean } {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(maxBytes + 1);
    let n = 0;
    for (let got = 1; got > 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, n);
    if (n <= maxBytes) return { text: buf.toString('utf8', 0, n), whole: true };
    // Up to the last whole sample (a blank line ends each).
    const text = buf.toString('utf8', 0, maxBytes);
    return { text: text.slice(0, text.lastIndexOf('\n\n') + 1), whole: false };
  } finally {
    closeSync(fd);
  }
}

// perf says "Error:" on a line of its own, then why.
const firstLine = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 2)
    .join(' ');

interface Exit {
  code: number | null;
  err: string;
  missing?: boolean;
}

/** A child in a process group of its own, tracked so that it is killed if perf-gate exits first. */
function startGroup(cmd: string, args: string[], stdout: number | 'ignore' = 'ignore') {
  const child = spawn(cmd, args, { stdio: ['ignore', stdout, 'pipe'], detached: true });
  if (child.pid !== undefined) trackGroup(child.pid);
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  let exit: Exit | undefined;
  const exited = new Promise<Exit>((resolve) => {
    child.once('error', (e: NodeJS.ErrnoException) => resolve((exit = { code: null, err: e.message, missing: e.code === 'ENOENT' })));
    child.once('close', (code) => {
      if (child.pid !== undefined) untrackGroup(child.pid);
      resolve((exit = { code, err }));
    });
  });
  return {
    /** The exit, once it came within ms; undefined while it still runs. */
    exited: async (ms: number): Promise<Exit | undefined> => {
      await Promise.race([exited, waitFor(() => exit !== undefined, ms)]);
      return exit;
    },
    /** SIGINT: perf record writes its file and exits. */
    interrupt: () => {
      try {
        if (exit === undefined && child.pid !== undefined && groupAlive(child.pid)) process.kill(-child.pid, 'SIGINT');
      } catch {
        // it ended meanwhile
      }
    },
    /** SIGTERM, then SIGKILL, to the whole group. */
    end: async () => {
      if (child.pid !== undefined) await endGroup(child.pid, 2000);
    },
  };
}
