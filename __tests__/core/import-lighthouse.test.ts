import { describe, expect, it } from '@jest/globals';
import { stringify } from 'yaml';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { importBudgetJson, importKind, importLighthouseRc } from '../../src/core/budget/import-lighthouse.js';

const lighthouserc = {
  ci: {
    collect: {
      url: ['http://localhost:8080/', 'http://localhost:8080/checkout/cart?step=1'],
      startServerCommand: 'npm run serve',
      startServerReadyPattern: 'listening on',
      numberOfRuns: 5,
      settings: { preset: 'desktop', throttlingMethod: 'devtools', onlyCategories: ['performance'] },
      puppeteerScript: './login.js',
    },
    assert: {
      preset: 'lighthouse:recommended',
      assertions: {
        'categories:performance': ['error', { minScore: 0.9 }],
        'categories:accessibility': ['warn', { minScore: 1 }],
        'largest-contentful-paint': ['error', { maxNumericValue: 2500, aggregationMethod: 'median' }],
        'first-contentful-paint': ['warn', { maxNumericValue: 1800, aggregationMethod: 'optimistic' }],
        'cumulative-layout-shift': ['error', { maxNumericValue: 0.1 }],
        'resource-summary:script:size': ['error', { maxNumericValue: 307200 }],
        'resource-summary:third-party:count': ['error', { maxNumericValue: 10 }],
        'uses-responsive-images': ['warn', { minScore: 1 }],
        'unused-javascript': 'off',
        interactive: ['error', { maxNumericValue: 5000 }],
      },
    },
    upload: { target: 'temporary-public-storage' },
  },
};

describe('perf-gate import', () => {
  it('tells the two formats apart, and says what it expects of anything else', () => {
    expect(importKind(lighthouserc)).toBe('lighthouserc');
    expect(importKind([{ path: '/*', timings: [] }])).toBe('budget');
    expect(importKind({ extends: 'lighthouse:default' })).toEqual({ error: expect.stringMatching(/^expected a Lighthouse CI config/) });
  });

  it('carries a lighthouserc.json over: pages, runs, server, setup and every assertion with a metric', () => {
    const { budget, notCarried } = importLighthouseRc(lighthouserc);
    expect(budget).toEqual({
      app: { baseUrl: 'http://localhost:8080', command: 'npm run serve', ready: { log: 'listening on' } },
      setup: './login.js',
      pages: ['home', 'checkout-cart'].map((name, i) => ({
        name,
        url: i === 0 ? '/' : '/checkout/cart?step=1',
        runs: 5,
        preset: 'desktop',
        throttling: 'devtools',
        categories: ['performance', 'accessibility'],
        thresholds: [
          'performance >= 90',
          'accessibility >= 100 (warn)',
          'lcp <= 2500ms',
          'fcp <= 1800ms (warn)',
          'cls <= 0.1',
          'script-bytes <= 300KB',
          'third-party-requests <= 10',
        ],
      })),
    });
    expect(notCarried).toEqual([
      'ci.collect.settings.onlyCategories: Lighthouse settings other than preset and throttlingMethod are not carried over',
      "ci.assert.assertions.first-contentful-paint: aggregationMethod 'optimistic' (perf-gate judges the median run)",
      'ci.assert.assertions.uses-responsive-images: no perf-gate metric for this audit',
      'ci.assert.assertions.interactive: no perf-gate metric for this audit',
      "ci.assert.preset 'lighthouse:recommended': its audit-by-audit assertions are not perf-gate metrics; the metrics it has are in the thresholds below",
      'ci.upload: perf-gate keeps results as workflow artifacts and compares with the base branch itself; no server to upload to',
    ]);
    // What it writes is a budget perf-gate runs.
    const plan = parseBudget(stringify(budget), 'perf-budget.yml', '/repo', { env: {} });
    expect(plan.pages.map((p) => [p.name, p.url, p.runs, p.thresholds.length])).toEqual([
      ['home', 'http://localhost:8080/', 5, 7],
      ['checkout-cart', 'http://localhost:8080/checkout/cart?step=1', 5, 7],
    ]);
    expect(plan.pages[0]?.thresholds.find((t) => t.metric === 'script-bytes')?.value).toBe(307200);
  });

  it('carries a budget.json over, sizes from KiB, and names what it cannot', () => {
    const { budget, notCarried } = importBudgetJson([
      {
        path: '/*',
        timings: [
          { metric: 'first-contentful-paint', budget: 2000 },
          { metric: 'interactive', budget: 5000, tolerance: 100 },
        ],
        resourceSizes: [
          { resourceType: 'script', budget: 300 },
          { resourceType: 'total', budget: 1000 },
          { resourceType: 'media', budget: 200 },
        ],
        resourceCounts: [{ resourceType: 'third-party', budget: 10 }],
      },
      { path: '/checkout', timings: [{ metric: 'largest-contentful-paint', budget: 2500 }] },
    ]);
    expect(budget).toEqual({
      app: { baseUrl: 'http://127.0.0.1:3000' },
      pages: [
        { name: 'home', url: '/', thresholds: ['fcp <= 2000ms', 'script-bytes <= 300KB', 'total-bytes <= 1000KB', 'third-party-requests <= 10'] },
        { name: 'checkout', url: '/checkout', thresholds: ['lcp <= 2500ms'] },
      ],
    });
    expect(notCarried).toEqual([
      'app: budget.json has no server or URLs; app.baseUrl is http://127.0.0.1:3000, set app.command to start your app',
      "[0].path '/*': a pattern; imported as the page /, add a page for each URL it should cover",
      "[0].timings[1]: 'interactive' has no perf-gate metric",
      "[0].resourceSizes[2]: 'media' has no perf-gate metric",
    ]);
    expect(parseBudget(stringify(budget), 'b.yml', '/r').pages).toHaveLength(2);
  });
});
