// What a shaped load measured, as metrics thresholds and relative rules read like any other, and as the summary the
// report shows: per stage, the capacity search's probes, the spike and its recovery, the soak's slope and drift.
import { appCostMetrics, type CostSpan } from './app-cost.js';
import { capacityOf, type CapacityPlan, type Probe, type ShapePlan } from './load-shape.js';
import { metricsFromStats, percentileOf, sentOf, suffixedMetrics, type BucketStats } from './load-metrics.js';
import type { CapacityStop, MetricResult, PhaseSummary, ProbeSummary, ShapeSummary } from '../report/report.js';
import { median } from '../verdict/statistics.js';
import { satisfies, type Threshold } from '../budget/threshold.js';
import type { PhaseRecord, Timeline } from './timeline.js';
import { kindsOf, type MixPlan } from '../workload/mix.js';
import { journeyMetrics, type JourneyPlan } from '../workload/journey.js';

const errorRateOf = (s: BucketStats) => {
  const sent = sentOf(s);
  return sent === 0 ? 0 : (s.errors / sent) * 100;
};

export function phaseSummary(p: Pick<PhaseRecord, 'name' | 'startMs' | 'endMs' | 'stats'>): PhaseSummary {
  const seconds = (p.endMs - p.startMs) / 1000;
  return {
    name: p.name,
    durationMs: p.endMs - p.startMs,
    rps: seconds > 0 ? p.stats.ok / seconds : 0,
    p50: percentileOf(p.stats, 50),
    p95: percentileOf(p.stats, 95),
    p99: percentileOf(p.stats, 99),
    errors: p.stats.errors,
    errorRate: errorRateOf(p.stats),
  };
}

/** Seconds whose middle lies in [startMs, endMs): a phase begins a few ms after a whole second, as timers go. */
export const secondsWithin = (startMs: number, endMs: number, count: number): number[] =>
  Array.from({ length: count }, (_, t) => t).filter((t) => t * 1000 + 500 >= startMs && t * 1000 + 500 < endMs);

function costOf(tl: Timeline, seconds: readonly number[]): Record<string, MetricResult> {
  const spans: CostSpan[] = seconds.map((t) => ({ start: tl.readings[t], end: tl.readings[t + 1], requests: tl.seconds[t]?.ok ?? 0 }));
  return appCostMetrics(spans);
}

function loadMetrics(tl: Timeline, stats: BucketStats, seconds: readonly number[], ms: number): Record<string, MetricResult> {
  const samples = seconds.map((t) => ({ stats: tl.seconds[t] as BucketStats, durationMs: 1000 }));
  return { ...metricsFromStats(stats, samples, ms), ...costOf(tl, seconds) };
}

/** A mix's or journey's rows per kind of request (`p95@item`) over the shape's measured phases, and a journey's own
 * (`journey-p95`). */
export function mixPartMetrics(ep: { mix?: MixPlan; journey?: JourneyPlan }, tl: Timeline): Record<string, MetricResult> {
  const kinds = kindsOf(ep);
  if (!kinds || !tl.parts) return {};
  const measured = tl.phases.filter((p) => p.measured).flatMap((p) => secondsWithin(p.startMs, p.endMs, tl.seconds.length));
  const over = (part: Timeline) =>
    metricsFromStats(
      part.pooled,
      measured.flatMap((t) => (part.seconds[t] ? [{ stats: part.seconds[t], durationMs: 1000 }] : [])),
      part.measuredMs,
    );
  return Object.assign(
    {},
    ...tl.parts.map((part, k) => suffixedMetrics(over(part), kinds[k]!.name)),
    tl.iterations ? journeyMetrics(over(tl.iterations)) : {},
  ) as Record<string, MetricResult>;
}

const one = (value: number | null, unit: MetricResult['unit']): MetricResult => ({ value, unit, samples: value === null ? [] : [value] });

