// How a repository's app starts, for `perf-gate init`: --command, else package.json's start script, else a Django
// project (manage.py; its WSGI module under gunicorn where installed, else runserver), else a Procfile's web:.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../core/errors.js';

export interface StartFound {
  command: string;
  /** How it was found, for the budget's comment and the terminal. */
  foundBy: string;
  kind: 'node' | 'django' | 'other';
  /** What runs once before it starts (Django's migrations). */
  setup?: string;
  /** What a base checkout needs before it starts, for confirm (npm ci && npm run build). */
  build?: string;
  /** Django's settings module, for reading its URL patterns. */
  settings?: string;
  /** The port it is written with in the budget when nothing else says. */
  defaultPort: number;
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new ConfigError([`${path.basename(file)}: cannot be read as JSON (${(e as Error).message.split('\n')[0]}); expected the app's package.json`]);
  }
}

function onPath(program: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, program)));
}

function fromPackageJson(dir: string): StartFound | undefined {
  const file = path.join(dir, 'package.json');
  if (!existsSync(file)) return undefined;
  const scripts = readJson(file)?.scripts as Record<string, unknown> | undefined;
  if (typeof scripts?.start !== 'string') return undefined;
  const lock = existsSync(path.join(dir, 'package-lock.json')) ? 'npm ci' : 'npm install';
  return {
    command: 'npm start',
    foundBy: `package.json's start script (${scripts.start})`,
    kind: 'node',
    ...(typeof scripts.build === 'string' && { build: `${lock} && npm run build` }),
    defaultPort: 3000,
  };
}

function fromDjango(dir: string, env: NodeJS.ProcessEnv): StartFound | undefined {
  const manage = path.join(dir, 'manage.py');
  if (!existsSync(manage)) return undefined;
  const settings = /DJANGO_SETTINGS_MODULE['"]\s*,\s*['"]([\w.]+)['"]/.exec(readFileSync(manage, 'utf8'))?.[1];
  if (!settings)
    throw new ConfigError([`manage.py: names no settings module (DJANGO_SETTINGS_MODULE); expected a Django project's manage.py, or give --command`]);
  const wsgi = settings.replace(/\.[^.]+$/, '.wsgi');
  const hasWsgi = existsSync(path.join(dir, ...wsgi.split('.')) + '.py');
  const setup = 'python3 manage.py migrate --noinput';
  if (hasWsgi && onPath('gunicorn', env))
    return {
      command: `gunicorn --bind 127.0.0.1:$PORT ${wsgi}`,
      foundBy: `manage.py and ${wsgi} under gunicorn`,
      kind: 'django',
      setup,
      settings,
      defaultPort: 8000,
    };
  return {
    command: 'python3 manage.py runserver 127.0.0.1:$PORT --noreload',
    foundBy: `manage.py (Django's development server: install gunicorn to measure it as it is served)`,
    kind: 'django',
    setup,
    settings,
    defaultPort: 8000,
  };
}

function fromProcfile(dir: string): StartFound | undefined {
  const file = path.join(dir, 'Procfile');
  if (!existsSync(file)) return undefined;
  const web = /^web:\s*(.+)$/m.exec(readFileSync(file, 'utf8'))?.[1]?.trim();
  return web ? { command: web, foundBy: "the Procfile's web: process", kind: 'other', defaultPort: 5000 } : undefined;
}

/** How the app in `dir` starts; a ConfigError when nothing says and no command was given. */
export function findStart(dir: string, given: string | undefined, env: NodeJS.ProcessEnv = process.env): StartFound {
  if (given !== undefined) {
    const django = fromDjango(dir, env);
    return {
      command: given,
      foundBy: 'given with --command',
      kind: django ? 'django' : 'other',
      ...(django?.settings && { settings: django.settings }),
      defaultPort: 3000,
    };
  }
  const found = fromPackageJson(dir) ?? fromDjango(dir, env) ?? fromProcfile(dir);
  if (found) return found;
  throw new ConfigError([
    `${dir}: nothing here says how the app starts: no package.json with a start script, no Django manage.py, no Procfile with web:; expected one of them, or --command 'how it starts'`,
  ]);
}
