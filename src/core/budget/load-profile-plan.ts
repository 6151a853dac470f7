// load.profile from the budget to the plan's shape, and what the rest of an endpoint's budget must agree with:
// metrics only a shape measures, phases named after @, and the load cap against a remote host.
import { shapeDefaults } from './defaults.js';
import type { LoadProfileConfig } from './load-profile-schema.js';
import { phaseNames, type ShapePlan } from '../load/load-shape.js';
import { findMetric } from './metric-catalog.js';
import { parseThreshold } from './threshold.js';

/** The shape a profile describes; `connections` is the endpoint's load.connections, a soak's default. */
export function shapeOf(profile: LoadProfileConfig | undefined, connections: number, rate: number | undefined): ShapePlan {
  if (profile === undefined || profile === 'steady') return { kind: 'steady' };
  if ('stages' in profile) {
    return {
      kind: 'stages',
      stages: profile.stages.map((s, i) => ({
        name: s.name ?? String(i + 1),
        durationMs: s.duration,
        ...(s.rate !== undefined && { rate: s.rate }),
        ...(s.connections !== undefined && { connections: s.connections }),
      })),
    };
  }
  if ('capacity' in profile) {
    const c = profile.capacity;
    const namesErrors = c.objective.some((t) => ['errors', 'error-rate', 'timeouts'].includes(t.metric));
    const implicit = parseThreshold('endpoint', shapeDefaults.capacity.objective);
    return {
      kind: 'capacity',
      // A rate the app answers with errors, however fast, is not within capacity.
      objective: namesErrors || !implicit.ok ? c.objective : [...c.objective, implicit.value],
      fromRate: c.from,
      toRate: c.to,
      probeMs: c.probe,
      resolutionPercent: c.resolution,
      repeats: c.repeats,
      timeBudgetMs: c.timeBudget,
    };
  }
  if ('spike' in profile) {
    const s = profile.spike;
    return { kind: 'spike', rate: s.rate, factor: s.factor, beforeMs: s.before, spikeMs: s.duration, afterMs: s.after, bandPercent: s.band };
  }
  const s = profile.soak;
  const soakRate = s.rate ?? (s.connections === undefined ? rate : undefined);
  return {
    kind: 'soak',
    durationMs: s.duration,
    windowMs: s.window,
    ...(soakRate !== undefined && { rate: soakRate }),
    connections: s.connections ?? connections,
  };
}

/** Problems of a metric name in a threshold or rule of an endpoint with this shape; undefined when it fits. */
export function metricShapeProblem(shape: ShapePlan, metric: string, mixRequests?: readonly string[]): string | undefined {
  const def = findMetric('endpoint', metric);
  if (!def) return undefined;
  if (def.shape && def.shape !== shape.kind)
    return `${def.id} is measured under load.profile ${def.shape}; this endpoint's load is ${shape.kind}: set load.profile to { ${def.shape}: … } or use another metric`;
  if (shape.kind === 'capacity' && !def.shape)
    return `under load.profile capacity the metric is capacity-rps: the probes' ${def.id} is in the report, not a budget`;
  if (def.phase !== undefined) {
    const names = phaseNames(shape);
    if (mixRequests?.includes(def.phase))
      return names.includes(def.phase)
        ? `${def.id}: '${def.phase}' names both a request of this mix and a phase of its load.profile: expected another name for one of them`
        : undefined;
    if (mixRequests && names.length === 0) return `${def.id}: no request '${def.phase}' in this mix; expected one of ${mixRequests.join(', ')}`;
    if (names.length === 0) return `${def.id}: this endpoint's load (${shape.kind}) has no phases to name after @; stages and spike do`;
    if (!names.includes(def.phase)) return `${def.id}: no phase '${def.phase}' in this endpoint's load.profile; expected one of ${names.join(', ')}`;
  }
  return undefined;
}

/** Every arrival rate a shape sends at its highest, for the remote cap; undefined where it runs a closed loop. */
export function peakRate(shape: ShapePlan): number | undefined {
  switch (shape.kind) {
    case 'steady':
      return undefined;
    case 'stages':
      return shape.stages.some((s) => s.rate === undefined) ? undefined : Math.max(...shape.stages.map((s) => s.rate as number));
    case 'capacity':
      return shape.toRate;
    case 'spike':
      return shape.rate * shape.factor;
    case 'soak':
      return shape.rate;
  }
}
