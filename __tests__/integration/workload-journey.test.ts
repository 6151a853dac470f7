// Journeys on real processes: the example app's login (a form that sets a session cookie and redirects), its account
// page behind the cookie, an order created and read back by the id its answer carried; under steady load and a load
// shape. Then journeys that fail at a step (a wrong password, a capture that finds nothing), a capture cut at its
// limit, and a journey beside a base whose orders cost less.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/run/gate.js';
import { writtenReport } from '../helpers/written-report.js';
import { processesWith, tempDir, uniqueMarker } from '../helpers/processes.js';
import { exampleAppBudget } from '../helpers/example-app-budget.js';

const quiet = { info: () => {}, warn: () => {} };

const budget = (dir: string, marker: string, journeys: string, extra = '', env: Record<string, string> = {}) =>
  exampleAppBudget(dir, marker, {
    env: { EXAMPLE_PASSWORD: 'pw', ...env },
    rest: `load: { duration: 2s, warmup: 300ms, samples: 2, connections: 4 }
${extra}journeys:
${journeys}`,
  });

const buy = (name: string, password = 'pw', load = '') => `  - name: ${name}
    steps:
      - name: login
        url: /login
        method: POST
        headers: { content-type: application/x-www-form-urlencoded }
        body: user=demo&password=${password}
        status: 303
        capture: { session: { cookie: session } }
      - name: account
        url: /account
        headers: { cookie: 'session={session}' }
      - name: order
        url: /api/orders
        method: POST
        body: { sku: x }
        status: 201
        capture: { order: { json: $.id } }
      - name: read
        url: /api/orders/{order}
        think: 2ms
${load}`;

