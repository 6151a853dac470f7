// Heap snapshots read as classes and what they keep alive, on small fixed graphs written as V8 writes them.
import { describe, expect, it } from '@jest/globals';
import { addSummaries, heapSummary, readHeapGraph, retainerPath, type HeapSnapshotJson } from '../../src/core/diagnosis/heap-snapshot.js';
import { grownClasses, memoryWhyLines } from '../../src/core/diagnosis/memory-growth.js';

interface Node {
  type: string;
  name: string;
  id: number;
  size: number;
  edges?: [type: string, name: string | number, to: number][];
}

const nodeTypes = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native', 'synthetic'];
const edgeTypes = ['context', 'element', 'property', 'internal', 'hidden', 'shortcut', 'weak'];

/** A snapshot in V8's flat layout from a list of nodes (node 0 the root), edges pointing at node positions. */
function snapshot(nodes: Node[]): HeapSnapshotJson {
  const strings: string[] = [];
  const str = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  const flatNodes: number[] = [];
  const flatEdges: number[] = [];
  for (const n of nodes) {
    flatNodes.push(nodeTypes.indexOf(n.type), str(n.name), n.id, n.size, n.edges?.length ?? 0, 0, 0);
    for (const [type, name, to] of n.edges ?? []) flatEdges.push(edgeTypes.indexOf(type), typeof name === 'number' ? name : str(name), to * 7);
  }
  return {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'],
        node_types: [nodeTypes],
        edge_fields: ['type', 'name_or_index', 'to_node'],
        edge_types: [edgeTypes],
      },
    },
    nodes: flatNodes,
    edges: flatEdges,
    strings,
  };
}

/**
 * An app whose module keeps `cache`, an Array of `Entry` objects, each owning a string of `entryBytes`; a `Config`
 * object is reached from two places (so neither dominates it); a weak edge keeps nothing alive. `inFlight`: the newest
 * Entry is also held, closer to the root, by a request still being answered.
 */
function app(entries: number, entryBytes = 10_000, firstId = 100, inFlight = false): HeapSnapshotJson {
  return snapshot(appNodes(entries, entryBytes, firstId, inFlight));
}

function appNodes(entries: number, entryBytes: number, firstId: number, inFlight: boolean): Node[] {
  const fixed: Node[] = [
    {
      type: 'synthetic',
      name: '',
      id: 1,
      size: 0,
      edges: [
        ['shortcut', 'global', 1],
        ['element', 1, 2],
      ],
    },
    {
      type: 'object',
      name: 'global',
      id: 3,
      size: 100,
      edges: [
        ['property', 'config', 4],
        ['weak', 'gone', 5],
      ],
    },
    {
      type: 'object',
      name: 'system / Context',
      id: 5,
      size: 40,
      edges: [
        ['context', 'cache', 3],
        ['context', 'config', 4],
      ],
    },
    { type: 'object', name: 'Array', id: 7, size: 32, edges: entries ? [['internal', 'elements', 6]] : [] },
    { type: 'object', name: 'Config', id: 9, size: 50 },
    { type: 'object', name: 'Orphan', id: 11, size: 70 },
    { type: 'array', name: '', id: 13, size: 16 + 8 * entries, edges: [] },
  ];
  for (let i = 0; i < entries; i++) {
    const entry = fixed.length;
    fixed[6]!.edges!.push(['element', i, entry]);
    fixed.push({ type: 'object', name: 'Entry', id: firstId + 2 * i, size: 24, edges: [['property', 'body', entry + 1]] });
    fixed.push({ type: 'string', name: 'x', id: firstId + 2 * i + 1, size: entryBytes });
  }
  if (inFlight && entries > 0) {
    fixed[1]!.edges!.push(['property', 'pending', fixed.length]);
    fixed.push({ type: 'object', name: 'Request', id: 15, size: 60, edges: [['property', 'entry', fixed.length - 2]] });
  }
  return fixed;
}

