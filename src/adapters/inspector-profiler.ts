// The profiler for Node apps: V8's own CPU profiler, driven over each Node process's inspector (the diagnosis pass
// starts them with --inspect=127.0.0.1:0). Start it before the warm-up and discard() after: V8 keeps what its
// profiler needs to name inlined functions only in code the JIT compiles while a profile runs. Unlike perf it names the functions the JIT inlined into their callers
// (perf's map knows only the outer function: a small hot helper disappears into its caller), and it needs no
// kernel support, so it is also what profiles a Node app where perf is missing or refused. Native work a JS function
// calls is counted to that function; idle time is left out.
import { foldCpuProfile, cpuProfileSampleMs, type CpuProfile } from '../core/cpu-profile.js';
import type { Folded } from '../core/profile.js';
import type { Profiler, ProfileResult, SideStacks } from './perf-profiler.js';
import { portsListenedBy } from './port-owners.js';

// Sampling interval of V8's profiler, µs: its default, fine enough for a 10 s window.
const intervalUs = 1000;
const askTimeoutMs = 2000;
const stopTimeoutMs = 15_000;

/** One Node process's inspector, connected. */
interface Inspector {
  send(method: string, params?: object, timeoutMs?: number): Promise<Record<string, unknown>>;
  close(): void;
}

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
      return {
        discard: async () => {
          await Promise.all(all.map(async (i) => (await i.send('Profiler.stop', {}, stopTimeoutMs), await i.send('Profiler.start'))));
          started = Date.now();
        },
        stop: async (): Promise<ProfileResult> => {
          const overran = Date.now() - started > maxMs || signal?.aborted;
          try {
            const sidesOut: Record<string, SideStacks> = {};
            for (const [name, list] of found) sidesOut[name] = merge(await Promise.all(list.map((i) => profileOf(i))));
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

async function profileOf(i: Inspector): Promise<SideStacks> {
  const answer = await i.send('Profiler.stop', {}, stopTimeoutMs);
  return foldCpuProfile(answer.profile as CpuProfile);
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

// Each process's inspector: a port it listens on that answers /json/list with a debugger URL.
async function inspectorsOf(pids: readonly number[], appPorts: readonly number[]): Promise<Inspector[]> {
  const ports = pids.flatMap((pid) => portsListenedBy(pid)).filter((port) => !appPorts.includes(port));
  const urls = (await Promise.all(ports.map((port) => debuggerUrl(port)))).filter((u): u is string => !!u);
  const out: Inspector[] = [];
  for (const url of new Set(urls)) {
    try {
      out.push(await connect(url));
    } catch {
      // gone, or taken by another client
    }
  }
  return out;
}

async function debuggerUrl(port: number): Promise<string | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/json/list`, { signal: AbortSignal.timeout(askTimeoutMs) });
    if (!res.ok) return undefined;
    const list = (await res.json()) as { webSocketDebuggerUrl?: string }[];
    return Array.isArray(list) ? list.find((t) => typeof t.webSocketDebuggerUrl === 'string')?.webSocketDebuggerUrl : undefined;
  } catch {
    return undefined; // not an inspector: another port the app opened
  }
}

// The Chrome DevTools protocol over Node's WebSocket: numbered calls, each answered once.
function connect(url: string): Promise<Inspector> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
    let next = 1;
    const fail = (e: Error) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    };
    ws.addEventListener('message', (ev) => {
      const msg = JSON.parse(String(ev.data)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      const p = msg.id === undefined ? undefined : pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id!);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result ?? {});
    });
    ws.addEventListener('close', () => fail(new Error('the inspector closed')));
    ws.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
    ws.addEventListener(
      'open',
      () =>
        resolve({
          send: (method, params = {}, timeoutMs = askTimeoutMs) =>
            new Promise((ok, no) => {
              const id = next++;
              const timer = setTimeout(() => {
                pending.delete(id);
                no(new Error(`${method} got no answer within ${timeoutMs} ms`));
              }, timeoutMs);
              pending.set(id, {
                resolve: (r) => (clearTimeout(timer), ok(r)),
                reject: (e) => (clearTimeout(timer), no(e)),
              });
              ws.send(JSON.stringify({ id, method, params }));
            }),
          close: () => ws.close(),
        }),
      { once: true },
    );
  });
}
