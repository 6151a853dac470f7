// Journeys under load: each virtual user goes through the steps in turn on undici's connection pool, again and again,
// each step's request filled from its vars and what the earlier steps captured. A step that fails (no response, an
// unexpected status, a capture that finds nothing) ends the iteration there, counted as an error of that step, and
// the user starts again. Connections are virtual users (a closed loop); an arrival rate starts that many journeys a
// second whatever the app does (an open loop). Steady load is one such phase, its bursts cut by time as autocannon's.
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Pool } from 'undici';
import { loadDefaults } from '../../core/budget/defaults.js';
import type { EndpointPlan } from '../../core/budget/plan.js';
import type { LoadHooks, LoadSession, PhaseOutcome, ResponseSink } from '../../core/load/load-generator.js';
import { loadRecorder, newLoadTally, type LoadTally } from '../../core/load/load-metrics.js';
import type { LoadPhase } from '../../core/load/load-shape.js';
import { arrivals, sleep } from './arrivals.js';
import type { TargetResult } from '../../core/report/report.js';
import { capture, type CapturedResponse } from '../../core/workload/capture.js';
import type { JourneyPlan, JourneyStep } from '../../core/workload/journey.js';
import { journeySource, type JourneySource, type VariedRequest } from '../../core/workload/request-source.js';
import type { VarValue } from '../../core/workload/template.js';
import { connectOptions } from '../app/tls-trust.js';
import { boundaryTimers } from './burst-boundaries.js';
import { addEncodings, countEncodingOf, watchesEncoding } from './response-encodings.js';

type JourneyEndpoint = EndpointPlan & { journey: JourneyPlan };

// Connections an arrival rate may open for the journeys in flight (as undici-load.ts's open loop).
const maxConnections = 256;
const timeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

type Answer = (CapturedResponse & { status: number; bytes: number; latencyMs: number }) | { error: string; timedOut: boolean };

export function openJourneySession(ep: EndpointPlan, sink: ResponseSink, source?: JourneySource): LoadSession {
  if (!ep.journey) throw new Error(`${ep.name} is not a journey`);
  return new JourneySession(ep as JourneyEndpoint, sink, source);
}

/** Notes on captures cut at their limit, once each, for the report. */
export interface JourneySessionNotes {
  notes(): string[];
}

class JourneySession implements LoadSession, JourneySessionNotes {
  private readonly pool: Pool;
  private readonly origin: string;
  private readonly steps: JourneyStep[];
  private readonly source: JourneySource;
  private readonly maxBody: number;
  private readonly t0 = performance.now();
  private readonly cut = new Set<string>();
  private journeysInFlight = 0;
  private requestsInFlight = 0;
  private closed = false;
  private drained: (() => void)[] = [];
  /** Responses by Content-Encoding, when the steps ask for compression. */
  readonly encodings: Record<string, number> | undefined;

  constructor(
    ep: JourneyEndpoint,
    private readonly sink: ResponseSink,
    source?: JourneySource,
  ) {
    this.origin = new URL(ep.url).origin;
    const timeout = ep.load.timeoutMs;
    this.pool = new Pool(this.origin, {
      connections: maxConnections,
      pipelining: 1,
      headersTimeout: timeout,
      bodyTimeout: timeout,
      connectTimeout: timeout,
      connect: connectOptions(ep.tls, 'the budget'),
    });
    this.steps = ep.journey.steps;
    this.source = source ?? journeySource(ep.name, ep.journey);
    this.maxBody = ep.load.maxBody ?? loadDefaults.maxBodyBytes;
    if (watchesEncoding(ep)) this.encodings = {};
  }

  now(): number {
    return performance.now() - this.t0;
  }

  /** Requests sent and not yet answered. */
  get inFlight(): number {
    return this.requestsInFlight;
  }

  notes(): string[] {
    return [...this.cut].map((name) => `capture \`${name}\`: values over 8,192 characters were cut there`);
  }

  run(phase: LoadPhase, signal?: AbortSignal): Promise<PhaseOutcome> {
    if (!phase.rate) return this.closedLoop(phase, signal);
    // An arrival rate: journeys start when the schedule says, each going on to its end.
    const stopped = () => signal?.aborted === true || this.closed;
    return arrivals({ ...phase, rate: phase.rate }, () => void this.journey(stopped), stopped, signal);
  }

  drain(): Promise<void> {
    return this.journeysInFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => this.drained.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.pool.destroy().catch(() => {});
    for (const resolve of this.drained) resolve();
  }

  // Virtual users: each starts its next journey as its last one ends, until the phase is over.
  private async closedLoop(phase: LoadPhase, signal?: AbortSignal): Promise<PhaseOutcome> {
    const start = performance.now();
    const over = () => signal?.aborted === true || this.closed || performance.now() - start >= phase.durationMs;
    let sent = 0;
    const user = async () => {
      while (!over()) {
        const t = performance.now();
        sent += await this.journey(over);
        // A journey that failed at once (a refused connection) waits a turn, so a user cannot spin.
        if (performance.now() - t < 1) await nextTurn();
      }
    };
    const users = Array.from({ length: phase.connections ?? 1 }, user);
    await sleep(phase.durationMs - (performance.now() - start), signal);
    // The phase ends on time; a journey still going ends at its next step.
    void Promise.all(users);
    return { sent, lagMs: 0 };
  }

