import { describe, expect, it } from '@jest/globals';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { budgetErrors } from '../helpers/budget-errors.js';

const base = `app:
  baseUrl: http://127.0.0.1:3000
endpoints:
  - name: ping
    url: /api/ping
    thresholds:
      - p95 < 20ms
      - rps > 500
`;

const errorsOf = budgetErrors;

describe('parseBudget', () => {
  it('resolves a valid budget with defaults', () => {
    const plan = parseBudget(base, 'b.yml', '/repo');
    expect(plan.app).toEqual({
      cwd: '/repo',
      env: {},
      baseUrl: 'http://127.0.0.1:3000/',
      readyUrl: 'http://127.0.0.1:3000/',
      readyStatus: [],
      readyTimeoutMs: 30000,
      stopTimeoutMs: 5000,
      portEnv: 'PORT',
    });
    expect(plan.endpoints[0]).toEqual({
      kind: 'endpoint',
      name: 'ping',
      url: 'http://127.0.0.1:3000/api/ping',
      method: 'GET',
      headers: {},
      load: { durationMs: 10000, warmupMs: 2000, connections: 10, samples: 10, minSamples: 4, timeoutMs: 10000, profile: { kind: 'steady' } },
      thresholds: [
        { source: 'p95 < 20ms', metric: 'p95', op: '<', value: 20, unit: 'ms', line: 7 },
        { source: 'rps > 500', metric: 'rps', op: '>', value: 500, unit: 'rps', line: 8 },
      ],
      relative: [{ metric: 'bytes-per-response', percent: 10, absolute: 100, source: '+10% or +100B (default)', unit: 'bytes' }],
    });
  });

  it('merges load defaults, sends object bodies as JSON and lets targets override relative rules, each rule at its line', () => {
    const plan = parseBudget(
      `app:
  baseUrl: http://localhost:4000/v1/
  command: node server.js
  cwd: app
  env: { PORT: 4000, DEBUG: true }
  ready: { url: /health, timeout: 5s }
load: { duration: 4s, samples: 4, connections: 2 }
relative:
  endpoints: { p95: +10%, rps: -5% }
endpoints:
  - name: create
    url: orders
    method: POST
    body: { sku: a }
    status: [200, 201]
    load: { rate: 50 }
    relative: { p95: +20% or +2ms }
`,
      'b.yml',
      '/repo',
    );
    expect(plan.app).toMatchObject({ cwd: '/repo/app', env: { PORT: '4000', DEBUG: 'true' }, readyUrl: 'http://localhost:4000/health', readyTimeoutMs: 5000 });
    expect(plan.endpoints[0]).toMatchObject({
      url: 'http://localhost:4000/v1/orders',
      body: '{"sku":"a"}',
      headers: { 'content-type': 'application/json' },
      status: [200, 201],
      load: { durationMs: 4000, warmupMs: 2000, connections: 2, samples: 4, rate: 50, timeoutMs: 10000 },
      relative: [
        { metric: 'p95', percent: 20, absolute: 2, source: '+20% or +2ms', unit: 'ms', line: 17 },
        { metric: 'rps', percent: -5, source: '-5%', unit: 'rps', line: 9 },
        // The app's outbound calls, counted by perf-gate's hooks in the processes it starts.
        { metric: 'outbound-calls-per-request', percent: 10, absolute: 0.5, source: '+10% or +0.5 (default)', unit: 'count' },
        { metric: 'bytes-per-response', percent: 10, absolute: 100, source: '+10% or +100B (default)', unit: 'bytes' },
      ],
    });
  });

  it('counts outbound calls of an app it starts unless app.outbound is false, and says why a rule on them cannot hold', () => {
    const budget = (app: string, rule = '') => `app:\n${app}  baseUrl: http://127.0.0.1:3000\nendpoints:\n  - { name: a, url: /a${rule} }\n`;
    const metrics = (text: string) => parseBudget(text, 'b.yml', '/r').endpoints[0]!.relative.map((r) => r.metric);
    expect(parseBudget(budget('  command: ./start.sh\n'), 'b.yml', '/r').app.outbound).toBe(true);
    expect(metrics(budget('  command: ./start.sh\n'))).toEqual(['outbound-calls-per-request', 'bytes-per-response']);
    expect(metrics(budget('  command: ./start.sh\n  outbound: false\n'))).toEqual(['bytes-per-response']);
    expect(metrics(budget(''))).toEqual(['bytes-per-response']);
    expect(() => parseBudget(budget('  command: ./start.sh\n  outbound: false\n', ', thresholds: [outbound-calls-per-request <= 1]'), 'b.yml', '/r')).toThrow(
      "outbound-calls-per-request is counted by perf-gate's hooks in the Node and Python processes it starts: expected app.command, and app.outbound not false",
    );
    expect(() => parseBudget(budget('  command: ./start.sh\n  outbound: no\n'), 'b.yml', '/r')).toThrow(
      'b.yml:3:13: app.outbound: expected boolean, got string',
    );
  });

  it('reads readiness by status and log line, and app.stop as a command or with its own timeout', () => {
    const withApp = (lines: string) => `app:\n  command: ./start.sh\n  baseUrl: http://127.0.0.1:3000\n${lines}endpoints: [{ name: a, url: /a }]\n`;
    expect(parseBudget(withApp(`  ready: { url: /me, status: 401 }\n  stop: docker compose down\n`), 'b.yml', '/r').app).toMatchObject({
      readyUrl: 'http://127.0.0.1:3000/me',
      readyStatus: [401],
      stop: { command: 'docker compose down', timeoutMs: 30_000 },
    });
    const logOnly = parseBudget(
      withApp(`  ready: { log: 'listening on \\d+', status: [401, 403] }\n  stop: { command: pm2 delete api, timeout: 10s }\n`),
      'b.yml',
      '/r',
    ).app;
    expect(logOnly).toMatchObject({ readyLog: 'listening on \\d+', readyStatus: [401, 403], stop: { command: 'pm2 delete api', timeoutMs: 10_000 } });
    expect(logOnly.readyUrl).toBeUndefined();
    expect(parseBudget(withApp(`  ready: { log: ready, url: /health }\n`), 'b.yml', '/r').app).toMatchObject({
      readyLog: 'ready',
      readyUrl: 'http://127.0.0.1:3000/health',
    });
  });

  it('reports a YAML alias bomb as a budget error, not a crash', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [prev, name] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
    ])
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    expect(errorsOf(`${levels.join('\n')}\n${`app: { baseUrl: 'http://127.0.0.1:3000' }\nendpoints: [{ name: a, url: /a }]\n`}`)).toEqual([
      'b.yml: too many YAML aliases: the anchors expand into a huge document (Excessive alias count indicates a resource exhaustion attack); expected at most 100 alias expansions',
    ]);
  });

  it('reads JSON as well as YAML', () => {
    const plan = parseBudget('{"app": {"baseUrl": "http://[::1]:3000"}, "endpoints": [{"name": "a", "url": "/a"}]}', 'b.json', '/r');
    expect(plan.endpoints[0]?.url).toBe('http://[::1]:3000/a');
  });

  it('validates pages now, for the page auditor to use', () => {
    const plan = parseBudget(`app: { baseUrl: 'http://127.0.0.1:3000' }\npages: [{ name: home, url: /, thresholds: ['lcp < 2.5s'] }]\n`, 'b.yml', '/r');
    expect(plan.pages[0]).toMatchObject({
      kind: 'page',
      url: 'http://127.0.0.1:3000/',
      preset: 'mobile',
      throttling: 'simulate',
      runs: 5,
      minRuns: 2,
      categories: ['performance'],
    });
  });

  it('reads runs and samples as an exact count or a range', () => {
    const plan = parseBudget(
      `app: { baseUrl: 'http://127.0.0.1:3000' }\nload: { samples: { min: 3, max: 12 } }\nendpoints:\n  - { name: a, url: /a }\n  - { name: b, url: /b, load: { samples: 5 } }\npages:\n  - { name: p, url: /, runs: 4 }\n  - { name: q, url: /, runs: { min: 1, max: 7 } }\n  - { name: r, url: /, runs: { min: 1, max: 7 }, relative: { lcp: +10% } }\n`,
      'b.yml',
      '/r',
    );
    expect(plan.endpoints.map((e) => [e.load.minSamples, e.load.samples])).toEqual([
      [3, 12],
      [5, 5],
    ]);
    expect(plan.pages.map((p) => [p.minRuns, p.runs])).toEqual([
      [4, 4],
      [1, 7],
      [2, 7], // a relative rule compares spreads: two runs at least
    ]);
  });

  // Every bad file gets one line per problem: file:line:col, the field path, what was expected.
  const app = `app:\n  baseUrl: http://127.0.0.1:3000\n`;
  const cases: Record<string, string> = {
    pageRuns:
      app +
      `pages:\n  - { name: p, url: /, runs: 0 }\n  - { name: q, url: /, runs: 20 }\n  - { name: r, url: /, runs: { min: 4, max: 2 } }\n  - { name: s, url: /, runs: 3.5 }\n`,
    samplesRange: app + `load: { samples: { min: 0, max: 601 } }\nendpoints:\n  - name: a\n    url: /a\n    load: { samples: { min: 3, maks: 6 } }\n`,
    pageCategory: app + `pages:\n  - { name: p, url: /, categories: [perf] }\n`,
    pageCookie: app + `pages:\n  - { name: p, url: /, cookies: [{ name: session }] }\n`,
    pageRemote: app + `pages:\n  - { name: p, url: 'http://10.0.0.1/' }\n`,
    pageThrottling: app + `pages:\n  - { name: p, url: /, throttling: simulated, relative: { lcp: '-10%' } }\n`,
    rateBelowConnections: app + `endpoints:\n  - name: a\n    url: /a\n    load: { rate: 5 }\n`,
    syntax: `app:\n  baseUrl: [1, 2\nendpoints: 3\n`,
    list: `- a\n- b\n`,
    empty: ``,
    noApp: `endpoints:\n  - name: a\n    url: /a\n`,
    noBase: `app:\n  command: x\nendpoints:\n  - name: a\n    url: /a\n`,
    topTypo: app + `endpoint:\n  - name: a\n    url: /a\n`,
    loadTypo: app + `load:\n  durtion: 5s\nendpoints:\n  - name: a\n    url: /a\n`,
    badDuration: app + `load:\n  duration: 10 minutes\nendpoints:\n  - name: a\n    url: /a\n`,
    zeroConn: app + `load:\n  connections: 0\nendpoints:\n  - name: a\n    url: /a\n`,
    method: app + `endpoints:\n  - name: a\n    url: /a\n    method: GTE\n`,
    thresholdNumber: app + `endpoints:\n  - name: a\n    url: /a\n    thresholds: [5]\n`,
    thresholdsNotList: app + `endpoints:\n  - name: a\n    url: /a\n    thresholds: p95 < 5ms\n`,
    relSign: app + `endpoints:\n  - name: a\n    url: /a\n    relative:\n      rps: +5%\n`,
    dup: app + `endpoints:\n  - name: a\n    url: /a\n  - name: a\n    url: /b\n`,
    none: app + `endpoints: []\n`,
    remote: app + `endpoints:\n  - name: a\n    url: https://example.com/a\n`,
    badUrl: `app:\n  baseUrl: not a url\nendpoints:\n  - name: a\n    url: /a\n`,
    ftp: app + `endpoints:\n  - name: a\n    url: ftp://127.0.0.1/a\n`,
    shortBurst: app + `endpoints:\n  - name: a\n    url: /a\n    load: { duration: 1s, samples: 20 }\n`,
    rateBurst: app + `endpoints:\n  - name: a\n    url: /a\n    load: { duration: 5s, samples: 10, rate: 100 }\n`,
    version: `version: 2\n` + app + `endpoints:\n  - name: a\n    url: /a\n`,
    json: `{\n  "app": { "baseUrl": "http://127.0.0.1:3000" },\n  "endpoints": [\n    { "name": "a", "url": "/a", "thresholds": ["p100 < 3ms"] }\n  ]\n}\n`,
    dupKey: app + `endpoints:\n  - name: a\n    name: b\n    url: /a\n`,
    page: app + `pages:\n  - name: home\n    url: /\n    preset: tablet\n    thresholds: ['lpc < 2s', 'performance >= 0.9']\n`,
    status: app + `endpoints:\n  - name: a\n    url: /a\n    status: 700\n`,
    env: `app:\n  baseUrl: http://127.0.0.1:3000\n  env: { A: [1] }\nendpoints:\n  - name: a\n    url: /a\n`,
    confirmTwice: `app:\n  command: x\n  baseUrl: http://127.0.0.1:3000\nsameRunner: { dir: ../base }\nconfirm: { ref: origin/main, dir: ../base }\nendpoints:\n  - name: a\n    url: /a\n`,
    confirmNoCommand: app + `confirm: { ref: origin/main }\nendpoints:\n  - name: a\n    url: /a\n`,
    stopWithoutCommand: app + `  stop: docker compose down\n  ready: { log: listening }\nendpoints:\n  - name: a\n    url: /a\n`,
    readyBad: `app:\n  command: x\n  baseUrl: http://127.0.0.1:3000\n  ready: { log: 'listening (', status: 99 }\n  stop: { timeout: 5s }\nendpoints:\n  - name: a\n    url: /a\n`,
  };

  const expected: Record<string, string[]> = {
    pageRuns: [
      'b.yml:4:30: pages[0].runs: expected at least 1, got 0',
      'b.yml:5:30: pages[1].runs: expected at most 15, got 20',
      'b.yml:6:45: pages[2].runs.max: expected max ≥ min (4)',
      'b.yml:7:30: pages[3].runs: expected a number of runs like 5, or a range like { min: 2, max: 6 }',
    ],
    samplesRange: [
      'b.yml:3:25: load.samples.min: expected at least 1, got 0',
      'b.yml:3:33: load.samples.max: expected at most 600, got 601',
      'b.yml:7:22: endpoints[0].load.samples: expected a number of bursts like 5, or a range like { min: 2, max: 6 }',
    ],
    pageCategory: [
      "b.yml:4:37: pages[0].categories[0]: expected one of performance, accessibility, best-practices, seo, got 'perf' (did you mean 'performance'?)",
    ],
    pageCookie: ['b.yml:4:34: pages[0].cookies[0].value: missing required field (expected string)'],
    pageRemote: [
      "b.yml:4:21: pages[0].url: perf-gate only sends traffic to this machine unless the budget opts in: expected localhost, 127.0.0.1 or [::1], got '10.0.0.1' (set app.remote: true to test a remote host)",
    ],
    pageThrottling: [
      "b.yml:4:36: pages[0].throttling: expected one of simulate, devtools, provided, got 'simulated' (did you mean 'simulate'?)",
      "b.yml:4:64: pages[0].relative.lcp: lcp gets worse as it rises: expected a change like '+10% or +20ms', got '-10%'",
    ],
    rateBelowConnections: [
      'b.yml:6:11: endpoints[0].load: rate 5 req/s is below connections 10: each connection needs at least 1 req/s; set connections to at most 5',
    ],
    syntax: ['b.yml:3:1: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    list: ['b.yml:1:1: expected object, got array'],
    empty: ['b.yml: the file is empty; expected a budget with app and endpoints'],
    noApp: ['b.yml:1:1: app: missing required field (expected object)'],
    noBase: ['b.yml:2:3: app.baseUrl: missing required field (expected string)'],
    topTypo: [
      "b.yml:3:1: endpoint: unknown field 'endpoint' (did you mean 'endpoints'?)",
      'b.yml:1:1: endpoints: expected at least one entry in endpoints, mixes, journeys or pages',
    ],
    loadTypo: ["b.yml:4:3: load.durtion: unknown field 'durtion' (did you mean 'duration'?)"],
    badDuration: ["b.yml:4:13: load.duration: expected a duration like 10s or 500ms, got '10 minutes'"],
    zeroConn: ['b.yml:4:16: load.connections: expected at least 1, got 0'],
    method: ["b.yml:6:13: endpoints[0].method: expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, got 'GTE' (did you mean 'GET'?)"],
    thresholdNumber: ['b.yml:6:18: endpoints[0].thresholds[0]: expected string, got number'],
    thresholdsNotList: ['b.yml:6:17: endpoints[0].thresholds: expected array, got string'],
    relSign: ["b.yml:7:12: endpoints[0].relative.rps: rps gets worse as it falls: expected a change like '-10%', got '+5%'"],
    dup: ["b.yml:6:11: endpoints[1].name: duplicate name 'a'; names must be unique"],
    none: ['b.yml:3:12: endpoints: expected at least one entry in endpoints, mixes, journeys or pages'],
    remote: [
      "b.yml:5:10: endpoints[0].url: perf-gate only sends traffic to this machine unless the budget opts in: expected localhost, 127.0.0.1 or [::1], got 'example.com' (set app.remote: true to test a remote host)",
    ],
    badUrl: ["b.yml:2:12: app.baseUrl: expected a URL like http://127.0.0.1:3000 or a path like /api/items, got 'not a url'"],
    ftp: ["b.yml:5:10: endpoints[0].url: expected an http or https URL, got 'ftp://127.0.0.1/a'"],
    shortBurst: ['b.yml:6:11: endpoints[0].load: 20 samples over 1000 ms makes bursts shorter than 100 ms; lower samples or raise duration'],
    rateBurst: [
      'b.yml:6:11: endpoints[0].load: with a fixed rate, requests are paced per second, so bursts must last whole seconds: duration / samples is 500 ms; set samples to 5',
    ],
    version: ["b.yml:1:10: version: expected one of 1, got '2'"],
    json: [
      "b.yml:4:48: endpoints[0].thresholds[0]: unknown endpoint metric 'p100'; expected one of p50, p75, p90, p95, p99, p99.9, mean, max, rps, throughput, bytes-per-response, requests, errors, error-rate, timeouts, non2xx, non2xx-rate, cpu-per-request, app-rss, db-queries-per-request, db-ms-per-request, db-rows-per-request, db-repeats-per-request, outbound-calls-per-request, redis-commands-per-request, redis-hits-per-request, redis-misses-per-request, outbound-ms-per-request, journey-p50, journey-p75, journey-p90, journey-p95, journey-p99, journey-p99.9, journey-mean, journey-max, journey-rate, journeys, journey-errors, journey-error-rate, capacity-rps, spike-p95, spike-error-rate, recovery-time, rss-growth, p95-drift",
    ],
    dupKey: ['b.yml:5:5: Map keys must be unique'],
    page: [
      "b.yml:6:13: pages[0].preset: expected one of mobile, desktop, got 'tablet'",
      "b.yml:7:18: pages[0].thresholds[0]: unknown page metric 'lpc' (did you mean 'lcp'?)",
      'b.yml:7:30: pages[0].thresholds[1]: performance: scores run from 0 to 100: write 90, not 0.9',
    ],
    status: ['b.yml:6:13: endpoints[0].status: expected at most 599, got 700'],
    env: ['b.yml:3:13: app.env.A: expected a string, number or boolean'],
    confirmTwice: [
      'b.yml:5:10: confirm: expected one of dir (a prepared checkout of the base) or ref (a git revision), not both',
      'b.yml:5:10: confirm: sameRunner already measures the base beside this run: remove confirm',
    ],
    confirmNoCommand: ['b.yml:3:10: confirm: confirming starts two apps: expected app.command'],
    stopWithoutCommand: [
      'b.yml:3:9: app.stop: goes with app.command (perf-gate neither reads the output of an app it did not start nor ends it): expected app.command, or remove this',
      'b.yml:4:17: app.ready.log: goes with app.command (perf-gate neither reads the output of an app it did not start nor ends it): expected app.command, or remove this',
    ],
    readyBad: [
      'b.yml:4:40: app.ready.status: expected at least 100, got 99',
      'b.yml:4:17: app.ready.log: expected a regular expression like "listening on": Invalid regular expression: /listening (/: Unterminated group',
      "b.yml:5:9: app.stop: expected a shell command like 'docker compose down' or { command, timeout }",
    ],
  };

  it.each(Object.keys(cases))('rejects %s', (name) => {
    expect(errorsOf(cases[name] as string)).toEqual(expected[name]);
  });
});

