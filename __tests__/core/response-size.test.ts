// What a response weighs: bytes-per-response judged by default as over-fetching (+10% or +100B), the body named as
// what grew; load.compression asking for compression as browsers do, and the encoding the app answered with said,
// a change from the base's named in the comment.
import { describe, expect, it } from '@jest/globals';
import { endpointResult, sampleReport } from '../../__fixtures__/report.js';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { workCause } from '../../src/core/work/work-diff.js';
import { encodingNotes } from '../../src/core/render/render-shared.js';
import { renderComment } from '../../src/core/render/render-comment.js';
import { renderMarkdown } from '../../src/core/render/render-markdown.js';
import type { ComparisonRow } from '../../src/core/report/report.js';
import { countEncoding, countEncodingOf, watchesEncoding } from '../../src/adapters/load/response-encodings.js';

const budget = (extra = '', endpoint = '') =>
  `app:\n  baseUrl: http://127.0.0.1:3000\n${extra}endpoints:\n  - { name: a, url: /a${endpoint} }\n  - { name: b, url: '/b/{id}', vars: { id: { range: [1, 3] } }, headers: { Accept-Encoding: br } }\n`;

describe('bytes per response', () => {
  it('gets the default rule +10% or +100B unless a rule names it', () => {
    const rules = (text: string) => parseBudget(text, 'b.yml', '/r').endpoints[0]!.relative;
    expect(rules(budget())).toEqual([{ metric: 'bytes-per-response', percent: 10, absolute: 100, source: '+10% or +100B (default)', unit: 'bytes' }]);
    expect(rules(budget('', ", relative: { bytes-per-response: '+50%' }")).map((r) => r.source)).toEqual(['+50%']);
  });

  it('names the body as what grew, base → head a response', () => {
    const row = { kind: 'endpoint', metric: 'bytes-per-response', baseMean: 1200, headMean: 48_000 } as ComparisonRow;
    expect(workCause(row, undefined, undefined)).toEqual({ what: 'the response body', change: '1.2 KB → 46.9 KB a response' });
    expect(workCause({ ...row, headMean: 1000 }, undefined, undefined)).toBeUndefined();
  });
});

describe('compression', () => {
  it("asks as browsers do with load.compression, leaving a request's own Accept-Encoding as it is", () => {
    const plan = parseBudget(budget('load: { compression: true }\n'), 'b.yml', '/r');
    expect(plan.endpoints[0]!.headers).toEqual({ 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(plan.endpoints[1]!.request!.headers).toEqual({ 'Accept-Encoding': [{ text: 'br' }] });
    expect(parseBudget(budget(), 'b.yml', '/r').endpoints[0]!.headers).toEqual({});
  });

  it('says which encoding the app answered with, and names a change from the base', () => {
    const head = endpointResult('orders', { rps: 100, p50: 5, p90: 8, p95: 9, p99: 12, errorRate: 0 });
    head.endpoint!.encodings = { identity: 400 };
    const alone = sampleReport({ targets: [head] });
    expect(encodingNotes(alone)).toEqual(['orders: answered identity (100% of responses)']);
    const row = {
      target: 'orders',
      kind: 'endpoint',
      metric: 'bytes-per-response',
      rule: '+10% or +100B (default)',
      gating: true,
      reasons: [],
      verdict: 'regressed',
      baseMean: 1200,
      headMean: 8000,
      delta: 6800,
      deltaPercent: 566,
      interval: [6800, 6800],
      intervalPercent: [566, 566],
      allowed: 120,
      confidence: 0.95,
      pValue: 0,
      baseN: 4,
      headN: 4,
    } as ComparisonRow;
    const report = sampleReport({
      targets: [head],
      checks: [],
      verdict: 'fail',
      comparisons: [row],
      baseline: { status: 'used', source: 'stored', work: { orders: { encodings: { gzip: 390, identity: 10 } } } },
    });
    expect(encodingNotes(report, true)).toEqual(['orders: answered identity where the base answered gzip']);
    const comment = renderComment(report, { key: 'k' });
    expect(comment).toContain('- **orders** bytes-per-response: the response body: 1.2 KB → 7.8 KB a response');
    expect(comment).toContain('- orders: answered identity where the base answered gzip');
    expect(renderMarkdown(report)).toContain('orders: answered identity where the base answered gzip');
  });

  it("asks on a journey's steps and a mix's requests too, and counts each engine's headers alike", () => {
    const text =
      'app:\n  baseUrl: http://127.0.0.1:3000\nload: { compression: true }\nendpoints:\n  - { name: a, url: /a }\n' +
      'mixes:\n  - { name: m, requests: [{ endpoint: a, weight: 1 }] }\n' +
      'journeys:\n  - { name: j, steps: [{ name: s, url: /s }] }\n';
    const plan = parseBudget(text, 'b.yml', '/r');
    const journey = plan.endpoints.find((e) => e.name === 'j')!;
    expect(journey.journey!.steps[0]!.request.headers).toEqual({ 'accept-encoding': [{ text: 'gzip, deflate, br, zstd' }] });
    expect(plan.endpoints.map(watchesEncoding)).toEqual([true, true, true]);
    expect(parseBudget(text.replace('load: { compression: true }\n', ''), 'b.yml', '/r').endpoints.map(watchesEncoding)).toEqual([false, false, false]);
    const into: Record<string, number> = {};
    countEncoding(['Content-Type', 'application/json', 'Content-Encoding', ' GZIP '], into);
    countEncoding([Buffer.from('content-encoding'), Buffer.from('br')], into);
    countEncoding([Buffer.from('content-length'), Buffer.from('12')], into);
    countEncodingOf({ 'content-encoding': 'gzip' }, into);
    countEncodingOf({}, into);
    expect(into).toEqual({ gzip: 2, br: 1, identity: 2 });
  });
});
