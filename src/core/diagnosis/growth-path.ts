// Where an endpoint's CPU growth lives, base against head, read as a call tree: the first answer is the deepest frame
// that holds most of the growth (from the root, descend while one child holds at least half of its parent's growth),
// then the functions whose own time grew most elsewhere; each with the share of the endpoint's growth it explains.
// A runtime or native frame (JSON.stringify, the garbage collector) is named with the source function that called
// it. The input is each side's stacks in CPU ms per 1,000 requests, frames already named alike on both sides. Pure.
import { functionCosts, type FunctionCost } from './profile.js';
import { attributedToCode, isCodeFrame } from './profile-diff.js';

/** What explains an endpoint's growth: its whole growth (CPU ms per 1,000 requests) and the functions named. */
export interface GrowthExplained {
  growth: number;
  lines: Explained[];
}

/** One function the why names. Times are CPU ms per 1,000 requests. */
export interface Explained {
  frame: string;
  /** The frames that called it where it grew most, nearest first (two at most). */
  callers: string[];
  /** The runtime's or native frame under it that holds the growth, when the function is named for it. */
  within?: string;
  self: { base: number; head: number };
  total: { base: number; head: number };
  /** Its inclusive growth over the endpoint's, 0–1. */
  share: number;
  /** Only head runs it. */
  fresh: boolean;
}

interface Node {
  base: number;
  head: number;
  children: Map<string, Node>;
}

const newNode = (): Node => ({ base: 0, head: 0, children: new Map() });
const grew = (n: Node) => n.head - n.base;

/** Both sides' stacks merged into one tree by call path, each node with each side's inclusive time. */
function callTree(base: ReadonlyMap<string, number>, head: ReadonlyMap<string, number>): Node {
  const root = newNode();
  const add = (stacks: ReadonlyMap<string, number>, side: 'base' | 'head') => {
    for (const [stack, w] of stacks) {
      let at = root;
      at[side] += w;
      for (const frame of stack.split(';')) {
        let next = at.children.get(frame);
        if (!next) at.children.set(frame, (next = newNode()));
        next[side] += w;
        at = next;
      }
    }
  };
  add(base, 'base');
  add(head, 'head');
  return root;
}

/** The path to the deepest frame holding most of the growth: each step's child holds half its parent's growth or more. */
export function dominantPath(base: ReadonlyMap<string, number>, head: ReadonlyMap<string, number>): string[] {
  const path: string[] = [];
  for (let at = callTree(base, head); ;) {
    const [frame, child] = [...at.children].reduce<[string, Node] | undefined>((best, c) => (!best || grew(c[1]) > grew(best[1]) ? c : best), undefined) ?? [];
    if (!frame || !child || grew(child) <= 0 || grew(child) < 0.5 * grew(at)) return path;
    path.push(frame);
    at = child;
  }
}

/**
 * Up to `max` functions that explain the growth, the first the end of the dominant path; a function whose own time
 * grew by less than `floor` is not named after the first. Empty when nothing grew.
 */
export function explainGrowth(
  base: ReadonlyMap<string, number>,
  head: ReadonlyMap<string, number>,
  { max = 3, floor = 0 }: { max?: number; floor?: number } = {},
): GrowthExplained {
  const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, v) => a + v, 0);
  const growth = sum(head) - sum(base);
  if (growth <= floor) return { growth, lines: [] };
  // Self time counts the runtime's work under a source function as that function's own, as the why names it.
  const costs = { base: functionCosts(attributedToCode(base)), head: functionCosts(attributedToCode(head)) };
  const explained = (frame: string, callers: string[], within?: string): Explained => {
    const zero: FunctionCost = { self: 0, total: 0 };
    const b = costs.base.get(frame) ?? zero;
    const h = costs.head.get(frame) ?? zero;
    const share = Math.max(0, Math.min(1, (h.total - b.total) / growth));
    return {
      frame,
      callers,
      ...(within && { within }),
      self: { base: b.self, head: h.self },
      total: { base: b.total, head: h.total },
      share,
      fresh: !costs.base.has(frame),
    };
  };
  const lines: Explained[] = [];
  const path = dominantPath(base, head);
  // A native frame at the end is named through the nearest source function above it.
  let end = path.length - 1;
  while (end >= 0 && !isCodeFrame(path[end]!)) end--;
  if (path.length > 0) {
    const at = end >= 0 ? end : path.length - 1;
    const within = at < path.length - 1 ? path[path.length - 1] : undefined;
    lines.push(explained(path[at]!, nearestCallers(path, at), within));
  }
  // Then the functions whose own time grew most off that path (its frames' growth is the first line's already).
  const taken = new Set(path);
  const bySelf = [...costs.head.keys(), ...[...costs.base.keys()].filter((f) => !costs.head.has(f))]
    .filter((f) => !taken.has(f))
    .map((frame) => ({ frame, self: (costs.head.get(frame)?.self ?? 0) - (costs.base.get(frame)?.self ?? 0) }))
    .filter((f) => f.self >= Math.max(floor, Number.EPSILON))
    .sort((a, b) => b.self - a.self || (a.frame < b.frame ? -1 : 1));
  for (const { frame } of bySelf) {
    if (lines.length >= max) break;
    lines.push(explained(frame, callersWhereGrown(base, head, frame)));
  }
  return { growth, lines };
}

// The two frames above `frame` in the head stack where its time grew most, nearest first.
function callersWhereGrown(base: ReadonlyMap<string, number>, head: ReadonlyMap<string, number>, frame: string): string[] {
  let best: { stack: string; grew: number } | undefined;
  for (const [stack, w] of head) {
    const frames = stack.split(';');
    if (!frames.includes(frame)) continue;
    const g = w - (base.get(stack) ?? 0);
    if (!best || g > best.grew) best = { stack, grew: g };
  }
  if (!best) return [];
  const frames = best.stack.split(';');
  return nearestCallers(frames, frames.lastIndexOf(frame));
}

// The two frames nearest above frames[at], nearest first: source frames where there are any (the runtime's event
// emitters and timers between them say nothing a pull request changed), else whatever frames there are.
function nearestCallers(frames: readonly string[], at: number): string[] {
  const above = frames.slice(0, at).reverse();
  const code = above.filter(isCodeFrame);
  return (code.length > 0 ? code : above).slice(0, 2);
}