describe('sameRunner', () => {
  const withApp = (sameRunner: string, command = '  command: node server.js\n') =>
    `app:\n${command}  baseUrl: http://127.0.0.1:3000\nsameRunner: ${sameRunner}\nendpoints:\n  - { name: ping, url: /ping, relative: { p95: +10% } }\n`;

  it('resolves a prepared dir against the budget file, with defaults', () => {
    const plan = parseBudget(withApp('{ dir: ../base, build: npm run build }'), 'b.yml', '/r/head');
    expect(plan.sameRunner).toEqual({ dir: '/r/base', build: 'npm run build', timeBudgetMs: 120_000 });
    expect(plan.app.portEnv).toBe('PORT');
  });

  it('takes a git revision, sample limits and a time budget', () => {
    const plan = parseBudget(withApp('{ ref: origin/main, minSamples: 6, maxSamples: 30, timeBudget: 90s, restartEvery: 3 }'), 'b.yml', '/r');
    expect(plan.sameRunner).toEqual({ ref: 'origin/main', minSamples: 6, maxSamples: 30, restartEvery: 3, timeBudgetMs: 90_000 });
  });

  it.each([
    ['{ dir: a, ref: b }', 'b.yml:4:13: sameRunner: expected exactly one of dir (a prepared checkout of the base) or ref (a git revision)'],
    ['{}', 'b.yml:4:13: sameRunner: expected exactly one of dir (a prepared checkout of the base) or ref (a git revision)'],
    ['{ ref: x, minSamples: 10, maxSamples: 5 }', 'b.yml:4:51: sameRunner.maxSamples: expected maxSamples ≥ minSamples (10)'],
    ['{ ref: x, minSamples: 1 }', 'b.yml:4:35: sameRunner.minSamples: expected at least 2, got 1'],
    [
      '{ ref: x, rounds: 3 }',
      "b.yml:4:23: sameRunner.rounds: unknown field 'rounds'; expected one of dir, ref, build, minSamples, maxSamples, timeBudget, restartEvery, env",
    ],
    ['{ ref: x, restartEvery: -1 }', 'b.yml:4:37: sameRunner.restartEvery: expected at least 0, got -1'],
  ])('rejects %s', (sameRunner, message) => {
    expect(errorsOf(withApp(sameRunner))).toEqual([message]);
  });

  it('needs an app command: two apps are started', () => {
    expect(errorsOf(withApp('{ ref: x }', ''))).toEqual(['b.yml:3:13: sameRunner: a same-runner comparison starts two apps: expected app.command']);
  });

  it('gives the base variables of its own, ${NAME} read; one the app never reads is passed along, no error', () => {
    const plan = parseBudget(withApp("{ ref: x, env: { DATABASE_URL: '${BASE_DB}', NOBODY_READS_THIS: 1 } }"), 'b.yml', '/r', {
      env: { BASE_DB: 'postgres://base' },
    });
    expect(plan.sameRunner!.env).toEqual({ DATABASE_URL: 'postgres://base', NOBODY_READS_THIS: '1' });
    expect(plan.secrets).toContain('postgres://base');
    expect(errorsOf(withApp("{ ref: x, env: { DATABASE_URL: '${BASE_DB}' } }"))).toEqual([
      expect.stringMatching(/^b\.yml:4:\d+: sameRunner\.env\.DATABASE_URL: \$\{BASE_DB\} is not set in the environment/),
    ]);
  });
});

