// The app's own counters per request: the selector grammar, reading a scrape, per-burst samples and resets.
import { describe, expect, it } from '@jest/globals';
import { matches, parseSelector, type CounterSelector } from '../../src/core/work/counter-selector.js';
import { counterTable, counterWorkMetrics, readCounter, type MetricFamily } from '../../src/core/work/counter-work.js';
import { counterMetric, findMetric } from '../../src/core/budget/metric-catalog.js';
import { requestWork } from '../../src/core/work/request-work.js';

const sel = (text: string): CounterSelector => {
  const p = parseSelector(text);
  if (!p.ok) throw new Error(p.error);
  return p.selector;
};

describe('counter selectors', () => {
  it('reads names and label matchers, PromQL style', () => {
    expect(sel('cache_misses_total')).toEqual({ source: 'cache_misses_total', name: 'cache_misses_total', matchers: [] });
    expect(sel(` model_requests_total{ cached = "false", view=~'order.*', x!="a\\"b" , } `).matchers).toEqual([
      { label: 'cached', op: '=', value: 'false' },
      { label: 'view', op: '=~', value: 'order.*' },
      { label: 'x', op: '!=', value: 'a"b' },
    ]);
    const s = sel('m{view=~"order.*",cached!~"t.*"}');
    expect(matches(s, { view: 'orders', cached: 'false' })).toBe(true);
    expect(matches(s, { view: 'xorders', cached: 'false' })).toBe(false);
    expect(matches(s, { view: 'orders', cached: 'true' })).toBe(false);
  });

  it('says where a selector is wrong, by column', () => {
    expect(parseSelector('model_requests_total{cached="false"')).toMatchObject({ ok: false, offset: 35 });
    expect(parseSelector('model_requests_total{cached:"false"}')).toMatchObject({
      ok: false,
      offset: 27,
      error: expect.stringContaining('one of = != =~ !~ at column 28'),
    });
    expect(parseSelector('9lives')).toMatchObject({ ok: false, offset: 0 });
    expect(parseSelector('m{a=~"("}')).toMatchObject({ ok: false, error: expect.stringContaining('a valid regular expression') });
    expect(parseSelector('m{a="b"} extra')).toMatchObject({ ok: false, error: expect.stringContaining('nothing more') });
  });

  it('names counter metrics after the counters: name', () => {
    expect(findMetric('endpoint', 'model-calls-per-request')).toMatchObject({ unit: 'count', better: 'lower', counter: 'model-calls' });
    expect(findMetric('endpoint', 'model-calls-ms-per-request')).toMatchObject({ unit: 'ms', counter: 'model-calls' });
    expect(findMetric('endpoint', 'db-queries-per-request')?.counter).toBeUndefined();
    expect(counterMetric('Model-per-request')).toBeUndefined();
    expect(findMetric('page', 'model-calls-per-request')).toBeUndefined();
  });
});

const scrape: MetricFamily[] = [
  {
    name: 'model_requests_total',
    type: 'counter',
    series: [
      { labels: { cached: 'false', view: 'a' }, value: 3 },
      { labels: { cached: 'false', view: 'b' }, value: 4 },
      { labels: { cached: 'true', view: 'a' }, value: 50 },
    ],
  },
  { name: 'model_request_seconds', type: 'histogram', series: [{ labels: {}, count: 7, sum: 0.35 }] },
  { name: 'cache_misses', type: 'counter', series: [] },
];

describe('reading a scrape', () => {
  it('sums the matching series over their other labels', () => {
    expect(readCounter(sel('model_requests_total{cached="false"}'), scrape)).toEqual({ ok: true, reading: { count: 7 } });
    expect(readCounter(sel('model_requests_total'), scrape)).toEqual({ ok: true, reading: { count: 57 } });
    // A histogram gives its count and its sum, seconds to ms.
    expect(readCounter(sel('model_request_seconds'), scrape)).toEqual({ ok: true, reading: { count: 7, ms: 350 } });
    expect(readCounter(sel('model_request_seconds_sum'), scrape)).toEqual({ ok: true, reading: { count: 0.35 } });
    // A counter named with or without _total; one with no series yet reads zero.
    expect(readCounter(sel('cache_misses_total'), scrape)).toEqual({ ok: true, reading: { count: 0 } });
  });

  it('names what is missing and the nearest names found', () => {
    expect(readCounter(sel('model_request_total'), scrape)).toMatchObject({ ok: false, error: expect.stringContaining("did you mean 'model_requests_total'") });
    expect(readCounter(sel('model_requests_total{cahced="false"}'), scrape)).toMatchObject({
      ok: false,
      error: "no series of 'model_requests_total' has the label 'cahced' (its labels: cached, view)",
    });
  });
});

const at = (count: number, ms?: number) => new Map([['model-calls', { count, ...(ms !== undefined && { ms }) }]]);

describe('counters per request', () => {
  it('gives one sample a burst, pooled by requests, and drops a burst whose counter went down', () => {
    const { metrics, notes } = counterWorkMetrics(
      ['model-calls'],
      [
        { start: at(0, 0), end: at(100, 2000), requests: 100 },
        { start: at(100, 2000), end: at(300, 6000), requests: 100 },
        { start: at(300, 6000), end: at(5, 100), requests: 100 }, // a worker restarted
        { start: at(5, 100), end: undefined, requests: 100 }, // a scrape that failed
      ],
    );
    expect(metrics['model-calls-per-request']).toEqual({ value: 1.5, unit: 'count', samples: [1, 2] });
    expect(metrics['model-calls-ms-per-request']).toEqual({ value: 30, unit: 'ms', samples: [20, 40] });
    expect(notes).toEqual(['model-calls: the counter went down in 1 burst (a worker restarted?); its sample was dropped']);
    expect(counterTable(['model-calls'], [{ start: at(0, 0), end: at(50, 1000), requests: 100 }])).toEqual([
      { name: 'model-calls', perRequest: 0.5, msPerRequest: 10 },
    ]);
  });

  it('keeps each endpoint to its own selectors when snapshots hold every selector', () => {
    const a = sel('x_total');
    const b = sel('y_total');
    const snap = (x: number, y: number) => ({
      counters: new Map([
        ['x_total', { count: x }],
        ['y_total', { count: y }],
      ]),
    });
    const { metrics, details } = requestWork([{ start: snap(0, 0), end: snap(10, 40), requests: 10 }], { calls: b });
    expect(metrics['calls-per-request']!.value).toBe(4);
    expect(details).toEqual({ counters: [{ name: 'calls', perRequest: 4 }] });
    expect(requestWork([{ start: snap(0, 0), end: snap(10, 40), requests: 10 }], { calls: a }).metrics['calls-per-request']!.value).toBe(1);
  });

  it('counts a scrape that came back late against the requests answered by then, not when it was asked for', () => {
    const calls = sel('x_total');
    // Asked for at 0 and 100 answered; the scrape at the start waited behind 30 requests of the load.
    const snap = (x: number, answered: number) => ({ counters: new Map([['x_total', { count: x }]]), answered: { counters: answered } });
    const late = requestWork([{ start: snap(0, 30), end: snap(210, 100), requests: 100 }], { calls });
    expect(late.metrics['calls-per-request']!.value).toBe(3);
    // Without stamps the span's own count stands.
    const plain = requestWork(
      [{ start: { counters: new Map([['x_total', { count: 0 }]]) }, end: { counters: new Map([['x_total', { count: 210 }]]) }, requests: 100 }],
      {
        calls,
      },
    );
    expect(plain.metrics['calls-per-request']!.value).toBe(2.1);
  });
});
