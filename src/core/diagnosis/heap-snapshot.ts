// A V8 heap snapshot (the JSON the inspector's HeapProfiler.takeHeapSnapshot streams) read as what each class of
// object keeps alive, and three snapshots of one app under load read as what kept growing.
//
// Retained size is the size an object's dominator subtree holds: Cooper, Harvey & Kennedy, "A Simple, Fast Dominance
// Algorithm" (2001), over the snapshot's edges that keep objects alive (DevTools' rule: no weak edges, and shortcut
// edges only from the root). A class's retained size counts each instance not held by another of its class
// (DevTools' summary view). A class's own size is what its instances dominate up to the next JS object (their
// arrays, strings, backing stores): containers further up the chain (a module's context, the array holding a leak)
// retain the growth too, but only the objects that grew own it, so growth is ranked by own size.

export interface HeapSnapshotJson {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** One class's totals in one snapshot. */
export interface HeapClass {
  count: number;
  retained: number;
  /** What its instances own (0 for the engine's own classes: their size is owned by the objects above them). */
  own: number;
}

export interface HeapSummary {
  /** Bytes of every object reachable from the root. */
  heapBytes: number;
  /**
   * The highest id of a V8 object: V8 numbers them as it first sees them (for as long as one inspector session
   * lasts), so a later snapshot's higher ids are new. The embedder's native nodes carry addresses instead.
   */
  maxId: number;
  classes: Record<string, HeapClass>;
}

/** A snapshot's graph with its dominators, for summaries and retainer paths. */
export interface HeapGraph {
  size: number;
  className: (n: number) => string;
  /** An object a developer made (an instance of a constructor, a closure), not the engine's or its storage. */
  objectLike: (n: number) => boolean;
  /** Not one of the embedder's native nodes or the snapshot's synthetic ones (their ids are not V8's numbering). */
  v8Object: (n: number) => boolean;
  /** One of the snapshot's synthetic nodes: the root, (GC roots) and its groups ((Stack roots), (Handle scope), …). */
  synthetic: (n: number) => boolean;
  id: (n: number) => number;
  self: Float64Array;
  retained: Float64Array;
  own: Float64Array;
  idom: Int32Array;
  /** Nodes in DFS post-order from the root (unreachable ones left out). */
  postOrder: Int32Array;
  /** The edge that first reached each node in a breadth-first walk from the root: a shortest retainer path. */
  parentEdge: (n: number) => { from: number; type: string; name: string } | undefined;
}

// Types whose nodes are objects a developer made (their class is a constructor's name); the rest is what they own.
// A JS Array counts as what its holder owns (an Order's items), as do the engine's own objects.
const objectTypes = new Set(['object', 'closure', 'regexp']);
const isObjectLike = (type: string, name: string) =>
  (objectTypes.has(type) && name !== 'Array' && !name.startsWith('system /')) || (type === 'native' && !name.startsWith('system /'));

function classOf(type: string, name: string): string {
  if (type === 'object' || type === 'native' || type === 'hidden' || type === 'synthetic') return name;
  if (type === 'closure') return '(closure)';
  if (type === 'regexp') return 'RegExp';
  if (type.endsWith('string')) return '(string)';
  return `(${type})`;
}

export function readHeapGraph(s: HeapSnapshotJson): HeapGraph {
  const { meta } = s.snapshot;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const [fType, fName, fId, fSelf, fEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f)) as [number, number, number];
  const size = s.nodes.length / nf;
  const firstEdge = new Int32Array(size + 1);
  for (let n = 0; n < size; n++) firstEdge[n + 1] = firstEdge[n]! + s.nodes[n * nf + fEdges]!;
  const typeOf = (n: number) => nodeTypes[s.nodes[n * nf + fType]!] ?? 'hidden';
  const nameOf = (n: number) => s.strings[s.nodes[n * nf + fName]!] ?? '';
  const self = new Float64Array(size);
  for (let n = 0; n < size; n++) self[n] = s.nodes[n * nf + fSelf]!;
  const weak = edgeTypes.indexOf('weak');
  const shortcut = edgeTypes.indexOf('shortcut');
  // The edges that keep an object alive, as (from, to) pairs.
  const keeps = (from: number, e: number) => {
    const t = s.edges[e * ef + eType]!;
    return t !== weak && (t !== shortcut || from === 0);
  };
  const toOf = (e: number) => s.edges[e * ef + eTo]! / nf;

