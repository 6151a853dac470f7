// The app's own cost while it is loaded: CPU time per answered request and resident memory. perf-gate owns the
// app's processes, so it can read what they spent; CPU time per request moves with the work a request takes
// even where latency is mostly waiting for a CPU (beside a busy neighbour p95 hides a CPU regression).
import type { Burst, MetricResult } from './report.js';

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
 * gives no metric.
 */
export function appCostMetrics(spans: readonly CostSpan[]): Record<string, MetricResult> {
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
  if (ends.length > 0) metrics['app-rss'] = { value: Math.max(...ends.map((r) => r.peakRssBytes)), unit: 'bytes', samples: ends.map((r) => r.rssBytes) };
  return metrics;
}
