// V8's CPU profile (`node --cpu-prof`, the .cpuprofile a Node app writes when it exits, or the one the diagnosis pass
// collects from each Node process) folded into stacks, one window of time at a time. Each sample is weighted by the
// time it stands for, in microseconds, so the folded counts are CPU µs (sampleMs 0.001); idle time is left out.
//
// V8 names a function the JIT inlined into its caller by the caller alone, but it counts each node's samples by the
// source line they ran (positionTicks): where the lines of a node's own time lie inside another function (known from
// the script's function ranges), that time is the inlined function's, a frame under its caller.
import type { Folded } from './profile.js';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[]; positionTicks?: { line: number; ticks: number }[] }[];
  /** µs on the machine's monotonic clock (process.hrtime's), when the profile started. */
  startTime?: number;
  samples: number[];
  timeDeltas: number[];
}

/** A function of a script, by its lines (1-based, as positionTicks count them). */
export interface FunctionSpan {
  name: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Each script's functions, by the script's URL as the profile names it. */
export type ScriptFunctions = ReadonlyMap<string, readonly FunctionSpan[]>;

/** What one folded count is worth, in ms. */
export const cpuProfileSampleMs = 0.001;

/**
 * Only the samples from `fromUs` to `toUs` (µs, the profile's clock): one window of a longer profile. With the
 * scripts' functions, a node's own time on lines of another function goes to that function, under the node.
 */
export function foldCpuProfile(profile: CpuProfile, fromUs = -Infinity, toUs = Infinity, functions?: ScriptFunctions): { folded: Folded; samples: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const parts = new Map<number, [string, number][] | undefined>();
  const partsOf = (id: number): [string, number][] | undefined => {
    if (parts.has(id)) return parts.get(id);
    const stack = stackOf(byId, parent, id);
    const node = byId.get(id);
    const split = stack && node && functions ? inlinedParts(node, functions) : undefined;
    const out =
      stack === undefined ? undefined : split ? split.map(([frame, share]): [string, number] => [frame ? `${stack};${frame}` : stack, share]) : [[stack, 1]];
    parts.set(id, out as [string, number][] | undefined);
    return out as [string, number][] | undefined;
  };
  const weights = new Map<string, number>();
  let samples = 0;
  let at = profile.startTime ?? 0;
  profile.samples.forEach((id, i) => {
    // The time since the previous sample is the time this one stands for.
    const us = Math.max(0, Math.round(profile.timeDeltas[i] ?? 0));
    at += profile.timeDeltas[i] ?? 0;
    if (at < fromUs || at > toUs) return;
    const stacks = partsOf(id);
    if (!stacks || us === 0) return;
    for (const [stack, share] of stacks) weights.set(stack, (weights.get(stack) ?? 0) + us * share);
    samples++;
  });
  // Whole µs, as folded stacks count.
  const folded = new Map<string, number>();
  for (const [stack, w] of weights) if (Math.round(w) > 0) folded.set(stack, Math.round(w));
  return { folded, samples };
}

function stackOf(byId: ReadonlyMap<number, CpuProfile['nodes'][number]>, parent: ReadonlyMap<number, number>, id: number): string | undefined {
  const frames: string[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const f = byId.get(at)?.callFrame;
    if (f && f.functionName !== '(root)') frames.push(frameOf(f));
  }
  const leaf = byId.get(id)?.callFrame.functionName;
  return leaf === '(idle)' || frames.length === 0 ? undefined : frames.reverse().join(';');
}

/**
 * A node's own time split by the function its lines lie in: [frame under the node, or '' for the node's own, share].
 * Undefined when nothing of it lies in another function, or its script's functions are not known.
 */
export function inlinedParts(node: CpuProfile['nodes'][number], functions: ScriptFunctions): [string, number][] | undefined {
  const spans = functions.get(node.callFrame.url);
  const ticks = node.positionTicks ?? [];
  const all = ticks.reduce((a, t) => a + t.ticks, 0);
  if (!spans || all === 0) return undefined;
  const own = innermost(spans, (s) => contains(s, node.callFrame.lineNumber + 1, node.callFrame.columnNumber + 1));
  if (!own) return undefined;
  const share = new Map<string, number>();
  for (const t of ticks) {
    // Strictly inside another function's lines: a line that function shares with code around it could be either's.
    const fn = innermost(spans, (s) => s.startLine < t.line && t.line < s.endLine);
    const frame =
      !fn || fn === own ? '' : frameOf({ functionName: fn.name, url: node.callFrame.url, lineNumber: fn.startLine - 1, columnNumber: fn.startColumn - 1 });
    share.set(frame, (share.get(frame) ?? 0) + t.ticks / all);
  }
  return share.size === 1 && share.has('') ? undefined : [...share];
}

const contains = (s: FunctionSpan, line: number, column: number) =>
  (line > s.startLine || (line === s.startLine && column >= s.startColumn)) && (line < s.endLine || (line === s.endLine && column <= s.endColumn));

// The innermost span that passes: the one starting last among those that pass (spans nest or are apart).
function innermost(spans: readonly FunctionSpan[], pass: (s: FunctionSpan) => boolean): FunctionSpan | undefined {
  let best: FunctionSpan | undefined;
  for (const s of spans)
    if (pass(s) && (!best || s.startLine > best.startLine || (s.startLine === best.startLine && s.startColumn > best.startColumn))) best = s;
  return best;
}

// As V8 names frames in its perf map, so one reader reads both: "name url:line:column" (1-based).
function frameOf(f: CallFrame): string {
  const name = f.functionName.replace(/[;\s]+/g, '_');
  if (!f.url) return name || '(anonymous)';
  return `${name || '(anonymous)'} ${f.url.replace(/[;\s]/g, '_')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
}

/** The functions of a script from V8's coverage ranges (character offsets into its source). */
export function functionSpans(
  source: string,
  functions: readonly { functionName: string; ranges: readonly { startOffset: number; endOffset: number }[] }[],
): FunctionSpan[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
  return functions.flatMap((f) => {
    const r = f.ranges[0];
    // The script's own top level is a range over the whole script, not a function.
    if (!r || (r.startOffset === 0 && f.functionName === '')) return [];
    const from = position(r.startOffset);
    const to = position(Math.max(r.startOffset, r.endOffset - 1));
    return [{ name: f.functionName, startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column }];
  });
}