  const { postOrder, order } = depthFirst(size, firstEdge, keeps, toOf);
  const idom = dominators(size, firstEdge, keeps, toOf, postOrder, order);
  const { retained, own } = sizesUp(self, idom, postOrder, (n) => isObjectLike(typeOf(n), nameOf(n)));
  let parents: Int32Array | undefined;
  const edgeName = (e: number) => {
    const t = edgeTypes[s.edges[e * ef + eType]!] ?? '';
    const v = s.edges[e * ef + eName]!;
    return { type: t, name: t === 'element' || t === 'hidden' ? String(v) : (s.strings[v] ?? '') };
  };
  return {
    size,
    className: (n) => classOf(typeOf(n), nameOf(n)),
    objectLike: (n) => isObjectLike(typeOf(n), nameOf(n)),
    v8Object: (n) => typeOf(n) !== 'native' && typeOf(n) !== 'synthetic',
    synthetic: (n) => typeOf(n) === 'synthetic',
    id: (n) => s.nodes[n * nf + fId]!,
    self,
    retained,
    own,
    idom,
    postOrder,
    parentEdge: (n) => {
      parents ??= breadthFirst(size, firstEdge, keeps, toOf, (n) => n !== 0 && typeOf(n) === 'synthetic');
      const e = parents[n]!;
      return e < 0 ? undefined : { from: edgeOwner(firstEdge, e), ...edgeName(e) };
    },
  };
}

// Each node's retained size (its dominator subtree's) and own size (up to the next object), children before parents.
function sizesUp(self: Float64Array, idom: Int32Array, postOrder: Int32Array, objectLike: (n: number) => boolean) {
  const retained = Float64Array.from(self);
  const own = Float64Array.from(self);
  for (const n of postOrder) {
    const d = idom[n]!;
    if (n === 0 || d < 0) continue;
    retained[d] = retained[d]! + retained[n]!;
    if (!objectLike(n)) own[d] = own[d]! + own[n]!;
  }
  return { retained, own };
}

// The node whose edge list holds edge e: the last node whose first edge is at or before it.
function edgeOwner(firstEdge: Int32Array, e: number): number {
  let lo = 0;
  let hi = firstEdge.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firstEdge[mid]! <= e) lo = mid;
    else hi = mid - 1;
  }
  // nodes without edges share their first edge with the next: the owner is the last of them
  return lo;
}

// Iterative DFS from the root over the edges that keep objects alive: post-order, and each node's place in it.
function depthFirst(size: number, firstEdge: Int32Array, keeps: (from: number, e: number) => boolean, toOf: (e: number) => number) {
  const order = new Int32Array(size).fill(-1);
  const post: number[] = [];
  const seen = new Uint8Array(size);
  const stack = [0];
  const next = new Int32Array(size);
  seen[0] = 1;
  next[0] = firstEdge[0]!;
  while (stack.length > 0) {
    const n = stack[stack.length - 1]!;
    let pushed = false;
    while (next[n]! < firstEdge[n + 1]!) {
      const e = next[n]!++;
      if (!keeps(n, e)) continue;
      const to = toOf(e);
      if (seen[to]) continue;
      seen[to] = 1;
      next[to] = firstEdge[to]!;
      stack.push(to);
      pushed = true;
      break;
    }
    if (!pushed) {
      stack.pop();
      order[n] = post.length;
      post.push(n);
    }
  }
  return { postOrder: Int32Array.from(post), order };
}

// Cooper–Harvey–Kennedy: iterate idom over reverse post-order until nothing changes; -1 for unreachable nodes.
function dominators(
  size: number,
  firstEdge: Int32Array,
  keeps: (from: number, e: number) => boolean,
  toOf: (e: number) => number,
  postOrder: Int32Array,
  order: Int32Array,
): Int32Array {
  const preds: number[][] = Array.from({ length: size }, () => []);
  for (let n = 0; n < size; n++) {
    if (order[n]! < 0) continue;
    for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e++) if (keeps(n, e)) preds[toOf(e)]!.push(n);
  }
  const idom = new Int32Array(size).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (order[a]! < order[b]!) a = idom[a]!;
      while (order[b]! < order[a]!) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let i = postOrder.length - 2; i >= 0; i--) {
      const n = postOrder[i]!;
      let d = -1;
      for (const p of preds[n]!) if (idom[p]! >= 0) d = d < 0 ? p : intersect(p, d);
      if (d >= 0 && idom[n] !== d) {
        idom[n] = d;
        changed = true;
      }
    }
  }
  return idom;
}

// Breadth-first from the root: the edge index that first reached each node (-1: the root, or unreachable).
// As Chrome DevTools reckons distances (HeapSnapshot.calculateDistances): first from the root's user roots (the global
// objects), then from the rest, its synthetic (GC roots) groups. A snapshot taken while a request handler runs has
// the app's Map on the stack too: its path is then still the module's variable, not a stack slot.
function breadthFirst(
  size: number,
  firstEdge: Int32Array,
  keeps: (from: number, e: number) => boolean,
  toOf: (e: number) => number,
  later: (n: number) => boolean,
): Int32Array {
  const parent = new Int32Array(size).fill(-1);
  const seen = new Uint8Array(size);
  const queue = new Int32Array(size);
  const deferred: [node: number, edge: number][] = [];
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  seen[0] = 1;
  for (;;) {
    while (head < tail) {
      const n = queue[head++]!;
      for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e++) {
        if (!keeps(n, e)) continue;
        const to = toOf(e);
        if (seen[to]) continue;
        if (later(to) && n === 0) {
          deferred.push([to, e]);
          continue;
        }
        seen[to] = 1;
        parent[to] = e;
        queue[tail++] = to;
      }
    }
    if (deferred.length === 0) return parent;
    for (const [n, e] of deferred.splice(0)) {
      if (seen[n]) continue;
      seen[n] = 1;
      parent[n] = e;
      queue[tail++] = n;
    }
  }
}

