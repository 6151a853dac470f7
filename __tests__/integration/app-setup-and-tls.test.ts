// What a real stack needs before and around its app: app.setup (migrations, a seed), `${NAME}` in app.env, and an
// https app with a certificate of its own (self-signed: named at once; trusted with app.tls). Through the CLI, with
// real processes and a real TLS server on loopback.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { exampleAppDir, freePort, processesWith, tempDir, uniqueMarker, markerVariable } from '../helpers/processes.js';
import { startPostgres, type Postgres } from '../../bench/servers/postgres.mjs';

// The CLI in-process reads `${NAME}` from process.env: set for the call, then put back.
async function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), cwd });
    return { code, out, err };
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

function budget(dir: string, port: number, marker: string, extra: string, endpoints = '  - { name: ping, url: /api/ping }\n'): string {
  const file = path.join(dir, 'perf-budget.yml');
  writeFileSync(
    file,
    `app:
  command: node ${path.join(exampleAppDir, 'server.js')}
  env: { PORT: ${port}, ${markerVariable}: ${marker} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 20s }
${extra}load: { duration: 400ms, warmup: 100ms, samples: 2, connections: 2 }
endpoints:
${endpoints}`,
  );
  return file;
}

describe('app.setup', () => {
  it('runs before the app starts, in app.cwd with app.env, its output in app-setup.log', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    budget(dir, await freePort(), marker, '  setup: echo "seeded for $' + markerVariable + '" > seeded.txt; echo done\n');
    const run = await cli(['run', '-q', '--out', 'out'], dir);
    // The whole output on a failure: what went wrong, not only the exit code.
    expect(run).toMatchObject({ code: 0 });
    expect(readFileSync(path.join(dir, 'seeded.txt'), 'utf8')).toBe(`seeded for ${marker}\n`);
    expect(readFileSync(path.join(dir, 'out', 'app-setup.log'), 'utf8')).toBe('done\n');
  });

  it('ends the run with exit 3 and its last lines when it fails; the app never starts', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    budget(dir, await freePort(), marker, '  setup: echo \'relation "shop_order" does not exist\'; exit 4\n');
    const run = await cli(['run', '-q', '--out', 'out'], dir);
    expect(run.code).toBe(3);
    expect(run.out).toMatch(/^error: app\.setup 'echo .*; exit 4' exited with code 4$/m);
    expect(run.out).toContain('relation "shop_order" does not exist');
    expect(existsSync(path.join(dir, 'out', 'report.json'))).toBe(true);
    expect(processesWith(marker)).toEqual([]);
  });

  it('ends a setup that overruns its timeout, and everything it started', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    budget(dir, await freePort(), marker, '  setup: { command: "echo migrating; sleep 60 & sleep 60", timeout: 1s }\n');
    const run = await cli(['run', '-q', '--out', 'out'], dir);
    expect(run.code).toBe(3);
    expect(run.out).toMatch(/^error: app\.setup 'echo migrating; sleep 60 & sleep 60' did not finish within 1s and was ended$/m);
    expect(run.out).toContain('migrating');
    expect(processesWith(marker)).toEqual([]);
  });
});

describe('database.postgres that cannot be reached', () => {
  it('is one line naming where (never the password), and the load results are still written', async () => {
    const dir = tempDir();
    budget(dir, await freePort(), uniqueMarker(), "database: { postgres: 'postgres://shop:s3cret@127.0.0.1:9/shop' }\n");
    const run = await cli(['run', '-q', '--out', 'out'], dir);
    expect(run.code).toBe(3);
    expect(run.out).toMatch(/^error: database\.postgres: cannot connect to 127\.0\.0\.1:9\/shop as shop: ECONNREFUSED/m);
    expect(run.out).not.toContain('s3cret');
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.targets[0].metrics.requests.value).toBeGreaterThan(0);
  });
});

