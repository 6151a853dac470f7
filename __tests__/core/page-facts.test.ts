// What changed on a page between base and head, from fixed Lighthouse results.
import { describe, expect, it } from '@jest/globals';
import { initiatorsOf, pageChanges, pageFactsOf, pageWhyLines } from '../../src/core/pages/page-facts.js';
import { pageWhy, pageWhyHtml, pagesWhySection } from '../../src/core/render/render-diagnosis.js';
import { validateReport } from '../../src/core/report/report.js';
import type { Report } from '../../src/core/report/report.js';
import { minimalReport } from '../helpers/minimal-report.js';

const lhr = (requests: [string, string, number][], scripts: [string, number][] = [], tasks: [string, number][] = [], unusedJsMs = 0) => ({
  audits: {
    'network-requests': { details: { items: requests.map(([url, resourceType, transferSize]) => ({ url, resourceType, transferSize })) } },
    'bootup-time': { details: { items: scripts.map(([url, total]) => ({ url, total, scripting: total })) } },
    'long-tasks': { details: { items: tasks.map(([url, duration]) => ({ url, duration, startTime: 1 })) } },
    'unused-javascript': { details: { type: 'opportunity', overallSavingsMs: unusedJsMs, overallSavingsBytes: 0, items: [] } },
  },
});

const base = lhr(
  [
    ['http://app/', 'Document', 5_000],
    ['http://app/main.js?v=1', 'Script', 40_000],
    ['http://app/hero.jpg', 'Image', 100_000],
  ],
  [['http://app/main.js?v=1', 120]],
);

describe('pageFactsOf', () => {
  it('keeps URLs without their query, types, bytes, script time and opportunities with savings', () => {
    const facts = pageFactsOf(lhr([['http://app/a.js?x=1#f', 'Script', 10]], [['http://app/a.js', 60]], [['http://app/a.js', 80]], 150));
    expect(facts).toEqual({
      requests: [{ url: 'http://app/a.js', type: 'Script', bytes: 10 }],
      scripts: [{ url: 'http://app/a.js', ms: 60 }],
      longTasks: [{ url: 'http://app/a.js', ms: 80 }],
      opportunities: [{ id: 'unused-javascript', ms: 150, bytes: 0 }],
    });
  });

  it("names the page's own requests by path, so a base on another port or preview host compares by what it serves", () => {
    const on = (origin: string) => ({
      finalDisplayedUrl: `${origin}/shop`,
      ...lhr([
        [`${origin}/static/app.js?v=2`, 'Script', 300_000],
        ['https://cdn.example/lib.js', 'Script', 9_000],
        ['data:image/png;base64,AA', 'Image', 0],
      ]),
    });
    const base = pageFactsOf(on('http://127.0.0.1:4001'));
    const head = pageFactsOf(on('https://pr-12.preview.example'));
    expect(head.requests.map((r) => r.url)).toEqual(['/static/app.js', 'https://cdn.example/lib.js', 'data:image/png;base64,AA']);
    expect(pageChanges(base, head)).toMatchObject({ added: [], removed: [], grown: [] });
  });

  it('keeps what requested each request: the document that parsed it, or the script on top of the stack that fetched it', () => {
    const initiators = initiatorsOf([
      { method: 'Network.requestWillBeSent', params: { request: { url: 'http://app/' }, initiator: { type: 'other' } } },
      { method: 'Network.requestWillBeSent', params: { request: { url: 'http://app/app.js?v=3' }, initiator: { type: 'parser', url: 'http://app/' } } },
      {
        method: 'Network.requestWillBeSent',
        params: {
          request: { url: 'http://app/data.json' },
          initiator: { type: 'script', stack: { callFrames: [], parent: { callFrames: [{ url: '' }, { url: 'http://app/app.js?v=3' }] } } },
        },
      },
      { method: 'Network.responseReceived', params: {} },
    ]);
    expect(initiators).toEqual({ 'http://app/app.js': 'http://app/', 'http://app/data.json': 'http://app/app.js' });
    const facts = pageFactsOf(
      {
        finalDisplayedUrl: 'http://app/',
        ...lhr([
          ['http://app/app.js?v=3', 'Script', 300_000],
          ['http://app/data.json', 'Fetch', 20_000],
        ]),
      },
      initiators,
    );
    expect(facts.requests).toEqual([
      { url: '/app.js', type: 'Script', bytes: 300_000, initiator: '/' },
      { url: '/data.json', type: 'Fetch', bytes: 20_000, initiator: '/app.js' },
    ]);
    expect(pageWhyLines(pageChanges(pageFactsOf({ finalDisplayedUrl: 'http://app/', ...lhr([]) }), facts))[0]).toBe(
      '`/app.js` (Script) added: 293 KB, requested by `/`',
    );
  });

  it('reads an older result without these audits as a page made of nothing', () => {
    expect(pageFactsOf({ audits: {} })).toEqual({ requests: [], scripts: [], longTasks: [], opportunities: [] });
  });
});

