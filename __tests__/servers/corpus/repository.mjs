// A git repository of the why's corpus for one stack (node:http, fastify, or a WSGI app under gunicorn): HEAD~1 is
// each shape's base, HEAD its head (CORPUS_HEAD set by a line at the top of the shapes' file, so every line below
// moves by one, as an edit does). The budget measures every route beside HEAD~1 and profiles each (`when: always`).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');

/** Each stack's routes and the first line of the why each must have. */
export async function corpusShapes(stack) {
  if (stack === 'python') {
    const text = readFileSync(path.join(here, 'corpus_wsgi.py'), 'utf8');
    const block = /EXPECTED = \{\n([\s\S]*?)\n\}/.exec(text)[1];
    return Object.fromEntries([...block.matchAll(/"([\w-]+)": r"(.*)",/g)].map((m) => [m[1], new RegExp(m[2])]));
  }
  return (await import('./shapes.mjs')).expected;
}

const commands = {
  node: 'node node-server.mjs',
  fastify: 'node fastify-server.mjs',
  python: 'exec gunicorn --workers 1 --bind 127.0.0.1:$PORT corpus_wsgi:app',
};

/**
 * Writes the repository in `dir`. `routes`: which to measure (default all); `settings`: the budget's lines after the
 * app (sameRunner, diagnose, load); `env`: the app's extra environment, as YAML flow entries.
 */
export async function corpusRepository(dir, { stack, routes, settings, env = '' }) {
  const shapes = await corpusShapes(stack);
  const names = routes ?? Object.keys(shapes);
  const app = path.join(dir, 'app');
  mkdirSync(app, { recursive: true });
  const files = stack === 'python' ? ['corpus_wsgi.py'] : ['shapes.mjs', stack === 'fastify' ? 'fastify-server.mjs' : 'node-server.mjs'];
  for (const f of files) copyFileSync(path.join(here, f), path.join(app, f));
  // fastify from this repository's packages, outside the checkout as an installed library is.
  if (stack === 'fastify') symlinkSync(path.join(repoRoot, 'node_modules'), path.join(app, 'node_modules'));
  writeFileSync(
    path.join(dir, 'perf-budget.yml'),
    `app:
  command: ${commands[stack]}
  cwd: app
  portEnv: PORT
  env: { PORT: 3000${env ? `, ${env}` : ''} }
  baseUrl: http://127.0.0.1:3000
  ready: { url: /health, timeout: 30s }
${settings}
endpoints:
${names.map((n) => `  - { name: ${n}, url: /${n} }`).join('\n')}
`,
  );
  const git = (...args) => execFileSync('git', ['-c', 'user.email=c@c', '-c', 'user.name=c', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  const shapesFile = path.join(app, files[0]);
  const flag = stack === 'python' ? 'import os; os.environ.setdefault("CORPUS_HEAD", "1")\n' : "process.env.CORPUS_HEAD ??= '1';\n";
  writeFileSync(shapesFile, `${flag}${readFileSync(shapesFile, 'utf8')}`);
  git('commit', '-qam', 'head');
  return { routes: names, expected: Object.fromEntries(names.map((n) => [n, shapes[n]])) };
}
