// A diagnosis as the report keeps it: for each profiled endpoint, each side's folded stacks (bounded), samples and
// requests, and from them the comparison the views draw: CPU per 1,000 requests by function, the flame graph, the
// "why". Frames are made comparable first: each side's checkout root is cut from the file paths in its frames, so
// the base's worktree and this checkout name one function alike.
import { explainGrowth, type GrowthExplained } from './growth-path.js';
import { diffProfiles, frameLabel, unifyFrames, type ProfileDiff } from './profile-diff.js';
import { formatFolded, parseFolded, perThousandRequests, type Folded, type SideProfile } from './profile.js';
import type { Diagnosis, EndpointDiagnosis, ProfiledSide } from '../report/report.js';
import { memoryWhyLines } from './memory-growth.js';
import { maxWhyLines, whyLines } from './why.js';

// A function is named when its growth stands for at least this many samples and this share of base's CPU.
const minSamplesNamed = 5;
const minShareNamed = 0.02;

/** Each side's stacks kept in report.json at most: enough for the flame graph's visible frames. */
export const reportStacksBytes = 48 * 1024;

/** Frames with a checkout's root cut from their paths ("/tmp/wt-1/app/server.js:3" → "app/server.js:3"). */
export function relocated(folded: Folded, roots: readonly string[]): Folded {
  const dirs = roots.filter((r) => r.length > 1).map((r) => (r.endsWith('/') ? r : `${r}/`));
  // V8 names an ES module by its file:// URL.
  const prefixes = [...new Set([...dirs.map((d) => `file://${d}`), ...dirs])].sort((a, b) => b.length - a.length);
  if (prefixes.length === 0) return folded;
  const out = new Map<string, number>();
  for (const [stack, n] of folded) {
    let s = stack;
    for (const p of prefixes) s = s.split(p).join('');
    out.set(s, (out.get(s) ?? 0) + n);
  }
  return out;
}

/** One side as the report keeps it. */
export function profiledSide(folded: Folded, samples: number, requests: number, maxBytes = reportStacksBytes): ProfiledSide {
  const { text, dropped } = formatFolded(folded, maxBytes);
  return { requests, samples, stacks: text, ...(dropped > 0 && { droppedStacks: dropped }) };
}

function sideProfile(side: ProfiledSide, sampleMs: number): SideProfile {
  const parsed = parseFolded(side.stacks);
  return { folded: parsed.ok ? parsed.folded : new Map(), sampleMs, requests: side.requests };
}

/** Both sides as profiles, when both were taken. */
export function sidesOf(d: EndpointDiagnosis): { base: SideProfile; head: SideProfile } | undefined {
  if (!d.base || !d.head || d.sampleMs === undefined) return undefined;
  const base = sideProfile(d.base, d.sampleMs);
  const head = sideProfile(d.head, d.sampleMs);
  const unified = unifyFrames(base.folded, head.folded);
  return { base: { ...base, folded: unified.base }, head: { ...head, folded: unified.head } };
}

/** Base against head, by function; byCode: the runtime's time under a source function counted as its own. */
export function profileDiffOf(d: EndpointDiagnosis, { byCode = false } = {}): ProfileDiff | undefined {
  const sides = sidesOf(d);
  return sides && diffProfiles(sides.base, sides.head, { byCode });
}

/** The endpoint's diagnosis, if it has one. */
export function diagnosisOf(diagnosis: Diagnosis | undefined, target: string): EndpointDiagnosis | undefined {
  return diagnosis?.endpoints.find((e) => e.target === target);
}

/** The "why" under an endpoint: the functions that grew, the statement or counter that grew, and any note. */
export function endpointWhy(d: EndpointDiagnosis | undefined, workCause?: string): string[] {
  if (!d) return workCause ? [workCause] : [];
  // Heap snapshots are taken only when a memory rule was suspicious: what they say comes first.
  return [...(d.memory ? memoryWhyLines(d.memory) : []), ...cpuWhy(d, workCause)].slice(0, maxWhyLines);
}

/** What explains the endpoint's growth, both sides profiled: the functions its why names, growth above the noise. */
export function endpointGrowth(d: EndpointDiagnosis): GrowthExplained | undefined {
  const sides = sidesOf(d);
  if (!sides) return undefined;
  const base = perThousandRequests(sides.base);
  const head = perThousandRequests(sides.head);
  const sum = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((a, v) => a + v, 0);
  return explainGrowth(base, head, { floor: noiseFloor(d, { base: sum(base), head: sum(head) }) });
}

