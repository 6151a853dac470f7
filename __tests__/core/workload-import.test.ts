import { describe, expect, it } from '@jest/globals';
import { AccessLogTally, parseAccessLine } from '../../src/core/workload/access-log.js';
import { mixFromAccessLog } from '../../src/core/workload/import-access-log.js';
import { journeyFromHar, type HarEntry } from '../../src/core/workload/import-har.js';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { stringify } from 'yaml';

const line = (method: string, path: string, status = 200) =>
  `10.0.0.1 - - [06/Dec/2026:10:00:00 +0000] "${method} ${path} HTTP/1.1" ${status} 512 "-" "curl/8"`;

describe('an access log as a mix', () => {
  it('reads the combined format, Apache common, and JSON lines; anything else is garbage', () => {
    expect(parseAccessLine(line('GET', '/api/items/7?x=1'))).toEqual({ method: 'GET', path: '/api/items/7?x=1', status: 200 });
    expect(parseAccessLine('127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326')).toEqual({
      method: 'GET',
      path: '/apache_pb.gif',
      status: 200,
    });
    expect(parseAccessLine('{"request_method":"get","uri":"/a","status":"204"}')).toEqual({ method: 'GET', path: '/a', status: 204 });
    expect(parseAccessLine('{"request":"POST /b HTTP/2.0","status":201}')).toEqual({ method: 'POST', path: '/b', status: 201 });
    expect(parseAccessLine('GET /a')).toBeUndefined();
    expect(parseAccessLine('{"msg":"hello"}')).toBeUndefined();
    expect(parseAccessLine('{not json')).toBeUndefined();
  });

  it('turns ids, uuids, query values and slugs into vars sampled from the log, weighted by share, and says what it left out', () => {
    const t = new AccessLogTally();
    for (let i = 0; i < 600; i++) t.add(line('GET', `/api/items/${(i * 7) % 500}`));
    for (let i = 0; i < 300; i++) t.add(line('GET', `/api/search?q=${['red shoes', 'gift'][i % 2]!.replace(' ', '%20')}&page=${i % 3}`));
    for (let i = 0; i < 60; i++) t.add(line('GET', `/blog/post-${i % 30}-hello`));
    for (let i = 0; i < 40; i++) t.add(line('GET', `/api/users/a1b2c3d4-1111-2222-3333-44445555666${i % 2}/orders`));
    for (let i = 0; i < 50; i++) t.add(line('GET', '/static/app.js'));
    for (let i = 0; i < 20; i++) t.add(line('POST', '/api/orders', 201));
    for (let i = 0; i < 10; i++) t.add(line('GET', '/missing', 404));
    t.add('not a log line');
    t.add('');
    const out = mixFromAccessLog(t, { top: 3, baseUrl: 'http://127.0.0.1:3000', name: 'traffic' });
    expect(out.said).toEqual(["The mix covers 88.9% of the log's 1,080 requests (its 3 commonest kinds of request)"]);
    expect(out.leftOut).toEqual([
      '1 line in neither the combined format nor JSON, skipped',
      '50 requests for static files (scripts, styles, images, fonts)',
      '10 requests answered outside 2xx (redirects, errors)',
      '20 POST requests: an access log has no bodies; write them as endpoints by hand',
    ]);
    const mix = (out.budget.mixes as { requests: { name: string; url: string; weight: number; vars?: Record<string, { values: unknown[] }> }[] }[])[0]!;
    expect(mix.requests.map((r) => [r.name, r.url, r.weight])).toEqual([
      ['get-api-items-id', '/api/items/{item_id}', 62.5],
      ['get-api-search', '/api/search?q={q_q}&page={q_page}', 31.25],
      ['get-blog-slug', '/blog/{blog_slug}', 6.25],
    ]);
    // A sample of 100 requests' ids (as often as the log sent each), written once each.
    expect(mix.requests[0]!.vars!.item_id!.values.length).toBeGreaterThan(80);
    expect(mix.requests[0]!.vars!.item_id!.values.length).toBeLessThanOrEqual(100);
    expect(mix.requests[1]!.vars).toEqual({ q_q: { values: ['gift', 'red shoes'] }, q_page: { values: [0, 1, 2] } });
    expect(mix.requests[2]!.vars!.blog_slug!.values).toHaveLength(30);
    // What it writes is a budget perf-gate reads, each var's values drawn as the log's were.
    const plan = parseBudget(stringify(out.budget), 'b.yml', '/r');
    expect(plan.endpoints[0]!.mix!.parts.map((p) => p.name)).toEqual(['get-api-items-id', 'get-api-search', 'get-blog-slug']);
  });

  it('is the same budget for the same log (seeded samples)', () => {
    const run = () => {
      const t = new AccessLogTally();
      for (let i = 0; i < 5000; i++) t.add(line('GET', `/api/items/${(i * 7919) % 4999}`));
      return JSON.stringify(mixFromAccessLog(t, { top: 5, baseUrl: 'http://127.0.0.1:3000', name: 'traffic' }).budget);
    };
    expect(run()).toBe(run());
  });
});

