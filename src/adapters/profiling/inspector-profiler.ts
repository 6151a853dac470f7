// The profiler for Node apps: V8's own CPU profiler. It needs no kernel support, so it also profiles a Node app where
// perf is missing or refused; native work a JS function calls is counted to that function; idle time is left out.
//
// A file perf-gate preloads into each Node process starts one profile when the process starts, and it runs to the
// end of the diagnosis pass; each endpoint's window is that profile's samples between two times (V8's timeDeltas, on
// the machine's monotonic clock), cut once the profile is stopped. V8 names a small helper the JIT inlined into its
// caller by the caller alone, in a profile from the start as in one begun later (measured on Node 24: an inlined tax
// helper read as its handler's own time, 1,199 of 1,210 samples); but it counts each node's samples by source line,
// so once the profiles stop, each script's function ranges (V8's best-effort coverage, the script's text from the
// debugger) tell which function those lines are in.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  foldCpuProfile,
  cpuProfileSampleMs,
  functionSpans,
  type CpuProfile,
  type FunctionSpan,
  type ScriptFunctions,
} from '../../core/diagnosis/cpu-profile.js';
import type { Folded } from '../../core/diagnosis/profile.js';
import type { Profiler, ProfileResult, SideStacks } from './perf-profiler.js';
import { inspectorsOf, type Inspector } from './node-inspector.js';

// Sampling interval of V8's profiler, µs: its default, fine enough for a 10 s window.
const intervalUs = 1000;
const stopTimeoutMs = 15_000;

// Where the preload puts what stops its profile, for perf-gate to call over the inspector.
const symbol = "Symbol.for('perf-gate.v8-profile')";
const hook = `globalThis[${symbol}]`;

