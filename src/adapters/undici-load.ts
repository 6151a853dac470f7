// Shaped load (stages, capacity probes, spikes, soaks) from undici's connection pool (Node's own HTTP client,
// already in the bundle through @actions/http-client). At an arrival rate requests leave when the schedule says,
// whatever the answers do (open loop: a slow app cannot slow the client down and hide its queue, as autocannon's
// per-second pacing would); a connections phase is a closed loop. A latency runs from the moment the request is
// handed to the pool, so waiting for a free connection counts and the timer's own lateness does not.
import { performance } from 'node:perf_hooks';
import { Pool, type Dispatcher } from 'undici';
import type { LoadSession, PhaseOutcome, ResponseSink } from '../core/load-generator.js';
import { arrivalOffset, arrivalsIn, type LoadPhase } from '../core/load-shape.js';
import type { EndpointPlan } from '../core/plan.js';
import { connectOptions } from './tls-trust.js';

// An arrival rate opens what connections its queue needs, up to this many (a browser-like client would too).
const maxOpenLoopConnections = 256;
const timeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

export function openUndiciSession(ep: EndpointPlan, sink: ResponseSink): LoadSession {
  const url = new URL(ep.url);
  const timeout = ep.load.timeoutMs;
  const pool = new Pool(url.origin, {
    connections: maxOpenLoopConnections,
    pipelining: 1,
    headersTimeout: timeout,
    bodyTimeout: timeout,
    connectTimeout: timeout,
    // The CA file was read (and checked) by the readiness wait already.
    connect: connectOptions(ep.tls, 'the budget'),
  });
  const request = {
    path: url.pathname + url.search,
    method: ep.method as 'GET',
    headers: ep.headers,
    ...(ep.body !== undefined && { body: ep.body }),
  };
  const t0 = performance.now();
  const now = () => performance.now() - t0;
  let inFlight = 0;
  let closed = false;
  let drained: (() => void)[] = [];

  const settle = (done?: () => void) => {
    inFlight--;
    if (inFlight === 0) {
      for (const resolve of drained) resolve();
      drained = [];
    }
    done?.();
  };

  // One handler object a request (no closures): at 90k req/s what a request allocates shows in the rate.
  class Exchange implements Dispatcher.DispatchHandlers {
    private status = 0;
    private bytes = 0;
    private readonly sentAt = performance.now();
    constructor(private readonly done?: () => void) {}
    onConnect(): void {}
    onHeaders(statusCode: number): boolean {
      this.status = statusCode;
      return true;
    }
    onData(chunk: Buffer): boolean {
      this.bytes += chunk.length;
      return true;
    }
    onComplete(): void {
      if (!closed) sink.response(now(), this.status, this.bytes, performance.now() - this.sentAt);
      settle(this.done);
    }
    onError(err: Error & { code?: string }): void {
      const timedOut = timeoutCodes.has(err.code ?? '');
      if (!closed) sink.failure(now(), timedOut ? 'request timed out' : (err.code ?? err.message), timedOut);
      settle(this.done);
    }
  }
  const options = { ...request, origin: url.origin };

  /** Sends one request; `done` runs once it is answered or failed. */
  const send = (done?: () => void) => {
    inFlight++;
    pool.dispatch(options, new Exchange(done));
  };

  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(finish, Math.max(0, ms));
      function finish() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', finish);
        resolve();
      }
      signal?.addEventListener('abort', finish, { once: true });
    });

  async function openLoop(phase: LoadPhase & { rate: { from: number; to: number } }, signal?: AbortSignal): Promise<PhaseOutcome> {
    const { from, to } = phase.rate;
    const total = arrivalsIn(from, to, phase.durationMs);
    const start = performance.now();
    let k = 0;
    let lagMs = 0;
    while (k < total && !signal?.aborted) {
      const elapsed = performance.now() - start;
      for (let due = arrivalOffset(k, from, to, phase.durationMs); k < total && due <= elapsed; due = arrivalOffset(k, from, to, phase.durationMs)) {
        lagMs = Math.max(lagMs, elapsed - due);
        send();
        k++;
      }
      if (k >= total) break;
      await sleep(arrivalOffset(k, from, to, phase.durationMs) - (performance.now() - start), signal);
    }
    // The phase lasts its time even when its last request leaves early.
    await sleep(phase.durationMs - (performance.now() - start), signal);
    return { sent: k, lagMs };
  }

  async function closedLoop(phase: LoadPhase, signal?: AbortSignal): Promise<PhaseOutcome> {
    const start = performance.now();
    let sent = 0;
    const over = () => signal?.aborted || performance.now() - start >= phase.durationMs;
    // Each connection sends its next request as its last one ends; the phase ends on time, stragglers or not.
    // The next request goes out from the answer's own callback (a turn of the event loop in between cost a fifth
    // of the rate); one that failed at once is put off to the next turn, so a refused connection cannot spin.
    const loop = () => {
      if (over() || closed) return;
      sent++;
      let returned = false;
      send(() => (returned ? loop() : setImmediate(loop)));
      returned = true;
    };
    for (let i = 0; i < (phase.connections ?? 1); i++) loop();
    await sleep(phase.durationMs, signal);
    return { sent, lagMs: 0 };
  }

  return {
    now,
    run: (phase, signal) => (phase.rate ? openLoop({ ...phase, rate: phase.rate }, signal) : closedLoop(phase, signal)),
    drain: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => drained.push(resolve))),
    async close() {
      closed = true;
      await pool.destroy().catch(() => {});
      for (const resolve of drained) resolve();
    },
  };
}
