// Reads the app's statements from PostgreSQL's pg_stat_statements with node-postgres (`pg`, the client Node apps
// use themselves). Only the connection's own database and role count, and not perf-gate's own queries, which carry
// a marker comment that pg_stat_statements keeps in their text.
import pg from 'pg';
import { RunError } from '../../core/errors.js';
import type { StatementSnapshot, StatementStat } from '../../core/work/db-work.js';

const marker = '/* perf-gate */';

export interface StatementReader {
  /** Every statement of the app's database and role, as of now. */
  snapshot(): Promise<StatementSnapshot>;
  close(): Promise<void>;
}

/** Connects and checks pg_stat_statements can be read; a problem is one line saying what to do. */
export async function openStatementReader(url: string): Promise<StatementReader> {
  const client = new pg.Client({ connectionString: url, application_name: 'perf-gate', connectionTimeoutMillis: 5000 });
  client.on('error', () => {}); // a dropped connection shows as the next query's error
  const where = describe(url);
  try {
    await client.connect();
  } catch (e) {
    const code = (e as { code?: string }).code;
    const hint = code === 'ECONNREFUSED' ? 'ECONNREFUSED (is PostgreSQL running there?)' : code === '28P01' ? 'the password was refused' : reason(e);
    throw new RunError(`database.postgres: cannot connect to ${where}: ${hint}`);
  }
  let scope: { dbid: number; userid: number };
  try {
    const ext = await client.query(`${marker} SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'`);
    if (ext.rowCount === 0)
      throw new RunError(
        `database.postgres: pg_stat_statements is not installed in ${where}: run CREATE EXTENSION pg_stat_statements there (the server needs shared_preload_libraries = 'pg_stat_statements')`,
      );
    const ids = await client.query(
      `${marker} SELECT (SELECT oid FROM pg_database WHERE datname = current_database())::int AS dbid, (SELECT oid FROM pg_roles WHERE rolname = current_user)::int AS userid`,
    );
    scope = ids.rows[0] as { dbid: number; userid: number };
    await client.query(`${marker} SELECT count(*) FROM pg_stat_statements`);
  } catch (e) {
    await client.end().catch(() => {});
    if (e instanceof RunError) throw e;
    const code = (e as { code?: string }).code;
    if (code === '55000')
      throw new RunError(
        `database.postgres: pg_stat_statements is installed in ${where} but not loaded: add shared_preload_libraries = 'pg_stat_statements' to the server's settings and restart it`,
      );
    throw new RunError(`database.postgres: cannot read pg_stat_statements in ${where}: ${reason(e)}`);
  }
  return {
    async snapshot() {
      const res = await client.query(
        `${marker} SELECT queryid::text AS id, query, calls::float8 AS calls, total_exec_time AS ms, rows::float8 AS rows
         FROM pg_stat_statements WHERE dbid = $1 AND userid = $2 AND queryid IS NOT NULL AND query NOT LIKE '/* perf-gate */%'`,
        [scope.dbid, scope.userid],
      );
      const out = new Map<string, StatementStat>();
      for (const r of res.rows as { id: string; query: string; calls: number; ms: number; rows: number }[])
        out.set(r.id, { id: r.id, query: r.query, calls: r.calls, totalMs: r.ms, rows: r.rows });
      return out;
    },
    close: () => client.end().catch(() => {}),
  };
}

// host:port/database and the user, never the password.
function describe(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}${u.username ? ` as ${decodeURIComponent(u.username)}` : ''}`;
  } catch {
    return 'the database';
  }
}

const reason = (e: unknown) => {
  const err = e as Error & { code?: string };
  return err.code && !err.message.includes(err.code) ? `${err.code} (${err.message})` : err.message;
};