/** Metrics and summary of a shape that ran its phases (stages, spike, soak). */
export function scheduledShapeResult(
  shape: Extract<ShapePlan, { kind: 'stages' | 'spike' | 'soak' }>,
  tl: Timeline,
): { metrics: Record<string, MetricResult>; summary: ShapeSummary } {
  const measured = tl.phases.filter((p) => p.measured);
  const first = measured[0];
  const last = measured.at(-1);
  const all = first && last ? secondsWithin(first.startMs, last.endMs, tl.seconds.length) : [];
  const metrics = loadMetrics(tl, tl.pooled, all, tl.measuredMs);
  const phaseMetrics = (p: PhaseRecord) => loadMetrics(tl, p.stats, secondsWithin(p.startMs, p.endMs, tl.seconds.length), p.endMs - p.startMs);

  if (shape.kind === 'stages') {
    for (const p of measured) Object.assign(metrics, suffixedMetrics(phaseMetrics(p), p.name));
    return { metrics, summary: { kind: 'stages', stages: measured.map(phaseSummary) } };
  }
  if (shape.kind === 'spike') {
    for (const p of measured) Object.assign(metrics, suffixedMetrics(phaseMetrics(p), p.name));
    const spike = measured.find((p) => p.name === 'spike');
    const spikeOwn = spike ? phaseMetrics(spike) : {};
    metrics['spike-p95'] = { ...(spikeOwn.p95 ?? one(null, 'ms')) };
    metrics['spike-error-rate'] = { ...(spikeOwn['error-rate'] ?? one(null, 'percent')) };
    const rec = recovery(shape, tl);
    metrics['recovery-time'] = one(rec.recoveryMs, 'ms');
    return {
      metrics,
      summary: {
        kind: 'spike',
        baseRate: shape.rate,
        peakRate: shape.rate * shape.factor,
        phases: measured.map(phaseSummary),
        bandPercent: shape.bandPercent,
        ...rec,
      },
    };
  }
  const windows = measured.map(phaseSummary);
  // The first half lets the heap and caches settle (a leak-free Node app grows ~15 MB in its first 20 s of load);
  // a leak grows through both halves, so the slope is fitted over the second.
  const fitted = measured.slice(Math.floor(measured.length / 2));
  const growth = rssGrowth(tl, fitted);
  const firstP95 = windows[0]?.p95 ?? null;
  const lastP95 = windows.at(-1)?.p95 ?? null;
  const drift = firstP95 !== null && lastP95 !== null && firstP95 > 0 ? (lastP95 / firstP95 - 1) * 100 : null;
  metrics['rss-growth'] = growth;
  metrics['p95-drift'] = one(drift, 'percent');
  return { metrics, summary: { kind: 'soak', windows, rssGrowthPerMin: growth.value, fittedWindows: fitted.length, p95DriftPercent: drift } };
}

