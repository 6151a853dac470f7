import { describe, expect, it } from '@jest/globals';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { fill, jsonBodyTemplate, parseTemplate } from '../../src/core/workload/template.js';
import { requestSource } from '../../src/core/workload/request-source.js';
import { describeVar } from '../../src/core/workload/vars.js';
import { budgetErrors } from '../helpers/budget-errors.js';

const budget = (endpoint: string) => `app:
  baseUrl: http://127.0.0.1:3000
endpoints:
${endpoint}`;

const endpointOf = (endpoint: string) => parseBudget(budget(endpoint), 'b.yml', '/repo', { env: { TOKEN: 's3cret' } }).endpoints[0]!;
const draws = (endpoint: string, n: number) => {
  const next = requestSource(endpointOf(endpoint))!;
  return Array.from({ length: n }, () => next());
};

describe('request templates', () => {
  it('parses placeholders, escapes and a ${NAME}, and refuses a stray brace in a url only', () => {
    expect(parseTemplate('/a/{id}/b{{x}}${TOKEN}', 'url', 'url')).toEqual({
      ok: true,
      template: [{ text: '/a/' }, { name: 'id', encoding: 'url' }, { text: '/b{x}${TOKEN}' }],
    });
    expect(parseTemplate('/a/{id', 'url', 'url')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^expected \{name\} placeholders .*got '\{' at character 4 of '\/a\/\{id'$/),
    });
    expect(parseTemplate('{"raw": {id}}', 'body', 'raw')).toEqual({
      ok: true,
      template: [{ text: '{"raw": ' }, { name: 'id', encoding: 'raw' }, { text: '}' }],
    });
  });

  it('fills a JSON body: a string that is one placeholder takes the value as JSON, others are escaped inside their string', () => {
    const t = jsonBodyTemplate({ id: '{id}', q: 'say "{term}"', nested: [{ n: '{id}' }], plain: 'x' });
    expect(t.ok).toBe(true);
    const body = fill((t as { template: Parameters<typeof fill>[0] }).template, { id: 42, term: 'a "b"\n' });
    expect(JSON.parse(body)).toEqual({ id: 42, q: 'say "a "b"\n"', nested: [{ n: 42 }], plain: 'x' });
  });
});

describe('vars', () => {
  const items = `  - name: item
    url: /api/items/{id}?q={term}
    headers: { x-tenant: 'tenant-{tenant}', authorization: 'Bearer \${TOKEN}' }
    method: POST
    body: { id: '{id}', note: 'for {term}' }
    vars:
      id: { range: [1, 5000] }
      term: { values: [shoes, red dress, 'gift card'] }
      tenant: { values: [a, b], order: sequence }
`;

  it('keeps the url as its template and fills url, headers and body a request at a time', () => {
    const ep = endpointOf(items);
    expect(ep.url).toBe('http://127.0.0.1:3000/api/items/{id}?q={term}');
    const [a, b, c] = draws(items, 3);
    expect(a!.path).toMatch(/^\/api\/items\/\d+\?q=(shoes|red%20dress|gift%20card)$/);
    expect([a, b, c].map((r) => r!.headers['x-tenant'])).toEqual(['tenant-a', 'tenant-b', 'tenant-a']);
    expect(a!.headers.authorization).toBe('Bearer s3cret');
    expect(a!.headers['content-type']).toBe('application/json');
    const body = JSON.parse(a!.body!);
    expect(body.id).toBe(Number(a!.path.split('/')[3]!.split('?')[0]));
    expect(body.note).toMatch(/^for (shoes|red dress|gift card)$/);
    expect(ep.request!.vars.map(describeVar)).toEqual(['id: 1–5000 (random)', 'term: 3 values (random)', 'tenant: 2 values (sequence)']);
  });

  it('draws the same sequence every time for an endpoint, another for another endpoint, each value in range', () => {
    const one = draws(items, 2000).map((r) => r.path);
    expect(draws(items, 2000).map((r) => r.path)).toEqual(one);
    expect(draws(items.replace('name: item', 'name: other'), 50).map((r) => r.path)).not.toEqual(one.slice(0, 50));
    const ids = one.map((p) => Number(/items\/(\d+)/.exec(p)![1]));
    expect(Math.min(...ids)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...ids)).toBeLessThanOrEqual(5000);
    // Spread over the range, not stuck on a few values.
    expect(new Set(ids).size).toBeGreaterThan(1500);
  });

  it('goes through a range in order with order: sequence, from the first again after the last', () => {
    const seq = `  - { name: s, url: '/api/items/{id}', vars: { id: { range: [3, 5], order: sequence } } }\n`;
    expect(draws(seq, 5).map((r) => r.path)).toEqual(['/api/items/3', '/api/items/4', '/api/items/5', '/api/items/3', '/api/items/4']);
  });

  it('says where a placeholder lacks its var, a var is unused, a brace is stray or a var is malformed', () => {
    expect(budgetErrors(budget(`  - { name: a, url: '/api/items/{id}' }\n`))).toEqual([
      'b.yml:4:21: endpoints[0].url: {id} has no var: expected vars.id (a range, values or a file), or {{id}} for literal braces',
    ]);
    expect(budgetErrors(budget(`  - { name: a, url: /api/items, vars: { id: { range: [1, 2] } } }\n`))).toEqual([
      'b.yml:4:45: endpoints[0].vars.id: no placeholder {id} in the url, a header or the body uses it',
    ]);
    expect(budgetErrors(budget(`  - { name: a, url: '/api/{x' }\n`))[0]).toMatch(
      /^b\.yml:4:\d+: endpoints\[0\]\.url: expected \{name\} placeholders .*\{\{ and \}\}/,
    );
    // The line says where; the column is the field's own.
    const bad = (v: string) =>
      budgetErrors(budget(`  - name: a\n    url: /i/{id}\n    vars:\n      id: ${v}\n`)).map((l) => l.replace(/^(b\.yml:\d+):\d+/, '$1'));
    expect(bad('{ range: [5, 1] }')).toEqual(['b.yml:7: endpoints[0].vars.id.range: expected [from, to] with from no greater than to']);
    expect(bad('{ values: [] }')).toEqual(['b.yml:7: endpoints[0].vars.id.values: expected at least 1 entry']);
    expect(bad('{ range: [1, 2], values: [a] }')).toEqual(['b.yml:7: endpoints[0].vars.id: expected one of range, values or file, got range and values']);
    expect(bad('{ file: ids.csv }')).toEqual(['b.yml:7: endpoints[0].vars.id.column: expected the column to read from the file']);
    expect(bad('{ range: [1, 2], order: shuffled }')).toEqual(["b.yml:7: endpoints[0].vars.id.order: expected one of random, sequence, got 'shuffled'"]);
  });

  it('leaves an endpoint without vars as it was: one fixed request, {{ and }} as literal braces', () => {
    const ep = endpointOf(`  - { name: a, url: '/api/items?f={{x}}', body: '{"raw": true}' }\n`);
    expect(ep.request).toBeUndefined();
    expect(ep.body).toBe('{"raw": true}');
    expect(ep.url).toBe('http://127.0.0.1:3000/api/items?f={x}');
  });
});
