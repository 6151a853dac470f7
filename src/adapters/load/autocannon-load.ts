// The load generator perf-gate ships: autocannon in this process, closed loop or at a fixed rate, each response
// timed to the microsecond by autocannon's 'response' event and handed to the core's recorder. Its clients are
// driven as autocannon-clients.ts says, so servers that close connections are measured right.
import autocannon from 'autocannon';
import { clientDriving, type WrittenRequest } from './autocannon-clients.js';
import { loadDefaults } from '../../core/budget/defaults.js';
import { performance } from 'node:perf_hooks';
import type { EndpointPlan } from '../../core/budget/plan.js';
import type { LoadGenerator, LoadHooks } from '../../core/load/load-generator.js';
import { loadRecorder, newLoadTally, type LoadTally } from '../../core/load/load-metrics.js';
import { boundaryTimers } from './burst-boundaries.js';
import { addEncodings, watchesEncoding } from './response-encodings.js';
import type { TargetResult } from '../../core/report/report.js';
import { requestSource, type VariedRequest } from '../../core/workload/request-source.js';

// Every request sent is answered or failed by then: autocannon checks its stop flag on this interval.
const stopCheckMs = 50;

async function run(ep: EndpointPlan, hooks: LoadHooks = {}, tally: LoadTally = newLoadTally()): Promise<TargetResult> {
  const { load } = ep;
  const recorder = loadRecorder(ep, tally);
  const watchEncoding = watchesEncoding(ep);
  const driving = clientDriving(load.maxBody ?? loadDefaults.maxBodyBytes, requestsOf(ep, hooks.requests), watchEncoding);

  let finish: (err?: unknown) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    finish = (err) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve());
  });
  const instance = autocannon(optionsOf(ep, driving.setupClient), (err) => finish(err));
  const t0 = performance.now();
  const now = () => performance.now() - t0;
  hooks.onStart?.();
  // What is answered after the stop (autocannon notices it within stopCheckMs) is not part of any burst.
  let stopped = false;
  const { kinds } = driving;
  instance.on('response', (_client, status, bytes, latencyMs) => {
    if (stopped) return;
    const body = kinds.bodyBytes ?? bytes;
    recorder.response(now(), status, body, latencyMs, kinds.answered);
    hooks.sink?.response(now(), status, body, latencyMs, kinds.answered);
  });
  instance.on('reqError', (err: Error & { code?: string }) => {
    if (stopped) return;
    const timedOut = err.message === 'request timed out';
    recorder.failure(now(), err.code ?? err.message, timedOut, kinds.failed);
    hooks.sink?.failure(now(), err.code ?? err.message, timedOut, kinds.failed);
  });

  // A burst is complete once the clock passes its end; report it then, while the load goes on. Made before the
  // end timer: at the last boundary they fire first.
  let stoppedAfter: number | undefined;
  const timers = boundaryTimers(load, hooks, recorder, (i) => {
    stoppedAfter = i;
    stop();
  });
  const stop = () => {
    if (!stopped) tally.inFlight = driving.inFlight();
    stopped = true;
    timers.forEach(clearTimeout);
    instance.stop();
  };
  const endTimer = setTimeout(stop, load.warmupMs + load.durationMs);
  hooks.signal?.addEventListener('abort', stop, { once: true });
  try {
    await done;
  } finally {
    clearTimeout(endTimer);
    timers.forEach(clearTimeout);
    hooks.signal?.removeEventListener('abort', stop);
  }
  const { closes, responses } = driving.serverCloses();
  tally.serverCloses.closes += closes;
  tally.serverCloses.responses += responses;
  if (watchEncoding) addEncodings(tally, driving.encodings());
  return recorder.finish(now(), hooks.signal?.aborted ?? false, stoppedAfter);
}

export const autocannonLoad: LoadGenerator = { run };

function optionsOf(ep: EndpointPlan, setupClient: autocannon.Options['setupClient']): autocannon.Options {
  const { load } = ep;
  return {
    // With vars the requests are written by requestBytes: the url gives autocannon its origin.
    url: ep.request || ep.mix ? new URL(ep.url).origin : ep.url,
    method: ep.method as autocannon.Request['method'],
    headers: ep.headers,
    ...(ep.body !== undefined && { body: ep.body }),
    connections: load.connections,
    // perf-gate stops the run itself at the exact end of the last burst; this is only a backstop.
    duration: (load.warmupMs + load.durationMs) / 1000 + 5,
    timeout: Math.max(1, Math.ceil(load.timeoutMs / 1000)),
    ...(load.rate !== undefined && { overallRate: load.rate }),
    sampleInt: stopCheckMs,
    setupClient,
  } as autocannon.Options;
}

// What each client writes: the drawn requests of an endpoint with vars or of a mix, else one request's bytes written
// once (and not rebuilt a request, as autocannon's iterator does: a deep copy of its context each time).
function requestsOf(ep: EndpointPlan, given: (() => VariedRequest) | undefined): () => WrittenRequest {
  const next = given ?? requestSource(ep);
  if (next) return requestBytes(ep, next);
  const url = new URL(ep.url);
  const fixed = requestBytes(ep, () => ({ path: url.pathname + url.search, headers: ep.headers, ...(ep.body !== undefined && { body: ep.body }) }))();
  return () => fixed;
}

// Each drawn request as the bytes autocannon would write for it (its request builder: the request line, Host, keep-alive,
// the headers, Content-Length with a body).
function requestBytes(ep: EndpointPlan, next: () => VariedRequest): () => WrittenRequest {
  // The headers' names are the templates', the same for every request of a kind.
  const hostLine = (names: string[]) => (names.some((k) => k.toLowerCase() === 'host') ? '' : `Host: ${new URL(ep.url).host}\r\n`);
  const hosts = ep.mix ? ep.mix.parts.map((p) => hostLine(Object.keys(p.request.headers))) : [hostLine(Object.keys(ep.request?.headers ?? ep.headers))];
  return () => {
    const r = next();
    let head = `${r.method ?? ep.method} ${r.path} HTTP/1.1\r\n${hosts[r.kind ?? 0]}Connection: keep-alive\r\n`;
    for (const k in r.headers) head += `${k}: ${r.headers[k]}\r\n`;
    const body = r.body ? Buffer.from(r.body) : undefined;
    if (body) head += `Content-Length: ${body.length}\r\n`;
    head += '\r\n';
    const requestBuffer = body ? Buffer.concat([Buffer.from(head), body]) : Buffer.from(head);
    return r.kind === undefined ? { requestBuffer } : { requestBuffer, kind: r.kind };
  };
}
