// perf-gate init on the example Django shop on PostgreSQL: found from manage.py (gunicorn on its WSGI module, the
// migrations as app.setup), its endpoints from Django's URL patterns (those with parameters left out, named), its
// /metrics, and pg_stat_statements from DATABASE_URL. The budget it writes passes perf-gate run unchanged.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { expectRanAsWritten } from '../helpers/as-written.js';
import { freePort, markerVariable, processesWith, repoRoot, tempDir, uniqueMarker } from '../helpers/processes.js';
import { startPostgres, type Postgres } from '../../bench/servers/postgres.mjs';

async function cli(cwd: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), cwd, interactive: () => false });
  return { code, out, err };
}

describe('perf-gate init on the Django shop', () => {
  let pg: Postgres;
  const saved = { ...process.env };
  beforeAll(async () => {
    pg = await startPostgres();
  });
  afterAll(() => {
    process.env = saved;
    pg?.stop();
  });

  it('finds gunicorn, the URL patterns, /metrics and pg_stat_statements, and writes a budget that passes as it is', async () => {
    const marker = uniqueMarker();
    const repo = tempDir('perf-gate-init-django-');
    cpSync(path.join(repoRoot, 'examples', 'django'), repo, { recursive: true, filter: (f) => !f.endsWith('perf-budget.yml') });
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    const url = pg.url('shop_init');
    pg.sql('shop_init', 'CREATE EXTENSION pg_stat_statements');
    // Debian's python3 has Django and gunicorn; a python3 earlier on PATH (pyenv) may not. What a user's shell has.
    process.env = { ...saved, PATH: `/usr/bin:${saved.PATH ?? ''}`, DATABASE_URL: url, [markerVariable]: marker };
    // A port of its own: the other Django tests start the shop on its usual 8000 at the same time.
    const init = await cli(repo, 'init', '--yes', '--port', String(await freePort()));
    expect({ code: init.code, err: init.err }).toMatchObject({ code: 0 });
    const budget = readFileSync(path.join(repo, 'perf-budget.yml'), 'utf8');
    expect(budget).toContain("from Django's URL patterns; measured on this machine");
    expect(budget).toContain('  command: gunicorn --bind 127.0.0.1:$PORT shop.wsgi\n');
    expect(budget).toContain('  setup: python3 manage.py migrate --noinput\n');
    expect(budget).toContain('  metrics: /metrics\n');
    expect(budget).toContain('database: { postgres: "${DATABASE_URL}" }\n');
    expect(budget).toMatch(/- name: orders\n {4}url: \/api\/orders\n {4}thresholds:\n(?: {6}- .*\n)*? {6}- db-repeats-per-request <= 5\n/);
    expect(budget).toContain('  # GET /api/orders/{order_id}: needs a value for order_id: URL patterns give none\n');
    expect(budget).toMatch(/# GET \/api\/my\/orders: answered 40\d here/);
    expect(budget).toMatch(/pages:\n {2}# measured performance \d+/);
    const workflow = readFileSync(path.join(repo, '.github', 'workflows', 'perf-gate.yml'), 'utf8');
    expect(workflow).toContain('      - uses: actions/setup-python@v5');
    expect(workflow).toContain('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    expect(processesWith(marker)).toEqual([]);

    const run = await cli(repo, 'run', '-q');
    expectRanAsWritten(run, path.join(repo, 'perf-gate-report', 'report.json'));
    expect(processesWith(marker)).toEqual([]);
  });
});
