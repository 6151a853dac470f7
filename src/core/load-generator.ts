// The seam between perf-gate and whatever puts load on an endpoint. A generator drives requests and feeds a
// recorder (core/load-metrics.ts) the time, status, size and latency of each; the arithmetic is the core's.
// Adding one is one adapter file that implements this and is passed to the gate.
import type { EndpointPlan } from './plan.js';
import type { LoadTally } from './load-metrics.js';
import type { Burst, MetricResult, TargetResult } from './report.js';

export interface LoadHooks {
  signal?: AbortSignal;
  /** Called once the first request is on its way. */
  onStart?: () => void;
  /** Called as each burst completes, while the load goes on. */
  onBurst?: (burst: Burst, index: number, total: number) => void;
  /** Called at each boundary of the measured time: 0 as the first burst begins, i as burst i − 1 ends. */
  onBoundary?: (index: number) => void;
  /** Asked after each burst from the plan's minSamples on: true ends the load there, at that burst's end. */
  enough?: (completed: number, soFar: Record<string, MetricResult>) => boolean;
}

export interface LoadGenerator {
  /** Loads the endpoint as its plan says (warm-up, then `samples` bursts, fewer when `enough` says so) and adds what it measured to `tally`. */
  run(ep: EndpointPlan, hooks?: LoadHooks, tally?: LoadTally): Promise<TargetResult>;
}
