// The full-stack budget a team on Django + PostgreSQL writes from the docs, in one file: the example shop under
// gunicorn (sync workers, portEnv), pg_stat_statements, app.metrics with two counters, confirm and diagnose, a soak
// and a page. Run against a stored run of its base, then beside its base on one shared database (sameRunner): the
// features meet here, where users find what no test of one feature shows.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/run/gate.js';
import { baselineFromFiles } from '../../src/adapters/baseline/baseline-file.js';
import { renderTerminal } from '../../src/core/render/render-terminal.js';
import { freePort, markerVariable, processesWith, repoRoot, tempDir, uniqueMarker } from '../helpers/processes.js';
import { startPostgres, type Postgres } from '../../bench/servers/postgres.mjs';
import { writtenReport } from '../helpers/written-report.js';

const quiet = { info: () => {}, warn: () => {} };
const python = '/usr/bin/python3';

// The shop's regressions, switched by the environment (examples/django/shop/views.py).
const switches = ['SHOP_N_PLUS_ONE', 'SHOP_CACHE_OFF', 'SHOP_KEEP_ORDERS'] as const;

function budget(port: number, marker: string, base: string): string {
  const env = Object.fromEntries(switches.map((s) => [s, `\${${s}}`]));
  return `app:
  command: gunicorn -c gunicorn.conf.py shop.wsgi
  cwd: shop
  setup: ${python} manage.py migrate -v0 && ${python} manage.py seed
  portEnv: PORT
  env: ${JSON.stringify({ PORT: String(port), DATABASE_URL: '${SHOP_DATABASE_URL}', WEB_CONCURRENCY: '2', [markerVariable]: marker, ...env })}
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 60s }
  metrics: /metrics
database: { postgres: '\${SHOP_DATABASE_URL}' }
counters:
  model-calls: 'model_requests_total{cached="false"}'
  cache-misses: 'summary_cache_lookups_total{result="miss"}'
# Three samples: at two (a t interval of one degree of freedom) the N+1's 2 → 101 statements read unsure on a busy
# machine, a few in-flight requests' statements landing in the next burst.
load: { duration: 3s, warmup: 500ms, connections: 4, samples: 3 }
relative:
  endpoints: { p95: +25% or +2ms }
  pages: { total-bytes: +10% }
${base}diagnose: { duration: 2s }
endpoints:
  - { name: orders, url: /api/orders }
  - { name: order-summary, url: /api/orders/17/summary }
  - { name: missing, url: /api/orders/999999 }
  - name: order-soak
    url: /api/orders/18
    load: { profile: { soak: { duration: 9s, rate: 120, window: 3s } } }
    thresholds: [rss-growth < 2MB/min]
pages:
  - { name: home, url: /, runs: 1 }
`;
}

const confirmBase = `confirm:\n  dir: ../base\n  env: { DATABASE_URL: '\${SHOP_BASE_DATABASE_URL}', SHOP_N_PLUS_ONE: '0', SHOP_CACHE_OFF: '0', SHOP_KEEP_ORDERS: '0' }\n`;
// Beside the base on the head's own database: both apps' statements land in one pg_stat_statements.
const sameRunnerBase = `sameRunner:\n  dir: ../base\n  env: { SHOP_N_PLUS_ONE: '0', SHOP_CACHE_OFF: '0', SHOP_KEEP_ORDERS: '0' }\n  timeBudget: 10s\n`;