// The preload: one profile from the process's start, stopped once and handed over as JSON. Whatever goes wrong in
// it must not stop the app: then the pass falls back to a profile of perf-gate's own session (as for a process whose
// NODE_OPTIONS came from elsewhere).
const preload = `'use strict';
// perf-gate's diagnosis pass: V8's CPU profiler from this process's start (see perf-gate's inspector-profiler.ts).
try {
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: ${intervalUs} });
  session.post('Profiler.start');
  let stopped;
  Object.defineProperty(globalThis, ${symbol}, {
    value: Object.freeze({
      stop() {
        stopped ??= new Promise((done, fail) => session.post('Profiler.stop', (err, r) => (err ? fail(err) : done(JSON.stringify(r.profile)))));
        return stopped;
      },
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

/** A time on the clock V8's profiles count on (the machine's monotonic clock, as process.hrtime), in µs. */
export const profileClockUs = () => Number(process.hrtime.bigint() / 1000n);

/** A stretch of the pass whose samples make one profile: an endpoint's load on both sides. */
export interface ProfileWindow {
  fromUs: number;
  toUs: number;
}

/** Every process's one profile, running since the process started (or since the pass opened it). */
export interface V8Pass {
  /**
   * Stops each process's profile (once: the end of the pass) and folds each window's samples, by side. The
   * processes' profiles are then gone: a second call answers with the reason.
   */
  collect(windows: readonly ProfileWindow[]): Promise<ProfileResult[] | { ok: false; reason: string }>;
  /** Once collected: how many processes were profiled, and the bytes of JSON their profiles came to, each. */
  sizes(): number[];
  /** Lets go of the inspectors without collecting (the pass stopped early). */
  close(): void;
}

/**
 * Each side's Node processes' profiles for the pass. `appPorts`: the ports the apps serve on, never asked for
 * /json/list (the app would log a stray request).
 */
export async function openV8Pass(
  sides: Readonly<Record<string, readonly number[]>>,
  appPorts: readonly number[] = [],
): Promise<V8Pass | { ok: false; reason: string }> {
  const found = await Promise.all(Object.entries(sides).map(async ([name, pids]) => [name, await inspectorsOf(pids, appPorts)] as const));
  const all = found.flatMap(([, list]) => list);
  const close = () => {
    for (const i of all) i.close();
  };
  if (found.some(([, list]) => list.length === 0)) {
    close();
    return { ok: false, reason: 'no Node inspector answered on one side (not a Node app, or NODE_OPTIONS is not passed on to it)' };
  }
  let profiles: ProcessProfile[];
  try {
    profiles = await Promise.all(all.map((i) => openProfile(i)));
  } catch (e) {
    close();
    return { ok: false, reason: `the Node inspector would not profile: ${(e as Error).message}` };
  }
  let collected = false;
  let sizes: number[] = [];
  return {
    close,
    sizes: () => sizes,
    collect: async (windows) => {
      if (collected) return { ok: false, reason: "the processes' profiles were already collected" };
      collected = true;
      try {
        const whole = await Promise.all(profiles.map((p) => p.stop()));
        sizes = whole.map(([, , bytes]) => bytes);
        // What the JIT inlined is told apart by its lines: each script's functions, read once the profiles stopped.
        const functions = await Promise.all(whole.map(([profile], n) => scriptFunctions(all[n]!, profile)));
        return windows.map((w) => windowResult(found, whole, functions, w));
      } catch (e) {
        return { ok: false, reason: `the Node inspector did not hand over its profile: ${(e as Error).message}` };
      } finally {
        close();
      }
    },
  };
}

// One window's samples of every process, merged by side.
function windowResult(
  found: readonly (readonly [string, readonly Inspector[]])[],
  whole: readonly [CpuProfile, number, number][],
  functions: readonly ScriptFunctions[],
  w: ProfileWindow,
): ProfileResult {
  const folded = whole.map(([profile, fromUs], n) => foldCpuProfile(profile, Math.max(fromUs, w.fromUs), w.toUs, functions[n]));
  const sides: Record<string, SideStacks> = {};
  let at = 0;
  for (const [name, list] of found) sides[name] = merge(folded.slice(at, (at += list.length)));
  return { ok: true, sides, sampleMs: cpuProfileSampleMs };
}

/**
 * V8's profiler as a Profiler of one window (a pass of one endpoint): the window begins at start() and again at
 * discard(), and ends at stop().
 */
export function inspectorProfiler(appPorts: readonly number[] = []): Profiler {
  return {
    async start(sides) {
      const pass = await openV8Pass(sides, appPorts);
      if ('ok' in pass) return pass;
      let fromUs = profileClockUs();
      return {
        discard: async () => void (fromUs = profileClockUs()),
        stop: async () => {
          const results = await pass.collect([{ fromUs, toUs: profileClockUs() }]);
          return 'ok' in results ? results : results[0]!;
        },
      };
    },
  };
}

/** One process's profile: stopped once, with the time before which its samples do not count. */
interface ProcessProfile {
  /** The profile, the time before which its samples do not count, and its size as V8 handed it over (bytes of JSON). */
  stop(): Promise<[CpuProfile, number, number]>;
}

// Through the preload when the process has it; else a profile of this inspector session from now on, the code the
// JIT optimized before thrown away so that it is compiled anew under the profile.
async function openProfile(i: Inspector): Promise<ProcessProfile> {
  const value = async (expression: string) => {
    const answer = await i.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, stopTimeoutMs);
    if (answer.exceptionDetails) throw new Error(`${expression} failed in the app`);
    return (answer.result as { value?: unknown } | undefined)?.value;
  };
  if ((await value(`typeof ${hook}`)) === 'object')
    return {
      stop: async () => {
        const json = String(await value(`${hook}.stop()`));
        return [JSON.parse(json) as CpuProfile, -Infinity, json.length];
      },
    };
  await i.send('Profiler.enable');
  await i.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await i.send('Profiler.start');
  // Turning precise coverage on throws away all optimized code (V8's Coverage::SelectMode deoptimizes everything);
  // off again at once, the JIT optimizes the hot code anew while the profile runs, so what it inlines is named.
  await i.send('Profiler.startPreciseCoverage', { callCount: false, detailed: false });
  await i.send('Profiler.stopPreciseCoverage');
  const fromUs = profileClockUs();
  return {
    stop: async () => {
      const profile = (await i.send('Profiler.stop', {}, stopTimeoutMs)).profile as CpuProfile;
      return [profile, fromUs, JSON.stringify(profile).length];
    },
  };
}

/**
 * The functions of each script the profile counted lines in (V8's best-effort coverage gives each function's range,
 * the debugger the script's text to read lines from). None when the process will not say: the profile then names
 * inlined functions by their callers, as V8 does.
 */
async function scriptFunctions(i: Inspector, profile: CpuProfile): Promise<ScriptFunctions> {
  const urls = new Set(
    profile.nodes.filter((n) => n.positionTicks?.length && n.callFrame.url && !n.callFrame.url.startsWith('node:')).map((n) => n.callFrame.url),
  );
  const out = new Map<string, FunctionSpan[]>();
  if (urls.size === 0) return out;
  try {
    const coverage = (await i.send('Profiler.getBestEffortCoverage', {}, stopTimeoutMs)).result as CoveredScript[];
    await i.send('Debugger.enable', {}, stopTimeoutMs);
    // A `debugger;` statement in the app must not pause it while the debugger is on.
    await i.send('Debugger.setSkipAllPauses', { skip: true }, stopTimeoutMs);
    for (const script of coverage.filter((c) => urls.has(c.url))) {
      const { scriptSource } = (await i.send('Debugger.getScriptSource', { scriptId: script.scriptId }, stopTimeoutMs)) as { scriptSource: string };
      out.set(script.url, functionSpans(scriptSource, script.functions));
    }
    await i.send('Debugger.disable', {}, stopTimeoutMs);
  } catch {
    // an old Node, or the process went away: the profile stands without
  }
  return out;
}

interface CoveredScript {
  scriptId: string;
  url: string;
  functions: { functionName: string; ranges: { startOffset: number; endOffset: number }[] }[];
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