describe('database.postgres that refuses the password, or has pg_stat_statements not loaded', () => {
  let pg: Postgres;
  beforeAll(async () => {
    pg = await startPostgres({ preload: false, password: 'right' });
  });
  afterAll(() => pg?.stop());

  it('says the password was refused, in one line that does not show it', async () => {
    const dir = tempDir();
    const wrong = pg.url('shop').replace(':right@', ':wrong-pw@');
    budget(dir, await freePort(), uniqueMarker(), `database: { postgres: '${wrong}' }\n`);
    const run = await cli(['run', '-q', '--out', 'out'], dir);
    expect(run.code).toBe(3);
    expect(run.out).toMatch(/^error: database\.postgres: cannot connect to 127\.0\.0\.1:\d+\/shop as postgres: the password was refused$/m);
    expect(run.out).not.toContain('wrong-pw');
    expect(readFileSync(path.join(dir, 'out', 'report.md'), 'utf8')).not.toContain('wrong-pw');
  });

  it('says what to add to the server when the extension is installed but not loaded', async () => {
    pg.sql('loaded', 'CREATE EXTENSION pg_stat_statements');
    const dir = tempDir();
    budget(dir, await freePort(), uniqueMarker(), `database: { postgres: '${pg.url('loaded')}' }\n`);
    const run = await cli(['run', '-q', '--out', 'out'], dir);
    expect(run.code).toBe(3);
    expect(run.out).toMatch(
      /^error: database\.postgres: pg_stat_statements is installed in 127\.0\.0\.1:\d+\/loaded as postgres but not loaded: add shared_preload_libraries = 'pg_stat_statements' to the server's settings and restart it$/m,
    );
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.targets[0].metrics.requests.value).toBeGreaterThan(0);
  });
});

describe('${NAME} in app.env', () => {
  it('reads the value from the environment for the app', async () => {
    const dir = tempDir();
    const marker = uniqueMarker();
    budget(dir, await freePort(), marker, '', '  - { name: ping, url: /api/ping }\n');
    // The example app adds EXAMPLE_DELAY_MS to every response: a value only the environment holds.
    const file = path.join(dir, 'perf-budget.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('env: {', 'env: { EXAMPLE_DELAY_MS: "${SLOWNESS}",'));
    const run = await cli(['run', '-q', '--out', 'out'], dir, { SLOWNESS: '30' });
    expect(run).toMatchObject({ code: 0 });
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.targets[0].metrics.p50.value).toBeGreaterThanOrEqual(30);
  });

  it('exits 2 naming the field and the variable when it is not set', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'perf-budget.yml');
    writeFileSync(
      file,
      "app:\n  command: node server.js\n  env:\n    DATABASE_URL: '${SHOP_DB_URL}'\n  baseUrl: http://127.0.0.1:9\nendpoints: [{ name: a, url: /a }]\n",
    );
    const run = await cli(['run', '-q'], dir, { SHOP_DB_URL: '' });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^perf-gate: perf-budget\.yml:4:\d+: app\.env\.DATABASE_URL: \$\{SHOP_DB_URL\} is not set in the environment/m);
  });
});

describe('an https app with a certificate of its own', () => {
  let server: https.Server;
  let url: string;
  let cert: string;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      {
        stdio: 'ignore',
      },
    );
    server = https.createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => res.end('{"ok":true}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const write = (tls: string) =>
    writeFileSync(
      path.join(dir, 'perf-budget.yml'),
      `app: { baseUrl: '${url}', ready: { url: /health, timeout: 20s }${tls} }\nload: { duration: 400ms, warmup: 0s, samples: 2, connections: 2 }\nendpoints: [{ name: a, url: /a }]\n`,
    );

  it('names a self-signed certificate at once instead of waiting out the readiness timeout', async () => {
    write('');
    const run = await cli(['run', '-q', '--out', 'out'], dir);
    expect(run.code).toBe(3);
    expect(run.out).toMatch(
      /^error: the app at https:\/\/127\.0\.0\.1:\d+\/health: TLS certificate: DEPTH_ZERO_SELF_SIGNED_CERT \(self-signed certificate\); for a self-signed/m,
    );
    // Ended by the certificate, not by the readiness timeout's message.
    expect(run.out).not.toMatch(/within 20s/);
  });

  it('trusts it with app.tls.ca and measures the app', async () => {
    write(', tls: { ca: cert.pem }');
    const run = await cli(['run', '-q', '--out', 'out'], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(report.targets[0].metrics.requests.value).toBeGreaterThan(0);
    expect(report.environment.tls).toBe('ca');
  });

  it('accepts any certificate with app.tls.insecure, and the report says so', async () => {
    write(', tls: { insecure: true }');
    const run = await cli(['run', '-q', '--out', 'out'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'out', 'report.md'), 'utf8')).toContain('TLS certificates were not checked (app.tls.insecure).');
  });

  it('says what the last try met when the wait runs out', async () => {
    const d = tempDir();
    writeFileSync(path.join(d, 'perf-budget.yml'), "app: { baseUrl: 'http://127.0.0.1:9', ready: { timeout: 300ms } }\nendpoints: [{ name: a, url: /a }]\n");
    const run = await cli(['run', '-q'], d);
    expect(run.out).toMatch(/did not answer 2xx at http:\/\/127\.0\.0\.1:9\/ within 0\.3s \(the last try: ECONNREFUSED/m);
  });
});
