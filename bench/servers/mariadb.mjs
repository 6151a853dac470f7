// A private MariaDB for the tests and the benches: Debian's mariadbd on a free loopback port, a temp data directory
// owned by the mysql user (its parent too: mariadbd checks), performance_schema on (or off when asked), no binary
// log; a schema and a user with a password for the app, who may read performance_schema unless told not to.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.mjs';

const owner = () => [Number(execFileSync('id', ['-u', 'mysql']).toString()), Number(execFileSync('id', ['-g', 'mysql']).toString())];

/** `performanceSchema: false` starts it with performance_schema off. */
export async function startMariadb({ performanceSchema = true } = {}) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mariadb-'));
  const [uid, gid] = owner();
  chownSync(root, uid, gid);
  const data = path.join(root, 'data');
  const socket = path.join(root, 'sock');
  execFileSync('mariadb-install-db', ['--user=mysql', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db'], {
    stdio: 'pipe',
  });
  const port = await freePort();
  const args = [
    `--datadir=${data}`,
    `--socket=${socket}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--performance-schema=${performanceSchema ? 'ON' : 'OFF'}`,
    '--skip-log-bin',
    '--innodb-flush-log-at-trx-commit=0',
    `--pid-file=${path.join(root, 'pid')}`,
  ];
  const child = spawn('runuser', ['-u', 'mysql', '--', 'mariadbd', ...args], { stdio: 'ignore', detached: true });
  const sql = (statement, database) =>
    execFileSync('mariadb', ['--protocol=socket', `--socket=${socket}`, '-uroot', ...(database ? [database] : []), '-e', statement], {
      stdio: 'pipe',
    }).toString();
  for (let i = 0; ; i++) {
    try {
      sql('SELECT 1');
      break;
    } catch (e) {
      if (i > 200) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const made = new Set();
  return {
    port,
    sql,
    /** A schema of its own and a user of its own for it (`<schema>_app`, password `app-pw`); `grant: false` keeps
     * performance_schema from that user. */
    url(schema, { grant = true } = {}) {
      const user = `${schema}_app`;
      if (!made.has(schema)) {
        sql(
          `CREATE DATABASE IF NOT EXISTS \`${schema}\`; CREATE USER IF NOT EXISTS '${user}'@'127.0.0.1' IDENTIFIED BY 'app-pw'; GRANT ALL ON \`${schema}\`.* TO '${user}'@'127.0.0.1'`,
        );
        if (grant) sql(`GRANT SELECT ON performance_schema.* TO '${user}'@'127.0.0.1'`);
        made.add(schema);
      }
      return `mysql://${user}:app-pw@127.0.0.1:${port}/${schema}`;
    },
    stop() {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
