// What a target sends, a request at a time: its templates filled with a draw of each var, or in a mix a kind of
// request picked by weight and then filled. Every stream is seeded from names, so every run, and base and head
// beside each other, send the same sequence.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { fill, type VarValue } from './template.js';
import { seedOf, varStream, type VarPlan } from './vars.js';
import type { RequestTemplates } from './request-templates.js';
import type { MixPlan } from './mix.js';
import type { JourneyPlan } from './journey.js';

/** One request's path, headers and body; in a mix, its kind (the part's index) and method. */
export interface VariedRequest {
  path: string;
  headers: Record<string, string>;
  body?: string;
  kind?: number;
  method?: string;
}

/** The next request of a target whose requests vary; undefined: it sends one fixed request. */
export function requestSource(ep: { name: string; request?: RequestTemplates; mix?: MixPlan }): (() => VariedRequest) | undefined {
  if (ep.mix) return mixSource(ep.name, ep.mix);
  return ep.request && templatesSource(ep.name, ep.request);
}

/** Requests filled from templates, their vars' streams seeded by `seedName`; `given`: values filled otherwise (a
 * journey's captures). */
export function templatesSource(seedName: string, t: RequestTemplates): (given?: Readonly<Record<string, VarValue>>) => VariedRequest {
  const streams = t.vars.map((v) => [v.name, varStream(seedName, v)] as const);
  const headers = Object.entries(t.headers);
  return (given) => {
    const values: Record<string, VarValue> = { ...given };
    for (const [name, next] of streams) values[name] = next();
    const out: VariedRequest = { path: fill(t.path, values), headers: {} };
    for (const [k, h] of headers) out.headers[k] = fill(h, values);
    if (t.body) out.body = fill(t.body, values);
    return out;
  };
}

/** Every var a target's requests draw from: its own, or its mix's kinds'. */
export const varsOf = (ep: { request?: RequestTemplates; mix?: MixPlan; journey?: JourneyPlan }): VarPlan[] =>
  (ep.mix?.parts ?? ep.journey?.steps)?.flatMap((p) => p.request.vars) ?? ep.request?.vars ?? [];

/** The next request of the mix: a kind drawn by weight, then its vars; `kind` is the part's index. */
export function mixSource(name: string, mix: MixPlan): () => VariedRequest {
  const sources = mix.parts.map((p) => templatesSource(`${name}\u0000${p.name}`, p.request));
  // Cumulative weights over integer units: weights like 0.7 and 0.3 pick as 7 and 3 would.
  const units = 1_000_000;
  const total = mix.parts.reduce((sum, p) => sum + p.weight, 0);
  let acc = 0;
  const upTo = mix.parts.map((p) => (acc += Math.round((p.weight / total) * units)));
  const rng = xoroshiro128plus(seedOf(`${name}\u0000mix`));
  const top = upTo[upTo.length - 1]! - 1;
  return () => {
    const u = uniformInt(rng, 0, top);
    let k = 0;
    while (u >= upTo[k]!) k++;
    const r = sources[k]!();
    r.kind = k;
    r.method = mix.parts[k]!.method;
    return r;
  };
}

/** A journey's steps' requests: step k filled from its vars' streams and the values captured so far. */
export type JourneySource = (step: number, captured: Readonly<Record<string, VarValue>>) => VariedRequest;

export function journeySource(name: string, journey: JourneyPlan): JourneySource {
  const steps = journey.steps.map((s) => templatesSource(`${name}\u0000${s.name}`, s.request));
  return (k, captured) => {
    const r = steps[k]!(captured);
    r.kind = k;
    r.method = journey.steps[k]!.method;
    return r;
  };
}
