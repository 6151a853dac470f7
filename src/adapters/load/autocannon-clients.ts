// How perf-gate drives each of autocannon 9's clients (its `setupClient` hook), so that servers that close
// connections are measured as wrk and undici measure them:
// - autocannon writes the next request as soon as a response ends, even when the response said
//   `Connection: close` (gunicorn's sync workers on every response, nginx after keepalive_requests, Apache after
//   MaxKeepAliveRequests, any HTTP/1.0 server). That request dies with the socket, stays queued, and the next
//   answer on the new connection is timed from its start: latencies pile up and resets count as errors
//   (a 30 ms Django view read p50 700 ms and hundreds of ECONNRESET; driven as here, 30 ms and none). A client
//   told `Connection: close` closes the socket and sends its next request on a new connection; so does this.
// - a response whose body runs to the close (HTTP/1.0 without a length) is completed by the close;
// - requests a connection was carrying when the server closed it unasked are failures, counted once;
// - autocannon keeps every body as a string for its body checks, which perf-gate does not use: bodies are only
//   counted, and one past `maxBodyBytes` is cut and counted, so a 200 MB stream cannot fill this process.
// Keep-alive servers take the same path as before: one listener and one flag test per response.
import { formatValue } from '../../core/units.js';
import { countEncoding } from './response-encodings.js';

/** The parts of autocannon's client (lib/httpClient.js, pinned to 9.0.x in package.json) this relies on. */
interface AutocannonClient {
  parser: { state: string; type: string; finish(): void; initialize(type: string): void };
  requestIterator: { currentRequest: WrittenRequest; resetted: boolean; nextRequest(): unknown; recordBody(request: WrittenRequest | undefined): void };
  pipelinedRequests: { size(): number; clear(): void; addBody(data: Buffer): void };
  conn?: { pause(): void };
  destroyed: boolean;
  _connect(): void;
  _doRequest(...args: unknown[]): void;
  _resetConnection(): void;
  on(event: 'headers', listener: (info: { shouldKeepAlive: boolean; headers: string[] }) => void): void;
  on(event: 'body', listener: (chunk: Buffer) => void): void;
  on(event: 'connError' | 'timeout', listener: () => void): void;
  emit(event: 'connError', error: Error): boolean;
}

/** A request as a client writes it; `kind`: which of a mix's kinds of request it is. */
export interface WrittenRequest {
  requestBuffer: Buffer;
  kind?: number;
}

export interface ClientDriving {
  /** The option to give autocannon. */
  setupClient(client: unknown): void;
  /** The kind of the request whose response or failure autocannon is reporting now (its events are synchronous), and
   * that response's body bytes (autocannon's own count is the socket's bytes, headers included). */
  readonly kinds: { answered?: number; failed?: number; bodyBytes?: number };
  /** Requests sent and not yet answered or failed, over every client. */
  inFlight(): number;
  /** Connections the server closed after a response (Connection: close or HTTP/1.0), of all responses read. */
  serverCloses(): { closes: number; responses: number };
  /** Responses by their Content-Encoding ('identity' without one), when asked to watch it. */
  encodings(): Record<string, number>;
}

export const closedEarlyMessage = 'the server closed the connection before answering';
export const bodyCutMessage = (maxBodyBytes: number) => `response body over ${formatValue(maxBodyBytes, 'bytes')}: cut`;

/**
 * `nextRequest`: each request's bytes, written by perf-gate in place of autocannon's request iterator: its
 * per-request rebuild for varied requests (setupRequest) cost a quarter to two fifths of the rate, and even a fixed
 * request deep-copies the iterator's context each time.
 */
export function clientDriving(maxBodyBytes: number, nextRequest?: () => WrittenRequest, watchEncoding = false): ClientDriving {
  const clients: AutocannonClient[] = [];
  const seen = { closes: 0, responses: 0 };
  const kinds: ClientDriving['kinds'] = {};
  const encodings: Record<string, number> = {};
  return {
    kinds,
    setupClient(raw) {
      const client = raw as AutocannonClient;
      clients.push(client);
      // The body's bytes as the parser hands them over (autocannon keeps nothing of them: bodies are only counted).
      let bodyBytes = 0;
      client.on('headers', () => (bodyBytes = 0));
      client.pipelinedRequests.addBody = (data) => void (bodyBytes += data.length);
      if (nextRequest) drawRequests(client, nextRequest, kinds, () => bodyBytes);
      client.on('headers', () => seen.responses++);
      if (watchEncoding) client.on('headers', (info) => countEncoding(info.headers, encodings));
      drive(client, maxBodyBytes, () => seen.closes++);
    },
    encodings: () => ({ ...encodings }),
    inFlight: () => clients.reduce((n, c) => n + (c.destroyed ? 0 : c.pipelinedRequests.size()), 0),
    serverCloses: () => ({ ...seen }),
  };
}

// Registered before autocannon's own listeners (setupClient runs in the client's constructor), so the kind is set
// before autocannon reports the response or the failure. One request in flight a connection: a failure is the last one's.
function drawRequests(client: AutocannonClient, nextRequest: () => WrittenRequest, kinds: ClientDriving['kinds'], bodyBytes: () => number): void {
  const iterator = client.requestIterator;
  iterator.currentRequest = nextRequest();
  iterator.nextRequest = () => {
    iterator.resetted = false;
    iterator.currentRequest = nextRequest();
    return iterator.currentRequest;
  };
  iterator.recordBody = (request) => {
    kinds.answered = request?.kind;
    kinds.bodyBytes = bodyBytes();
  };
  const failed = () => (kinds.failed = iterator.currentRequest.kind);
  client.on('connError', failed);
  client.on('timeout', failed);
}

function drive(client: AutocannonClient, maxBodyBytes: number, onServerClose: () => void): void {
  const doRequest = client._doRequest;
  const connect = client._connect;
  let closing = false; // the response being read said the server closes this connection
  let connecting = false;
  let failureCounted = false; // autocannon already counted this connection's error
  let bodyBytes = 0;
  let cut = false;

  client.on('headers', (info) => {
    closing = !info.shouldKeepAlive;
    bodyBytes = 0;
  });
  client.on('connError', () => (failureCounted = true));
  client.on('body', (chunk) => {
    bodyBytes += chunk.length;
    if (cut || bodyBytes <= maxBodyBytes) return;
    cut = true;
    client.conn?.pause();
    client.emit('connError', new Error(bodyCutMessage(maxBodyBytes)));
    // Out of the parser's callback: the reset re-initializes the parser that is calling us.
    setImmediate(() => {
      if (!client.destroyed) client._resetConnection();
    });
  });

  client._doRequest = function (...args) {
    if (!closing) return doRequest.apply(this, args);
    // The server said it closes this connection: close it and send on a new one (not while already reconnecting).
    if (!connecting) {
      onServerClose();
      this._resetConnection();
    }
  };

  client._connect = function () {
    connecting = true;
    try {
      // A body that runs to the close (no length given) is complete now.
      if (this.conn && !cut && this.parser.state === 'BODY_RAW') this.parser.finish();
      const lost = this.pipelinedRequests.size();
      this.pipelinedRequests.clear();
      if (lost > 0 && !failureCounted && !this.destroyed) this.emit('connError', new Error(closedEarlyMessage));
      failureCounted = false;
      closing = false;
      cut = false;
      bodyBytes = 0;
      this.parser.initialize(this.parser.type);
    } finally {
      connecting = false;
    }
    connect.call(this);
  };
}
