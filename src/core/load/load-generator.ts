// The seam between perf-gate and whatever puts load on an endpoint. A generator drives requests and feeds a
// recorder (core/load/load-metrics.ts) the time, status, size and latency of each; the arithmetic is the core's.
// Adding one is one adapter file that implements this and is passed to the gate. Steady load runs in one go
// (`run`); every other shape is a schedule of phases a session runs one after another (`open`).
import type { LoadPhase } from './load-shape.js';
import type { EndpointPlan } from '../budget/plan.js';
import type { LoadTally } from './load-metrics.js';
import type { Burst, MetricResult, TargetResult } from '../report/report.js';
import type { JourneySource, VariedRequest } from '../workload/request-source.js';

export interface LoadHooks {
  signal?: AbortSignal;
  /** Called once the first request is on its way. */
  onStart?: () => void;
  /** Called as each burst completes, while the load goes on. */
  onBurst?: (burst: Burst, index: number, total: number) => void;
  /** Called at each boundary of the measured time: 0 as the first burst begins, i as burst i − 1 ends. */
  onBoundary?: (index: number) => void;
  /** Told of every response too, warm-up included, in ms from onStart: the per-second series. */
  sink?: ResponseSink;
  /** The requests to send when the endpoint has vars: a source kept from run to run (a side's bursts) goes on with its sequence. */
  requests?: () => VariedRequest;
  /** A journey's steps' requests, kept from run to run likewise. */
  journeys?: JourneySource;
  /** Asked after each burst from the plan's minSamples on, and after one whose every request failed: true ends the load there. */
  enough?: (completed: number, soFar: Record<string, MetricResult>) => boolean;
}

/** Where a session puts each request's outcome; times are ms on the session's clock, latencies ms. */
/** `kind`: which of a mix's kinds of request it was (the part's index); undefined outside a mix. */
export interface ResponseSink {
  response(atMs: number, status: number, bytes: number, latencyMs: number, kind?: number): void;
  /** A request that got no response: a connection error or a timeout. */
  failure(atMs: number, message: string, timedOut: boolean, kind?: number): void;
  /** A journey's iteration ended: its duration (its steps' latencies), or the failure that ended it. */
  iteration?(atMs: number, durationMs: number, failure?: string): void;
}

export interface PhaseOutcome {
  /** Requests sent in the phase. */
  sent: number;
  /** How far sending fell behind the phase's schedule at worst (ms): the generator, not the app, was the limit. */
  lagMs: number;
}

/** Connections to one endpoint's origin, kept open from phase to phase. */
export interface LoadSession {
  /** ms since the session opened: the clock of the sink's times. */
  now(): number;
  /** Sends the phase's requests and resolves at its end; what is still in flight stays in flight. */
  run(phase: LoadPhase, signal?: AbortSignal): Promise<PhaseOutcome>;
  /** Resolves once nothing is in flight (each request ends by its timeout at the latest). */
  drain(): Promise<void>;
  /** Responses by Content-Encoding so far, when the requests ask for compression. */
  readonly encodings?: Readonly<Record<string, number>> | undefined;
  close(): Promise<void>;
}

export interface LoadGenerator {
  /** Loads the endpoint as its plan says (warm-up, then `samples` bursts, fewer when `enough` says so) and adds what it measured to `tally`. */
  run(ep: EndpointPlan, hooks?: LoadHooks, tally?: LoadTally): Promise<TargetResult>;
  /** A session for a shaped load of the endpoint; absent: this generator only does steady load. */
  open?(ep: EndpointPlan, sink: ResponseSink): LoadSession;
}