describe('journeys', () => {
  it('log in, use the session, create and read back: rows per step and the journey’s own, steady and under a shape', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    await budget(
      dir,
      marker,
      `${buy('buy')}    thresholds: ['journey-error-rate == 0%', 'p95@read < 500ms']\n${buy('buy-stages', 'pw', '    load: { profile: { stages: [{ duration: 2s, rate: 50 }] } }\n')}`,
    );
    const { report, markdown, exitCode } = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet });
    expect(report.errors).toEqual([]);
    expect(exitCode).toBe(0);
    writtenReport(path.join(dir, 'out'));
    for (const name of ['buy', 'buy-stages']) {
      const t = report.targets.find((x) => x.name === name)!;
      expect(t.metrics['journeys']!.value).toBeGreaterThan(20);
      expect(t.metrics['journey-error-rate']!.value).toBe(0);
      expect(t.metrics['error-rate']!.value).toBe(0);
      // Each step's own row: the 303 of the login is what it expects.
      for (const step of ['login', 'account', 'order', 'read']) expect(t.metrics[`requests@${step}`]!.value).toBeGreaterThan(0);
      expect(t.metrics['journey-p95']!.value!).toBeGreaterThan(t.metrics['p95@read']!.value!);
      const steps = t.endpoint!.journey!.steps;
      expect(steps.map((s) => s.name)).toEqual(['login', 'account', 'order', 'read']);
      // Every journey that logged in went on: the steps differ only by the journeys under way at the measured
      // window's two edges (a few users, or a slow machine's arrivals in flight), not by a share of them.
      expect(Math.abs(steps[0]!.sent - steps[3]!.sent)).toBeLessThanOrEqual(Math.max(8, steps[0]!.sent * 0.1));
    }
    // An arrival rate of 50 journeys a second: never more complete, whatever the machine's speed.
    const stagedRate = report.targets.find((x) => x.name === 'buy-stages')!.metrics['journey-rate']!.value!;
    expect(stagedRate).toBeGreaterThan(0);
    expect(stagedRate).toBeLessThanOrEqual(55);
    expect(markdown).toMatch(/- buy: [\d.]+ journeys\/s · [\d,]+ journeys · journey p50 [\d.]+ ms, p95 [\d.]+ ms/);
    expect(markdown).toContain('- buy › 1 login: POST /login; captures session: cookie session');
    expect(markdown).toMatch(/\| &nbsp;&nbsp;› 4 read \|/);
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);

  it('a journey whose every iteration fails at a step says which and why, fails the run, and does not hang; a capture that finds nothing and one cut at its limit', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    await budget(
      dir,
      marker,
      `${buy('locked-out', 'wrong')}  - name: lost
    steps:
      - name: list
        url: /api/items?limit=100
        capture: { all: { json: $.items }, missing: { json: $.nope } }
      - name: item
        url: '/api/items/{all}'
  - name: long
    steps:
      - name: list
        url: /api/items?limit=200
        capture: { all: { json: $.items } }
      - name: echo
        url: /api/ping
        headers: { x-all: '{all}' }
`,
    );
    const { report, markdown, exitCode } = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet });
    expect(report.errors).toEqual([]);
    expect(exitCode).toBe(1);
    const t = (name: string) => report.targets.find((x) => x.name === name)!;
    expect(t('locked-out').metrics['journeys']!.value).toBe(0);
    expect(t('locked-out').metrics['journey-error-rate']!.value).toBe(100);
    expect(t('locked-out').endpoint!.journey!.steps[0]!.errorKinds).toEqual([{ kind: 'unexpected status 401', count: expect.any(Number) }]);
    expect(t('locked-out').endpoint!.journey!.steps[1]!.sent).toBe(0);
    expect(markdown).toMatch(/- locked-out › 1 login: POST \/login; captures session: cookie session; failed: unexpected status 401 × \d+/);
    expect(t('lost').endpoint!.journey!.steps[0]!.errorKinds).toEqual([{ kind: 'capture `missing`: $.nope not in the response', count: expect.any(Number) }]);
    expect(t('lost').metrics['journey-error-rate']!.value).toBe(100);
    // Nothing of `lost` was answered as expected (its one step fails at its capture): that fails too.
    expect(report.checks.filter((c) => c.outcome === 'fail').map((c) => `${c.target} ${c.metric}`)).toEqual([
      'locked-out error-rate',
      'lost error-rate',
      'lost answered',
    ]);
    // 200 items are over 8,192 characters of JSON: cut, said, and the journey goes on.
    expect(t('long').metrics['journey-error-rate']!.value).toBe(0);
    expect(t('long').endpoint!.journey!.notes).toEqual(['capture `all`: values over 8,192 characters were cut there']);
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);

  it('beside a base whose requests cost less: its CPU per request regresses, the journey takes longer, and it is profiled', async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    mkdirSync(path.join(root, 'base'));
    await budget(
      path.join(root, 'head'),
      marker,
      `${buy('buy', 'pw', '    load: { rate: 100, duration: 4s, samples: 2 }\n')}    relative: { journey-p95: '+30% or +1ms', cpu-per-request: '+25%' }\n`,
      "sameRunner: { dir: ../base, env: { EXAMPLE_WORK_US: '0' }, timeBudget: 40s }\ndiagnose: { when: always, duration: 2s }\n",
      { EXAMPLE_WORK_US: '3000' },
    );
    const { report, markdown } = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: path.join(root, 'head'), log: quiet });
    expect(report.errors).toEqual([]);
    const verdict = (metric: string) => report.comparisons.find((r) => r.target === 'buy' && r.metric === metric)?.verdict;
    // The app's CPU per journey request, which a busy machine hardly moves, regresses; the journey's own duration is
    // compared too (a few ms longer on head, within what a neighbouring test file moves two samples: 51 → 41 ms seen).
    expect(verdict('cpu-per-request')).toBe('regressed');
    const journeyRow = report.comparisons.find((r) => r.target === 'buy' && r.metric === 'journey-p95')!;
    expect(journeyRow).toMatchObject({ baseMean: expect.any(Number), headMean: expect.any(Number) });
    expect(journeyRow.verdict).not.toBe('improved');
    // Profiled while virtual users go through the journey on each app in turn: the example app's extra work is named.
    const profiled = report.diagnosis!.endpoints.find((e) => e.target === 'buy')!;
    expect(profiled.head!.requests).toBeGreaterThan(0);
    expect(markdown).toMatch(/\*\*Why `buy`\*\*[^\n]*\n\n- `extraWork`/);
    expect(processesWith(marker)).toEqual([]);
  }, 180_000);
});