const header = (name: string, value: string) => ({ name, value });
const entry = (
  method: string,
  url: string,
  over: Partial<HarEntry> & { body?: string; mime?: string; reqHeaders?: { name: string; value: string }[] } = {},
): HarEntry => ({
  request: {
    method,
    url,
    headers: [header('User-Agent', 'Chrome'), header('Accept', 'application/json'), ...(over.reqHeaders ?? [])],
    ...(over.body !== undefined && { postData: { mimeType: over.mime ?? 'application/json', text: over.body } }),
  },
  response: over.response ?? { status: 200, headers: [], content: { mimeType: 'application/json', text: '{}' } },
  ...(over._resourceType && { _resourceType: over._resourceType }),
});

describe('a recording (HAR) as a journey', () => {
  const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJlMTIz';
  const har = {
    log: {
      entries: [
        entry('GET', 'http://127.0.0.1:3000/', { _resourceType: 'document', response: { status: 200, content: { mimeType: 'text/html' } } }),
        entry('GET', 'http://127.0.0.1:3000/static/app.js', { _resourceType: 'script' }),
        entry('GET', 'https://fonts.example.com/font.woff2'),
        entry('GET', 'https://analytics.example.com/collect?id=1'),
        entry('POST', 'http://127.0.0.1:3000/api/login', {
          body: JSON.stringify({ user: 'demo', password: 'hunter2hunter2' }),
          response: {
            status: 200,
            headers: [header('Set-Cookie', 'session=s3ss10nV4lue0123456789; HttpOnly')],
            content: { mimeType: 'application/json', text: JSON.stringify({ token }) },
          },
        }),
        entry('GET', 'http://127.0.0.1:3000/api/orders', {
          reqHeaders: [header('Authorization', `Bearer ${token}`), header('Cookie', 'session=s3ss10nV4lue0123456789; theme=dark')],
          response: { status: 200, content: { mimeType: 'application/json', text: JSON.stringify({ orders: [{ id: 41 }, { id: 42 }] }) } },
        }),
        entry('GET', 'http://127.0.0.1:3000/api/orders/41', { reqHeaders: [header('Authorization', `Bearer ${token}`)] }),
        entry('GET', 'http://127.0.0.1:3000/api/items/7', { reqHeaders: [header('X-Api-Key', 'k3y0123456789abcdef')] }),
        entry('GET', 'http://127.0.0.1:3000/api/items/9', { reqHeaders: [header('X-Api-Key', 'k3y0123456789abcdef')] }),
      ],
    },
  };

  it('keeps the API requests to the app in order, captures what an earlier response carried, and never writes a recorded secret', () => {
    const out = journeyFromHar(har, { name: 'recorded' });
    if ('error' in out) throw new Error(out.error);
    expect(out.leftOut).toEqual([
      '1 request for static files (scripts, styles, images, fonts)',
      '1 page navigation: measure pages under pages:',
      "1 request to fonts.example.com, another host than the app's",
      "1 request to analytics.example.com, another host than the app's",
    ]);
    const text = stringify(out.budget);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('k3y0123456789abcdef');
    expect(text).not.toContain(token);
    expect(text).not.toContain('s3ss10n');
    expect(out.said).toEqual([
      'a journey of 4 steps from 5 requests to http://127.0.0.1:3000',
      "set PASSWORD in the environment: the body's password (the recorded value is not written here)",
      'set X_API_KEY in the environment: the x-api-key header (the recorded value is not written here)',
    ]);
    const steps = (out.budget.journeys as { steps: Record<string, unknown>[] }[])[0]!.steps;
    expect(steps).toEqual([
      {
        name: 'post-api-login',
        method: 'POST',
        url: '/api/login',
        headers: { accept: 'application/json' },
        body: { user: 'demo', password: '${PASSWORD}' },
        capture: { token: { json: '$.token' }, session: { cookie: 'session' } },
      },
      {
        name: 'get-api-orders',
        method: 'GET',
        url: '/api/orders',
        headers: { accept: 'application/json', authorization: 'Bearer {token}', cookie: 'session={session}; theme=dark' },
        capture: { order_id: { json: '$.orders[0].id' } },
      },
      { name: 'get-api-orders-2', method: 'GET', url: '/api/orders/{order_id}', headers: { accept: 'application/json', authorization: 'Bearer {token}' } },
      {
        name: 'get-api-items',
        method: 'GET',
        url: '/api/items/{item_id}',
        headers: { accept: 'application/json', 'x-api-key': '${X_API_KEY}' },
        vars: { item_id: { values: [7, 9] } },
      },
    ]);
    // A budget perf-gate reads once the secrets are set.
    const plan = parseBudget(stringify(out.budget), 'b.yml', '/r', { env: { PASSWORD: 'p', X_API_KEY: 'k' } });
    expect(plan.endpoints[0]!.journey!.steps.map((s) => s.captures.map((c) => c.name))).toEqual([['token', 'session'], ['order_id'], [], []]);
  });

  it('refuses what is not a recording', () => {
    expect(journeyFromHar({} as never, { name: 'r' })).toEqual({ error: 'not a HAR recording: expected { log: { entries: [...] } }, as a browser saves it' });
    expect(journeyFromHar({ log: { entries: [] } }, { name: 'r' })).toEqual({ error: 'has no request to send again: no entry with an http(s) url' });
  });
});
