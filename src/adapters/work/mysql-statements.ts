// Reads the app's statements from MySQL's or MariaDB's performance_schema (events_statements_summary_by_digest)
// with mysql2 (the client most Node apps on MySQL use, pure JavaScript, promise API, MariaDB's auth plugins too).
// Digests are normalized by the server (literals become `?`), so no value the app sent is shown. Only the app's
// schema counts: perf-gate connects without a default schema, so its own readings are digested under none.
import mysql from 'mysql2/promise';
import { RunError } from '../../core/errors.js';
import type { StatementSnapshot, StatementStat } from '../../core/work/db-work.js';
import type { StatementReader } from './pg-statements.js';

/** A digest's text, cut: the table name and its conditions are at the start. */
const maxTextLength = 2000;

/** Connects and checks performance_schema can be read; a problem is one line saying what to set (exit 3). */
export async function openMysqlStatementReader(url: string): Promise<StatementReader> {
  const { where, schema, options } = parse(url);
  let conn: mysql.Connection;
  try {
    conn = await mysql.createConnection({ ...options, connectTimeout: 5000 });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const hint =
      code === 'ECONNREFUSED' ? 'ECONNREFUSED (is the server running there?)' : code === 'ER_ACCESS_DENIED_ERROR' ? 'the password was refused' : reason(e);
    throw new RunError(`database.mysql: cannot connect to ${where}: ${hint}`);
  }
  conn.on('error', () => {}); // a dropped connection shows as the next query's error
  try {
    const [on] = await conn.query('SELECT @@performance_schema AS on_');
    if (Number((on as { on_: unknown }[])[0]?.on_) !== 1)
      throw new RunError(
        `database.mysql: performance_schema is off on ${where}: start the server with --performance-schema=ON (performance_schema = ON under [mysqld] in its configuration)`,
      );
    await conn.query('SELECT COUNT(*) FROM performance_schema.events_statements_summary_by_digest');
  } catch (e) {
    await conn.end().catch(() => {});
    if (e instanceof RunError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ER_TABLEACCESS_DENIED_ERROR' || code === 'ER_DBACCESS_DENIED_ERROR')
      throw new RunError(`database.mysql: ${where} may not read performance_schema: GRANT SELECT ON performance_schema.* TO the user perf-gate connects as`);
    throw new RunError(`database.mysql: cannot read performance_schema on ${where}: ${reason(e)}`);
  }
  return {
    async snapshot() {
      const [rows] = await conn.query(
        `SELECT DIGEST AS id, LEFT(DIGEST_TEXT, ${maxTextLength}) AS query, COUNT_STAR AS calls, SUM_TIMER_WAIT / 1e9 AS ms,
                SUM_ROWS_SENT + SUM_ROWS_AFFECTED AS rows_
         FROM performance_schema.events_statements_summary_by_digest
         WHERE SCHEMA_NAME = ? AND DIGEST IS NOT NULL`,
        [schema],
      );
      const out = new Map<string, StatementStat>();
      for (const r of rows as { id: string; query: string | null; calls: unknown; ms: unknown; rows_: unknown }[])
        out.set(r.id, { id: r.id, query: r.query ?? '(no text)', calls: Number(r.calls), totalMs: Number(r.ms), rows: Number(r.rows_) });
      return out as StatementSnapshot;
    },
    close: () => conn.end().catch(() => {}),
  };
}

// mysql://user:password@host:port/schema: the connection (without a default schema) and how to name it.
function parse(url: string): { where: string; schema: string; options: mysql.ConnectionOptions } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new RunError('database.mysql: expected a URL like mysql://user:password@host:3306/shop');
  }
  const schema = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!/^(mysql|mariadb):$/.test(u.protocol) || !schema)
    throw new RunError(
      `database.mysql: expected a URL like mysql://user:password@host:3306/shop (the app's schema last), got ${u.protocol}//${u.host}${u.pathname}`,
    );
  const user = decodeURIComponent(u.username);
  const socket = u.searchParams.get('socket');
  return {
    where: `${u.hostname}:${u.port || 3306}/${schema}${user ? ` as ${user}` : ''}`,
    schema,
    options: {
      ...(socket ? { socketPath: socket } : { host: u.hostname, port: Number(u.port || 3306) }),
      user,
      password: decodeURIComponent(u.password),
    },
  };
}

const reason = (e: unknown) => {
  const err = e as Error & { code?: string };
  return err.code && !err.message.includes(err.code) ? `${err.code} (${err.message})` : err.message;
};
