// A private PostgreSQL cluster for the tests and the benches: Debian's server binaries, a temp data directory owned by
// the postgres user (initdb refuses root), a free loopback port, pg_stat_statements preloaded, no fsync; on request
// without the preload, or with a password over TCP.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.mjs';

function binDir() {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  return path.join('/usr/lib/postgresql', versions[0], 'bin');
}

/** `preload: false`: pg_stat_statements installable but not loaded. `password`: connections over TCP need it. */
export async function startPostgres({ preload = true, password } = {}) {
  const bin = binDir();
  const env = { ...process.env, ...(password && { PGPASSWORD: password }) };
  const asPostgres = (cwd, cmd, ...args) => execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { cwd, stdio: 'pipe', env });
  const root = mkdtempSync(path.join(os.tmpdir(), 'pg-'));
  chownSync(root, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const data = path.join(root, 'data');
  if (password) {
    writeFileSync(path.join(root, 'pw'), password);
    chownSync(path.join(root, 'pw'), Number(execFileSync('id', ['-u', 'postgres']).toString()), 0);
    asPostgres(
      root,
      path.join(bin, 'initdb'),
      '-D',
      data,
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      '--pwfile',
      path.join(root, 'pw'),
      '-U',
      'postgres',
      '--no-sync',
    );
  } else asPostgres(root, path.join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync');
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1${preload ? ' -c shared_preload_libraries=pg_stat_statements' : ''} -c fsync=off`;
  asPostgres(root, path.join(bin, 'pg_ctl'), '-D', data, '-l', path.join(root, 'server.log'), '-w', '-o', options, 'start');
  const made = new Set();
  return {
    port,
    url(database) {
      if (!made.has(database)) {
        spawnSync('runuser', ['-u', 'postgres', '--', path.join(bin, 'createdb'), '-h', '127.0.0.1', '-p', String(port), database], { cwd: root, env });
        made.add(database);
      }
      return `postgres://postgres${password ? `:${encodeURIComponent(password)}` : ''}@127.0.0.1:${port}/${database}`;
    },
    /** Runs one SQL statement in a database of the cluster, as the postgres superuser. */
    sql(database, statement) {
      this.url(database);
      execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, 'psql'), '-h', '127.0.0.1', '-p', String(port), '-d', database, '-qc', statement], {
        cwd: root,
        stdio: 'pipe',
        env,
      });
    },
    /** Binds the server and every process it has forked, and those it forks later, to these CPUs (taskset's list). */
    pin(cpus) {
      const postmaster = readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0].trim();
      const children = spawnSync('pgrep', ['-P', postmaster], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
      for (const pid of [postmaster, ...children]) execFileSync('taskset', ['-a', '-p', '-c', cpus, pid], { stdio: 'ignore' });
    },
    stop() {
      spawnSync('runuser', ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop'], { cwd: root });
      rmSync(root, { recursive: true, force: true });
    },
  };
}
