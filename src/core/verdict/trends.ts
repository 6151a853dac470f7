// Each target's key metric over the base branch's stored runs (the ones already read for the noise estimate) and
// this run: a trend the comment sums up in a line and the HTML report draws.
import { keyMetric } from '../budget/metric-catalog.js';
import type { Report, TargetResult, Trend, TrendPoint } from '../report/report.js';

/** Stored runs a trend shows at most. */
export const trendRuns = 10;

export function trendsOf(
  targets: readonly Pick<TargetResult, 'kind' | 'name' | 'metrics' | 'status'>[],
  current: Pick<Report, 'startedAt' | 'environment'>,
  stored: readonly Pick<Report, 'startedAt' | 'environment' | 'targets'>[],
): Trend[] {
  // Oldest first, each stored run once.
  const runs = [...new Map(stored.map((r): [string, (typeof stored)[number]] => [r.startedAt, r])).values()]
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt))
    .slice(-trendRuns);
  const trends: Trend[] = [];
  for (const t of targets) {
    const metric = keyMetric[t.kind];
    const points: TrendPoint[] = [];
    for (const r of runs) {
      const value = r.targets.find((x) => x.kind === t.kind && x.name === t.name && x.status === 'ok')?.metrics[metric]?.value;
      if (typeof value === 'number') points.push({ at: r.startedAt, ...(r.environment.git?.sha && { sha: r.environment.git.sha }), value });
    }
    if (points.length === 0) continue;
    const now = t.status === 'ok' ? t.metrics[metric]?.value : undefined;
    if (typeof now === 'number')
      points.push({ at: current.startedAt, ...(current.environment.git?.sha && { sha: current.environment.git.sha }), value: now, current: true });
    const unit = t.metrics[metric]?.unit ?? 'ms';
    trends.push({ target: t.name, kind: t.kind, metric, unit, points });
  }
  return trends;
}

const blocks = '▁▂▃▄▅▆▇█';

/** The values as a line of block characters, low to high; equal values sit in the middle. */
export function sparkline(values: readonly number[]): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values.map((v) => (hi === lo ? blocks[3] : blocks[Math.round(((v - lo) / (hi - lo)) * (blocks.length - 1))])).join('');
}
