// The boundaries of a steady load's bursts, on timers while the load goes on: each completed burst reported, and
// the question whether the samples so far are enough asked there. Shared by the engines that run steady load.
import type { EndpointPlan } from '../../core/budget/plan.js';
import type { LoadHooks } from '../../core/load/load-generator.js';
import type { loadRecorder } from '../../core/load/load-metrics.js';

// One timer a burst boundary (the warm-up's end is boundary 0): each reports the burst it ends and asks whether
// the samples so far are enough; `stopAfter` ends the load early.
export function boundaryTimers(
  load: EndpointPlan['load'],
  hooks: LoadHooks,
  recorder: ReturnType<typeof loadRecorder>,
  stopAfter: (i: number) => void,
): NodeJS.Timeout[] {
  const burstMs = load.durationMs / load.samples;
  return Array.from({ length: load.samples + 1 }, (_, i) =>
    setTimeout(
      () => {
        hooks.onBoundary?.(i);
        if (i === 0) return;
        const burst = recorder.burst(i - 1);
        hooks.onBurst?.(burst, i - 1, load.samples);
        // Before the minimum only a burst whose every request failed is worth asking about: the question costs a
        // reading of everything so far, on the load's own event loop.
        const ask = i >= load.minSamples || (burst.requests === 0 && burst.errors > 0);
        if (i < load.samples && ask && hooks.enough?.(i, recorder.soFar(i))) stopAfter(i);
      },
      load.warmupMs + i * burstMs,
    ),
  );
}
