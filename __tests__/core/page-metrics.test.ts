import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractPageMetrics, representativeRun, summarizeRuns, type LhrLike } from '../../src/core/pages/page-metrics.js';
import { repoRoot } from '../helpers/processes.js';

// A Lighthouse 13.5 result of the example app's heavy page (mobile, simulate), trimmed to what perf-gate reads.
const lhr = JSON.parse(readFileSync(path.join(repoRoot, '__fixtures__', 'lhr-gallery.json'), 'utf8')) as LhrLike;

describe('extractPageMetrics', () => {
  it('reads scores (0–100), timings, bytes and requests by resource type', () => {
    expect(extractPageMetrics(lhr)).toEqual({
      performance: 77,
      accessibility: null,
      'best-practices': null,
      seo: null,
      fcp: 2128.8669,
      lcp: 5803.866899999999,
      tbt: 62,
      cls: 0,
      'speed-index': 2128.8669,
      ttfb: 3,
      'total-bytes': 855431,
      requests: 8,
      'script-bytes': 238247,
      'script-requests': 1,
      'stylesheet-bytes': 0,
      'stylesheet-requests': 0,
      'image-bytes': 616264,
      'image-requests': 6,
      'font-bytes': 0,
      'font-requests': 0,
      'document-bytes': 920,
      'document-requests': 1,
      'third-party-bytes': 0,
      'third-party-requests': 0,
    });
  });

  it('gives null for what a run did not measure', () => {
    const m = extractPageMetrics({ categories: { performance: { score: null } }, audits: {} });
    expect(m.performance).toBeNull();
    expect(m.lcp).toBeNull();
    expect(m['script-bytes']).toBeNull();
  });
});

describe('summarizeRuns', () => {
  it('takes the median of each metric and keeps every run as a sample', () => {
    const runs = [
      { performance: 90, lcp: 1200 },
      { performance: 70, lcp: 2500 },
      { performance: 80, lcp: null },
    ];
    const s = summarizeRuns(runs);
    expect(s.performance).toEqual({ value: 80, unit: 'score', samples: [90, 70, 80] });
    expect(s.lcp).toEqual({ value: 1850, unit: 'ms', samples: [1200, 2500] });
    expect(s.cls).toEqual({ value: null, unit: 'unitless', samples: [] });
  });
});

describe('representativeRun', () => {
  it('picks the run nearest the medians of FCP and LCP', () => {
    expect(
      representativeRun([
        { fcp: 800, lcp: 1500 },
        { fcp: 1000, lcp: 2000 },
        { fcp: 1200, lcp: 3900 },
      ]),
    ).toBe(1);
    // Two runs: equally near; the lower LCP wins.
    expect(
      representativeRun([
        { fcp: 1000, lcp: 2100 },
        { fcp: 1000, lcp: 1900 },
      ]),
    ).toBe(1);
    expect(representativeRun([{ fcp: null, lcp: 1 }])).toBe(-1);
    expect(representativeRun([])).toBe(-1);
  });
});
