import { describe, expect, it } from '@jest/globals';
import { othersShare, runnerDrift, speedProbeOf } from '../../src/core/verdict/runner-speed.js';

describe("the runner's own speed", () => {
  it('takes the median speed of the windows and the busiest window', () => {
    expect(speedProbeOf([])).toBeUndefined();
    expect(speedProbeOf([{ rps: 3_900, busy: 0.47 }, { rps: 21_800, busy: 0.02 }, { rps: 20_900 }])).toEqual({
      rps: 20_900,
      samples: [3_900, 21_800, 20_900],
      busy: 0.47,
    });
    expect(speedProbeOf([{ rps: 100 }])).toEqual({ rps: 100, samples: [100] });
  });

  it("counts as others' what the machine spent less what perf-gate and the app spent, within 0 and 1", () => {
    const before = { busyMs: 1_000, totalMs: 10_000 };
    // 500 ms of a two-core machine's 1,000: 260 busy of which 250 were perf-gate's own.
    expect(othersShare(before, { busyMs: 1_260, totalMs: 10_500 }, 250)).toBeCloseTo(0.02, 6);
    expect(othersShare(before, { busyMs: 1_510, totalMs: 10_500 }, 255)).toBeCloseTo(0.51, 6);
    // Ticks are coarse: perf-gate's own time can read more than the machine's.
    expect(othersShare(before, { busyMs: 1_200, totalMs: 10_500 }, 250)).toBe(0);
    expect(othersShare(before, before, 0)).toBeUndefined();
  });

  it("reads the free share cubed, counting others' at most 60%", () => {
    const probe = (rps: number, busy?: number) => ({ speedProbe: { rps, samples: [rps], ...(busy !== undefined && { busy }) } });
    expect(runnerDrift(probe(20_000, 0), probe(20_000, 0.5))!.ratio).toBeCloseTo(8, 6);
    expect(runnerDrift(probe(20_000, 0), probe(20_000, 0.9))!.ratio).toBeCloseTo(1 / 0.4 ** 3, 6);
    expect(runnerDrift(probe(20_000, 0.5), probe(20_000, 0))!.ratio).toBeCloseTo(1 / 8, 6);
    // Within ×1.5, or a run that did not read it: nothing to say.
    expect(runnerDrift(probe(20_000, 0.05), probe(20_000, 0.15))).toBeUndefined();
    expect(runnerDrift(probe(20_000), { speedProbe: undefined })).toBeUndefined();
    // A speed change alone, with nobody else noticeable: no busy shares named.
    expect(runnerDrift(probe(20_000, 0.01), probe(10_000, 0.02))).toEqual({ ratio: 2 * (0.99 / 0.98) ** 3, headRps: 10_000, storedRps: 20_000 });
  });
});
