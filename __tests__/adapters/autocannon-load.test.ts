// Real load over loopback against the example app started as a real process.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import type { EndpointPlan } from '../../src/core/budget/plan.js';
import { autocannonLoad } from '../../src/adapters/load/autocannon-load.js';
import { freePort, startExampleApp } from '../helpers/processes.js';

function endpoint(baseUrl: string, yaml: string): EndpointPlan {
  const plan = parseBudget(
    `app: { baseUrl: '${baseUrl}' }\nload: { duration: 1s, warmup: 200ms, samples: 4, connections: 4 }\nendpoints:\n  - ${yaml}\n`,
    'b.yml',
    '/',
  );
  return plan.endpoints[0]!;
}

describe('autocannonLoad', () => {
  let app: Awaited<ReturnType<typeof startExampleApp>>;
  beforeAll(async () => {
    app = await startExampleApp({ EXAMPLE_FAIL_EVERY: '4' });
  });
  afterAll(() => app.stop());

  it('splits the measured time into bursts with sub-millisecond latencies', async () => {
    const bursts: number[] = [];
    const result = await autocannonLoad.run(endpoint(app.url, '{ name: ping, url: /api/ping }'), { onBurst: (_b, i) => bursts.push(i) });
    expect(bursts).toEqual([0, 1, 2, 3]);
    expect(result.status).toBe('ok');
    const d = result.endpoint!;
    expect(d.bursts).toHaveLength(4);
    expect(d.bursts.map((b) => b.startMs)).toEqual([0, 250, 500, 750]);
    // A 250 ms burst of a busy machine can get no answer (a fresh-clone CI run had one): most do.
    const answered = d.bursts.filter((b) => b.requests > 0);
    expect(answered.length).toBeGreaterThanOrEqual(3);
    for (const b of d.bursts) expect(b.rps).toBe(b.requests / 0.25);
    const m = result.metrics;
    expect(m.requests!.value).toBe(d.bursts.reduce((s, b) => s + b.requests, 0));
    expect(m.rps!.value).toBe(m.requests!.value! / 1);
    expect(m.p95!.samples).toHaveLength(answered.length);
    expect(m.p50!.value!).toBeLessThanOrEqual(m.p95!.value!);
    expect(m.p95!.value!).toBeLessThanOrEqual(m.p99!.value!);
    expect(m.p99!.value!).toBeLessThanOrEqual(m.max!.value!);
    // Microsecond resolution: a fast loopback endpoint has fractional-millisecond percentiles.
    expect(Number.isInteger(m.p50!.value)).toBe(false);
    expect(m.errors!.value).toBe(0);
    expect(m['error-rate']!.value).toBe(0);
    expect(d.statusCodes).toEqual({ '200': expect.any(Number) });
    expect(d.sent).toBe(d.statusCodes['200']);
  });

  it('counts unexpected statuses as errors and non-2xx, and keeps their latency out', async () => {
    const result = await autocannonLoad.run(endpoint(app.url, '{ name: orders, url: /api/orders, method: POST, status: 201 }'));
    const m = result.metrics;
    const codes = result.endpoint!.statusCodes;
    expect(Object.keys(codes).sort()).toEqual(['201', '500']);
    expect(m.errors!.value).toBe(codes['500']);
    expect(m.non2xx!.value).toBe(codes['500']);
    expect(m.requests!.value).toBe(codes['201']);
    // Every 4th order fails.
    expect(m['error-rate']!.value).toBeGreaterThan(20);
    expect(m['error-rate']!.value).toBeLessThan(30);
    expect(result.endpoint!.errorKinds).toEqual([{ kind: 'unexpected status 500', count: codes['500'] }]);
  });

  it('records connection errors when nothing listens', async () => {
    const port = await freePort();
    const result = await autocannonLoad.run(endpoint(`http://127.0.0.1:${port}`, '{ name: gone, url: /x, load: { duration: 400ms, warmup: 0s, samples: 2 } }'));
    expect(result.metrics.requests!.value).toBe(0);
    expect(result.metrics.errors!.value).toBeGreaterThan(0);
    expect(result.metrics['error-rate']!.value).toBe(100);
    expect(result.metrics.p95!.value).toBeNull();
    expect(result.endpoint!.errorKinds.map((k) => k.kind)).toContain('ECONNREFUSED');
  });

  it('holds a fixed request rate', async () => {
    const result = await autocannonLoad.run(endpoint(app.url, '{ name: paced, url: /api/ping, load: { rate: 40, duration: 2s, samples: 2, warmup: 0s } }'));
    // 40 req/s over 2 s, sent in one batch a second by autocannon, whose second ticks need not line up with the
    // measurement's edges: two or three batches, never the thousands an unpaced loop would send.
    expect(result.metrics.requests!.value).toBeGreaterThanOrEqual(60);
    expect(result.metrics.requests!.value).toBeLessThanOrEqual(130);
  });

  it('stops early when aborted and keeps the bursts measured so far', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort('SIGTERM'), 700);
    const result = await autocannonLoad.run(endpoint(app.url, '{ name: long, url: /api/ping, load: { duration: 20s, samples: 20, warmup: 200ms } }'), {
      signal: controller.signal,
    });
    expect(result.endpoint!.bursts.length).toBeGreaterThanOrEqual(1);
    expect(result.endpoint!.bursts.length).toBeLessThan(20);
    expect(result.metrics.requests!.value).toBeGreaterThan(0);
  });
});
