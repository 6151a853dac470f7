// The profiler for Node apps: V8's own CPU profiler. Unlike perf it names the functions the JIT inlined into their
// callers (perf's map knows only the outer function: a small hot helper disappears into its caller), and it needs no
// kernel support, so it also profiles a Node app where perf is missing or refused. Native work a JS function calls
// is counted to that function; idle time is left out.
//
// V8's profiler knows what the JIT inlined only in code compiled while it runs: a profile started later names code
// optimized before it (by the app's ready checks, a warm-up, the previous endpoint) by its outer function alone (half
// of the example app's runs named its request handler instead of extraWork). So a file perf-gate preloads into each
// Node process starts a profile when the process starts and keeps it running; each window is a profile of its own
// on that profiler (console.profile), begun and ended over the process's inspector (--inspect=127.0.0.1:0).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { foldCpuProfile, cpuProfileSampleMs, type CpuProfile } from '../core/cpu-profile.js';
import type { Folded } from '../core/profile.js';
import type { Profiler, ProfileResult, SideStacks } from './perf-profiler.js';
import { inspectorsOf, type Inspector } from './node-inspector.js';

// Sampling interval of V8's profiler, µs: its default, fine enough for a 10 s window.
const intervalUs = 1000;
const stopTimeoutMs = 15_000;

// Where the preload puts its windows' begin and end, for perf-gate to call over the inspector.
const symbol = "Symbol.for('perf-gate.v8-profile')";
const hook = `globalThis[${symbol}]`;

// The preload: a profile from the process's start, and windows on the same profiler handed over as JSON. Whatever
// goes wrong in it must not stop the app: then the window falls back to a profile of perf-gate's own session (as for
// a process whose NODE_OPTIONS came from elsewhere).
const preload = `'use strict';
// perf-gate's diagnosis pass: V8's CPU profiler from this process's start (see perf-gate's inspector-profiler.ts).
try {
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: ${intervalUs} });
  session.post('Profiler.start');
  const finished = new Map();
  session.on('Profiler.consoleProfileFinished', ({ params }) => {
    const done = finished.get(params.title);
    finished.delete(params.title);
    if (done) done(JSON.stringify(params.profile));
  });
  let windows = 0;
  Object.defineProperty(globalThis, ${symbol}, {
    value: Object.freeze({
      begin() { const title = 'perf-gate-' + ++windows; console.profile(title); return title; },
      end(title) { return new Promise((done) => { finished.set(title, done); console.profileEnd(title); }); },
    }),
  });
} catch {}
`;

/**
 * NODE_OPTIONS for the pass over the app's own: the inspector on a random loopback port and the preload, written into
 * `dir`. No perf map (--perf-basic-prof): a Node process that has these is profiled by V8, and the flag also leaves
 * an isolate-*.v8.log in the app's directory.
 */
export function nodeProfilingEnv(dir: string, nodeOptions: string | undefined): { NODE_OPTIONS: string } {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'perf-gate-v8-profile.cjs');
  writeFileSync(file, preload);
  return {
    NODE_OPTIONS: [nodeOptions, '--inspect=127.0.0.1:0', `--require ${JSON.stringify(file)}`].filter(Boolean).join(' '),
  };
}

/** `appPorts`: the ports the apps serve on, never asked for /json/list (the app would log a stray request). */
export function inspectorProfiler(appPorts: readonly number[] = []): Profiler {
  return {
    async start(sides, { maxMs, signal }) {
      const found = await Promise.all(Object.entries(sides).map(async ([name, pids]) => [name, await inspectorsOf(pids, appPorts)] as const));
      const all = found.flatMap(([, list]) => list);
      const fail = (reason: string) => {
        for (const i of all) i.close();
        return { ok: false as const, reason };
      };
      if (found.some(([, list]) => list.length === 0))
        return fail('no Node inspector answered on one side (not a Node app, or NODE_OPTIONS is not passed on to it)');
      let windows: ProfileWindow[];
      try {
        windows = await Promise.all(all.map((i) => openWindow(i)));
      } catch (e) {
        return fail(`the Node inspector would not profile: ${(e as Error).message}`);
      }
      let started = Date.now();
      return {
        // A window begun anew: what ran until now (a warm-up) is left out.
        discard: async () => {
          await Promise.all(windows.map((w) => w.restart()));
          started = Date.now();
        },
        stop: async (): Promise<ProfileResult> => {
          const overran = Date.now() - started > maxMs || signal?.aborted;
          try {
            const folded = await Promise.all(windows.map(async (w) => foldCpuProfile(...(await w.end()))));
            const sidesOut: Record<string, SideStacks> = {};
            let at = 0;
            for (const [name, list] of found) sidesOut[name] = merge(folded.slice(at, (at += list.length)));
            return {
              ok: true,
              sides: sidesOut,
              sampleMs: cpuProfileSampleMs,
              ...(overran && { cut: `the profile window passed its limit of ${Math.round(maxMs / 1000)} s` }),
            };
          } catch (e) {
            return { ok: false, reason: `the Node inspector did not hand over its profile: ${(e as Error).message}` };
          } finally {
            for (const i of all) i.close();
          }
        },
      };
    },
  };
}

/** One process's profile window, begun when it is opened. */
interface ProfileWindow {
  /** Leaves out what was sampled so far. */
  restart(): Promise<void>;
  /** The window's profile, and the time its samples count from. */
  end(): Promise<[CpuProfile, number]>;
}

// Through the preload when the process has it; else a profile of this inspector session, its samples counted from
// the window's beginning, the code the JIT optimized before thrown away so that it is compiled anew under the profile.
async function openWindow(i: Inspector): Promise<ProfileWindow> {
  const value = async (expression: string) => {
    const answer = await i.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, stopTimeoutMs);
    if (answer.exceptionDetails) throw new Error(`${expression} failed in the app`);
    return (answer.result as { value?: unknown } | undefined)?.value;
  };
  if ((await value(`typeof ${hook}`)) === 'object') {
    const begin = async () => String(await value(`${hook}.begin()`));
    const end = async (title: string) => JSON.parse(String(await value(`${hook}.end(${JSON.stringify(title)})`))) as CpuProfile;
    let title = await begin();
    return {
      restart: async () => void (await end(title), (title = await begin())),
      end: async () => [await end(title), -Infinity],
    };
  }
  await i.send('Profiler.enable');
  await i.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await i.send('Profiler.start');
  // Turning precise coverage on throws away all optimized code (V8's Coverage::SelectMode deoptimizes everything);
  // off again at once, the JIT optimizes the hot code anew while the profile runs, so what it inlines is named.
  await i.send('Profiler.startPreciseCoverage', { callCount: false, detailed: false });
  await i.send('Profiler.stopPreciseCoverage');
  let fromUs = Number(process.hrtime.bigint() / 1000n);
  return {
    // The session's profile goes on (stopping it would lose what it knows of the code): samples count from now on.
    restart: async () => void (fromUs = Number(process.hrtime.bigint() / 1000n)),
    end: async () => [(await i.send('Profiler.stop', {}, stopTimeoutMs)).profile as CpuProfile, fromUs],
  };
}

function merge(parts: readonly SideStacks[]): SideStacks {
  const folded = new Map<string, number>();
  let samples = 0;
  for (const p of parts) {
    samples += p.samples;
    for (const [stack, n] of p.folded as Folded) folded.set(stack, (folded.get(stack) ?? 0) + n);
  }
  return { folded, samples };
}
