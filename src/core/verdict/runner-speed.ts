// A stored run and this one were measured at different moments, and a runner's speed moves between them: another
// job on a shared machine, a host's neighbours, CPU frequency (here latency doubled and halved within an hour with
// no change to anything). Each run measures the runner between its targets, with nothing of the app running: its
// speed (a responder inside perf-gate on one connection) and how much of its CPU other processes took (another job,
// a test file beside). A timing row is then read both ways: as measured, and with the head's timings scaled by how
// much slower or faster the runner was. An app bound by its CPU slows with the runner; one that mostly waits does
// not; the truth lies between. Where the two readings disagree the row is unsure, and confirmation measures it beside
// the base; a row stands where a count of its target's work (which a runner does not move) decided the same.
//
// The probe's one connection finds a core free where the app's load, wanting every core, does not: beside one and
// two busy loops on a two-core runner the probe's speed barely moved while others took 47% and 64% of the CPU, the
// example's ping p95 grew ×1.4 and ×4, and an unchanged Django view under gunicorn read ×6. Waiting for a core
// lengthens the tail far more than the mean, so the free share counts cubed: ×6 slower at 47%, ×15 at 60% and more.
import { exactMetric, metricDef, type TargetKind } from '../budget/metric-catalog.js';
import { runnerSpeedDefaults } from '../budget/defaults.js';
import type { ComparisonInput } from './compare.js';
import { median } from './statistics.js';
import type { ComparisonRow, ComparisonStats, Fingerprint } from '../report/report.js';

/** One probe window: the responder's requests a second, and the share of the runner's CPU others took meanwhile. */
export interface SpeedWindow {
  rps: number;
  busy?: number;
}

/** What the windows of one run say: the median speed, and the busiest window's share taken by others. */
export function speedProbeOf(windows: readonly SpeedWindow[]): NonNullable<Fingerprint['speedProbe']> | undefined {
  if (windows.length === 0) return undefined;
  const rps = windows.map((w) => w.rps);
  const busy = windows.flatMap((w) => (w.busy === undefined ? [] : [w.busy]));
  return {
    rps: median(rps)!,
    samples: rps,
    ...(busy.length > 0 && { busy: Math.max(...busy) }),
  };
}

/** The whole machine's CPU time, every core added up: busy (a host's other guests' steal included) and in all. */
export interface MachineCpu {
  busyMs: number;
  totalMs: number;
}

/** The share of the machine's CPU in a window that went to processes other than those whose `ownMs` it spent. */
export function othersShare(before: MachineCpu, after: MachineCpu, ownMs: number): number | undefined {
  const total = after.totalMs - before.totalMs;
  if (total <= 0) return undefined;
  return Math.min(1, Math.max(0, (after.busyMs - before.busyMs - ownMs) / total));
}

export interface RunnerDrift {
  /** How much slower this runner was than when the baseline was stored (below 1: faster): its speed and its free share. */
  ratio: number;
  headRps: number;
  storedRps: number;
  /** The most of the runner's CPU others took between the targets, when either run saw them take a noticeable share. */
  busy?: { head: number; stored: number };
}

/** The runner's change between the stored run and this one; undefined when either did not measure it or it is within the probe's own noise. */
export function runnerDrift(stored: Pick<Fingerprint, 'speedProbe'>, head: Pick<Fingerprint, 'speedProbe'>): RunnerDrift | undefined {
  const s = stored.speedProbe;
  const h = head.speedProbe;
  if (!s?.rps || !h?.rps) return undefined;
  const free = (b: number | undefined) => 1 - Math.min(b ?? 0, runnerSpeedDefaults.busiest);
  const ratio = (s.rps / h.rps) * (free(s.busy) / free(h.busy)) ** runnerSpeedDefaults.freeShareExponent;
  if (Math.max(ratio, 1 / ratio) < runnerSpeedDefaults.within) return undefined;
  const busy = Math.max(s.busy ?? 0, h.busy ?? 0) >= runnerSpeedDefaults.busyShown ? { head: h.busy ?? 0, stored: s.busy ?? 0 } : undefined;
  return { ratio, headRps: h.rps, storedRps: s.rps, ...(busy && { busy }) };
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
 * The rows judged by `family` as measured and, when the runner changed, again with the head's timings at the stored
 * run's speed: a timing row whose two verdicts differ is unsure, and says both, unless a count of its target's work
 * decided as it did as measured (more statements a request explain a slower one whatever the runner did).
 */
export function withRunnerSpeed<R extends Pick<ComparisonRow, 'kind' | 'metric' | 'target'>>(
  rows: readonly R[],
  inputs: readonly ComparisonInput[],
  family: (inputs: readonly ComparisonInput[]) => ComparisonStats[],
  drift: RunnerDrift | undefined,
): (R & ComparisonStats & Pick<ComparisonRow, 'drift'>)[] {
  const stats = family(inputs);
  const bound = rows.map((r) => drift !== undefined && speedBound(r.kind, r.metric));
  const scaled = drift && bound.some(Boolean) ? family(inputs.map((input, i) => (bound[i] ? atStoredSpeed(input, drift.ratio) : input))) : undefined;
  const worked = (row: R, verdict: ComparisonStats['verdict']) =>
    (verdict === 'regressed' || verdict === 'improved') &&
    rows.some((r, j) => r.target === row.target && r.kind === row.kind && exactMetric(r.kind, r.metric) && stats[j]!.verdict === verdict);
  return rows.map((row, i) => {
    const st = stats[i]!;
    const other = scaled?.[i];
    if (!drift || !other || !bound[i] || other.verdict === st.verdict || worked(row, st.verdict)) return { ...row, ...st };
    return {
      ...row,
      ...st,
      verdict: 'unsure' as const,
      drift: { measured: st.verdict, scaled: other.verdict, ratio: drift.ratio, ...(drift.busy && { busy: drift.busy }) },
    };
  });
}

/** "×2.1 slower" / "×1.6 faster". */
export function driftText(d: Pick<RunnerDrift, 'ratio'>): string {
  const slower = d.ratio >= 1;
  return `×${(slower ? d.ratio : 1 / d.ratio).toFixed(1)} ${slower ? 'slower' : 'faster'}`;
}

/** "48%" of the runner's CPU. */
export const busyText = (share: number): string => `${Math.round(share * 100)}%`;

/** " (other processes took 48% of its CPU between the targets, 2% then)", when they took a noticeable share. */
export const busyNote = (d: Pick<RunnerDrift, 'busy'>): string =>
  d.busy ? ` (other processes took ${busyText(d.busy.head)} of its CPU between the targets, ${busyText(d.busy.stored)} then)` : '';

/** "regressed as measured, unchanged at the stored run's speed: this runner was ×2.0 slower than when the baseline was stored". */
export const driftNote = (d: NonNullable<ComparisonRow['drift']>): string =>
  `${d.measured} as measured, ${d.scaled} at the stored run's speed: this runner was ${driftText(d)} than when the baseline was stored${busyNote(d)}`;
