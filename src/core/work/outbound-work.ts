// The app's outbound HTTP calls behind each request, from snapshots of the running totals perf-gate's hooks keep in
// each Node and Python process of the app (a call counted when it starts, its wait until the response's headers or
// an error, a call still waiting counted up to the snapshot): calls and wait per answered request, burst by burst,
// and which host was called. A model API that lost its cache reads 0 → 1 call a request on any machine. Pure.
import type { MetricResult, OutboundRow } from '../report/report.js';

/** One called host:port's running totals: calls, ms waited, and the calls per request line (`POST /v1/recommend`). */
export interface HostCalls {
  calls: number;
  ms: number;
  requests: ReadonlyMap<string, number>;
}

/** Every process's totals summed, by host:port; `processes`: how many processes have the hook (0: none of the app's). */
export interface OutboundSnapshot {
  processes: number;
  hosts: ReadonlyMap<string, HostCalls>;
}

/** One burst: the snapshots at its start and end, and the requests it answered. */
export interface OutboundSpan {
  start: OutboundSnapshot | undefined;
  end: OutboundSnapshot | undefined;
  requests: number;
}

type Delta = { host: string; calls: number; ms: number; requests: Map<string, number> };

/** What each host got between two snapshots (a process that ended keeps its last totals, so they only grow). */
export function outboundDelta(before: OutboundSnapshot, after: OutboundSnapshot): Delta[] {
  const out: Delta[] = [];
  for (const [host, a] of after.hosts) {
    const b = before.hosts.get(host);
    const requests = new Map<string, number>();
    for (const [line, n] of a.requests) {
      const d = n - (b?.requests.get(line) ?? 0);
      if (d > 0) requests.set(line, d);
    }
    const calls = a.calls - (b?.calls ?? 0);
    const ms = a.ms - (b?.ms ?? 0);
    if (calls > 0 || ms > 0) out.push({ host, calls: Math.max(0, calls), ms: Math.max(0, ms), requests });
  }
  return out;
}

const measured = (s: OutboundSpan): s is { start: OutboundSnapshot; end: OutboundSnapshot; requests: number } =>
  s.start !== undefined && s.end !== undefined && s.end.processes > 0 && s.requests > 0;

/** `outbound-calls-per-request` and `outbound-ms-per-request`: one sample a burst, pooled over all. None when no
 * process of the app had the hook (another runtime): 0 would claim calls were watched. */
export function outboundMetrics(spans: readonly OutboundSpan[]): Record<string, MetricResult> {
  const per = { calls: [] as number[], ms: [] as number[] };
  const sum = { calls: 0, ms: 0, requests: 0 };
  for (const s of spans.filter(measured)) {
    const ds = outboundDelta(s.start, s.end);
    const calls = ds.reduce((t, d) => t + d.calls, 0);
    const ms = ds.reduce((t, d) => t + d.ms, 0);
    per.calls.push(calls / s.requests);
    per.ms.push(ms / s.requests);
    sum.calls += calls;
    sum.ms += ms;
    sum.requests += s.requests;
  }
  if (sum.requests === 0) return {};
  return {
    'outbound-calls-per-request': { value: sum.calls / sum.requests, unit: 'count', samples: per.calls },
    'outbound-ms-per-request': { value: sum.ms / sum.requests, unit: 'ms', samples: per.ms },
  };
}

const tableSize = 10;

/** The hosts called behind an endpoint's measured time, the most called first, each with its commonest request line. */
export function outboundTable(spans: readonly OutboundSpan[]): OutboundRow[] {
  const byHost = new Map<string, Delta>();
  let requests = 0;
  for (const s of spans.filter(measured)) {
    requests += s.requests;
    for (const d of outboundDelta(s.start, s.end)) {
      const t = byHost.get(d.host) ?? { host: d.host, calls: 0, ms: 0, requests: new Map<string, number>() };
      t.calls += d.calls;
      t.ms += d.ms;
      for (const [line, n] of d.requests) t.requests.set(line, (t.requests.get(line) ?? 0) + n);
      byHost.set(d.host, t);
    }
  }
  if (requests === 0) return [];
  return [...byHost.values()]
    .sort((a, b) => b.calls - a.calls || b.ms - a.ms)
    .slice(0, tableSize)
    .map((d) => {
      const line = [...d.requests].sort((a, b) => b[1] - a[1])[0]?.[0];
      return { host: d.host, ...(line !== undefined && { request: line }), callsPerRequest: d.calls / requests, msPerRequest: d.ms / requests };
    });
}