/** Each class's count, retained and own size; a class's retained counts only instances no other of its class holds. */
export function heapSummary(g: HeapGraph): HeapSummary {
  const classes: Record<string, HeapClass> = {};
  let heapBytes = 0;
  let maxId = 0;
  // Same-class instances above a node on the dominator tree: walk down it, counting each class on the path.
  const children: number[][] = Array.from({ length: g.size }, () => []);
  for (const n of g.postOrder) if (n !== 0 && g.idom[n]! >= 0) children[g.idom[n]!]!.push(n);
  const onPath = new Map<string, number>();
  const stack: [number, boolean][] = [[0, false]];
  while (stack.length > 0) {
    const [n, leaving] = stack.pop()!;
    const name = g.className(n);
    if (leaving) {
      onPath.set(name, onPath.get(name)! - 1);
      continue;
    }
    heapBytes += g.self[n]!;
    if (g.v8Object(n)) maxId = Math.max(maxId, g.id(n));
    const c = (classes[name] ??= { count: 0, retained: 0, own: 0 });
    c.count++;
    if (g.objectLike(n)) c.own += g.own[n]!;
    if (!onPath.get(name)) c.retained += g.retained[n]!;
    onPath.set(name, (onPath.get(name) ?? 0) + 1);
    stack.push([n, true]);
    for (const ch of children[n]!) stack.push([ch, false]);
  }
  return { heapBytes, maxId, classes };
}

/** Several processes' summaries (a cluster's workers) as one. */
export function addSummaries(parts: readonly HeapSummary[]): HeapSummary {
  const classes: Record<string, HeapClass> = {};
  for (const p of parts) {
    for (const [name, c] of Object.entries(p.classes)) {
      const t = (classes[name] ??= { count: 0, retained: 0, own: 0 });
      t.count += c.count;
      t.retained += c.retained;
      t.own += c.own;
    }
  }
  return { heapBytes: parts.reduce((s, p) => s + p.heapBytes, 0), maxId: Math.max(0, ...parts.map((p) => p.maxId)), classes };
}

// How many new instances' paths are read at most.
const maxPathsRead = 2_000;

/**
 * Where the class's new instances (allocated after `sinceId`, the previous snapshot's highest id) are held: the last
 * steps of a shortest path from the root written as an expression (`cache.entries[12]`); a variable of a closure's
 * context starts it. Of the places that hold new instances, the one holding most of their bytes is named, by its
 * largest (then newest) instance: the newest alone may be held by a request still in flight.
 */
export function retainerPath(g: HeapGraph, className: string, sinceId = 0, maxSteps = 4): string | undefined {
  const fresh: number[] = [];
  for (const n of g.postOrder) if (g.className(n) === className && g.id(n) > sinceId) fresh.push(n);
  // A path each is cheap, but a class may have a million new instances: an even sample of them says where they are.
  const every = Math.max(1, Math.ceil(fresh.length / maxPathsRead));
  const places = new Map<string, { bytes: number; path: string; best: number }>();
  for (let i = 0; i < fresh.length; i += every) {
    const n = fresh[i]!;
    const path = pathTo(g, n, maxSteps);
    if (!path) continue;
    const place = path.replace(/\[\d+\]/g, '[]');
    const seen = places.get(place);
    if (!seen) places.set(place, { bytes: g.own[n]!, path, best: n });
    else {
      seen.bytes += g.own[n]!;
      if (g.own[n]! > g.own[seen.best]! || (g.own[n] === g.own[seen.best] && g.id(n) > g.id(seen.best))) Object.assign(seen, { path, best: n });
    }
  }
  let held: { bytes: number; path: string } | undefined;
  for (const p of places.values()) if (!held || p.bytes > held.bytes) held = p;
  return held?.path;
}

// The last `maxSteps` named steps of the shortest path from the root to `n`.
function pathTo(g: HeapGraph, n: number, maxSteps: number): string | undefined {
  const steps: string[] = [];
  for (let guard = 0; guard < 10_000; guard++) {
    const e = g.parentEdge(n);
    // a stack slot or a handle (the synthetic roots' groups) is not a place in the app's code
    if (!e || g.synthetic(e.from)) break;
    if (e.type === 'element') steps.unshift(`[${e.name}]`);
    else if (e.type === 'property' || e.type === 'context') steps.unshift(/^[A-Za-z_$][\w$]*$/.test(e.name) ? `.${e.name}` : `[${JSON.stringify(e.name)}]`);
    // internal, hidden and shortcut edges are the engine's own wiring: not part of what a developer would write
    if (e.type === 'context' || steps.length >= maxSteps) break;
    n = e.from;
  }
  return steps.length > 0 ? steps.join('').replace(/^\./, '') : undefined;
}
