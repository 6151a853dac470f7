// The profiler for Node apps: V8's own CPU profiler, driven over each Node process's inspector (the diagnosis pass
// starts them with --inspect=127.0.0.1:0). Start it before the warm-up and discard() after: V8's profiler knows what
// the JIT inlined only in code compiled while it runs (code it finds compiled when it starts, or starts again, is
// named by its outer function alone: half of the example app's runs then named the request handler instead of
// extraWork), so one profile runs from before the warm-up to the end and the warm-up's samples are left out by
// time. Unlike perf it names the functions the JIT inlined into their callers
// (perf's map knows only the outer function: a small hot helper disappears into its caller), and it needs no
// kernel support, so it is also what profiles a Node app where perf is missing or refused. Native work a JS function
// calls is counted to that function; idle time is left out.
import { foldCpuProfile, cpuProfileSampleMs, type CpuProfile } from '../core/cpu-profile.js';
import type { Folded } from '../core/profile.js';
import type { Profiler, ProfileResult, SideStacks } from './perf-profiler.js';
import { inspectorsOf, type Inspector } from './node-inspector.js';

// Sampling interval of V8's profiler, µs: its default, fine enough for a 10 s window.
const intervalUs = 1000;
const stopTimeoutMs = 15_000;

/** `appPorts`: the ports the apps serve on, never asked for /json/list (the app would log a stray request). */
export function inspectorProfiler(appPorts: readonly number[] = []): Profiler {
  return {
    async start(sides, { maxMs, signal }) {
      const found = await Promise.all(Object.entries(sides).map(async ([name, pids]) => [name, await inspectorsOf(pids, appPorts)] as const));
      if (found.some(([, list]) => list.length === 0)) {
        for (const [, list] of found) for (const i of list) i.close();
        return { ok: false, reason: 'no Node inspector answered on one side (not a Node app, or NODE_OPTIONS is not passed on to it)' };
      }
      const all = found.flatMap(([, list]) => list);
      try {
        for (const i of all) {
          await i.send('Profiler.enable');
          await i.send('Profiler.setSamplingInterval', { interval: intervalUs });
        }
        await Promise.all(all.map((i) => i.send('Profiler.start')));
      } catch (e) {
        for (const i of all) i.close();
        return { ok: false, reason: `the Node inspector would not profile: ${(e as Error).message}` };
      }
      let started = Date.now();
      // Where the window starts on V8's clock, the machine's monotonic one (µs): samples before it are the warm-up's.
      let fromUs = -Infinity;
      return {
        discard: async () => {
          fromUs = Number(process.hrtime.bigint() / 1000n);
          started = Date.now();
        },
        stop: async (): Promise<ProfileResult> => {
          const overran = Date.now() - started > maxMs || signal?.aborted;
          try {
            const sidesOut: Record<string, SideStacks> = {};
            for (const [name, list] of found) sidesOut[name] = merge(await Promise.all(list.map((i) => profileOf(i, fromUs))));
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

async function profileOf(i: Inspector, fromUs: number): Promise<SideStacks> {
  const answer = await i.send('Profiler.stop', {}, stopTimeoutMs);
  return foldCpuProfile(answer.profile as CpuProfile, fromUs);
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
