// Makes sure the real stacks the tests run are there: PostgreSQL's server, Django with gunicorn and psycopg2,
// nginx, Linux perf, Redis, MariaDB, httpx. Installs Debian's packages for what is missing (as root with apt), in one apt-get call.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const python = '/usr/bin/python3';
const imports = (modules) => {
  try {
    execFileSync(python, ['-c', `import ${modules}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const postgresBin = () =>
  existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)) : false;

const wanted = [
  ['postgresql', postgresBin],
  ['python3-django', () => imports('django')],
  ['python3-psycopg2', () => imports('psycopg2')],
  ['python3-prometheus-client', () => imports('prometheus_client')],
  ['gunicorn', () => existsSync('/usr/bin/gunicorn')],
  ['nginx', () => existsSync('/usr/sbin/nginx')],
  // The profiler of a diagnosis pass.
  ['linux-perf', () => existsSync('/usr/bin/perf')],
  // The cache behind the app (cache.redis).
  ['redis-server', () => existsSync('/usr/bin/redis-server')],
  // The shop on MariaDB (database.mysql), and Django's MySQL backend.
  ['mariadb-server', () => existsSync('/usr/sbin/mariadbd')],
  ['python3-mysqldb', () => imports('MySQLdb')],
  // An outbound client with its own connections (httpcore, not http.client).
  ['python3-httpx', () => imports('httpx')],
];
const missing = wanted.filter(([, present]) => !present()).map(([name]) => name);
if (missing.length > 0) {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(`perf-gate: the real-stack tests need Debian's ${missing.join(', ')}: install them (sudo apt-get install -y ${missing.join(' ')})`);
    process.exit(1);
  }
  console.error(`perf-gate: installing Debian's ${missing.join(', ')} for the real-stack tests`);
  // Installing must not start the packages' own services: the tests start private ones on free ports.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
