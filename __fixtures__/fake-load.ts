// A load generator with no network and no waiting: each burst's responses are made up on a virtual clock, with
// latencies a test chooses per side (the fake apps' ports say which), so the gate's decisions run in milliseconds.
import { loadRecorder, newLoadTally, type LoadTally } from '../src/core/load/load-metrics.js';
import type { LoadGenerator, LoadHooks, LoadSession, ResponseSink } from '../src/core/load/load-generator.js';
import type { LoadPhase } from '../src/core/load/load-shape.js';
import type { EndpointPlan } from '../src/core/budget/plan.js';
import type { TargetResult } from '../src/core/report/report.js';
import { fakePorts } from './fake-apps.js';

export type Side = 'head' | 'base';

/**
 * What one request of the endpoint gets on a side: its latency (ms) and status; `i` counts that side's requests,
 * `rate` is the arrival rate it came at (req/s) under a shape's open loop.
 */
export type Answer = (ep: EndpointPlan, side: Side, i: number, rate?: number) => { latencyMs: number; status?: number };

/** The side an endpoint's URL points at: the fake base's port, else head. */
export const sideOf = (url: string): Side => (new URL(url).port === String(fakePorts.base) ? 'base' : 'head');

/** Requests a burst gets, whatever its length: enough for percentiles, few enough to be quick. */
const perBurst = 200;

export function fakeLoad(answer: Answer): LoadGenerator & { requests: Record<Side, number> } {
  const requests: Record<Side, number> = { head: 0, base: 0 };
  const run = async (ep: EndpointPlan, hooks: LoadHooks = {}, tally: LoadTally = newLoadTally()): Promise<TargetResult> => {
    const side = sideOf(ep.url);
    const { load } = ep;
    const recorder = loadRecorder(ep, tally);
    const burstMs = load.durationMs / load.samples;
    hooks.onStart?.();
    hooks.onBoundary?.(0);
    let stoppedAfter: number | undefined;
    for (let b = 0; b < load.samples && stoppedAfter === undefined; b++) {
      for (let k = 0; k < perBurst; k++) {
        const { latencyMs, status = 200 } = answer(ep, side, requests[side]++);
        const at = load.warmupMs + b * burstMs + ((k + 0.5) * burstMs) / perBurst;
        recorder.response(at, status, 100, latencyMs);
        hooks.sink?.response(at, status, 100, latencyMs);
      }
      hooks.onBoundary?.(b + 1);
      hooks.onBurst?.(recorder.burst(b), b, load.samples);
      if (b + 1 < load.samples && b + 1 >= load.minSamples && hooks.enough?.(b + 1, recorder.soFar(b + 1))) stoppedAfter = b + 1;
    }
    // The event loop turns, as a real load's would.
    await new Promise((r) => setImmediate(r));
    return recorder.finish(load.warmupMs + load.durationMs, hooks.signal?.aborted ?? false, stoppedAfter);
  };
  // A shape's session: each phase's requests made up at once on the session's clock, which jumps to its end.
  const open = (ep: EndpointPlan, sink: ResponseSink): LoadSession => {
    const side = sideOf(ep.url);
    let clock = 0;
    return {
      now: () => clock,
      run: async (phase: LoadPhase) => {
        let sent = 0;
        const rateAt = (t: number) => (phase.rate ? phase.rate.from + ((phase.rate.to - phase.rate.from) * t) / phase.durationMs : undefined);
        for (let t = 0; t < phase.durationMs;) {
          const rate = rateAt(t);
          const { latencyMs, status = 200 } = answer(ep, side, requests[side]++, rate);
          sink.response(clock + t + latencyMs, status, 100, latencyMs);
          sent++;
          // Open loop: the next arrival by the rate; closed loop: when one of the connections is free again.
          t += rate ? 1000 / rate : latencyMs / (phase.connections ?? 1);
        }
        clock += phase.durationMs;
        await new Promise((r) => setImmediate(r));
        return { sent, lagMs: 0 };
      },
      drain: async () => {},
      close: async () => {},
    };
  };
  return { run, open, requests };
}

/** A latency around `ms`, spread a little by the request's count (the same every run). */
export const around = (ms: number, i: number): number => ms * (0.9 + 0.2 * (((i * 7919) % 101) / 100));