describe('diagnose', () => {
  const withConfirm = (diagnose: string) =>
    `app:\n  command: node server.js\n  baseUrl: http://127.0.0.1:3000\nconfirm: {}\n${diagnose}endpoints:\n  - { name: a, url: /a }\n`;

  it('{} profiles the suspicious endpoints 10 s a side; when and duration are read; false and absent turn it off', () => {
    expect(parseBudget(withConfirm('diagnose: {}\n'), 'b.yml', '/r').diagnose).toEqual({ when: 'suspicious', durationMs: 10_000 });
    expect(parseBudget(withConfirm('diagnose: { when: always, duration: 4s }\n'), 'b.yml', '/r').diagnose).toEqual({ when: 'always', durationMs: 4000 });
    expect(parseBudget(withConfirm('diagnose: false\n'), 'b.yml', '/r').diagnose).toBeUndefined();
    expect(parseBudget(withConfirm(''), 'b.yml', '/r').diagnose).toBeUndefined();
  });

  it('names the field and what it expects', () => {
    expect(errorsOf(withConfirm('diagnose: { when: sometimes }\n'))).toEqual([
      "b.yml:5:19: diagnose.when: expected one of suspicious, always, got 'sometimes'",
    ]);
    expect(errorsOf(`app: { command: x, baseUrl: 'http://127.0.0.1:3000' }\ndiagnose: {}\nendpoints: [{ name: a, url: /a }]\n`)).toEqual([
      'b.yml:2:11: diagnose: profiles base and head side by side in the second pass of sameRunner or confirm: expected sameRunner or confirm, or diagnose: false',
    ]);
  });
});
