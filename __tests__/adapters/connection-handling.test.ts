// The steady load against servers that treat connections the ways real servers do: closing after every response
// (gunicorn's sync workers), after N requests (nginx's keepalive_requests), answering HTTP/1.0 with a body that
// runs to the close, closing mid-response, never answering, and streaming a body without end. A raw TCP server on
// loopback plays each, so every byte on the wire is the test's.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import type { EndpointPlan } from '../../src/core/budget/plan.js';
import { autocannonLoad } from '../../src/adapters/load/autocannon-load.js';
import { evaluateChecks } from '../../src/core/verdict/checks.js';
import { bodyCutMessage, closedEarlyMessage } from '../../src/adapters/load/autocannon-clients.js';
import { endpointNotes } from '../../src/core/render/render-shared.js';

const body = '{"ok":true}';
const ok = (extra: string, payload = body) =>
  `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${payload.length}\r\n${extra}\r\n${payload}`;

/** Answers each request on a connection as `behaviour` says, given the request's path and its number on the connection. */
function rawServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let buffered = '';
    let served = 0;
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      let end: number;
      while ((end = buffered.indexOf('\r\n\r\n')) >= 0) {
        const head = buffered.slice(0, end);
        buffered = buffered.slice(end + 4);
        served++;
        answer(socket, head.split(' ')[1] ?? '/', served);
      }
    });
  });
  const answer = (socket: net.Socket, path: string, n: number) => {
    switch (path) {
      case '/close': // gunicorn sync: every response closes its connection
        socket.end(ok('Connection: close\r\n'));
        return;
      case '/every-20': // nginx's keepalive_requests, smaller
        if (n % 20 === 0) socket.end(ok('Connection: close\r\n'));
        else socket.write(ok(''));
        return;
      case '/http10': // HTTP/1.0, no length: the body ends with the connection
        socket.end(`HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n${body}`);
        return;
      case '/mid-close': // dies halfway through a response
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial');
        socket.destroy();
        return;
      case '/hang':
        return;
      case '/endless': {
        // Streams a chunked body for as long as the client reads it.
        socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n');
        const chunk = Buffer.alloc(64 * 1024, 'x');
        const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
        const pump = () => {
          while (!socket.destroyed && socket.write(frame));
        };
        socket.on('drain', pump);
        pump();
        return;
      }
      default:
        socket.write(ok(''));
    }
  };
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

function endpoint(baseUrl: string, yaml: string): EndpointPlan {
  return parseBudget(
    `app: { baseUrl: '${baseUrl}' }\nload: { duration: 1s, warmup: 200ms, samples: 2, connections: 4 }\nendpoints:\n  - ${yaml}\n`,
    'b.yml',
    '/',
  ).endpoints[0]!;
}

const answered = (codes: Record<string, number>) => Object.values(codes).reduce((n, c) => n + c, 0);

describe('steady load and how servers treat connections', () => {
  let server: Awaited<ReturnType<typeof rawServer>>;
  beforeAll(async () => {
    server = await rawServer();
  });
  afterAll(() => server.close());

  it('sends the next request on a new connection when a response says Connection: close', async () => {
    const result = await autocannonLoad.run(endpoint(server.url, '{ name: close, url: /close }'));
    const d = result.endpoint!;
    expect(result.metrics.errors!.value).toBe(0);
    expect(result.metrics.requests!.value).toBeGreaterThan(20);
    expect(d.sent).toBe(answered(d.statusCodes));
    // Every answer closed its connection, and the report says so.
    expect(d.serverCloses!.closes).toBe(d.serverCloses!.responses);
    expect(endpointNotes([result]).join('\n')).toMatch(/closed the connection after every response \(Connection: close\)/);
  });

  it('takes a close after every Nth response (nginx keepalive_requests) in its stride', async () => {
    const result = await autocannonLoad.run(endpoint(server.url, '{ name: every, url: /every-20 }'));
    expect(result.metrics.errors!.value).toBe(0);
    expect(result.metrics.requests!.value).toBeGreaterThan(100);
    expect(endpointNotes([result]).join('\n')).toMatch(/1 in 20 responses/);
  });

  it('reads an HTTP/1.0 body that runs to the close as a whole response', async () => {
    const result = await autocannonLoad.run(endpoint(server.url, '{ name: old, url: /http10 }'));
    expect(result.metrics.errors!.value).toBe(0);
    expect(result.metrics.requests!.value).toBeGreaterThan(20);
    expect(result.metrics.throughput!.value).toBeGreaterThan(0);
  });

  it('counts a connection closed halfway through a response as a failed request, once', async () => {
    const result = await autocannonLoad.run(endpoint(server.url, '{ name: broken, url: /mid-close }'));
    const d = result.endpoint!;
    expect(result.metrics.requests!.value).toBe(0);
    expect(result.metrics['error-rate']!.value).toBe(100);
    const kinds = d.errorKinds.map((k) => k.kind);
    expect(kinds.some((k) => k === closedEarlyMessage || k === 'ECONNRESET')).toBe(true);
    expect(d.errorKinds.reduce((n, k) => n + k.count, 0)).toBe(result.metrics.errors!.value);
  });

  it('fails an endpoint that answers nothing in its window, whatever its thresholds, and counts what still waits', async () => {
    const ep = endpoint(server.url, "{ name: stuck, url: /hang, thresholds: ['p95 < 10s'] }");
    const result = await autocannonLoad.run(ep);
    expect(result.endpoint!.inFlight).toBe(4);
    const checks = evaluateChecks({ endpoints: [ep], pages: [] }, [result]);
    const hang = checks.find((c) => c.metric === 'answered');
    expect(hang).toMatchObject({ outcome: 'fail', origin: 'default' });
    expect(hang!.message).toBe('stuck: hang: no request answered in 1 s; 4 still waiting');
  });

  it('counts a request unanswered past its timeout as a timeout', async () => {
    const result = await autocannonLoad.run(endpoint(server.url, '{ name: slow, url: /hang, load: { timeout: 1s, duration: 2s, warmup: 0s } }'));
    expect(result.metrics.timeouts!.value).toBeGreaterThan(0);
    expect(result.endpoint!.errorKinds[0]!.kind).toBe('request timed out');
  });

  it('cuts a body past load.maxBody, counts it, and keeps reading the next responses', async () => {
    const result = await autocannonLoad.run(endpoint(server.url, '{ name: endless, url: /endless, load: { maxBody: 256KB } }'));
    const kinds = result.endpoint!.errorKinds;
    expect(kinds[0]).toEqual({ kind: bodyCutMessage(256 * 1024), count: expect.any(Number) });
    // Each connection was cut and opened again, more than once.
    expect(kinds[0]!.count).toBeGreaterThan(4);
  });
});
