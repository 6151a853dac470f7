// Three heap snapshots of head under one endpoint's load, read as the classes that kept growing: retained size up
// at every snapshot, and own size up by more than a floor, the most per 1,000 requests first. Snapshots are taken
// after a full collection (V8 collects before it writes one; perf-gate's sampler before tracemalloc's), so what they
// hold is alive. For a Python app each "class" is a source line of the app (core/diagnosis/tracemalloc.ts).
import type { HeapSummary } from './heap-snapshot.js';
import type { MemoryDiagnosis } from '../report/report.js';
import { codeSpan } from '../render/render-shared.js';
import { formatValue } from '../units.js';

/** Growth below this over the window is not named: an allocator's or a cache's warm-up, not a leak. */
const floorBytes = 64 * 1024;
const floorShare = 0.01;
const maxNamed = 3;

export interface Snapshot {
  /** Requests head answered before the snapshot, counted from the first. */
  requests: number;
  summary: HeapSummary;
}

/** `where`: where a class is held (V8), or the library line that allocated it (tracemalloc, `by`). */
export function grownClasses(
  snaps: readonly Snapshot[],
  where: (className: string) => string | undefined = () => undefined,
  by?: MemoryDiagnosis['by'],
): MemoryDiagnosis {
  const first = snaps[0]!;
  const last = snaps[snaps.length - 1]!;
  const floor = Math.max(floorBytes, floorShare * first.summary.heapBytes);
  const requests = last.requests - first.requests;
  const grown = Object.keys(last.summary.classes)
    .map((name) => {
      const at = snaps.map((s) => s.summary.classes[name] ?? { count: 0, retained: 0, own: 0 });
      return { name, at };
    })
    .filter(({ at }) => at.every((c, i) => i === 0 || c.retained > at[i - 1]!.retained) && at[at.length - 1]!.own - at[0]!.own >= floor)
    .sort((x, y) => y.at[y.at.length - 1]!.own - y.at[0]!.own - (x.at[x.at.length - 1]!.own - x.at[0]!.own))
    .slice(0, maxNamed)
    .map(({ name, at }) => {
      const place = where(name);
      return {
        className: name,
        count: at.map((c) => c.count),
        retained: at.map((c) => c.retained),
        own: at.map((c) => c.own),
        perThousandRequests: requests > 0 ? ((at[at.length - 1]!.own - at[0]!.own) * 1000) / requests : 0,
        ...(place && (by === 'tracemalloc' ? { allocatedIn: place } : { heldBy: place })),
      };
    });
  return {
    ...(by && { by }),
    snapshots: snaps.map((s) => ({ requests: s.requests, heapBytes: s.summary.heapBytes })),
    grown,
  };
}

/** The memory why: each class (or source line) that kept growing, in one line; or that none did. */
export function memoryWhyLines(m: MemoryDiagnosis): string[] {
  if (m.note) return [m.note];
  const bytes = (xs: readonly number[]) => xs.map((b) => formatValue(b, 'bytes')).join(' → ');
  const heap = bytes(m.snapshots.map((s) => s.heapBytes));
  if (m.grown.length === 0 && m.by === 'tracemalloc')
    return [
      `no source line kept growing in ${m.snapshots.length} tracemalloc snapshots of head (traced ${heap}): the growth is outside Python's allocator (a C extension's own memory, freed memory the allocator keeps)`,
    ];
  if (m.grown.length === 0)
    return [`no class of object kept growing in ${m.snapshots.length} heap snapshots of head (heap ${heap}): the growth is outside the JS heap`];
  return m.grown.map((g) => {
    const perThousand = `+${formatValue(g.perThousandRequests, 'bytes')} per 1,000 requests`;
    if (m.by === 'tracemalloc')
      return `${codeSpan(g.className)} kept allocating memory that stays: ${bytes(g.retained)} held, ${g.count.join(' → ')} blocks (${perThousand})${g.allocatedIn ? `, allocated in ${codeSpan(g.allocatedIn)}` : ''}`;
    return `${codeSpan(g.className)} kept growing: ${bytes(g.retained)} retained, ${g.count.join(' → ')} objects (${perThousand})${g.heldBy ? `, held by ${codeSpan(g.heldBy)}` : ''}`;
  });
}
