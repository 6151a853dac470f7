// A Python process's tracemalloc snapshot (as perf-gate's sampler writes it) read as the heap summary the memory
// diagnosis compares: each "class" is the app's source line the memory was allocated under, so that growth is named
// where the developer can change it; the library line that did the allocating is said beside it.
//
// The text, one process's snapshot, a line each:
//   traced <bytes Python's allocator holds in all>
//   <bytes> <blocks> <file>:<line>;<file>:<line>;…     one traceback, oldest frame first, still-held blocks only
import type { HeapSummary } from './heap-snapshot.js';

export interface TracemallocSummary {
  summary: HeapSummary;
  /** For each app line, the library line under it that allocated most of its bytes (when that is not the app's). */
  allocatedIn: Map<string, string>;
}

// Installed packages live in the checkout too when a virtualenv sits in it: they are not the app's code.
const libraryPath = /\/(site|dist)-packages\/|\/lib\/python3[.\d]*\//;

const withSlash = (dir: string) => (dir.endsWith('/') ? dir : `${dir}/`);
const inApp = (frame: string, root: string) => frame.startsWith(root) && !libraryPath.test(frame.slice(root.length - 1));

/** A file as a developer would name it: relative to the checkout, or from its package directory. */
export function sourceLabel(frame: string, appRoot: string): string {
  const root = withSlash(appRoot);
  if (inApp(frame, root)) return frame.slice(root.length);
  const lib = /.*\/(?:site|dist)-packages\/|.*\/lib\/(python3[.\d]*\/)/.exec(frame);
  return lib ? frame.slice(lib[0].length - (lib[1]?.length ?? 0)) : frame;
}

/** Adds up the processes' snapshots (`texts`) by the innermost app line of each traceback. */
export function tracemallocSummary(texts: readonly string[], appRoot: string): TracemallocSummary {
  const classes: HeapSummary['classes'] = {};
  const under = new Map<string, Map<string, number>>();
  let heapBytes = 0;
  const root = withSlash(appRoot);
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const traced = /^traced (\d+)$/.exec(line);
      if (traced) heapBytes += Number(traced[1]);
      const m = /^(\d+) (\d+) (.+)$/.exec(line);
      if (!m) continue;
      const frames = m[3]!.split(';');
      const innermost = frames[frames.length - 1]!;
      const app = frames.findLast((f) => inApp(f, root)) ?? innermost;
      const site = sourceLabel(app, appRoot);
      const bytes = Number(m[1]);
      const c = (classes[site] ??= { count: 0, retained: 0, own: 0 });
      c.count += Number(m[2]);
      c.retained += bytes;
      c.own += bytes;
      if (app !== innermost) {
        const lib = sourceLabel(innermost, appRoot);
        const by = under.get(site) ?? new Map<string, number>();
        under.set(site, by.set(lib, (by.get(lib) ?? 0) + bytes));
      }
    }
  }
  const allocatedIn = new Map<string, string>();
  for (const [site, by] of under) allocatedIn.set(site, [...by].sort((a, b) => b[1] - a[1])[0]![0]);
  return { summary: { heapBytes, maxId: 0, classes }, allocatedIn };
}
