import { describe, expect, it } from '@jest/globals';
import { arrivalOffset, arrivalsIn, capacityOf, nextProbe, phasesOf, type CapacityPlan, type Probe } from '../../src/core/load/load-shape.js';

const capacity = (over: Partial<CapacityPlan> = {}): CapacityPlan => ({
  kind: 'capacity',
  objective: [],
  fromRate: 10,
  toRate: 10_000,
  probeMs: 5000,
  resolutionPercent: 5,
  repeats: 3,
  timeBudgetMs: 600_000,
  ...over,
});

/** Runs the search against an app whose objective holds below `knee` req/s exactly. */
function search(c: CapacityPlan, knee: number, maxProbes = 200): Probe[] {
  const probes: Probe[] = [];
  for (let next = nextProbe(c, probes); next && probes.length < maxProbes; next = nextProbe(c, probes)) {
    probes.push({ ...next, passed: next.rate <= knee });
  }
  return probes;
}

describe('arrivals', () => {
  it('are evenly spaced at a held rate', () => {
    expect(arrivalsIn(100, 100, 2000)).toBe(200);
    expect([0, 1, 2, 199].map((k) => arrivalOffset(k, 100, 100, 2000))).toEqual([0, 10, 20, 1990]);
  });

  it('follow a linear ramp: half the requests of 0 → 100 req/s over 2 s leave in its last 0.59 s', () => {
    expect(arrivalsIn(0, 100, 2000)).toBe(100);
    // ∫ = 50 req/s² · t² = 50 at t = 1 s; half of 100 at t = √2 s.
    expect(arrivalOffset(25, 0, 100, 2000)).toBeCloseTo(1000, 6);
    expect(arrivalOffset(50, 0, 100, 2000)).toBeCloseTo(1414.2136, 3);
    // A ramp down mirrors it.
    expect(arrivalOffset(50, 100, 0, 2000)).toBeCloseTo(2000 - 1414.2136, 3);
  });
});

describe('phases', () => {
  it('ramp each rate stage from the previous rate; the first holds; connection stages hold', () => {
    const phases = phasesOf(
      {
        kind: 'stages',
        stages: [
          { name: '1', durationMs: 5000, rate: 50 },
          { name: 'up', durationMs: 5000, rate: 150 },
          { name: 'closed', durationMs: 3000, connections: 8 },
          { name: 'down', durationMs: 2000, rate: 20 },
        ],
      },
      1000,
    );
    expect(phases).toEqual([
      { name: 'warm-up', durationMs: 1000, rate: { from: 50, to: 50 }, measured: false },
      { name: '1', durationMs: 5000, rate: { from: 50, to: 50 }, measured: true },
      { name: 'up', durationMs: 5000, rate: { from: 50, to: 150 }, measured: true },
      { name: 'closed', durationMs: 3000, connections: 8, measured: true },
      { name: 'down', durationMs: 2000, rate: { from: 150, to: 20 }, measured: true },
    ]);
  });

  it('of a spike are before, spike and after; of a soak its windows, the last taking the rest', () => {
    expect(phasesOf({ kind: 'spike', rate: 40, factor: 5, beforeMs: 5000, spikeMs: 2000, afterMs: 8000, bandPercent: 25 }, 0)).toEqual([
      { name: 'before', durationMs: 5000, rate: { from: 40, to: 40 }, measured: true },
      { name: 'spike', durationMs: 2000, rate: { from: 200, to: 200 }, measured: true },
      { name: 'after', durationMs: 8000, rate: { from: 40, to: 40 }, measured: true },
    ]);
    const soak = phasesOf({ kind: 'soak', durationMs: 25_000, windowMs: 10_000, connections: 4 }, 0);
    expect(soak.map((p) => [p.name, p.durationMs, p.connections])).toEqual([
      ['w1', 10_000, 4],
      ['w2', 15_000, 4],
    ]);
  });
});

describe('the capacity search', () => {
  it('doubles from the lower bound, bisects to the resolution, then repeats around the knee', () => {
    const probes = search(capacity(), 437);
    const rounds = [1, 2, 3].map((r) => probes.filter((p) => p.round === r).map((p) => p.rate));
    expect(rounds[0]?.slice(0, 7)).toEqual([10, 20, 40, 80, 160, 320, 640]);
    const found = capacityOf(probes);
    expect(found.samples).toHaveLength(3);
    for (const estimate of found.samples) {
      expect(estimate).toBeLessThanOrEqual(437);
      expect(estimate).toBeGreaterThan(437 / 1.05);
    }
    expect(found.belowLower || found.aboveUpper).toBe(false);
    // Later searches start at the last knee and take a few probes each.
    expect(rounds[1]?.[0]).toBe(found.samples[0]);
    expect(rounds[1]?.length).toBeLessThanOrEqual(4);
  });

  it('ends at once when the lower bound already breaks the objective, or the upper bound holds', () => {
    const below = search(capacity(), 5);
    expect(below).toEqual([{ rate: 10, round: 1, passed: false }]);
    expect(capacityOf(below)).toEqual({ value: null, samples: [], belowLower: true, aboveUpper: false });
    const above = search(capacity({ toRate: 300 }), 1000);
    expect(above.map((p) => p.rate)).toEqual([10, 20, 40, 80, 160, 300]);
    expect(capacityOf(above)).toMatchObject({ value: 300, aboveUpper: true });
  });

  it('always ends, whatever the resolution and rounding', () => {
    for (const knee of [10.04, 11, 99.95, 1234.5, 9999]) {
      const probes = search(capacity({ resolutionPercent: 1 }), knee);
      expect(probes.length).toBeLessThan(60);
      expect(capacityOf(probes).value).toBeLessThanOrEqual(knee);
    }
  });
});
