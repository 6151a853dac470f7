// Where `perf-gate init` finds endpoints, in order: --endpoint flags (what the user said wins), an OpenAPI document
// in the repository (a shallow look), one the app serves, Django's URL patterns. A source that fails (a document that
// does not parse) is named and the next one tried.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type Candidate, type Found, nameFor } from '../../core/init/candidates.js';
import { endpointsFromOpenApi } from '../../core/init/openapi-endpoints.js';
import { endpointsFromDjango } from '../../core/init/django-routes.js';
import { ConfigError, messageOf } from '../../core/errors.js';
import type { ProbedApp } from './app-probe.js';

/** Paths an app serves its OpenAPI document at, by the frameworks' defaults (FastAPI, Swagger UI, drf-spectacular). */
export const servedDocuments = ['/openapi.json', '/swagger.json', '/api/schema/', '/docs/openapi.json'];

const documentName = /^(openapi|swagger)\.(json|ya?ml)$/i;
const notSource = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', 'venv', '.venv', '__pycache__', 'perf-gate-report']);
const depth = 3;

/** OpenAPI documents within `depth` folders of `dir`, shallowest first. */
function documentsIn(dir: string): string[] {
  const found: string[] = [];
  let level = [dir];
  for (let d = 0; d <= depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const at of level) {
      let entries;
      try {
        entries = readdirSync(at, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.isFile() && documentName.test(e.name)) found.push(path.join(at, e.name));
        else if (e.isDirectory() && !notSource.has(e.name) && !e.name.startsWith('.')) next.push(path.join(at, e.name));
      }
    }
    level = next;
  }
  return found;
}

function fromDocument(text: string, source: string): Found | string {
  let doc: unknown;
  try {
    doc = parse(text, { prettyErrors: false });
  } catch (e) {
    return `${source}: does not parse (${messageOf(e).split('\n')[0]})`;
  }
  const found = endpointsFromOpenApi(doc, source);
  return 'error' in found ? `${source}: ${found.error}` : found;
}

// The project's URL patterns, every include walked, as Django resolves them.
const djangoScript = `
import json, os, sys
sys.path.insert(0, os.getcwd())
import django
django.setup()
from django.urls import get_resolver, URLResolver
out = []
def walk(patterns, prefix):
    for p in patterns:
        if isinstance(p, URLResolver):
            walk(p.url_patterns, prefix + str(p.pattern))
        else:
            out.append(prefix + str(p.pattern))
walk(get_resolver().url_patterns, '')
print(json.dumps(out))
`;

function djangoPatterns(dir: string, settings: string, env: NodeJS.ProcessEnv): Promise<string[] | string> {
  return new Promise((resolve) => {
    execFile('python3', ['-c', djangoScript], { cwd: dir, env: { ...env, DJANGO_SETTINGS_MODULE: settings }, timeout: 60_000 }, (err, stdout, stderr) => {
      if (err) return resolve(`Django's URL patterns: could not be read (${stderr.trim().split('\n').pop() || err.message})`);
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '[]') as string[]);
      } catch {
        resolve("Django's URL patterns: could not be read (the script printed no list)");
      }
    });
  });
}

/** `--endpoint /api/items` or `--endpoint items=/api/items`. */
export function endpointsFromFlags(flags: readonly string[]): Found {
  const taken = new Set<string>();
  const candidates: Candidate[] = flags.map((f) => {
    const m = /^(?:([\w-]+)=)?(\/\S*)$/.exec(f);
    if (!m) throw new ConfigError([`--endpoint ${f}: expected a path on the app like /api/items, or name=/api/items`]);
    const url = m[2] as string;
    const name = m[1] ?? nameFor(url, taken);
    taken.add(name);
    return { name, url };
  });
  return { source: '--endpoint', candidates, leftOut: [] };
}

export interface Discovery {
  found?: Found;
  /** Sources tried that gave nothing usable, one line each. */
  notes: string[];
}

/** The first source that gives endpoints. */
export async function discoverEndpoints(
  dir: string,
  app: ProbedApp,
  settings: string | undefined,
  flags: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<Discovery> {
  if (flags.length > 0) return { found: endpointsFromFlags(flags), notes: [] };
  const notes: string[] = [];
  for (const file of documentsIn(dir)) {
    const found = fromDocument(readFileSync(file, 'utf8'), path.relative(dir, file));
    if (typeof found !== 'string') return { found: { ...found, source: `${found.source} in the repository` }, notes };
    notes.push(found);
  }
  for (const at of servedDocuments) {
    const answer = await app.get(at);
    if (!answer || answer.status < 200 || answer.status >= 300) continue;
    const found = fromDocument(answer.body, `${at} (served by the app)`);
    if (typeof found !== 'string') return { found, notes };
    notes.push(found);
  }
  if (settings) {
    const patterns = await djangoPatterns(dir, settings, env);
    if (typeof patterns !== 'string') return { found: endpointsFromDjango(patterns), notes };
    notes.push(patterns);
  }
  return { notes };
}
