// Which Content-Encoding the app answered with, when the requests asked for compression (load.compression, or an
// Accept-Encoding header of an endpoint, a mix's request or a journey's step). Every load engine tallies it the
// same way: steady load, shapes and journeys.
import type { EndpointPlan } from '../../core/budget/plan.js';
import type { LoadTally } from '../../core/load/load-metrics.js';
import type { Template } from '../../core/workload/template.js';

const named = (headers: Readonly<Record<string, unknown>>) => Object.keys(headers).some((k) => k.toLowerCase() === 'accept-encoding');

/** Whether the endpoint's requests ask for compression, so its responses' encodings are worth counting. */
export function watchesEncoding(ep: EndpointPlan): boolean {
  if (ep.load.compression === true || named(ep.headers)) return true;
  const templates: Readonly<Record<string, Template>>[] = [
    ...(ep.mix?.parts.map((p) => p.request.headers) ?? []),
    ...(ep.journey?.steps.map((s) => s.request.headers) ?? []),
  ];
  return templates.some(named);
}

/** One response's encoding into `into`, from a flat list of names and values (autocannon's parser, undici's raw). */
export function countEncoding(headers: readonly (string | Buffer)[], into: Record<string, number>): void {
  let encoding = 'identity';
  for (let i = 0; i < headers.length; i += 2)
    if (headers[i]!.length === 16 && headers[i]!.toString().toLowerCase() === 'content-encoding') {
      encoding = headers[i + 1]!.toString().trim().toLowerCase() || 'identity';
      break;
    }
  into[encoding] = (into[encoding] ?? 0) + 1;
}

/** One response's encoding into `into`, from headers by lower-case name (undici's request API). */
export function countEncodingOf(headers: Readonly<Record<string, string | string[] | undefined>>, into: Record<string, number>): void {
  const value = headers['content-encoding'];
  const encoding = (Array.isArray(value) ? value.join(', ') : (value ?? '')).trim().toLowerCase() || 'identity';
  into[encoding] = (into[encoding] ?? 0) + 1;
}

/** A run's counts added to what the tally already holds. */
export function addEncodings(tally: Pick<LoadTally, 'encodings'>, counts: Readonly<Record<string, number>>): void {
  for (const [encoding, n] of Object.entries(counts)) (tally.encodings ??= {})[encoding] = (tally.encodings[encoding] ?? 0) + n;
}
