// Load shapes as schedules: every shape but steady is a list of phases (an arrival rate, ramped or held, or a closed
// loop of connections) that one generator runs in turn; capacity picks its next phase from what the last one showed.
import { median } from '../verdict/statistics.js';
import type { Threshold } from '../budget/threshold.js';
import { plural } from '../units.js';

export const shapeKinds = ['steady', 'stages', 'capacity', 'spike', 'soak'] as const;
export type ShapeKind = (typeof shapeKinds)[number];

export interface StagePlan {
  /** As written, or its 1-based position. */
  name: string;
  durationMs: number;
  /** Arrival rate (req/s) the stage ends at; it ramps from the previous rate stage's. */
  rate?: number;
  connections?: number;
}

export interface CapacityPlan {
  kind: 'capacity';
  /** What must hold at a rate for it to count as within capacity. */
  objective: Threshold[];
  fromRate: number;
  toRate: number;
  probeMs: number;
  /** A knee is found once its bracket is narrower than this (percent of the lower end). */
  resolutionPercent: number;
  /** Searches for the knee, each giving one estimate (the first from the bounds, the rest from the last knee). */
  repeats: number;
  timeBudgetMs: number;
}

export type ShapePlan =
  | { kind: 'steady' }
  | { kind: 'stages'; stages: StagePlan[] }
  | CapacityPlan
  | { kind: 'spike'; rate: number; factor: number; beforeMs: number; spikeMs: number; afterMs: number; bandPercent: number }
  | { kind: 'soak'; durationMs: number; windowMs: number; rate?: number; connections: number };

/** A stretch of a shape: an arrival rate (open loop), ramped linearly from `rate.from` to `rate.to`, or a closed loop. */
export interface LoadPhase {
  name: string;
  durationMs: number;
  rate?: { from: number; to: number };
  connections?: number;
  /** False for the warm-up: its responses are in the series, not in any metric. */
  measured: boolean;
}

const held = (rate: number) => ({ from: rate, to: rate });

/** The phases of a shape that does not decide as it goes (all but steady and capacity), after a warm-up at its first load. */
export function phasesOf(shape: Exclude<ShapePlan, { kind: 'steady' } | CapacityPlan>, warmupMs: number): LoadPhase[] {
  const phases: LoadPhase[] = [];
  if (shape.kind === 'stages') {
    let previous: number | undefined;
    for (const s of shape.stages) {
      if (s.rate !== undefined) {
        phases.push({ name: s.name, durationMs: s.durationMs, rate: { from: previous ?? s.rate, to: s.rate }, measured: true });
        previous = s.rate;
      } else phases.push({ name: s.name, durationMs: s.durationMs, connections: s.connections ?? 1, measured: true });
    }
  } else if (shape.kind === 'spike') {
    phases.push(
      { name: 'before', durationMs: shape.beforeMs, rate: held(shape.rate), measured: true },
      { name: 'spike', durationMs: shape.spikeMs, rate: held(shape.rate * shape.factor), measured: true },
      { name: 'after', durationMs: shape.afterMs, rate: held(shape.rate), measured: true },
    );
  } else {
    // Windows of the soak are its phases: progress a window at a time, and the drift is last window against first.
    const windows = Math.floor(shape.durationMs / shape.windowMs);
    for (let i = 0; i < windows; i++) {
      const durationMs = i === windows - 1 ? shape.durationMs - shape.windowMs * (windows - 1) : shape.windowMs;
      phases.push({
        name: `w${i + 1}`,
        durationMs,
        ...(shape.rate !== undefined ? { rate: held(shape.rate) } : { connections: shape.connections }),
        measured: true,
      });
    }
  }
  const first = phases[0];
  if (warmupMs > 0 && first) {
    const start = first.rate ? { rate: held(first.rate.from) } : { connections: first.connections ?? 1 };
    phases.unshift({ name: 'warm-up', durationMs: warmupMs, ...start, measured: false });
  }
  return phases;
}

/** The shape in a few words, for the log and the report. */
export function describeShape(shape: ShapePlan): string {
  switch (shape.kind) {
    case 'steady':
      return 'steady';
    case 'stages':
      return `${plural(shape.stages.length, 'stage')}: ${shape.stages
        .map((s) => `${s.name} ${s.rate !== undefined ? `${s.rate} req/s` : `${s.connections} connections`} ${s.durationMs / 1000}s`)
        .join(', ')}`;
    case 'capacity':
      return `capacity at ${shape.objective.map((o) => o.source).join(' and ')}, ${shape.fromRate}–${shape.toRate} req/s, ${shape.probeMs / 1000}s probes, ${shape.repeats} search${shape.repeats === 1 ? '' : 'es'} within ${shape.timeBudgetMs / 1000}s`;
    case 'spike':
      return `spike ${shape.rate} → ${shape.rate * shape.factor} req/s for ${shape.spikeMs / 1000}s (${shape.beforeMs / 1000}s before, ${shape.afterMs / 1000}s after)`;
    case 'soak':
      return `soak ${shape.durationMs / 1000}s at ${shape.rate !== undefined ? `${shape.rate} req/s` : `${shape.connections} connections`} in ${shape.windowMs / 1000}s windows`;
  }
}

