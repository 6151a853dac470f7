// V8's CPU profile (`node --cpu-prof`, the .cpuprofile a Node app writes when it exits, or the one the diagnosis pass
// collects from each Node process) folded into stacks, one window of time at a time. Each sample is weighted by the time it stands for, in
// microseconds, so the folded counts are CPU µs (sampleMs 0.001); idle time is left out.
import type { Folded } from './profile.js';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  /** µs on the machine's monotonic clock (process.hrtime's), when the profile started. */
  startTime?: number;
  samples: number[];
  timeDeltas: number[];
}

/** What one folded count is worth, in ms. */
export const cpuProfileSampleMs = 0.001;

/** Only the samples from `fromUs` to `toUs` (µs, the profile's clock): one window of a longer profile. */
export function foldCpuProfile(profile: CpuProfile, fromUs = -Infinity, toUs = Infinity): { folded: Folded; samples: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stacks = new Map<number, string | undefined>();
  const stackOf = (id: number): string | undefined => {
    if (stacks.has(id)) return stacks.get(id);
    const frames: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (f && f.functionName !== '(root)') frames.push(frameOf(f));
    }
    const leaf = byId.get(id)?.callFrame.functionName;
    const stack = leaf === '(idle)' || frames.length === 0 ? undefined : frames.reverse().join(';');
    stacks.set(id, stack);
    return stack;
  };
  const folded = new Map<string, number>();
  let samples = 0;
  let at = profile.startTime ?? 0;
  profile.samples.forEach((id, i) => {
    // The time since the previous sample is the time this one stands for.
    const us = Math.max(0, Math.round(profile.timeDeltas[i] ?? 0));
    at += profile.timeDeltas[i] ?? 0;
    if (at < fromUs || at > toUs) return;
    const stack = stackOf(id);
    if (!stack || us === 0) return;
    folded.set(stack, (folded.get(stack) ?? 0) + us);
    samples++;
  });
  return { folded, samples };
}

// As V8 names frames in its perf map, so one reader reads both: "name url:line:column" (1-based).
function frameOf(f: CpuProfile['nodes'][number]['callFrame']): string {
  const name = f.functionName.replace(/[;\s]+/g, '_');
  if (!f.url) return name || '(anonymous)';
  return `${name || '(anonymous)'} ${f.url.replace(/[;\s]/g, '_')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
}