/** How the why reaches the app's own code: the app's callers of a library frame, and which frames are the app's. */
export function appFramesOf(d: EndpointDiagnosis): { via?: (frame: string) => string[]; inApp?: (frame: string) => boolean } {
  const head = sidesOf(d)?.head.folded;
  if (!head) return {};
  // Only a profile that names the app's own files can tell its code from a library's (a native binary's cannot).
  const names = [...head.keys()].some((s) => s.split(';').some(inCheckout));
  return { via: (frame: string) => callerInApp(head, frame), ...(names && { inApp: inCheckout }) };
}

function cpuWhy(d: EndpointDiagnosis, workCause?: string): string[] {
  const growth = endpointGrowth(d);
  if (growth && interpreterOnly(d)) {
    const note = `perf saw CPython's interpreter but not the Python functions it ran (CPython before 3.12 does not name them for perf; 3.12 does with PYTHONPERFSUPPORT=1, which perf-gate sets)`;
    return whyLines({ profileNote: [d.note, note].filter(Boolean).join('; '), ...(workCause && { workCause }) });
  }
  return whyLines({
    ...(growth && { growth, measure: d.profiler === 'python' ? ('time' as const) : ('CPU' as const) }),
    ...appFramesOf(d),
    ...(d.note && { profileNote: d.note }),
    ...(workCause && { workCause }),
  });
}

/**
 * The app's own functions a library frame is most often reached from: the innermost frame above it whose file is in
 * the checkout (a path relative to it, where a library's stays absolute), and, when that one was called back by the
 * library from further out in the app (a hook such as a statement counter), the app's frame the library was entered
 * from. Empty when the frame is the app's.
 */
export function callerInApp(stacks: Folded, frame: string): string[] {
  if (inCheckout(frame)) return [];
  const weight = new Map<string, { chain: string[]; n: number }>();
  for (const [stack, n] of stacks) {
    const frames = stack.split(';');
    const at = frames.lastIndexOf(frame);
    if (at < 0) continue;
    const chain = appCallers(frames, at);
    if (chain.length === 0) continue;
    const key = chain.join('\n');
    weight.set(key, { chain, n: (weight.get(key)?.n ?? 0) + n });
  }
  return [...weight.values()].sort((a, b) => b.n - a.n)[0]?.chain ?? [];
}

// Walking up from frames[at]: the first app frame, then past each app frame the library called back (library frames
// above it, then app code again) to the app frame that called into the library.
function appCallers(frames: readonly string[], at: number): string[] {
  const app = (i: number) => i >= 0 && inCheckout(frames[i]!);
  let first = at - 1;
  while (first >= 0 && !app(first)) first--;
  if (first < 0) return [];
  let outer = first;
  for (;;) {
    let above = outer - 1;
    while (above >= 0 && !app(above)) above--;
    // Called by the app itself (adjacent), or nothing of the app above: this is where the library was entered.
    if (above < 0 || above === outer - 1) break;
    outer = above;
  }
  return outer === first ? [frames[first]!] : [frames[first]!, frames[outer]!];
}

const inCheckout = (frame: string) => {
  const where = frameLabel(frame).where;
  return where !== undefined && !where.startsWith('/') && !/^(node:|internal\/|<|file:)/.test(where);
};

// A side whose stacks run through CPython's eval loop with no Python frame named: its C frames would be the answer.
function interpreterOnly(d: EndpointDiagnosis): boolean {
  const stacks = d.head?.stacks ?? '';
  return /(^|;)_PyEval_EvalFrameDefault(;| \d)/m.test(stacks) && !/(^|;)(py::|[^;]+\.py:)/m.test(stacks);
}

/**
 * The least growth worth naming, CPU ms per 1,000 requests: what a few samples on head stand for (a sample's worth
 * moves with where the sampler happened to land), and a small share of base's whole CPU per request.
 */
export function noiseFloor(d: EndpointDiagnosis, totals: { base: number; head: number }): number {
  // What one sample stands for per 1,000 requests: perf's count one each, V8's weigh the µs each stood for.
  const perSample = d.head && d.head.samples > 0 ? totals.head / d.head.samples : 0;
  return Math.max(0.5, minSamplesNamed * perSample, minShareNamed * totals.base);
}
