// The load generator's own latency: a responder inside perf-gate that answers at once, loaded as an endpoint is (one
// connection). A Node client takes about a tenth of a millisecond a request; an endpoint whose p95 is near that says
// as much of the client as of the app, and the report says so.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clientFloorDefaults as floor } from '../../core/budget/defaults.js';
import type { EndpointPlan } from '../../core/budget/plan.js';
import type { LoadGenerator } from '../../core/load/load-generator.js';
import type { ClientFloor } from '../../core/report/report.js';

export async function measureClientFloor(load: LoadGenerator, signal?: AbortSignal): Promise<ClientFloor | undefined> {
  const server = createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const ep: EndpointPlan = {
      kind: 'endpoint',
      name: 'client floor',
      url: `http://127.0.0.1:${port}/`,
      method: 'GET',
      headers: {},
      load: {
        durationMs: floor.durationMs,
        warmupMs: floor.warmupMs,
        connections: 1,
        samples: 1,
        minSamples: 1,
        timeoutMs: 5_000,
        profile: { kind: 'steady' },
      },
      thresholds: [],
      relative: [],
    };
    const result = await load.run(ep, signal ? { signal } : {});
    const p50 = result.metrics.p50?.value;
    const p95 = result.metrics.p95?.value;
    return typeof p50 === 'number' && typeof p95 === 'number' ? { p50Ms: p50, p95Ms: p95 } : undefined;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
