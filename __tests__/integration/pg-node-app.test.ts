// The statements behind each request of a Node app on node-postgres, beside its base on the same runner with one
// database for both: each side's bursts read on their own (2 statements a request against 21), the N+1 judged
// regressed by the default count rule, and the comment naming the statement that grew.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/run/gate.js';
import { baselineFromFiles } from '../../src/adapters/baseline/baseline-file.js';
import { renderComment } from '../../src/core/render/render-comment.js';
import { freePort, markerVariable, processesWith, repoRoot, tempDir, uniqueMarker } from '../helpers/processes.js';
import { startPostgres, type Postgres } from '../../bench/servers/postgres.mjs';

const quiet = { info: () => {}, warn: () => {} };

function checkout(dir: string, marker: string, nPlusOne: boolean, sameRunner: string, endpoints = '  - { name: items, url: /api/items }\n', port = 3000): void {
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  // The change is in the code, as a pull request's is: the head's copy turns the N+1 on.
  const code = readFileSync(path.join(repoRoot, '__tests__', 'servers', 'pg-items.cjs'), 'utf8');
  writeFileSync(path.join(dir, 'app', 'server.cjs'), (nPlusOne ? "process.env.ITEMS_N_PLUS_ONE = '1';\n" : '') + code);
  writeFileSync(
    path.join(dir, 'perf-budget.yml'),
    `app:
  command: ${process.execPath} server.cjs
  cwd: app
  env: { DATABASE_URL: '\${ITEMS_DATABASE_URL}', NODE_PATH: '${path.join(repoRoot, 'node_modules')}', PORT: '${port}', ${markerVariable}: ${marker} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 20s }
database: { postgres: '\${ITEMS_DATABASE_URL}' }
${sameRunner ? `sameRunner: ${sameRunner}\n` : ''}load: { duration: 1s, warmup: 200ms, samples: 4, connections: 4 }
endpoints:
${endpoints}`,
  );
}

describe('a Node app on node-postgres', () => {
  let pg: Postgres;
  beforeAll(async () => {
    pg = await startPostgres();
    pg.sql('items', 'CREATE EXTENSION pg_stat_statements');
  });
  afterAll(() => pg?.stop());

  it('reads each side on its own beside the base with one database, and names the N+1 statement', async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    checkout(path.join(root, 'base'), marker, false, '{}');
    checkout(path.join(root, 'head'), marker, true, '{ dir: ../base }');
    const out = await runGate({
      config: 'perf-budget.yml',
      outDir: 'out',
      cwd: path.join(root, 'head'),
      log: quiet,
      env: { ...process.env, ITEMS_DATABASE_URL: pg.url('items') },
    });
    expect(out.report.errors).toEqual([]);
    const row = out.report.comparisons.find((r) => r.metric === 'db-queries-per-request')!;
    expect(row).toMatchObject({ verdict: 'regressed', rule: '+10% or +0.5 (default)' });
    // About 2 and 21 (a burst's boundary catching requests in flight moves a count a little; beside CPU hogs 2.5).
    expect(row.baseMean).toBeGreaterThan(1.5);
    expect(row.baseMean).toBeLessThan(4);
    expect(row.headMean).toBeGreaterThan(18);
    expect(row.headMean).toBeLessThan(24);
    // The base's statements beside the head's, each side's own.
    const base = out.report.baseline!.work!.items!.statements!;
    expect(base.map((s) => s.query)).toContain('SELECT id, name FROM items WHERE id = ANY($1)');
    expect(base.some((s) => s.query === 'SELECT id, name FROM items WHERE id = $1')).toBe(false);
    expect(out.markdown).toMatch(/\| `SELECT id, name FROM items WHERE id = \$1` \(new\) \| 0 → 20 \|/);
    expect(renderComment(out.report, { key: 'k' })).toContain(
      '- **items** db-queries-per-request: `SELECT id, name FROM items WHERE id = $1`: 0 → 20 calls a request',
    );
    expect(out.exitCode).toBe(1);
    expect(processesWith(marker)).toEqual([]);
  });

  it("confirms beside a base whose statements cannot be read: only the count's rows keep the stored verdict, and it is said", async () => {
    const root = tempDir();
    const marker = uniqueMarker();
    const port = await freePort();
    checkout(path.join(root, 'base'), marker, false, '', undefined, port);
    checkout(path.join(root, 'head'), marker, true, '', undefined, port);
    // The base's own database has no pg_stat_statements: its statement reader fails when confirmation starts it.
    for (const side of ['base', 'head']) {
      const file = path.join(root, side, 'perf-budget.yml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          'load:',
          "relative: { endpoints: { p95: +30% } }\nconfirm: { dir: ../base, env: { DATABASE_URL: '${ITEMS_BASE_URL}' } }\nload:",
        ),
      );
    }
    const env = { ...process.env, ITEMS_DATABASE_URL: pg.url('items'), ITEMS_BASE_URL: pg.url('items_plain') };
    const stored = await runGate({ config: 'perf-budget.yml', outDir: 'stored', cwd: path.join(root, 'base'), log: quiet, env });
    expect(stored.report.errors).toEqual([]);
    const out = await runGate({
      config: 'perf-budget.yml',
      outDir: 'out',
      cwd: path.join(root, 'head'),
      log: quiet,
      env,
      baseline: baselineFromFiles([path.join(root, 'base', 'stored', 'report.json')], root),
    });
    expect(out.report.errors).toEqual([]);
    const confirmation = out.report.baseline!.confirmation!;
    expect(confirmation.status).toBe('confirmed');
    expect(confirmation.notes).toEqual([expect.stringMatching(/^the base's app: database\.postgres: .*pg_stat_statements/)]);
    // The count keeps the stored verdict (no confirmed one); p95 was confirmed beside the base.
    const count = out.report.comparisons.find((r) => r.metric === 'db-queries-per-request')!;
    expect(count.stored).toBeUndefined();
    expect(count.verdict).toBe('regressed');
    expect(out.report.comparisons.find((r) => r.metric === 'p95')!.stored).toBeDefined();
    expect(out.markdown).toContain('Not read beside the base (those rows keep the stored verdict): the base');
    expect(processesWith(marker)).toEqual([]);
  });

  it('reads the work at every phase boundary of a load shape, per phase and over the measured ones', async () => {
    const dir = tempDir();
    checkout(
      dir,
      uniqueMarker(),
      true,
      '',
      `  - name: items
    url: /api/items
    load: { profile: { stages: [{ name: light, duration: 1s, rate: 20 }, { name: busy, duration: 1s, rate: 60 }] } }
    thresholds: ['db-queries-per-request@busy <= 25']
`,
      await freePort(),
    );
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet, env: { ...process.env, ITEMS_DATABASE_URL: pg.url('items') } });
    expect(out.report.errors).toEqual([]);
    const m = out.report.targets[0]!.metrics;
    expect(m['db-queries-per-request']!.value).toBeCloseTo(21, 0);
    expect(m['db-queries-per-request']!.samples).toHaveLength(2);
    expect(m['db-queries-per-request@light']!.value).toBeCloseTo(21, 0);
    expect(m['db-queries-per-request@busy']!.value).toBeCloseTo(21, 0);
    expect(out.report.checks.find((c) => c.metric === 'db-queries-per-request@busy')!.outcome).toBe('pass');
    expect(out.report.targets[0]!.endpoint!.statements!.length).toBeGreaterThan(0);
  });
});
