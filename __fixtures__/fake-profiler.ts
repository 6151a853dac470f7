// A profiler that samples nothing: each window gives each side the folded stacks a test chose.
import type { Profiler } from '../src/adapters/profiling/perf-profiler.js';
import { parseFolded } from '../src/core/diagnosis/profile.js';

export function fakeProfiler(stacks: { head: string; base: string }): Profiler & { windows: number } {
  const folded = (text: string) => {
    const p = parseFolded(text);
    if (!p.ok) throw new Error(p.error);
    return { folded: p.folded, samples: [...p.folded.values()].reduce((a, b) => a + b, 0) };
  };
  const profiler = {
    windows: 0,
    start: async () => {
      profiler.windows++;
      return { stop: async () => ({ ok: true as const, sides: { head: folded(stacks.head), base: folded(stacks.base) }, sampleMs: 1 }) };
    },
  };
  return profiler;
}
