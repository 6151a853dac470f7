// Every metric a threshold may name, per kind of target: its unit and which way is better.
import type { Unit } from '../units.js';

export type TargetKind = 'endpoint' | 'page';
export type Better = 'lower' | 'higher';

export interface MetricDef {
  id: string;
  unit: Unit;
  better: Better;
  title: string;
  /** Measured only under this load shape (load.profile). */
  shape?: 'capacity' | 'spike' | 'soak';
  /** `p95@peak`: the metric over one phase of the shape (a stage, or the spike's before, spike and after). */
  phase?: string;
  /** The `counters:` name this metric reads (`model-calls-per-request`: model-calls). */
  counter?: string;
  /** A count of work per request (statements, rows, an app's counter): the same on any machine, so no run-to-run
   * noise is assumed for it; only stored runs can show some. */
  exact?: true;
  /** Measured only for a journey: its iterations, not its requests. */
  journey?: true;
}

const def = (id: string, unit: Unit, better: Better, title: string, shape?: MetricDef['shape']): MetricDef => ({
  id,
  unit,
  better,
  title,
  ...(shape && { shape }),
});

/** The metric a target is summed up by in charts and trends: p95 latency for endpoints, LCP for pages. */
export const keyMetric = { endpoint: 'p95', page: 'lcp' } as const;

/** Latency percentiles every endpoint records, pooled and per burst. */
export const latencyPercentiles = [50, 75, 90, 95, 99, 99.9] as const;

const endpointMetrics: readonly MetricDef[] = [
  ...latencyPercentiles.map((p) => def(`p${p}`, 'ms', 'lower', `latency p${p}`)),
  def('mean', 'ms', 'lower', 'mean latency'),
  def('max', 'ms', 'lower', 'max latency'),
  def('rps', 'rps', 'higher', 'requests per second with the expected status'),
  def('throughput', 'bytes/s', 'higher', 'response body bytes per second'),
  {
    ...def('bytes-per-response', 'bytes', 'lower', 'response body bytes per answered request (over-fetching: a list without a limit, a serializer that grew)'),
    exact: true,
  },
  def('requests', 'count', 'higher', 'responses with the expected status'),
  def('errors', 'count', 'lower', 'failed requests (connection errors, timeouts, unexpected status)'),
  def('error-rate', 'percent', 'lower', 'failed requests per request sent'),
  def('timeouts', 'count', 'lower', 'requests that timed out'),
  def('non2xx', 'count', 'lower', 'responses outside 2xx'),
  def('non2xx-rate', 'percent', 'lower', 'responses outside 2xx per response'),
  def('cpu-per-request', 'ms', 'lower', "the app's CPU time (user + system, all its processes) per answered request"),
  def('app-rss', 'bytes', 'lower', "the app's peak resident memory (all its processes)"),
  { ...def('db-queries-per-request', 'count', 'lower', "the app's database statements per answered request (pg_stat_statements calls)"), exact: true },
  def('db-ms-per-request', 'ms', 'lower', "the database's execution time of the app's statements per answered request"),
  { ...def('db-rows-per-request', 'count', 'lower', "rows the app's statements read or wrote per answered request"), exact: true },
  {
    ...def('db-repeats-per-request', 'count', 'lower', 'the most calls per answered request of any one statement (an N+1 shows as its per-row statement)'),
    exact: true,
  },
  {
    ...def('outbound-calls-per-request', 'count', 'lower', "the app's outbound HTTP calls per answered request (Node and Python, calls to itself left out)"),
    exact: true,
  },
  { ...def('redis-commands-per-request', 'count', 'lower', "the app's Redis commands per answered request (INFO commandstats)"), exact: true },
  { ...def('redis-hits-per-request', 'count', 'higher', 'Redis keyspace hits per answered request (a read that found its key)'), exact: true },
  { ...def('redis-misses-per-request', 'count', 'lower', 'Redis keyspace misses per answered request (a read that found nothing)'), exact: true },
  def('outbound-ms-per-request', 'ms', 'lower', "the time the app's outbound HTTP calls waited for their responses, per answered request"),
  ...latencyPercentiles.map((p) => ({
    ...def(`journey-p${p}`, 'ms', 'lower', `a journey's duration p${p} (its steps' latencies, think time left out)`),
    journey: true as const,
  })),
  { ...def('journey-mean', 'ms', 'lower', "a journey's mean duration"), journey: true },
  { ...def('journey-max', 'ms', 'lower', "a journey's longest duration"), journey: true },
  { ...def('journey-rate', 'jps', 'higher', 'journeys completed per second'), journey: true },
  { ...def('journeys', 'count', 'higher', 'journeys completed'), journey: true },
  { ...def('journey-errors', 'count', 'lower', 'journeys that failed at a step'), journey: true },
  { ...def('journey-error-rate', 'percent', 'lower', 'journeys that failed at a step, per journey begun'), journey: true },
  def('capacity-rps', 'rps', 'higher', 'the highest arrival rate at which the capacity objective holds', 'capacity'),
  def('spike-p95', 'ms', 'lower', 'latency p95 during the spike', 'spike'),
  def('spike-error-rate', 'percent', 'lower', 'failed requests per request sent during the spike', 'spike'),
  def('recovery-time', 'ms', 'lower', "time from the spike's end until p95 is back within the band of its level before", 'spike'),
  def('rss-growth', 'bytes/min', 'lower', "the app's resident memory growth, a slope fitted over the soak", 'soak'),
  def('p95-drift', 'percent', 'lower', "latency p95 of the soak's last window against its first", 'soak'),
];

