// A responder inside perf-gate that answers at once, loaded as an endpoint is (one connection). What it measures is
// the load generator and the runner, nothing of the app: the load generator's own latency (a Node client takes
// about a tenth of a millisecond a request; an endpoint whose p95 is near that says as much of the client as of the
// app, and the report says so), and the runner's speed between targets (runner-speed.ts).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clientFloorDefaults as floor, runnerSpeedDefaults as speed } from '../../core/budget/defaults.js';
import type { EndpointPlan } from '../../core/budget/plan.js';
import type { LoadGenerator } from '../../core/load/load-generator.js';
import type { ClientFloor, TargetResult } from '../../core/report/report.js';

export async function measureClientFloor(load: LoadGenerator, signal?: AbortSignal): Promise<ClientFloor | undefined> {
  const result = await loadResponder(load, { durationMs: floor.durationMs, warmupMs: floor.warmupMs }, signal);
  const p50 = result.metrics.p50?.value;
  const p95 = result.metrics.p95?.value;
  return typeof p50 === 'number' && typeof p95 === 'number' ? { p50Ms: p50, p95Ms: p95 } : undefined;
}

/** Requests a second the responder answered in one short window; undefined when it answered none. */
export async function probeRunnerSpeed(load: LoadGenerator, signal?: AbortSignal): Promise<number | undefined> {
  const result = await loadResponder(load, { durationMs: speed.durationMs, warmupMs: speed.warmupMs }, signal);
  const rps = result.metrics.rps?.value;
  return typeof rps === 'number' && rps > 0 ? rps : undefined;
}

async function loadResponder(load: LoadGenerator, window: { durationMs: number; warmupMs: number }, signal?: AbortSignal): Promise<TargetResult> {
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
      load: { ...window, connections: 1, samples: 1, minSamples: 1, timeoutMs: 5_000, profile: { kind: 'steady' } },
      thresholds: [],
      relative: [],
    };
    return await load.run(ep, signal ? { signal } : {});
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