/** Least-squares slope of (x, y) points; null with fewer than two distinct x. */
export function slopeOf(points: readonly (readonly [number, number])[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  return sxx === 0 ? null : sxy / sxx;
}

// The app's resident memory read every second, fitted over the given windows (bytes a minute), so a leak shows as a
// slope rather than one reading; each window's own slope is a sample.
function rssGrowth(tl: Timeline, windows: readonly PhaseRecord[]): MetricResult {
  const first = windows[0];
  const last = windows.at(-1);
  const seconds = first && last ? secondsWithin(first.startMs, last.endMs, tl.seconds.length) : [];
  const points = (ts: readonly number[]) =>
    [...ts, ...(ts.length ? [(ts.at(-1) as number) + 1] : [])]
      .map((t) => [t / 60, tl.readings[t]?.rssBytes] as const)
      .filter((p): p is readonly [number, number] => p[1] !== undefined);
  const value = slopeOf(points(seconds));
  const samples = windows.map((w) => slopeOf(points(secondsWithin(w.startMs, w.endMs, tl.seconds.length)))).filter((v): v is number => v !== null);
  return { value, unit: 'bytes/min', samples };
}

/** Seconds after the spike a p95 must stay within the band for, to count as recovered. */
export const recoveryHoldSeconds = 3;

/** How finely recovery is found when every outcome was kept: windows of a second, 100 ms apart. */
const recoveryStepMs = 100;

interface Window {
  p95: number | null;
  errors: number;
}

/**
 * Recovery after a spike: the first moment after it from which p95 (of what completed within a second) stays within
 * `band` of the level before the spike, with no more errors than before, for recoveryHoldSeconds in a row (or to the
 * end). With every outcome kept, windows of a second start every 100 ms; otherwise whole seconds of the series. The
 * whole after-phase when it never did.
 */
export function recovery(
  shape: Extract<ShapePlan, { kind: 'spike' }>,
  tl: Pick<Timeline, 'phases' | 'seconds' | 'events'>,
): { baselineP95: number | null; recoveryMs: number | null; recovered: boolean } {
  const before = tl.phases.find((p) => p.name === 'before');
  const after = tl.phases.find((p) => p.name === 'after');
  if (!before || !after) return { baselineP95: null, recoveryMs: null, recovered: false };
  // Windows as [start, window] pairs: the before-phase's whole seconds, and the after-phase's every step.
  let beforeWindows: Window[];
  let afterWindows: [number, Window][];
  const ev = tl.events;
  if (ev) {
    const at = (u: number): Window => windowOf(ev, u, u + 1000);
    beforeWindows = [];
    for (let u = before.startMs; u + 1000 <= before.endMs; u += 1000) beforeWindows.push(at(u));
    afterWindows = [];
    for (let u = after.startMs; u + 1000 <= after.endMs; u += recoveryStepMs) afterWindows.push([u, at(u)]);
  } else {
    const second = (t: number): Window => ({ p95: percentileOf(tl.seconds[t] as BucketStats, 95), errors: (tl.seconds[t] as BucketStats).errors });
    beforeWindows = secondsWithin(before.startMs, before.endMs, tl.seconds.length).map(second);
    afterWindows = secondsWithin(after.startMs, after.endMs, tl.seconds.length).map((t) => [t * 1000, second(t)]);
  }
  const baselineP95 = median(beforeWindows.map((w) => w.p95).filter((v): v is number => v !== null));
  if (baselineP95 === null) return { baselineP95, recoveryMs: null, recovered: false };
  const limit = baselineP95 * (1 + shape.bandPercent / 100);
  const errorsBefore = Math.max(0, ...beforeWindows.map((w) => w.errors));
  const ok = (w: Window | undefined) => w !== undefined && w.p95 !== null && w.p95 <= limit && w.errors <= errorsBefore;
  const byStart = new Map(afterWindows);
  for (const [u, w] of afterWindows) {
    const hold = Array.from({ length: recoveryHoldSeconds }, (_, k) => u + k * 1000).filter((v) => v === u || byStart.has(v));
    if (ok(w) && hold.every((v) => ok(byStart.get(v)))) return { baselineP95, recoveryMs: Math.max(0, u - after.startMs), recovered: true };
  }
  return { baselineP95, recoveryMs: after.endMs - after.startMs, recovered: false };
}

/** p95 and failures of the outcomes that completed in [from, to) (times in order). */
function windowOf(ev: NonNullable<Timeline['events']>, from: number, to: number): Window {
  const first = lowerBound(ev.atMs, from);
  const end = lowerBound(ev.atMs, to);
  const ok: number[] = [];
  let errors = 0;
  for (let i = first; i < end; i++) {
    const l = ev.latencyMs[i] as number;
    if (Number.isNaN(l)) errors++;
    else ok.push(l);
  }
  ok.sort((a, b) => a - b);
  // Nearest rank, as HDR histograms read percentiles.
  return { p95: ok.length ? (ok[Math.ceil(0.95 * ok.length) - 1] as number) : null, errors };
}

function lowerBound(xs: readonly number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A capacity probe judged against the objective: every part must hold on what the probe measured. */
export function probeSummary(rate: number, round: number, phase: PhaseRecord, objective: readonly Threshold[]): ProbeSummary {
  const metrics = metricsFromStats(phase.stats, [], phase.endMs - phase.startMs);
  const broke = objective
    .filter((o) => {
      const v = metrics[o.metric]?.value;
      return v === null || v === undefined || !satisfies(v, o.op, o.value);
    })
    .map((o) => o.source);
  return { ...phaseSummary(phase), rate, round, passed: broke.length === 0, broke };
}

/** Metrics and summary of a capacity search. */
export function capacityResult(
  c: CapacityPlan,
  probes: readonly (Probe & { summary: ProbeSummary })[],
  stop: CapacityStop,
): { metrics: Record<string, MetricResult>; summary: ShapeSummary } {
  const found = capacityOf(probes);
  return {
    metrics: { 'capacity-rps': { value: found.value, unit: 'rps', samples: found.samples } },
    summary: {
      kind: 'capacity',
      objective: c.objective.map((o) => o.source),
      probes: probes.map((p) => p.summary),
      capacityRps: found.value,
      estimates: found.samples,
      belowLower: found.belowLower,
      aboveUpper: found.aboveUpper,
      stop,
    },
  };
}