describe('pageChanges', () => {
  it('names a 300 KB script the head added first, with the time it runs', () => {
    const head = lhr(
      [
        ['http://app/', 'Document', 5_000],
        ['http://app/main.js?v=2', 'Script', 40_000],
        ['http://app/hero.jpg', 'Image', 100_000],
        ['http://app/chart-lib.js', 'Script', 300 * 1024],
      ],
      [
        ['http://app/main.js?v=2', 120],
        ['http://app/chart-lib.js', 450],
      ],
      [['http://app/chart-lib.js', 210]],
    );
    const lines = pageWhyLines(pageChanges(pageFactsOf(base), pageFactsOf(head)));
    expect(lines[0]).toBe('`http://app/chart-lib.js` (Script) added: 300 KB');
    expect(lines).toContain('`http://app/chart-lib.js` runs +450 ms on the main thread');
    expect(lines).toContain('a long task of 210 ms from `http://app/chart-lib.js`');
  });

  it('names an image that grew, and leaves small changes and removed requests out of the why', () => {
    const head = lhr([
      ['http://app/', 'Document', 5_200],
      ['http://app/main.js?v=1', 'Script', 40_000],
      ['http://app/hero.jpg', 'Image', 900_000],
    ]);
    const changes = pageChanges(pageFactsOf(base), pageFactsOf(head));
    expect(changes.grown).toEqual([{ url: 'http://app/hero.jpg', type: 'Image', base: 100_000, head: 900_000 }]);
    expect(pageWhyLines(changes)).toEqual(['`http://app/hero.jpg` (Image) grew 97.7 KB → 878.9 KB']);
    const removed = pageChanges(pageFactsOf(base), pageFactsOf(lhr([['http://app/', 'Document', 5_000]])));
    expect(removed.removed.map((r) => r.url)).toEqual(['http://app/hero.jpg', 'http://app/main.js']);
  });
});

describe("a page's why in the report", () => {
  const head = pageFactsOf(
    lhr(
      [
        ['http://app/', 'Document', 5_000],
        ['http://app/main.js?v=2', 'Script', 40_000],
        ['http://app/hero.jpg', 'Image', 100_000],
        ['http://app/chart-lib.js', 'Script', 300_000],
      ],
      [['http://app/chart-lib.js', 400]],
    ),
  );
  const report = (baseFacts: ReturnType<typeof pageFactsOf> | null) =>
    ({
      targets: [
        { kind: 'page', name: 'home', url: 'http://app/', status: 'ok', metrics: {}, page: { runs: [], runsPlanned: 1, representativeRun: 0, facts: head } },
      ],
      baseline: { status: 'used', pageFacts: { home: baseFacts } },
      comparisons: [{ kind: 'page', target: 'home', metric: 'lcp', verdict: 'regressed' }],
    }) as unknown as Report;

  it('names the script the head added first, under the regressed page (report.md and the comment)', () => {
    expect(pagesWhySection(report(pageFactsOf(base)))).toBe(
      "**Why `home`** (its median run against the base's)\n\n- `http://app/chart-lib.js` (Script) added: 293 KB\n- `http://app/chart-lib.js` runs +400 ms on the main thread\n\n",
    );
    expect(pageWhyHtml(report(pageFactsOf(base)), 'home')).toContain('<li><code>http://app/chart-lib.js</code> (Script) added: 293 KB</li>');
  });

  it('says so when the stored baseline kept no page facts (an older perf-gate stored it)', () => {
    expect(pageWhy(report(null), 'home')).toEqual([
      'the baseline kept no page facts (an older perf-gate stored it): what changed on the page shows from the next stored run',
    ]);
  });

  it('keeps the facts in report.json: the report schema takes them, and a wrong one names its field', () => {
    const json = (facts: unknown) => ({ ...JSON.parse(JSON.stringify(minimalReport)), baseline: { status: 'used', pageFacts: { home: facts } } });
    expect(validateReport(json(head))).toMatchObject({ ok: true });
    expect(validateReport(json({ requests: 'many' }))).toMatchObject({ ok: false, reason: expect.stringMatching(/^baseline\.pageFacts\.home/) });
  });
});
