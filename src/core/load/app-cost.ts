// The app's own cost while it is loaded: CPU time per answered request and resident memory. perf-gate owns the
// app's processes, so it can read what they spent; CPU time per request moves with the work a request takes
// even where latency is mostly waiting for a CPU (beside a busy neighbour p95 hides a CPU regression).
import type { Burst, MetricResult } from '../report/report.js';

/** What the app's processes had spent by one moment, added up over all of them. */
export interface AppUsage {
  /** User + system CPU time since each process started. */
  cpuMs: number;
  rssBytes: number;
  /** The sum of each process's peak resident memory. */
  peakRssBytes: number;
}

/** One burst: the app's usage when it began and when it ended, and the requests answered in between. */
export interface CostSpan {
  start: AppUsage | undefined;
  end: AppUsage | undefined;
  requests: number;
}

/** Spans from readings taken at the boundaries of consecutive bursts: `readings[i]` begins burst i and ends i − 1. */
export function spansOf(readings: readonly (AppUsage | undefined)[], bursts: readonly Pick<Burst, 'requests'>[]): CostSpan[] {
  return bursts.map((b, i) => ({ start: readings[i], end: readings[i + 1], requests: b.requests }));
}

/**
 * `cpu-per-request` (one sample a burst) and `app-rss` (the peak; samples: resident memory at each burst's end).
 * A burst without a reading at both ends, or without answered requests, gives no CPU sample; no reading at all
 * gives no metric. With `memory` (one app serving target after target), app-rss is the app's memory when it was
 * ready plus what grew during this target's own load, so memory an earlier endpoint grew is not pinned on this one.
 */
export function appCostMetrics(spans: readonly CostSpan[], memory?: TargetMemory): Record<string, MetricResult> {
  const cpu: number[] = [];
  let cpuMs = 0;
  let requests = 0;
  for (const { start, end, requests: answered } of spans) {
    if (!start || !end || answered === 0) continue;
    const spent = Math.max(0, end.cpuMs - start.cpuMs);
    cpu.push(spent / answered);
    cpuMs += spent;
    requests += answered;
  }
  const ends = spans.map((s) => s.end).filter((r): r is AppUsage => r !== undefined);
  const metrics: Record<string, MetricResult> = {};
  if (cpu.length > 0) metrics['cpu-per-request'] = { value: cpuMs / requests, unit: 'ms', samples: cpu };
  if (ends.length === 0) return metrics;
  if (memory) {
    const own = (rss: number) => memory.readyRssBytes + Math.max(0, rss - memory.startRssBytes);
    const samples = ends.map((r) => own(r.rssBytes));
    metrics['app-rss'] = { value: Math.max(...samples, ...memory.peaksDuring.map(own)), unit: 'bytes', samples };
  } else metrics['app-rss'] = { value: Math.max(...ends.map((r) => r.peakRssBytes)), unit: 'bytes', samples: ends.map((r) => r.rssBytes) };
  return metrics;
}

/** The app's memory around one target's load, for its own app-rss. */
export interface TargetMemory {
  /** Resident memory when the app was ready, before any load. */
  readyRssBytes: number;
  /** Resident memory as this target's load began. */
  startRssBytes: number;
  /** Resident memory read during the load (each second), for a peak between burst ends. */
  peaksDuring: number[];
}
