// What changed between the base's and the head's CPU profile of one endpoint, in CPU ms per 1,000 requests: the
// functions whose self and total time grew most, the frames only head has (new code on a hot path) and those only
// base had. The same comparison as FlameGraph's difffolded.pl, but on time per request rather than on raw sample
// counts, so a side that answered more requests in its window is not read as slower.
import { functionCosts, perThousandRequests, type SideProfile } from './profile.js';

export interface FunctionChange {
  frame: string;
  /** CPU ms per 1,000 requests, base and head. */
  base: { self: number; total: number };
  head: { self: number; total: number };
  /** Only in head's stacks, or only in base's. */
  presence: 'both' | 'new' | 'vanished';
}

export interface ProfileDiff {
  /** Every frame of either side, the largest growth of self time first (then of total time). */
  functions: FunctionChange[];
  /** All CPU per 1,000 requests, each side. */
  totals: { base: number; head: number };
}

export function diffProfiles(base: SideProfile, head: SideProfile): ProfileDiff {
  const b = functionCosts(perThousandRequests(base));
  const h = functionCosts(perThousandRequests(head));
  const zero = { self: 0, total: 0 };
  const frames = new Set([...b.keys(), ...h.keys()]);
  const functions = [...frames].map((frame): FunctionChange => ({
    frame,
    base: b.get(frame) ?? zero,
    head: h.get(frame) ?? zero,
    presence: !b.has(frame) ? 'new' : !h.has(frame) ? 'vanished' : 'both',
  }));
  functions.sort((x, y) => growth(y).self - growth(x).self || growth(y).total - growth(x).total || (x.frame < y.frame ? -1 : 1));
  const sum = (p: SideProfile) => [...perThousandRequests(p).values()].reduce((a, v) => a + v, 0);
  return { functions, totals: { base: sum(base), head: sum(head) } };
}

/** Head minus base, CPU ms per 1,000 requests. */
export function growth(f: FunctionChange): { self: number; total: number } {
  return { self: f.head.self - f.base.self, total: f.head.total - f.base.total };
}

/**
 * The functions that explain most of the growth: those whose self time grew, largest first, until they cover
 * `share` of all growth in self time or `max` are named; a function whose self time grew by less than `floor` ms
 * per 1,000 requests is noise, not an answer.
 */
export function grownFunctions(diff: ProfileDiff, { max = 3, share = 0.8, floor = 0.5 } = {}): FunctionChange[] {
  const grown = diff.functions.filter((f) => growth(f).self >= floor);
  const all = grown.reduce((a, f) => a + growth(f).self, 0);
  const out: FunctionChange[] = [];
  let covered = 0;
  for (const f of grown) {
    if (out.length >= max || (out.length > 0 && covered >= share * all)) break;
    out.push(f);
    covered += growth(f).self;
  }
  return out;
}

/** A frame as perf, austin and V8 name it, shortened for a line: the function, then where it is when that is known. */
export function frameLabel(frame: string): { name: string; where?: string } {
  // austin / py-spy: "function (file.py:12)" or "file.py:function:12"; V8's perf map: "JS:*'name file.js:12:3"
  // (* optimized, ~ interpreted, ^ baseline; an anonymous function has no name).
  const paren = /^(.*?) \(([^()]+:\d+)\)$/.exec(frame);
  if (paren) return { name: paren[1]!, where: paren[2]! };
  const v8 = /^(?:JS:)?[*~^+]?'?(\S*) (\S+:\d+(?::\d+)?)$/.exec(frame);
  if (v8) return { name: v8[1] || '(anonymous)', where: v8[2]! };
  const py = /^(.+\.py):([^:]+):(\d+)$/.exec(frame);
  if (py) return { name: py[2]!, where: `${py[1]}:${py[3]}` };
  return { name: frame };
}