/** Lighthouse categories a page may be audited for; each is also a 0–100 score metric. */
export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Resource types of Lighthouse's resource summary that have byte and request metrics. */
export const resourceTypes = ['script', 'stylesheet', 'image', 'font', 'document', 'third-party'] as const;

export const pageMetrics: readonly MetricDef[] = [
  ...lighthouseCategories.map((c) => def(c, 'score', 'higher', `Lighthouse ${c === 'seo' ? 'SEO' : c} score`)),
  def('fcp', 'ms', 'lower', 'First Contentful Paint'),
  def('lcp', 'ms', 'lower', 'Largest Contentful Paint'),
  def('tbt', 'ms', 'lower', 'Total Blocking Time'),
  def('cls', 'unitless', 'lower', 'Cumulative Layout Shift'),
  def('speed-index', 'ms', 'lower', 'Speed Index'),
  // A flow's interactions, measured in its timespans.
  def('inp', 'ms', 'lower', "Interaction to Next Paint of a flow's interactions (the slowest timespan)"),
  def('timespan-tbt', 'ms', 'lower', "Total Blocking Time during a flow's interactions (all timespans)"),
  def('timespan-cls', 'unitless', 'lower', "Cumulative Layout Shift during a flow's interactions (the largest timespan)"),
  def('ttfb', 'ms', 'lower', 'server response time'),
  def('total-bytes', 'bytes', 'lower', 'total byte weight'),
  def('requests', 'count', 'lower', 'network requests'),
  ...resourceTypes.flatMap((t) => [def(`${t}-bytes`, 'bytes', 'lower', `${t} bytes`), def(`${t}-requests`, 'count', 'lower', `${t} requests`)]),
];

// Spellings people bring from k6 and Lighthouse, mapped to ours.
const aliases: Record<TargetKind, Record<string, string>> = {
  endpoint: {
    ...Object.fromEntries(latencyPercentiles.map((p) => [`p(${p})`, `p${p}`])),
    med: 'p50',
    median: 'p50',
    avg: 'mean',
    'req/s': 'rps',
    reqs: 'requests',
    http_req_failed: 'error-rate',
  },
  page: {
    speedindex: 'speed-index',
    si: 'speed-index',
    'server-response-time': 'ttfb',
    'first-contentful-paint': 'fcp',
    'largest-contentful-paint': 'lcp',
    'total-blocking-time': 'tbt',
    'cumulative-layout-shift': 'cls',
    'interaction-to-next-paint': 'inp',
    'total-byte-weight': 'total-bytes',
  },
};

const catalogs: Record<TargetKind, readonly MetricDef[]> = { endpoint: endpointMetrics, page: pageMetrics };

export function metricIds(kind: TargetKind): string[] {
  return catalogs[kind].map((m) => m.id);
}

/** Finds a metric by id or alias (case-insensitive); `p95@peak` is p95 over the phase named peak. */
export function findMetric(kind: TargetKind, name: string): MetricDef | undefined {
  const at = name.indexOf('@');
  if (at > 0 && kind === 'endpoint') {
    const base = findMetric(kind, name.slice(0, at));
    const phase = name.slice(at + 1).trim();
    if (!base || base.shape || !/^[a-z0-9][a-z0-9-]*$/i.test(phase)) return undefined;
    return { ...base, id: `${base.id}@${phase}`, title: `${base.title} during ${phase}`, phase };
  }
  const key = name.trim().toLowerCase();
  const id = aliases[kind][key] ?? key;
  return catalogs[kind].find((m) => m.id === id) ?? (kind === 'endpoint' ? counterMetric(id) : undefined);
}

/** A count or a size the runner does not move: any change of it is the build's. */
export const exactMetric = (kind: TargetKind, name: string): boolean => findMetric(kind, name)?.exact === true;

/** A name of `counters:` (lower case, digits and dashes). */
export const counterNamePattern = /^[a-z][a-z0-9-]*$/;

/** `model-calls-per-request`, `model-calls-ms-per-request`: the app's own counter `model-calls` per answered request. */
export function counterMetric(id: string): MetricDef | undefined {
  const m = /^(.+?)(-ms)?-per-request$/.exec(id);
  if (!m || !counterNamePattern.test(m[1] as string) || m[1]!.endsWith('-ms')) return undefined;
  return m[2]
    ? { id, unit: 'ms', better: 'lower', title: `time of the app's counter ${m[1]} per answered request`, counter: m[1] as string }
    : { id, unit: 'count', better: 'lower', title: `the app's counter ${m[1]} per answered request`, counter: m[1] as string, exact: true };
}

export function metricDef(kind: TargetKind, id: string): MetricDef {
  const found = findMetric(kind, id);
  if (!found) throw new Error(`unknown ${kind} metric ${id}`);
  return found;
}