  /** One iteration of the journey; resolves with the requests it sent. `over`: stop before the next step. */
  private async journey(over: () => boolean): Promise<number> {
    this.journeysInFlight++;
    const captured: Record<string, VarValue> = {};
    let durationMs = 0;
    let k = 0;
    try {
      for (; k < this.steps.length; k++) {
        // A journey the load stopped midway is neither a success nor a failure.
        if (k > 0 && over()) return k;
        const step = this.steps[k]!;
        const answer = await this.send(step, this.source(k, captured));
        if (this.closed) return k + 1;
        if ('error' in answer) {
          this.sink.failure(this.now(), answer.error, answer.timedOut, k);
          this.sink.iteration?.(this.now(), durationMs, `${step.name}: ${answer.error}`);
          return k + 1;
        }
        durationMs += answer.latencyMs;
        const failure = this.taken(step, answer, captured);
        // A capture that finds nothing fails the step (its response is not counted as one answered as expected).
        if (failure?.capture) this.sink.failure(this.now(), failure.message, false, k);
        else this.sink.response(this.now(), answer.status, answer.bytes, answer.latencyMs, k);
        if (failure) {
          this.sink.iteration?.(this.now(), durationMs, `${step.name}: ${failure.message}`);
          return k + 1;
        }
        if (step.thinkMs > 0) await sleep(step.thinkMs);
      }
      this.sink.iteration?.(this.now(), durationMs);
      return k;
    } finally {
      this.journeysInFlight--;
      if (this.journeysInFlight === 0) {
        for (const resolve of this.drained) resolve();
        this.drained = [];
      }
    }
  }

  // The step's status and captures: why the iteration ends here, or undefined when it goes on.
  private taken(
    step: JourneyStep,
    answer: Exclude<Answer, { error: string }>,
    captured: Record<string, VarValue>,
  ): { message: string; capture: boolean } | undefined {
    const expected = step.status ? step.status.includes(answer.status) : answer.status >= 200 && answer.status < 300;
    if (!expected) return { message: `unexpected status ${answer.status}`, capture: false };
    const parsed: { json?: unknown } = {};
    for (const c of step.captures) {
      const got = capture(c, answer, parsed);
      if ('error' in got) return { message: got.error, capture: true };
      captured[c.name] = got.value;
      if (got.cut) this.cut.add(c.name);
    }
    return undefined;
  }

  private async send(step: JourneyStep, r: VariedRequest): Promise<Answer> {
    const readsBody = step.captures.some((c) => c.kind === 'json');
    this.requestsInFlight++;
    const t = performance.now();
    try {
      const res = await this.pool.request({ origin: this.origin, path: r.path, method: step.method, headers: r.headers, body: r.body ?? null });
      if (this.encodings) countEncodingOf(res.headers, this.encodings);
      let bytes = 0;
      const chunks: Buffer[] = [];
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (readsBody && bytes <= this.maxBody) chunks.push(chunk);
      }
      return {
        status: res.statusCode,
        bytes,
        latencyMs: performance.now() - t,
        headers: res.headers as CapturedResponse['headers'],
        ...(readsBody && { body: Buffer.concat(chunks).toString('utf8') }),
      };
    } catch (e) {
      const err = e as Error & { code?: string };
      const timedOut = timeoutCodes.has(err.code ?? '');
      return { error: timedOut ? 'request timed out' : (err.code ?? err.message), timedOut };
    } finally {
      this.requestsInFlight--;
    }
  }
}

/** A journey under steady load: virtual users (or an arrival rate of journeys) through the warm-up and the bursts. */
export async function runJourney(ep: EndpointPlan, hooks: LoadHooks = {}, tally: LoadTally = newLoadTally()): Promise<TargetResult> {
  const { load } = ep;
  const recorder = loadRecorder(ep, tally);
  let stopped = false;
  const sink: ResponseSink = {
    response(at, status, bytes, latencyMs, kind) {
      if (stopped) return;
      recorder.response(at, status, bytes, latencyMs, kind);
      hooks.sink?.response(at, status, bytes, latencyMs, kind);
    },
    failure(at, message, timedOut, kind) {
      if (stopped) return;
      recorder.failure(at, message, timedOut, kind);
      hooks.sink?.failure(at, message, timedOut, kind);
    },
    iteration(at, durationMs, failure) {
      if (stopped) return;
      recorder.iteration?.(at, durationMs, failure);
      hooks.sink?.iteration?.(at, durationMs, failure);
    },
  };
  const session = new JourneySession(ep as JourneyEndpoint, sink, hooks.journeys);
  const stop = new AbortController();
  let stoppedAfter: number | undefined;
  hooks.onStart?.();
  const timers = boundaryTimers(load, hooks, recorder, (i) => {
    stoppedAfter = i;
    stop.abort();
  });
  const interrupt = () => stop.abort();
  hooks.signal?.addEventListener('abort', interrupt, { once: true });
  // The load ends on a timer made after the boundaries' (as autocannon's run does): at the last boundary they fire
  // first, so the last burst's end is always read. The phase's own length is only a backstop.
  const endTimer = setTimeout(interrupt, load.warmupMs + load.durationMs);
  const durationMs = load.warmupMs + load.durationMs + 60_000;
  try {
    await session.run(
      load.rate !== undefined
        ? { name: 'steady', durationMs, rate: { from: load.rate, to: load.rate }, measured: true }
        : { name: 'steady', durationMs, connections: load.connections, measured: true },
      stop.signal,
    );
  } finally {
    clearTimeout(endTimer);
    timers.forEach(clearTimeout);
    hooks.signal?.removeEventListener('abort', interrupt);
  }
  tally.inFlight = session.inFlight;
  if (session.encodings) addEncodings(tally, session.encodings);
  tally.notes = [...new Set([...(tally.notes ?? []), ...session.notes()])];
  const at = session.now();
  stopped = true;
  const result = recorder.finish(at, hooks.signal?.aborted ?? false, stoppedAfter);
  await session.close();
  return result;
}