describe('the full-stack budget on the Django shop (confirm, diagnose, app.metrics, portEnv, a soak, a page)', () => {
  let pg: Postgres;
  let root: string;
  let env: NodeJS.ProcessEnv;
  const off = Object.fromEntries(switches.map((s) => [s, '0']));
  const on = Object.fromEntries(switches.map((s) => [s, '1']));

  beforeAll(async () => {
    pg = await startPostgres();
    for (const db of ['shop_head', 'shop_base']) pg.sql(db, 'CREATE EXTENSION pg_stat_statements');
    root = tempDir();
    for (const side of ['head', 'base'])
      cpSync(path.join(repoRoot, 'examples', 'django'), path.join(root, side, 'shop'), { recursive: true, filter: (src) => !/__pycache__|sqlite3$/.test(src) });
    env = { ...process.env, PATH: `/usr/bin:${process.env.PATH}`, SHOP_DATABASE_URL: pg.url('shop_head'), SHOP_BASE_DATABASE_URL: pg.url('shop_base') };
  });
  afterAll(() => pg?.stop());

  it("confirms the N+1, the lost cache and the leak against the base's stored run, reads both sides' counters and says why", async () => {
    const head = path.join(root, 'head');
    const marker = uniqueMarker();
    writeFileSync(path.join(head, 'perf-budget.yml'), budget(await freePort(), marker, confirmBase));
    const stored = await runGate({ config: 'perf-budget.yml', outDir: 'stored', cwd: head, log: quiet, env: { ...env, ...off } });
    expect(stored.report.errors).toEqual([]);
    // An endpoint that answers nothing (404 to all) is decided by its errors at once, not sampled to the maximum.
    expect(stored.report.targets.find((t) => t.name === 'missing')!.sampling).toMatchObject({ taken: 1, stop: 'no answers' });

    const out = await runGate({
      config: 'perf-budget.yml',
      outDir: 'out',
      cwd: head,
      log: quiet,
      env: { ...env, ...on },
      baseline: baselineFromFiles(['stored/report.json'], head),
    });
    const { report, markdown } = out;
    expect(report.errors).toEqual([]);
    for (const dir of ['stored', 'out']) writtenReport(path.join(head, dir));
    // The counters were read at each side's own port: confirmation stood, with the base's counters beside the head's.
    const confirmation = report.baseline!.confirmation!;
    expect(confirmation).toMatchObject({ status: 'confirmed' });
    expect(confirmation.notes).toBeUndefined();
    expect(confirmation.work!['order-summary']!.counters!.map((c) => c.name).sort()).toEqual(['cache-misses', 'model-calls']);
    const row = (target: string, metric: string) => report.comparisons.find((r) => r.target === target && r.metric === metric);
    for (const [target, metric] of [
      ['orders', 'db-queries-per-request'],
      ['order-summary', 'model-calls-per-request'],
      ['order-summary', 'cache-misses-per-request'],
      // The model call again, counted by perf-gate's hook in each gunicorn worker with nothing in the budget for it.
      ['order-summary', 'outbound-calls-per-request'],
    ] as const)
      expect(row(target, metric)).toMatchObject({ verdict: 'regressed', stored: { verdict: expect.stringMatching(/regressed|unsure/) } });
    // A count had already failed the run: no rule was sampled past its fewest samples (the soak, confirmed when its
    // p95 is unsure on a busy machine, runs its schedule once). The endpoint that answers nothing is not confirmed or
    // profiled: its errors decide.
    for (const s of confirmation.sampling!) expect(s.target === 'order-soak' ? ['schedule'] : ['settled', 'outcome decided']).toContain(s.stop);
    expect(confirmation.sampling!.map((s) => s.target)).not.toContain('missing');
    expect(report.diagnosis!.endpoints.map((e) => e.target)).not.toContain('missing');

    // The why reached the report: the per-row query path, and the leaking view's line for the failed memory budget.
    expect(markdown).toMatch(/\*\*Why `orders`\*\*[^\n]*\n\n- `[\w.]+` \(`\/usr\/lib\/python3\/dist-packages\/django\/db\//);
    expect(report.checks.find((c) => c.target === 'order-soak' && c.metric === 'rss-growth')!.outcome).toBe('fail');
    const leak = report.diagnosis!.endpoints.find((e) => e.target === 'order-soak')!;
    expect(leak.memory).toMatchObject({ by: 'tracemalloc' });
    expect(leak.memory!.grown[0]!.className).toMatch(/^shop\/shop\/views\.py:\d+$/);

    // The host the head now calls, named in the why.
    expect(markdown).toMatch(/`127\.0\.0\.1:\d+` \(GET \/summarize\): [\d.]+ → [\d.]+ calls? a request/);
    // The statements read apart: the N+1's per-row lookup against the base's one IN (…) of the prefetch.
    // The base never ran the per-row statement: named as new.
    expect(markdown).toMatch(/\| `SELECT … FROM "shop_customer" WHERE "shop_customer"\."id" = \$1 LIMIT \$2` \(new\) \| 0 → \d+ \|/);
    expect(markdown).toMatch(/\| `SELECT … FROM "shop_customer" WHERE "shop_customer"\."id" IN \(…\)` \| 1 → 0 \|/);
    // Each counter is one column, not one a soak window; counts at 0 on both sides are one line.
    const html = readFileSync(path.join(head, 'out', 'report.html'), 'utf8');
    for (const text of [markdown, renderTerminal(report)]) expect(text.split('model-calls/req').length - 1).toBe(1);
    expect(html).not.toMatch(/model-calls(-per-request)?@|model-calls\/req/);
    expect(markdown).toMatch(/unchanged at 0: [\w-, ]+ on /);
    expect(processesWith(marker)).toEqual([]);
  }, 400_000);

  it('beside the base on one shared database: the base counts its own statements, not the head’s leftovers', async () => {
    const head = path.join(root, 'head');
    const marker = uniqueMarker();
    writeFileSync(path.join(head, 'perf-budget.yml'), budget(await freePort(), marker, sameRunnerBase));
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'same', cwd: head, log: quiet, env: { ...env, ...on } });
    expect(out.report.errors).toEqual([]);
    const base = out.report.baseline!.work!.orders!.statements!.reduce((n, s) => n + s.callsPerRequest, 0);
    const ordersHead = out.report.targets.find((t) => t.name === 'orders')!;
    // The head reads 101 statements a request; its requests still in flight at a boundary are not the base's.
    expect(ordersHead.metrics['db-queries-per-request']!.value).toBeGreaterThan(90);
    expect(base).toBeGreaterThan(1.8);
    expect(base).toBeLessThan(2.3);
    expect(out.report.baseline!.work!['order-summary']!.counters!.find((c) => c.name === 'model-calls')!.perRequest).toBe(0);
    expect(out.report.baseline!.sameRunner!.sampling.find((s) => s.target === 'missing')).toMatchObject({ samples: 1, stop: 'no answers' });
    expect(out.report.diagnosis!.endpoints.map((e) => e.target)).toEqual(expect.arrayContaining(['orders', 'order-summary', 'order-soak']));
    expect(processesWith(marker)).toEqual([]);
  }, 400_000);
});
