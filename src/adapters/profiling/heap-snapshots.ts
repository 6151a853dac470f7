// Heap snapshots of a Node app's processes over their inspectors, each read at once into what every class of object
// keeps alive (the snapshot itself is not kept: a few MB to hundreds). One inspector session per process lasts for
// all of the snapshots, so V8's object ids stay comparable between them (a higher id is a newer object).
import {
  addSummaries,
  heapSummary,
  readHeapGraph,
  retainerPath,
  type HeapGraph,
  type HeapSnapshotJson,
  type HeapSummary,
} from '../../core/diagnosis/heap-snapshot.js';
import { inspectorsOf } from './node-inspector.js';

// A snapshot is written while the process is paused: a large heap takes seconds.
const snapshotTimeoutMs = 120_000;
/** A snapshot larger than this (its JSON) is not read: a string that long would not fit in memory twice. */
export const maxSnapshotBytes = 256 * 1024 * 1024;

export interface HeapSnapshots {
  /** One snapshot of every process, their summaries added up. */
  take(): Promise<HeapSummary>;
  /**
   * Where most of what the class gained since the previous snapshot is held, in the last one (V8); for tracemalloc,
   * the library line that allocated most under the source line.
   */
  heldBy(className: string): string | undefined;
  close(): void;
}

export async function openHeapSnapshots(pids: readonly number[], appPorts: readonly number[]): Promise<HeapSnapshots | { ok: false; reason: string }> {
  const inspectors = await inspectorsOf(pids, appPorts);
  if (inspectors.length === 0) return { ok: false, reason: 'no Node inspector answered (heap snapshots are for Node apps; other runtimes: not yet)' };
  const last: { graph: HeapGraph; sinceId: number }[] = [];
  let previous: HeapSummary[] = [];
  // The snapshot being streamed by each process, in chunks.
  const streams = inspectors.map((inspector) => {
    const stream = { chunks: [] as string[], bytes: 0 };
    inspector.on('HeapProfiler.addHeapSnapshotChunk', (p) => {
      const chunk = String(p.chunk ?? '');
      stream.bytes += chunk.length;
      if (stream.bytes <= maxSnapshotBytes) stream.chunks.push(chunk);
    });
    return stream;
  });
  return {
    async take() {
      const taken = [];
      for (const [i, inspector] of inspectors.entries()) {
        const stream = streams[i]!;
        stream.chunks = [];
        stream.bytes = 0;
        await inspector.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false }, snapshotTimeoutMs);
        if (stream.bytes > maxSnapshotBytes) throw new Error(`a heap snapshot passed ${maxSnapshotBytes / 1024 / 1024} MB: not read`);
        const graph = readHeapGraph(JSON.parse(stream.chunks.join('')) as HeapSnapshotJson);
        stream.chunks = [];
        const summary = heapSummary(graph);
        last[i] = { graph, sinceId: previous[i]?.maxId ?? 0 };
        taken.push(summary);
      }
      previous = taken;
      return addSummaries(taken);
    },
    heldBy: (className) => {
      for (const { graph, sinceId } of last) {
        const path = retainerPath(graph, className, sinceId);
        if (path) return path;
      }
      return undefined;
    },
    close: () => {
      for (const i of inspectors) i.close();
    },
  };
}
