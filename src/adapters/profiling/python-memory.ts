// Memory snapshots of a Python app's processes: tracemalloc, started and read by the sampler perf-gate puts into
// each of them for the diagnosis pass (python-sampler.ts), asked for through a file in the pass's directory. Each
// snapshot is what Python's allocator still holds after a collection, by the traceback that allocated it, added up
// by the app's own source line (core/diagnosis/tracemalloc.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HeapSummary } from '../../core/diagnosis/heap-snapshot.js';
import { tracemallocSummary } from '../../core/diagnosis/tracemalloc.js';
import type { HeapSnapshots } from './heap-snapshots.js';
import { sampledPids } from './python-sampler.js';

// The sampler looks for a request every 100 ms; a snapshot of a large heap takes seconds to write.
const answerTimeoutMs = 60_000;
const pollMs = 50;
const firstCountsMs = 2_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function openTracemalloc(dir: string, pids: readonly number[], appRoot: string): Promise<HeapSnapshots | { ok: false; reason: string }> {
  // A sampler writes its first counts a second after its process starts (the apps may just have restarted): every
  // process waited for, not the first to answer (gunicorn's master answers before the workers that hold the leak).
  // A process with no sampler (a shell around the app) costs the wait once.
  let traced: number[] = [];
  for (const began = Date.now(); traced.length < pids.length && Date.now() - began < firstCountsMs; await sleep(pollMs)) {
    const sampled = sampledPids(dir);
    traced = pids.filter((pid) => sampled.has(pid));
  }
  if (traced.length === 0) return { ok: false, reason: 'no Python sampler answered (not a Python app, or PYTHONPATH is not passed on to it)' };
  let asked = 0;
  let allocatedIn = new Map<string, string>();
  // Each request is answered by every traced process, or by none in time: then what did answer is not enough.
  const ask = async (want: number): Promise<string[]> => {
    writeFileSync(path.join(dir, 'tracemalloc.want'), String(want));
    const files = traced.map((pid) => path.join(dir, `tm-${pid}-${want}.txt`));
    for (const began = Date.now(); !files.every((f) => existsSync(f));) {
      if (Date.now() - began > answerTimeoutMs) throw new Error(`tracemalloc did not answer within ${answerTimeoutMs / 1000} s`);
      await sleep(pollMs);
    }
    return files.map((f) => readFileSync(f, 'utf8'));
  };
  try {
    await ask(asked);
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
  return {
    async take(): Promise<HeapSummary> {
      const read = tracemallocSummary(await ask(++asked), appRoot);
      allocatedIn = read.allocatedIn;
      return read.summary;
    },
    heldBy: (site) => allocatedIn.get(site),
    close: () => writeFileSync(path.join(dir, 'tracemalloc.want'), 'stop'),
  };
}
