// From Lighthouse results to perf-gate's page metrics: one record per run, the median over runs, the median run.
import { lighthouseCategories, pageMetrics, resourceTypes } from '../budget/metric-catalog.js';
import type { MetricResult, PageRun } from '../report/report.js';
import { median } from '../verdict/statistics.js';

/** The few parts of a Lighthouse result (LHR) perf-gate reads. */
export interface LhrLike {
  lighthouseVersion?: string;
  finalDisplayedUrl?: string;
  environment?: { benchmarkIndex?: number; hostUserAgent?: string };
  categories?: Record<string, { score: number | null } | undefined>;
  audits?: Record<string, { numericValue?: number; details?: { items?: unknown[] } } | undefined>;
}

export type PageRunMetrics = Record<string, number | null>;

const timingAudits: Record<string, string> = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  'speed-index': 'speed-index',
  ttfb: 'server-response-time',
  'total-bytes': 'total-byte-weight',
};

interface ResourceRow {
  resourceType?: string;
  requestCount?: number;
  transferSize?: number;
}

/** Metric values of one run; null where the run did not measure it (a category not run, an audit that errored). */
export function extractPageMetrics(lhr: LhrLike): PageRunMetrics {
  const out: PageRunMetrics = {};
  for (const id of lighthouseCategories) {
    const score = lhr.categories?.[id]?.score;
    // Scores are 0–100 throughout perf-gate, as Lighthouse's report shows them.
    out[id] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  for (const [id, audit] of Object.entries(timingAudits)) {
    const v = lhr.audits?.[audit]?.numericValue;
    out[id] = typeof v === 'number' && Number.isFinite(v) ? v : null;
  }
  const rows = (lhr.audits?.['resource-summary']?.details?.items ?? []) as ResourceRow[];
  const row = (type: string) => rows.find((r) => r.resourceType === type);
  const total = row('total');
  out.requests = total?.requestCount ?? null;
  for (const type of resourceTypes) {
    const r = row(type);
    // A type absent from the summary had no requests at all.
    out[`${type}-bytes`] = total ? (r?.transferSize ?? 0) : null;
    out[`${type}-requests`] = total ? (r?.requestCount ?? 0) : null;
  }
  return out;
}

/** Median of each metric over the runs; samples keep each run's value in order. */
export function summarizeRuns(runs: readonly PageRunMetrics[]): Record<string, MetricResult> {
  const out: Record<string, MetricResult> = {};
  for (const m of pageMetrics) {
    const samples = runs.map((r) => r[m.id]).filter((v): v is number => typeof v === 'number');
    out[m.id] = { value: median(samples), unit: m.unit, samples };
  }
  return out;
}

/**
 * The run nearest the medians of FCP and LCP (relative distances, so neither dominates), ties to the lower LCP:
 * Lighthouse's own median-run rule, with LCP in place of the deprecated TTI. -1 when no run has both.
 */
export function representativeRun(runs: readonly PageRunMetrics[]): number {
  const usable = runs
    .map((r, i) => ({ i, fcp: r.fcp, lcp: r.lcp }))
    .filter((r): r is { i: number; fcp: number; lcp: number } => typeof r.fcp === 'number' && typeof r.lcp === 'number');
  if (usable.length === 0) return -1;
  const mFcp = median(usable.map((r) => r.fcp)) as number;
  const mLcp = median(usable.map((r) => r.lcp)) as number;
  const rel = (v: number, m: number) => (m === 0 ? v : (v - m) / m);
  const distance = (r: { fcp: number; lcp: number }) => rel(r.fcp, mFcp) ** 2 + rel(r.lcp, mLcp) ** 2;
  usable.sort((a, b) => distance(a) - distance(b) || a.lcp - b.lcp || a.i - b.i);
  return usable[0]!.i;
}

/** A page's figures from its runs, however they were taken (one audit's runs, or single runs interleaved with the
 * base's): the median of the good runs' metrics, and which run (its index in `runs`) is the median run. */
export function pageResult(runs: readonly PageRun[]): { metrics: Record<string, MetricResult>; representativeRun: number | null } {
  const good = runs.flatMap((r, i) => (r.ok && r.metrics ? [{ i, metrics: r.metrics as PageRunMetrics }] : []));
  const rep = representativeRun(good.map((g) => g.metrics));
  return { metrics: summarizeRuns(good.map((g) => g.metrics)), representativeRun: rep >= 0 ? good[rep]!.i : null };
}
