// A mix: several kinds of request as one load, as traffic arrives. Each request picks its kind by weight from a
// stream seeded by the mix's name (every run, and base and head beside each other, send the same sequence), then
// fills that kind's templates; each response counts for the mix and for its kind (`p95@item`).
import { mixRequestNamePattern, type EndpointConfig, type MixConfig, type MixRequestConfig } from '../budget/budget-schema.js';
import { findMetric, latencyPercentiles } from '../budget/metric-catalog.js';
import { describeVar } from './vars.js';
import type { ErrorKind, JourneyStepReport, MixRequestReport } from '../report/report.js';
import type { JourneyPlan } from './journey.js';
import { resolveRequest, type RequestTemplates, type TemplateResolver } from './request-templates.js';

/** One kind of request of a mix, resolved: its templates (without vars, fixed text) and its share. */
export interface MixPart {
  name: string;
  weight: number;
  method: EndpointConfig['method'];
  /** The url as written resolved (a template with vars), for the report. */
  url: string;
  /** Accepted statuses; undefined means any 2xx. */
  status?: number[];
  request: RequestTemplates;
}

export interface MixPlan {
  parts: MixPart[];
}

/** The mix's kinds of request from the budget: each a request written in the mix, or an endpoint's by name. */
export function resolveMixParts(
  mix: MixConfig,
  here: PropertyKey[],
  endpoints: readonly EndpointConfig[],
  baseUrl: string,
  r: TemplateResolver,
): { parts: MixPart[]; origin: string } {
  let origin: string | undefined;
  const seen = new Set<string>();
  const parts = mix.requests.flatMap((m, k): MixPart[] => {
    const at = [...here, 'requests', k];
    const part = resolvePart(m, at, endpoints, baseUrl, r);
    if (!part) return [];
    if (seen.has(part.name)) {
      const message = `a second request named '${part.name}' in this mix: expected names unique within it`;
      r.issues.push({ path: [...at, m.name !== undefined ? 'name' : 'endpoint'], message });
      return [];
    }
    seen.add(part.name);
    if (URL.canParse(part.url)) {
      const own = new URL(part.url).origin;
      origin ??= own;
      const message = `a mix sends over one set of connections: expected the origin ${origin}, as its first request's, not ${own}`;
      if (own !== origin) r.issues.push({ path: [...at, m.endpoint === undefined ? 'url' : 'endpoint'], message });
    }
    return [part];
  });
  return { parts, origin: origin ?? (URL.canParse(baseUrl) ? new URL(baseUrl).origin : baseUrl) };
}

function resolvePart(m: MixRequestConfig, at: PropertyKey[], endpoints: readonly EndpointConfig[], baseUrl: string, r: TemplateResolver): MixPart | undefined {
  const ep = m.endpoint === undefined ? undefined : endpoints.findIndex((e) => e.name === m.endpoint);
  if (ep === -1) {
    const names = endpoints.map((e) => `'${e.name}'`).join(', ');
    const message = `no endpoint named '${m.endpoint}': expected one of endpoints' names (${names || 'none'}), or a url here`;
    r.issues.push({ path: [...at, 'endpoint'], message });
    return undefined;
  }
  const source = ep === undefined ? { ...m, url: m.url ?? '', method: m.method ?? 'GET' } : endpoints[ep]!;
  const name = m.name ?? source.name ?? '';
  if (!mixRequestNamePattern.test(name)) {
    const message = `the endpoint's name '${name}' cannot name rows (p95@<name>): expected name: with letters, digits and dashes`;
    r.issues.push({ path: [...at, 'endpoint'], message });
    return undefined;
  }
  // An endpoint's problems are said where the endpoint is written; here its request is only resolved again.
  const where = ep === undefined ? at : ['endpoints', ep];
  const resolved = resolveRequest(source, where, baseUrl, ep === undefined ? r : { ...r, issues: [] }, { templates: true });
  return {
    name,
    weight: m.weight,
    method: source.method,
    url: resolved.url,
    ...(source.status !== undefined && { status: Array.isArray(source.status) ? source.status : [source.status] }),
    request: resolved.request!,
  };
}

/** The mix in the report: each kind's request, weight and vars, and what it sent and how it failed. */
export function mixReport(mix: MixPlan, measured: readonly { sent: number; errorKinds: ErrorKind[] }[]): MixRequestReport[] {
  return mix.parts.map((p, k) => ({
    name: p.name,
    method: p.method,
    url: p.url,
    weight: p.weight,
    ...(p.request.vars.length > 0 && { vars: p.request.vars.map(describeVar) }),
    sent: measured[k]?.sent ?? 0,
    ...(measured[k]?.errorKinds.length && { errorKinds: measured[k].errorKinds }),
  }));
}

/** A target's kinds of request: a mix's requests, a journey's steps; undefined for an endpoint. */
export const kindsOf = (ep: { mix?: MixPlan; journey?: JourneyPlan }): readonly { name: string; status?: number[] }[] | undefined =>
  ep.mix?.parts ?? ep.journey?.steps;

/** A journey's steps in the report, with what each sent and how it failed. */
export function journeyReport(journey: JourneyPlan, measured: readonly { sent: number; errorKinds: ErrorKind[] }[]): { steps: JourneyStepReport[] } {
  return {
    steps: journey.steps.map((s, k) => ({
      name: s.name,
      method: s.method,
      url: s.url,
      ...(s.request.vars.length > 0 && { vars: s.request.vars.map(describeVar) }),
      ...(s.captures.length > 0 && { captures: s.captures.map((c) => `${c.name}: ${c.kind === 'json' ? c.path : `${c.kind} ${c.key}`}`) }),
      ...(s.thinkMs > 0 && { thinkMs: s.thinkMs }),
      sent: measured[k]?.sent ?? 0,
      ...(measured[k]?.errorKinds.length && { errorKinds: measured[k].errorKinds }),
    })),
  };
}

/** What the log says the target sends: `GET http://…/api/items/{id}`, or the mix's kinds and weights. */
export function requestLine(ep: { method: string; url: string; mix?: MixPlan; journey?: JourneyPlan }): string {
  if (ep.journey) return `a journey of ${ep.journey.steps.map((s) => `${s.name} (${s.method} ${s.url.replace(/^[a-z]+:\/\/[^/]+/i, '')})`).join(' → ')}`;
  if (!ep.mix) return `${ep.method} ${ep.url}`;
  return `a mix of ${ep.mix.parts.map((p) => `${p.name} (${p.method} ${p.url.replace(/^[a-z]+:\/\/[^/]+/i, '')}, weight ${p.weight})`).join(', ')}`;
}

/** What a mix measures per kind of request (`p95@item`): what each response tells, not the work or the app's cost. */
export const perRequestKindMetrics: readonly string[] = [
  ...latencyPercentiles.map((p) => `p${p}`),
  ...['mean', 'max', 'rps', 'throughput', 'bytes-per-response', 'requests', 'errors', 'error-rate', 'timeouts', 'non2xx', 'non2xx-rate'],
];

/** A mix's `<metric>@<request>` that is not measured per kind of request; undefined when it is. */
export function mixMetricProblem(metric: string, requests: readonly string[]): string | undefined {
  const def = findMetric('endpoint', metric);
  if (def?.phase === undefined || !requests.includes(def.phase)) return undefined;
  const base = def.id.slice(0, def.id.lastIndexOf('@'));
  if (perRequestKindMetrics.includes(base)) return undefined;
  return `${def.id}: a mix measures its latency, rate and errors per kind of request (p95@${def.phase}, error-rate@${def.phase}); ${base} is the whole mix's: expected ${base} without @`;
}
