import { describe, expect, it } from '@jest/globals';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { expandReferences, maskSecrets } from '../../src/core/budget/env-references.js';
import { budgetErrors } from '../helpers/budget-errors.js';

const errorsOf = budgetErrors;

const remote = (remoteLine: string, load: string) => `app:
  baseUrl: https://pr-12.preview.example.com
${remoteLine}endpoints:
  - name: items
    url: /api/items
${load}pages:
  - { name: home, url: / }
`;

describe('remote targets', () => {
  it('are refused without app.remote, naming the opt-in', () => {
    expect(errorsOf(remote('', ''))).toEqual([
      "b.yml:2:12: app.baseUrl: perf-gate only sends traffic to this machine unless the budget opts in: expected localhost, 127.0.0.1 or [::1], got 'pr-12.preview.example.com' (set app.remote: true to test a remote host)",
    ]);
  });

  it('are loaded open loop at a stated rate under the cap, and say where the traffic goes', () => {
    const plan = parseBudget(remote('  remote: true\n', '    load: { rate: 10, connections: 2 }\n'), 'b.yml', '/r');
    expect(plan.traffic).toEqual({ remote: true, hosts: ['pr-12.preview.example.com'] });
    expect(plan.endpoints[0]?.url).toBe('https://pr-12.preview.example.com/api/items');
    expect(plan.endpoints[0]?.load.rate).toBe(10);
  });

  it('need a rate, and one at most the cap unless maxRate raises it', () => {
    expect(errorsOf(remote('  remote: true\n', ''))).toEqual([
      "b.yml:5:5: endpoints[0]: load against the remote host 'pr-12.preview.example.com' is open loop at a stated rate: expected load.rate (req/s, at most 20; app.remote.maxRate raises the cap)",
    ]);
    expect(errorsOf(remote('  remote: true\n', '    load: { rate: 50 }\n'))).toEqual([
      "b.yml:7:19: endpoints[0].load.rate: rate 50 req/s against the remote host 'pr-12.preview.example.com' is above the cap of 20 req/s: lower it, or raise app.remote.maxRate",
    ]);
    expect(errorsOf(remote('  remote: { maxRate: 100 }\n', '    load: { rate: 50 }\n'))).toEqual([]);
    expect(errorsOf(remote('  remote: yes please\n', ''))).toEqual(['b.yml:3:11: app.remote: expected true, or { maxRate: <req/s> } to raise the load cap']);
  });

  it('take the base URL from the base-url input, which needs the opt-in too', () => {
    const local = `app:\n  baseUrl: http://127.0.0.1:3000\nendpoints:\n  - { name: items, url: /api/items, load: { rate: 5, connections: 1 } }\n`;
    expect(errorsOf(local, { baseUrl: 'https://pr-7.preview.example.com' })).toEqual([
      "b.yml:2:12: app.baseUrl: from the base-url input: perf-gate only sends traffic to this machine unless the budget opts in: expected localhost, 127.0.0.1 or [::1], got 'pr-7.preview.example.com' (set app.remote: true to test a remote host)",
    ]);
    const plan = parseBudget(local.replace('app:\n', 'app:\n  remote: true\n'), 'b.yml', '/r', { baseUrl: 'https://pr-7.preview.example.com/' });
    expect(plan.endpoints[0]?.url).toBe('https://pr-7.preview.example.com/api/items');
    expect(plan.traffic.remote).toBe(true);
  });

  it('keep a loopback run local even with the opt-in, and cannot be measured beside the base', () => {
    const plan = parseBudget(`app:\n  remote: true\n  baseUrl: http://127.0.0.1:3000\nendpoints:\n  - { name: a, url: /a }\n`, 'b.yml', '/r');
    expect(plan.traffic).toEqual({ remote: false, hosts: ['127.0.0.1:3000'] });
    expect(
      errorsOf(
        `app:\n  command: node s.js\n  remote: true\n  baseUrl: http://127.0.0.2:3000\nsameRunner: { dir: ../base }\nendpoints:\n  - { name: a, url: /a, load: { rate: 5, connections: 1 } }\n`,
      ),
    ).toEqual([
      'b.yml:5:13: sameRunner: measures two apps perf-gate starts on this runner, not a remote host: remove sameRunner, or point app.baseUrl at this machine',
    ]);
  });
});

describe('${NAME} references', () => {
  const budget = `app:
  baseUrl: http://127.0.0.1:3000
endpoints:
  - name: me
    url: /api/me
    headers: { authorization: 'Bearer \${API_TOKEN}', x-team: web }
pages:
  - name: account
    url: /account
    headers: { x-preview: '\${PREVIEW_KEY}' }
    cookies: [{ name: session, value: '\${SESSION}' }]
`;

  it('are read from the environment and listed as secrets', () => {
    const plan = parseBudget(budget, 'b.yml', '/r', { env: { API_TOKEN: 't0k3n', PREVIEW_KEY: 'pk', SESSION: 's3ss' } });
    expect(plan.endpoints[0]?.headers).toEqual({ authorization: 'Bearer t0k3n', 'x-team': 'web' });
    expect(plan.pages[0]?.headers).toEqual({ 'x-preview': 'pk' });
    expect(plan.pages[0]?.cookies).toEqual([{ name: 'session', value: 's3ss' }]);
    expect([...plan.secrets].sort()).toEqual(['pk', 's3ss', 't0k3n']);
  });

  it('that are not set, or empty as an unconfigured GitHub secret is, are budget errors naming them', () => {
    expect(errorsOf(budget, { env: { PREVIEW_KEY: 'pk', SESSION: '' } })).toEqual([
      'b.yml:6:31: endpoints[0].headers.authorization: ${API_TOKEN} is not set in the environment (or empty); expected the workflow to pass it, e.g. env: { API_TOKEN: ${{ secrets.API_TOKEN }} }',
      'b.yml:11:39: pages[0].cookies[0].value: ${SESSION} is not set in the environment (or empty); expected the workflow to pass it, e.g. env: { SESSION: ${{ secrets.SESSION }} }',
    ]);
  });
});

describe('expandReferences and maskSecrets', () => {
  it('expand every reference and leave other dollar signs alone', () => {
    expect(expandReferences('a ${X}-${Y} $Z ${', { X: '1', Y: '2' })).toEqual({ ok: true, value: 'a 1-2 $Z ${', secrets: ['1', '2'] });
    expect(expandReferences('${X}${X}${Q}', {})).toEqual({ ok: false, missing: ['X', 'Q'] });
  });

  it('mask a secret as written, as escaped inside JSON and inside HTML, longest first', () => {
    expect(maskSecrets('token abcd and abcdefg', ['abcd', 'abcdefg'])).toBe('token *** and ***');
    // Switches and numbers read from the environment are not secrets: masking '0' would blank every zero.
    expect(maskSecrets('http://127.0.0.1:8000 errors 0 on', ['0', '1', '8000', 'on', 'true', 'ab'])).toBe('http://127.0.0.1:8000 errors 0 on');
    expect(maskSecrets(JSON.stringify({ h: 'x"<y' }), ['x"<y'])).toBe('{"h":"***"}');
    expect(maskSecrets('{"h":"x\\"\\u003cy"}', ['x"<y'])).toBe('{"h":"***"}');
    expect(maskSecrets('nothing', [])).toBe('nothing');
  });
});
