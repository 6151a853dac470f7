// What changed between the base's and the head's CPU profile of one endpoint, in CPU ms per 1,000 requests: the
// functions whose self and total time grew most, the frames only head has (new code on a hot path) and those only
// base had. The same comparison as FlameGraph's difffolded.pl, but on time per request rather than on raw sample
// counts, so a side that answered more requests in its window is not read as slower.
import { functionCosts, perThousandRequests, type Folded, type SideProfile } from './profile.js';

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

export function diffProfiles(base: SideProfile, head: SideProfile, { byCode = false } = {}): ProfileDiff {
  const costs = (p: SideProfile) => functionCosts(byCode ? attributedToCode(perThousandRequests(p)) : perThousandRequests(p));
  const b = costs(base);
  const h = costs(head);
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

/**
 * Both sides' frames named alike: one function is one frame whatever its JIT tier (V8's * ~ ^ marks) and wherever
 * its lines moved (a line added above it shifts every line after), keyed by name and file; each is shown as
 * "name (file:line)" with head's line, or base's for a function head no longer runs.
 */
export function unifyFrames(base: Folded, head: Folded): { base: Folded; head: Folded } {
  const shown = new Map<string, string>();
  const identity = (frame: string) => {
    const { name, where } = frameLabel(frame);
    if (where === undefined) return frame;
    const key = `${name} ${where.replace(/(:\d+)+$/, '')}`;
    if (!shown.has(key)) shown.set(key, `${name} (${where})`);
    return shown.get(key)!;
  };
  const rewrite = (folded: Folded) => {
    const out = new Map<string, number>();
    for (const [stack, n] of folded) {
      const s = stack.split(';').map(identity).join(';');
      out.set(s, (out.get(s) ?? 0) + n);
    }
    return out;
  };
  const h = rewrite(head);
  return { base: rewrite(base), head: h };
}

/** A frame of the app's own source (JS or Python with a file and line), not the runtime's or native code. */
export function isCodeFrame(frame: string): boolean {
  const { where } = frameLabel(frame);
  return where !== undefined && !/^(node:|internal\/|<frozen )/.test(where);
}

/**
 * Each stack cut after its innermost frame of source code, so that the runtime's and native work under a function
 * (builtins, a clock read, a JSON encoder, a small function the JIT inlined into it) counts as that function's own
 * time: a pull request changes source code, and that is what the "why" names. Stacks with no source frame stay whole.
 */
export function attributedToCode(stacks: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [stack, w] of stacks) {
    const frames = stack.split(';');
    let i = frames.length - 1;
    while (i >= 0 && !isCodeFrame(frames[i]!)) i--;
    const cut = i >= 0 ? frames.slice(0, i + 1).join(';') : stack;
    out.set(cut, (out.get(cut) ?? 0) + w);
  }
  return out;
}

/** Head minus base, CPU ms per 1,000 requests. */
export function growth(f: FunctionChange): { self: number; total: number } {
  return { self: f.head.self - f.base.self, total: f.head.total - f.base.total };
}

/** A frame as perf, austin and V8 name it, shortened for a line: the function, then where it is when that is known. */
export function frameLabel(frame: string): { name: string; where?: string } {
  // austin / py-spy: "function (file.py:12)" or "file.py:function:12"; V8's perf map: "JS:*'name file.js:12:3"
  // (* optimized, ~ interpreted, ^ baseline; an anonymous function has no name).
  // CPython 3.12's perf trampolines: "py::function:/path/file.py".
  const trampoline = /^py::(.+?):(\/.+\.py)$/.exec(frame);
  if (trampoline) return { name: trampoline[1]!, where: trampoline[2]! };
  const paren = /^(.*?) \(([^()]+:\d+)\)$/.exec(frame);
  if (paren) return { name: paren[1]!, where: paren[2]! };
  const v8 = /^(?:JS:)?[*~^+]?'?(\S*) (\S+:\d+(?::\d+)?)$/.exec(frame);
  if (v8) return { name: v8[1] || '(anonymous)', where: v8[2]! };
  const py = /^(.+\.py):([^:]+):(\d+)$/.exec(frame);
  if (py) return { name: py[2]!, where: `${py[1]}:${py[3]}` };
  return { name: frame };
}