describe('a heap snapshot', () => {
  it('counts what each object keeps alive through the objects only it reaches (weak edges keep nothing)', () => {
    const g = readHeapGraph(app(3));
    const s = heapSummary(g);
    // The Orphan is reached only by a weak edge: not alive, not counted.
    expect(s.classes.Orphan).toBeUndefined();
    expect(s.heapBytes).toBe(100 + 40 + 32 + 50 + (16 + 24) + 3 * (24 + 10_000));
    // Config is reached from the global and the context: neither keeps it alone, so neither retains it.
    expect(s.classes.Config).toEqual({ count: 1, retained: 50, own: 50 });
    // The Array retains its elements store and every Entry with its string; a JS Array is its holder's storage, so it
    // owns nothing of its own (as an Order's items would be the Order's).
    expect(s.classes.Array).toEqual({ count: 1, retained: 32 + 40 + 3 * 10_024, own: 0 });
    // Each Entry owns its string (not an object of its own).
    expect(s.classes.Entry).toEqual({ count: 3, retained: 3 * 10_024, own: 3 * 10_024 });
    expect(s.classes['(string)']).toEqual({ count: 3, retained: 30_000, own: 0 });
    expect(s.maxId).toBe(105);
  });

  it('counts an instance held by another of its class once in the class', () => {
    const g = readHeapGraph(
      snapshot([
        { type: 'synthetic', name: '', id: 1, size: 0, edges: [['element', 1, 1]] },
        { type: 'object', name: 'Node', id: 3, size: 10, edges: [['property', 'next', 2]] },
        { type: 'object', name: 'Node', id: 5, size: 10, edges: [['property', 'next', 3]] },
        { type: 'object', name: 'Node', id: 7, size: 10 },
      ]),
    );
    expect(heapSummary(g).classes.Node).toEqual({ count: 3, retained: 30, own: 30 });
  });

  it('names where the newest instance of a class is held, as an expression', () => {
    const g = readHeapGraph(app(3));
    expect(retainerPath(g, 'Entry', 101)).toBe('cache[2]');
    expect(retainerPath(g, 'Config')).toBe('config');
    expect(retainerPath(g, 'Entry', 10_000)).toBeUndefined();
  });

  it("names a module's variable, not a stack slot, when the snapshot was taken while a handler held it", () => {
    const nodes = appNodes(3, 10_000, 100, false);
    // The root's first edge: a stack slot that holds the cache Array, a path as short as the module's variable.
    nodes[0]!.edges!.unshift(['element', 1, nodes.length]);
    nodes.push({ type: 'synthetic', name: '(Stack roots)', id: 21, size: 0, edges: [['internal', 17, 3]] });
    expect(retainerPath(readHeapGraph(snapshot(nodes)), 'Entry', 101)).toBe('cache[2]');
  });

  it('names where most new instances are held, not a request in flight that holds the newest', () => {
    const g = readHeapGraph(app(4, 10_000, 100, true));
    // Entries 1–3 are new; the newest is reached first through the request, the other two through the cache.
    expect(retainerPath(g, 'Entry', 101)).toBe('cache[2]');
    expect(retainerPath(g, 'Entry', 105)).toBe('pending.entry');
  });

  it("adds several processes' summaries", () => {
    const a = heapSummary(readHeapGraph(app(1)));
    const b = heapSummary(readHeapGraph(app(2)));
    const both = addSummaries([a, b]);
    expect(both.classes.Entry!.count).toBe(3);
    expect(both.heapBytes).toBe(a.heapBytes + b.heapBytes);
  });
});

describe('what kept growing over three snapshots', () => {
  const at = (requests: number, entries: number) => ({ requests, summary: heapSummary(readHeapGraph(app(entries))) });

  it('names the class whose retained size grew in every snapshot, by its own growth per 1,000 requests, and where it is held', () => {
    const m = grownClasses([at(0, 10), at(100, 20), at(200, 30)], (c) => (c === 'Entry' ? 'cache[29]' : undefined));
    expect(m.snapshots.map((s) => s.requests)).toEqual([0, 100, 200]);
    // The Array holding them retains the growth too, but owns none of it: the Entries are named alone.
    expect(m.grown.map((g) => g.className)).toEqual(['Entry']);
    expect(m.grown[0]).toMatchObject({ count: [10, 20, 30], perThousandRequests: (20 * 10_024 * 1000) / 200, heldBy: 'cache[29]' });
    expect(memoryWhyLines(m)[0]).toBe(
      '`Entry` kept growing: 97.9 KB → 195.8 KB → 293.7 KB retained, 10 → 20 → 30 objects (+978.9 KB per 1,000 requests), held by `cache[29]`',
    );
  });

  it('names nothing that grew and then shrank, or grew less than the floor', () => {
    expect(grownClasses([at(0, 10), at(100, 30), at(200, 20)]).grown).toEqual([]);
    const small = (requests: number, entries: number) => ({ requests, summary: heapSummary(readHeapGraph(app(entries, 100))) });
    expect(grownClasses([small(0, 10), small(100, 20), small(200, 30)]).grown).toEqual([]);
  });

  it('says when no class kept growing, and passes a note on', () => {
    const m = grownClasses([at(0, 10), at(100, 10), at(200, 10)]);
    expect(memoryWhyLines(m)).toEqual([
      expect.stringMatching(/^no class of object kept growing in 3 heap snapshots of head \(heap .* → .*\): the growth is outside the JS heap$/),
    ]);
    expect(memoryWhyLines({ snapshots: [], grown: [], note: 'no Node inspector answered' })).toEqual(['no Node inspector answered']);
  });
});
