import { describe, expect, it } from '@jest/globals';
import { appCostMetrics, spansOf } from '../../src/core/load/app-cost.js';

const at = (cpuMs: number, rssMb: number, peakMb = rssMb) => ({ cpuMs, rssBytes: rssMb * 2 ** 20, peakRssBytes: peakMb * 2 ** 20 });

describe('appCostMetrics', () => {
  it('divides the CPU each burst took by the requests it answered, and keeps the peak memory', () => {
    const readings = [at(1000, 50), at(1100, 52), at(1300, 51, 60)];
    const m = appCostMetrics(spansOf(readings, [{ requests: 1000 }, { requests: 1000 }]));
    expect(m['cpu-per-request']).toEqual({ value: 0.15, unit: 'ms', samples: [0.1, 0.2] });
    expect(m['app-rss']).toEqual({ value: 60 * 2 ** 20, unit: 'bytes', samples: [52 * 2 ** 20, 51 * 2 ** 20] });
  });

  it('leaves out bursts it could not read or that answered nothing', () => {
    const m = appCostMetrics(spansOf([at(0, 1), undefined, at(50, 1), at(80, 1)], [{ requests: 10 }, { requests: 10 }, { requests: 0 }]));
    expect(m['cpu-per-request']).toBeUndefined();
    expect(m['app-rss']!.samples).toHaveLength(2);
    expect(appCostMetrics(spansOf([undefined, undefined], [{ requests: 5 }]))).toEqual({});
  });

  it("counts only the memory a target's own load grew over the app's memory at ready", () => {
    const mb = 2 ** 20;
    const at = (rss: number) => ({ cpuMs: 0, rssBytes: rss * mb, peakRssBytes: 500 * mb });
    // An earlier endpoint grew the app from 50 MB to 200 MB; this one grows it by 5 MB more.
    const spans = [
      { start: at(200), end: at(203), requests: 10 },
      { start: at(203), end: at(205), requests: 10 },
    ];
    const m = appCostMetrics(spans, { readyRssBytes: 50 * mb, startRssBytes: 200 * mb, peaksDuring: [204 * mb, 206 * mb] });
    expect(m['app-rss']!.samples).toEqual([53 * mb, 55 * mb]);
    expect(m['app-rss']!.value).toBe(56 * mb);
    // Memory that shrank under its load counts as no growth.
    expect(
      appCostMetrics([{ start: at(200), end: at(150), requests: 10 }], { readyRssBytes: 50 * mb, startRssBytes: 200 * mb, peaksDuring: [] })['app-rss']!.value,
    ).toBe(50 * mb);
  });
});
