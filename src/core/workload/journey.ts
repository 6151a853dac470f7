// A journey: steps that depend on each other, as a user goes through them (log in, list, open one). Each step is
// a request like an endpoint's; it may capture values from its response for the later steps' placeholders, and pause
// (think) before the next. A virtual user runs the steps in turn and starts again from the first when they end, or
// when a step fails: an unexpected status, no response, or a capture that finds nothing, each counted as an error of
// that step. The steps' requests are rows of the journey (`p95@login`); the iterations give the journey's own.
import type { EndpointConfig } from '../budget/budget-schema.js';
import type { MetricResult } from '../report/report.js';
import { capturePlan, type CaptureConfig, type CapturePlan } from './capture.js';
import { resolveRequest, type RequestTemplates, type TemplateResolver } from './request-templates.js';
import { findMetric } from '../budget/metric-catalog.js';

/** One step of a journey, resolved: its request as templates, what it captures, its pause after. */
export interface JourneyStep {
  name: string;
  method: EndpointConfig['method'];
  /** The url as written resolved (a template where it has placeholders), for the report. */
  url: string;
  status?: number[];
  request: RequestTemplates;
  captures: CapturePlan[];
  /** Pause after this step's response, before the next step (after the last: before the journey starts again). */
  thinkMs: number;
}

export interface JourneyPlan {
  steps: JourneyStep[];
}

/** A step as the budget writes it (the schema's shape; budget-schema.ts holds the schema). */
export interface JourneyStepConfig extends Pick<EndpointConfig, 'url' | 'method' | 'headers' | 'body' | 'status' | 'vars'> {
  name: string;
  capture?: Record<string, CaptureConfig> | undefined;
  think?: number | undefined;
}

/** The steps from the budget: each step's placeholders filled by its own vars or an earlier step's captures. */
export function resolveJourneySteps(
  steps: readonly JourneyStepConfig[],
  here: PropertyKey[],
  baseUrl: string,
  r: TemplateResolver,
): { steps: JourneyStep[]; origin: string } {
  const captured = new Map<string, string>();
  let origin: string | undefined;
  const seen = new Set<string>();
  const out = steps.map((s, k): JourneyStep => {
    const at = [...here, 'steps', k];
    if (seen.has(s.name)) r.issues.push({ path: [...at, 'name'], message: `a second step named '${s.name}' in this journey: expected names unique within it` });
    seen.add(s.name);
    for (const v of Object.keys(s.vars ?? {}))
      if (captured.has(v))
        r.issues.push({ path: [...at, 'vars', v], message: `{${v}} is captured by step '${captured.get(v)}': expected another name for this var` });
    const resolved = resolveRequest(s, at, baseUrl, r, { templates: true, given: [...captured.keys()] });
    for (const name of Object.keys(s.capture ?? {})) {
      const by = captured.get(name) ?? (s.vars?.[name] !== undefined ? s.name : undefined);
      if (by !== undefined)
        r.issues.push({
          path: [...at, 'capture', name],
          message: `{${name}} is already ${captured.has(name) ? `captured by step '${by}'` : 'a var of this step'}: expected another name`,
        });
      captured.set(name, s.name);
    }
    if (URL.canParse(resolved.url)) {
      const own = new URL(resolved.url).origin;
      origin ??= own;
      if (own !== origin)
        r.issues.push({
          path: [...at, 'url'],
          message: `a journey sends over one set of connections: expected the origin ${origin}, as its first step's, not ${own}`,
        });
    }
    return {
      name: s.name,
      method: s.method,
      url: resolved.url,
      ...(s.status !== undefined && { status: Array.isArray(s.status) ? s.status : [s.status] }),
      request: resolved.request!,
      captures: Object.entries(s.capture ?? {}).map(([name, c]) => capturePlan(name, c)),
      thinkMs: s.think ?? 0,
    };
  });
  return { steps: out, origin: origin ?? (URL.canParse(baseUrl) ? new URL(baseUrl).origin : baseUrl) };
}

/** A journey's own metrics, from its iterations as a load's from its responses: the name each load metric takes. */
export const journeyMetricNames: Readonly<Record<string, string>> = {
  p50: 'journey-p50',
  p75: 'journey-p75',
  p90: 'journey-p90',
  p95: 'journey-p95',
  p99: 'journey-p99',
  'p99.9': 'journey-p99.9',
  mean: 'journey-mean',
  max: 'journey-max',
  rps: 'journey-rate',
  requests: 'journeys',
  errors: 'journey-errors',
  'error-rate': 'journey-error-rate',
};

/** The iterations' load metrics named as the journey's (`journey-p95`, `journey-rate`). */
export function journeyMetrics(iterations: Record<string, MetricResult>): Record<string, MetricResult> {
  const out: Record<string, MetricResult> = {};
  for (const [id, name] of Object.entries(journeyMetricNames)) {
    const m = iterations[id];
    if (m) out[name] = id === 'rps' ? { ...m, unit: 'jps' } : m;
  }
  return out;
}

/** A journey's own metric on a target that is not a journey; undefined when it fits. */
export function journeyMetricProblem(metric: string, isJourney: boolean): string | undefined {
  const def = findMetric('endpoint', metric);
  if (!def?.journey || isJourney) return undefined;
  return `${def.id} is a journey's (its iterations): expected it under journeys, or ${def.id.replace(/^journey-/, '').replace(/^journeys$/, 'requests')} here`;
}
