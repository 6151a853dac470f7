// Only the app's statements count: those of the connection's own database and role, not another role's on the same
// database, not another database's, not perf-gate's own queries.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { openStatementReader } from '../../src/adapters/work/pg-statements.js';
import { statementDelta } from '../../src/core/work/db-work.js';
import { startPostgres, type Postgres } from '../../bench/servers/postgres.mjs';

describe('the statements read from pg_stat_statements', () => {
  let server: Postgres;
  beforeAll(async () => {
    server = await startPostgres();
    server.sql('app', 'CREATE EXTENSION pg_stat_statements');
    server.sql('app', 'CREATE ROLE other LOGIN');
    server.sql('app', 'CREATE TABLE t (id int)');
    server.sql('app', 'GRANT SELECT ON t TO other');
    server.sql('elsewhere', 'CREATE TABLE t (id int)');
  });
  afterAll(() => server?.stop());

  const run = async (url: string, statement: string, times: number) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    for (let i = 0; i < times; i++) await c.query(statement);
    await c.end();
  };

  it("counts the app's own statements and leaves out other roles, other databases and its own queries", async () => {
    const url = server.url('app');
    const reader = await openStatementReader(url);
    try {
      const before = await reader.snapshot();
      await run(url, 'SELECT count(*) FROM t WHERE id = 1', 7);
      await run(url.replace('postgres@', 'other@'), 'SELECT id FROM t WHERE id = 2', 5);
      await run(server.url('elsewhere'), 'SELECT id FROM t WHERE id > 3', 4);
      const after = await reader.snapshot();
      const delta = statementDelta(before, after);
      expect(delta.map((d) => [d.query, d.calls])).toEqual([['SELECT count(*) FROM t WHERE id = $1', 7]]);
    } finally {
      await reader.close();
    }
  });
});
