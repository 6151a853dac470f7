// Shaped load (stages, capacity probes, spikes, soaks) from undici's connection pool (Node's own HTTP client,
// already in the bundle through @actions/http-client). At an arrival rate requests leave when the schedule says,
// whatever the answers do (open loop: a slow app cannot slow the client down and hide its queue, as autocannon's
// per-second pacing would); a connections phase is a closed loop. A latency runs from the moment the request is
// handed to the pool, so waiting for a free connection counts and the timer's own lateness does not.
import { performance } from 'node:perf_hooks';
import { Pool, type Dispatcher } from 'undici';
import type { LoadSession, PhaseOutcome, ResponseSink } from '../../core/load/load-generator.js';
import type { LoadPhase } from '../../core/load/load-shape.js';
import { arrivals, sleep } from './arrivals.js';
import type { EndpointPlan } from '../../core/budget/plan.js';
import { connectOptions } from '../app/tls-trust.js';
import { requestSource, type VariedRequest } from '../../core/workload/request-source.js';
import { countEncoding, watchesEncoding } from './response-encodings.js';

// An arrival rate opens what connections its queue needs, up to this many (a browser-like client would too).
const maxOpenLoopConnections = 256;
const timeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

export function openUndiciSession(ep: EndpointPlan, sink: ResponseSink): LoadSession {
  return new UndiciSession(ep, sink);
}

// One handler object a request (no closures): at 90k req/s what a request allocates shows in the rate.
class Exchange implements Dispatcher.DispatchHandlers {
  private status = 0;
  private bytes = 0;
  private readonly sentAt = performance.now();
  constructor(
    private readonly session: UndiciSession,
    private readonly kind: number | undefined,
    private readonly done?: () => void,
  ) {}
  onConnect(): void {}
  onHeaders(statusCode: number, headers: Buffer[]): boolean {
    this.status = statusCode;
    if (this.session.encodings) countEncoding(headers, this.session.encodings);
    return true;
  }
  onData(chunk: Buffer): boolean {
    this.bytes += chunk.length;
    return true;
  }
  onComplete(): void {
    this.session.answered(this.status, this.bytes, performance.now() - this.sentAt, this.kind);
    this.session.settle(this.done);
  }
  onError(err: Error & { code?: string }): void {
    this.session.failed(err, this.kind);
    this.session.settle(this.done);
  }
}

class UndiciSession implements LoadSession {
  private readonly pool: Pool;
  private readonly options: Dispatcher.DispatchOptions;
  // With vars: each request's path, headers and body, drawn as it leaves.
  private readonly next: (() => VariedRequest) | undefined;
  // A mix's kinds carry their own bodies: none is the endpoint's.
  private readonly mix: boolean;
  private readonly t0 = performance.now();
  private inFlight = 0;
  private closed = false;
  /** Responses by Content-Encoding, when the requests ask for compression. */
  readonly encodings: Record<string, number> | undefined;
  private drained: (() => void)[] = [];

  constructor(
    ep: EndpointPlan,
    private readonly sink: ResponseSink,
  ) {
    const url = new URL(ep.url);
    const timeout = ep.load.timeoutMs;
    this.pool = new Pool(url.origin, {
      connections: maxOpenLoopConnections,
      pipelining: 1,
      headersTimeout: timeout,
      bodyTimeout: timeout,
      connectTimeout: timeout,
      // The CA file was read (and checked) by the readiness wait already.
      connect: connectOptions(ep.tls, 'the budget'),
    });
    this.options = {
      origin: url.origin,
      path: url.pathname + url.search,
      method: ep.method as 'GET',
      headers: ep.headers,
      ...(ep.body !== undefined && { body: ep.body }),
    };
    this.next = requestSource(ep);
    this.mix = ep.mix !== undefined;
    if (watchesEncoding(ep)) this.encodings = {};
  }

  now(): number {
    return performance.now() - this.t0;
  }

  run(phase: LoadPhase, signal?: AbortSignal): Promise<PhaseOutcome> {
    return phase.rate
      ? arrivals(
          { ...phase, rate: phase.rate },
          () => this.send(),
          () => signal?.aborted === true,
          signal,
        )
      : this.closedLoop(phase, signal);
  }

  drain(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => this.drained.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.pool.destroy().catch(() => {});
    for (const resolve of this.drained) resolve();
  }

  answered(status: number, bytes: number, latencyMs: number, kind: number | undefined): void {
    if (!this.closed) this.sink.response(this.now(), status, bytes, latencyMs, kind);
  }

  failed(err: Error & { code?: string }, kind: number | undefined): void {
    const timedOut = timeoutCodes.has(err.code ?? '');
    if (!this.closed) this.sink.failure(this.now(), timedOut ? 'request timed out' : (err.code ?? err.message), timedOut, kind);
  }

  settle(done?: () => void): void {
    this.inFlight--;
    if (this.inFlight === 0) {
      for (const resolve of this.drained) resolve();
      this.drained = [];
    }
    done?.();
  }

  /** Sends one request; `done` runs once it is answered or failed. */
  private send(done?: () => void): void {
    this.inFlight++;
    // A drawn request's options made with one shape (not spread): a pool that queues keeps them as they are.
    const drawn = this.next?.();
    const { origin, method, body } = this.options;
    const options = drawn
      ? { origin, method: (drawn.method ?? method) as 'GET', path: drawn.path, headers: drawn.headers, body: drawn.body ?? (this.mix ? undefined : body) }
      : this.options;
    this.pool.dispatch(options, new Exchange(this, drawn?.kind, done));
  }

  private async closedLoop(phase: LoadPhase, signal?: AbortSignal): Promise<PhaseOutcome> {
    const start = performance.now();
    let sent = 0;
    const over = () => signal?.aborted || performance.now() - start >= phase.durationMs;
    // Each connection sends its next request as its last one ends; the phase ends on time, stragglers or not.
    // The next request goes out from the answer's own callback (a turn of the event loop in between cost a fifth
    // of the rate); one that failed at once is put off to the next turn, so a refused connection cannot spin.
    const loop = () => {
      if (over() || this.closed) return;
      sent++;
      let returned = false;
      this.send(() => (returned ? loop() : setImmediate(loop)));
      returned = true;
    };
    for (let i = 0; i < (phase.connections ?? 1); i++) loop();
    await sleep(phase.durationMs, signal);
    return { sent, lagMs: 0 };
  }
}