/** Names a threshold may put after `@` for this shape: its stages, or the spike's three parts. */
export function phaseNames(shape: ShapePlan): string[] {
  if (shape.kind === 'stages') return shape.stages.map((s) => s.name);
  if (shape.kind === 'spike') return ['before', 'spike', 'after'];
  return [];
}

/** Seconds of load a shape is set to put on, warm-up included; capacity: its time budget. */
export function plannedLoadMs(shape: Exclude<ShapePlan, { kind: 'steady' }>, warmupMs: number): number {
  if (shape.kind === 'capacity') return warmupMs + shape.timeBudgetMs;
  return phasesOf(shape, warmupMs).reduce((sum, p) => sum + p.durationMs, 0);
}

/** The arrival offset (ms from the phase's start) of request k (0-based) at a rate ramped from `from` to `to` req/s
 * over `durationMs`: the time at which the ramp's integral reaches k. */
export function arrivalOffset(k: number, from: number, to: number, durationMs: number): number {
  const a = from / 1000;
  const slope = (to - from) / 1000 / durationMs;
  if (Math.abs(slope) < 1e-15) return a > 0 ? k / a : Infinity;
  // a·t + slope·t²/2 = k
  const disc = a * a + 2 * slope * k;
  return disc < 0 ? Infinity : (-a + Math.sqrt(disc)) / slope;
}

/** Requests a phase sends: the ramp's integral, rounded down. */
export const arrivalsIn = (from: number, to: number, durationMs: number): number => Math.floor((((from + to) / 2) * durationMs) / 1000 + 1e-9);

// ---- capacity -------------------------------------------------------------------------------------------------

export interface Probe {
  rate: number;
  passed: boolean;
  /** 1-based search the probe belongs to. */
  round: number;
}

/** One search's result: the highest rate that held, with the lowest that did not above it. */
export interface Knee {
  round: number;
  /** Null: even the lower bound broke the objective. */
  held: number | null;
  /** Null: even the upper bound held. */
  broke: number | null;
}

/** The knee each search has found so far: its highest held rate and lowest broken one above. */
export function kneesOf(probes: readonly Probe[]): Knee[] {
  const rounds = [...new Set(probes.map((p) => p.round))];
  return rounds.map((round) => {
    const mine = probes.filter((p) => p.round === round);
    const heldRates = mine.filter((p) => p.passed).map((p) => p.rate);
    const held = heldRates.length ? Math.max(...heldRates) : null;
    const brokeAbove = mine.filter((p) => !p.passed && (held === null || p.rate > held)).map((p) => p.rate);
    return { round, held, broke: brokeAbove.length ? Math.min(...brokeAbove) : null };
  });
}

// Rates are probed to a tenth of a request a second (the resolution is at least 1 %, so a bisection still moves).
const roundRate = (r: number) => Math.round(r * 10) / 10;

/**
 * The next rate to probe, or null when the search is over. The first search doubles from the lower bound until
 * the objective breaks (or the upper bound holds), then bisects (geometrically) until the bracket is within the
 * resolution. Later searches start at the last knee and step by the resolution, up while it holds and down while
 * it does not, so each gives one more estimate of the same knee.
 */
export function nextProbe(c: CapacityPlan, probes: readonly Probe[]): { rate: number; round: number } | null {
  const step = 1 + c.resolutionPercent / 100;
  const last = kneesOf(probes).at(-1);
  if (!last) return { rate: c.fromRate, round: 1 };
  const mine = probes.filter((p) => p.round === last.round);
  // Out of the bounds: nothing more to learn.
  if (last.held === null && mine.some((p) => p.rate <= c.fromRate)) return null;
  if (last.broke === null && mine.some((p) => p.rate >= c.toRate)) return null;
  const bracketed = last.held !== null && last.broke !== null && last.broke <= last.held * step * 1.001;
  if (!bracketed) {
    const rate = roundRate(searchRate(c, last, mine.at(-1) as Probe, step));
    // A bisection that cannot move any more (rates are rounded) has found the knee.
    if (!mine.some((p) => p.rate === rate)) return { rate, round: last.round };
  }
  if (last.round >= c.repeats) return null;
  return { rate: roundRate(Math.min(c.toRate, Math.max(c.fromRate, last.held ?? c.fromRate))), round: last.round + 1 };
}

function searchRate(c: CapacityPlan, k: Knee, lastProbe: Probe, step: number): number {
  if (k.held !== null && k.broke !== null) return Math.sqrt(k.held * k.broke);
  if (k.round === 1) return k.broke === null ? Math.min(c.toRate, (k.held ?? c.fromRate) * 2) : Math.max(c.fromRate, k.broke / 2);
  // Repeats: step from the last probe by the resolution toward the other side of the knee.
  return lastProbe.passed ? Math.min(c.toRate, lastProbe.rate * step) : Math.max(c.fromRate, lastProbe.rate / step);
}

/** Capacity from the searches: each search's highest held rate. Null when the lower bound broke in every one. */
export function capacityOf(probes: readonly Probe[]): { value: number | null; samples: number[]; belowLower: boolean; aboveUpper: boolean } {
  const knees = kneesOf(probes);
  const samples = knees.map((k) => k.held).filter((v): v is number => v !== null);
  const value = median(samples);
  return { value, samples, belowLower: knees.some((k) => k.held === null), aboveUpper: knees.some((k) => k.broke === null) };
}
