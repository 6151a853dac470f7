// The Django shop on MariaDB (Debian's mariadb-server, performance_schema on) under gunicorn: its statements read
// from performance_schema's digests as PostgreSQL's are from pg_stat_statements, the N+1 list view failing
// `db-repeats-per-request <= 5` with no baseline, the statement named; performance_schema off, or a user who may not
// read it, one line with what to set (exit 3), the load results kept; a literal in a statement never shown.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { runGate } from '../../src/run/gate.js';
import { openMysqlStatementReader } from '../../src/adapters/work/mysql-statements.js';
import { freePort, markerVariable, processesWith, repoRoot, tempDir, uniqueMarker } from '../helpers/processes.js';
import { startMariadb, type Mariadb } from '../../bench/servers/mariadb.mjs';

const quiet = { info: () => {}, warn: () => {} };
const python = '/usr/bin/python3';

async function shop(dir: string, url: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const marker = uniqueMarker();
  const appEnv = { PORT: String(port), DATABASE_URL: '${SHOP_DATABASE_URL}', WEB_CONCURRENCY: '2', [markerVariable]: marker, ...env };
  writeFileSync(
    path.join(dir, 'perf-budget.yml'),
    `app:
  command: gunicorn -c gunicorn.conf.py shop.wsgi
  cwd: ${path.join(repoRoot, 'examples', 'django')}
  setup: ${python} manage.py migrate -v0 && ${python} manage.py seed
  env: ${JSON.stringify(appEnv)}
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 60s }
database: { mysql: '\${SHOP_DATABASE_URL}' }
load: { duration: 2s, warmup: 500ms, samples: 4, connections: 4 }
endpoints:
  - { name: orders, url: /api/orders, thresholds: ['db-repeats-per-request <= 5'] }
  - { name: customer, url: /api/customers/3 }
`,
  );
  return { marker, env: { ...process.env, SHOP_DATABASE_URL: url } };
}

describe('the Django shop on MariaDB', () => {
  let db: Mariadb;
  beforeAll(async () => {
    db = await startMariadb();
  });
  afterAll(() => db?.stop());

  it('reads its statements from performance_schema, and fails the N+1 on db-repeats-per-request with no baseline, naming the statement', async () => {
    const dir = tempDir();
    const url = db.url('shop');
    const plain = await runGate({ config: 'perf-budget.yml', outDir: 'plain', cwd: dir, log: quiet, ...(await shop(dir, url)) });
    expect(plain.report.errors).toEqual([]);
    expect(plain.exitCode).toBe(0);
    const [orders, customer] = plain.report.targets;
    expect(orders!.metrics['db-repeats-per-request']!.value).toBeCloseTo(1, 0);
    expect(customer!.metrics['db-queries-per-request']!.value).toBeGreaterThanOrEqual(2);
    expect(orders!.endpoint!.statements!.map((s) => s.query).join('\n')).toMatch(/FROM `shop_order`/);

    const { marker, env } = await shop(dir, url, { SHOP_N_PLUS_ONE: '1' });
    const n1 = await runGate({ config: 'perf-budget.yml', outDir: 'n1', cwd: dir, log: quiet, env });
    expect(n1.exitCode).toBe(1);
    const failed = n1.report.checks.find((c) => c.metric === 'db-repeats-per-request')!;
    expect(failed.outcome).toBe('fail');
    expect(failed.actual).toBeGreaterThan(90);
    expect(JSON.stringify(failed)).toMatch(/shop_customer/);
    expect(n1.report.targets[0]!.endpoint!.statements![0]!.query).toMatch(/FROM `shop_customer` WHERE `shop_customer` \. `id` = \?/);
    expect(processesWith(marker)).toEqual([]);
  });

  it('shows digests, never the literals the app sent', async () => {
    const url = db.url('shop_literals');
    db.sql('CREATE TABLE IF NOT EXISTS users (name VARCHAR(40), token VARCHAR(40))', 'shop_literals');
    const reader = await openMysqlStatementReader(url);
    try {
      execFileSync('mariadb', [
        '-h127.0.0.1',
        `-P${db.port}`,
        '-ushop_literals_app',
        '-papp-pw',
        'shop_literals',
        '-e',
        "SELECT * FROM users WHERE token = 'sk-live-hunter2'",
      ]);
      const texts = [...(await reader.snapshot()).values()].map((s) => s.query).join('\n');
      expect(texts).toMatch(/FROM `users` WHERE `token` = \?/);
      expect(texts).not.toContain('hunter2');
    } finally {
      await reader.close();
    }
  });

  it('says in one line what to set when performance_schema is off or not granted (exit 3), and keeps the load results', async () => {
    const dir = tempDir();
    const denied = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet, ...(await shop(dir, db.url('nogrant', { grant: false }))) });
    expect(denied.exitCode).toBe(3);
    expect(denied.report.errors).toEqual([
      `database.mysql: 127.0.0.1:${db.port}/nogrant as nogrant_app may not read performance_schema: GRANT SELECT ON performance_schema.* TO the user perf-gate connects as`,
    ]);
    expect(denied.report.targets[0]!.metrics.requests!.value).toBeGreaterThan(0);
    const off = await startMariadb({ performanceSchema: false });
    try {
      const offDir = tempDir();
      const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: offDir, log: quiet, ...(await shop(offDir, off.url('shop'))) });
      expect(out.exitCode).toBe(3);
      expect(out.report.errors).toEqual([
        `database.mysql: performance_schema is off on 127.0.0.1:${off.port}/shop as shop_app: start the server with --performance-schema=ON (performance_schema = ON under [mysqld] in its configuration)`,
      ]);
      expect(out.report.targets[0]!.metrics.requests!.value).toBeGreaterThan(0);
    } finally {
      off.stop();
    }
  });
});
