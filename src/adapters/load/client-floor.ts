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
import { machineCpu } from '../app/app-usage.js';
import { othersShare, type SpeedWindow } from '../../core/verdict/runner-speed.js';

export async function measureClientFloor(load: LoadGenerator, signal?: AbortSignal): Promise<ClientFloor | undefined> {
  const result = await loadResponder(load, { durationMs: floor.durationMs, warmupMs: floor.warmupMs }, signal);
  const p50 = result.metrics.p50?.value;
  const p95 = result.metrics.p95?.value;
  return typeof p50 === 'number' && typeof p95 === 'number' ? { p50Ms: p50, p95Ms: p95 } : undefined;
}

/**
 * Requests a second the responder answered in one short window, and the share of the runner's CPU that processes
 * other than perf-gate and the app took meanwhile (the app is idle between targets); undefined when it answered none.
 */
export async function probeRunnerSpeed(
  load: LoadGenerator,
  opts: { signal?: AbortSignal | undefined; appCpuMs?: () => number | undefined } = {},
): Promise<SpeedWindow | undefined> {
  const cpu = () => ({ machine: machineCpu(), selfMs: selfCpuMs(), appMs: opts.appCpuMs?.() });
  const before = cpu();
  const result = await loadResponder(load, { durationMs: speed.durationMs, warmupMs: speed.warmupMs }, opts.signal);
  const after = cpu();
  const rps = result.metrics.rps?.value;
  if (typeof rps !== 'number' || rps <= 0) return undefined;
  const busy =
    before.machine && after.machine
      ? othersShare(before.machine, after.machine, after.selfMs - before.selfMs + (after.appMs ?? 0) - (before.appMs ?? 0))
      : undefined;
  return { rps, ...(busy !== undefined && { busy }) };
}

// perf-gate's own CPU time, its worker threads included.
function selfCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
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
