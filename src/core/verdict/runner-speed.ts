// A stored run and this one were measured at different moments, and a runner's speed moves between them: another
// job on a shared machine, a host's neighbours, CPU frequency (here latency doubled and halved within an hour with
// no change to anything). Each run measures the runner's own speed between its targets (a responder inside
// perf-gate on one connection, nothing of the app), so a timing row can be read both ways: as measured, and with the
// head's timings scaled by how much slower or faster the runner was. An app bound by its CPU slows with the runner;
// one that mostly waits does not; the truth lies between. Where the two readings disagree the row is unsure, and
// confirmation measures it beside the base.
import { metricDef, type TargetKind } from '../budget/metric-catalog.js';
import { runnerSpeedDefaults } from '../budget/defaults.js';
import type { ComparisonInput } from './compare.js';
import type { ComparisonRow, ComparisonStats, Fingerprint } from '../report/report.js';

export interface RunnerDrift {
  /** How much slower this runner answered than when the baseline was stored (below 1: faster). */
  ratio: number;
  headRps: number;
  storedRps: number;
}

/** The runner's change of speed between the stored run and this one; undefined when either did not measure it or it is within the probe's own noise. */
export function runnerDrift(stored: Pick<Fingerprint, 'speedProbe'>, head: Pick<Fingerprint, 'speedProbe'>): RunnerDrift | undefined {
  const s = stored.speedProbe?.rps;
  const h = head.speedProbe?.rps;
  if (!s || !h) return undefined;
  const ratio = s / h;
  if (Math.max(ratio, 1 / ratio) < runnerSpeedDefaults.within) return undefined;
  return { ratio, headRps: h, storedRps: s };
}

// What a runner's speed moves: time and rate. Not the app's CPU time per request (a busy neighbour takes turns, it
// does not add work), nor counts and sizes.
const speedUnits = new Set(['ms', 'rps', 'jps', 'bytes/s']);
export function speedBound(kind: TargetKind, metric: string): boolean {
  if (kind !== 'endpoint' || metric === 'cpu-per-request') return false;
  return speedUnits.has(metricDef(kind, metric).unit);
}

/** The head's samples as if measured at the stored run's speed: times divided by the ratio, rates multiplied. */
export function atStoredSpeed(input: ComparisonInput, ratio: number): ComparisonInput {
  const scale = input.better === 'lower' ? 1 / ratio : ratio;
  return { ...input, head: input.head.map((x) => x * scale) };
}

/**
 * The rows judged by `family` as measured and, when the runner's speed changed, again with the head's timings at the
 * stored run's speed: a timing row whose two verdicts differ is unsure, and says both.
 */
export function withRunnerSpeed<R extends Pick<ComparisonRow, 'kind' | 'metric'>>(
  rows: readonly R[],
  inputs: readonly ComparisonInput[],
  family: (inputs: readonly ComparisonInput[]) => ComparisonStats[],
  drift: RunnerDrift | undefined,
): (R & ComparisonStats & Pick<ComparisonRow, 'drift'>)[] {
  const stats = family(inputs);
  const bound = rows.map((r) => drift !== undefined && speedBound(r.kind, r.metric));
  const scaled = drift && bound.some(Boolean) ? family(inputs.map((input, i) => (bound[i] ? atStoredSpeed(input, drift.ratio) : input))) : undefined;
  return rows.map((row, i) => {
    const st = stats[i]!;
    const other = scaled?.[i];
    if (!drift || !other || !bound[i] || other.verdict === st.verdict) return { ...row, ...st };
    return { ...row, ...st, verdict: 'unsure' as const, drift: { measured: st.verdict, scaled: other.verdict, ratio: drift.ratio } };
  });
}

/** "×2.1 slower" / "×1.6 faster". */
export function driftText(d: Pick<RunnerDrift, 'ratio'>): string {
  const slower = d.ratio >= 1;
  return `×${(slower ? d.ratio : 1 / d.ratio).toFixed(1)} ${slower ? 'slower' : 'faster'}`;
}

/** "regressed as measured, unchanged at the stored run's speed: this runner answered ×2.0 slower than when the baseline was stored". */
export const driftNote = (d: NonNullable<ComparisonRow['drift']>): string =>
  `${d.measured} as measured, ${d.scaled} at the stored run's speed: this runner answered ${driftText(d)} than when the baseline was stored`;
