// The documentation holds: every budget snippet in README.md and docs/ parses against the schema (as a whole budget,
// with what a snippet leaves out filled in), every relative link leads to a file and heading that exist, and the
// development page's module map lists every file of src/, and the table of defaults is the defaults module's.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { ConfigError } from '../../src/core/errors.js';
import { defaultsBegin, defaultsEnd, defaultsMarkdown } from '../../src/core/budget/defaults-doc.js';
import { repoRoot } from '../helpers/processes.js';
import { mapBegin, mapEnd, moduleMap, unmappedFolders } from '../../scripts/module-map.mjs';

const pages = ['README.md', 'bench/README.md', ...readdirSync(path.join(repoRoot, 'docs')).map((f) => `docs/${f}`)];
const text = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

/** Every ```yaml block of a page, with the line it starts on. */
function yamlBlocks(file: string): { line: number; body: string }[] {
  const out: { line: number; body: string }[] = [];
  const lines = text(file).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```yaml') continue;
    const start = i + 1;
    while (++i < lines.length && lines[i]!.trim() !== '```');
    out.push({ line: start + 1, body: lines.slice(start, i).join('\n') });
  }
  return out;
}

// Workflows are YAML too; a budget snippet is anything else.
const isWorkflow = (data: unknown) => typeof data === 'object' && data !== null && ('jobs' in data || 'on' in data);
// `${NAME}` references read as a harmless value.
const env = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? 'x' : undefined) }) as Record<string, string>;

function budgetProblems(body: string): string[] {
  const data = parse(body) as Record<string, unknown>;
  if (isWorkflow(data)) return [];
  const whole = {
    ...data,
    // A snippet without app: an app perf-gate starts.
    app: data.app ? { baseUrl: 'http://127.0.0.1:3000', ...(data.app as object) } : { command: 'npm start', baseUrl: 'http://127.0.0.1:3000' },
    ...(!data.endpoints && !data.pages && { endpoints: [{ name: 'e', url: '/' }] }),
  };
  try {
    parseBudget(JSON.stringify(whole), 'snippet', '/repo', { env });
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.lines;
    throw e;
  }
}

const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');

describe('the documentation', () => {
  it('has budget snippets that parse as budgets', () => {
    const problems = pages.flatMap((file) => yamlBlocks(file).flatMap(({ line, body }) => budgetProblems(body).map((p) => `${file}:${line}: ${p}`)));
    expect(problems).toEqual([]);
  });

  it('has relative links that lead to files and headings that exist', () => {
    const broken: string[] = [];
    for (const file of pages) {
      for (const [, target] of text(file).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:)/.test(target!)) continue;
        const [where, anchor] = target!.split('#') as [string, string | undefined];
        const dest = where === '' ? file : path.normalize(path.join(path.dirname(file), where));
        if (!existsSync(path.join(repoRoot, dest))) {
          broken.push(`${file}: ${target} (no ${dest})`);
          continue;
        }
        if (anchor && dest.endsWith('.md')) {
          const headings = [...text(dest).matchAll(/^#+ (.*)$/gm)].map((m) => slug(m[1]!));
          if (!headings.includes(anchor)) broken.push(`${file}: ${target} (no heading '${anchor}' in ${dest})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('lists every file of src/ in the module map, with its opening comment, every folder at most 15 files', () => {
    const map = text('docs/development.md');
    const files = (dir: string): string[] =>
      readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(`${dir}/${d.name}`) : [`${dir}/${d.name}`]));
    expect(files('src').filter((f) => !map.includes(`\`${f}\``))).toEqual([]);
    // npm run build writes it from the files; a file changed since is a map to rebuild.
    expect(map.slice(map.indexOf(mapBegin) + mapBegin.length, map.indexOf(mapEnd)).trim()).toBe(moduleMap(repoRoot).trim());
    expect(unmappedFolders(repoRoot)).toEqual([]);
    const bySize = new Map<string, number>();
    for (const f of files('src')) bySize.set(path.dirname(f), (bySize.get(path.dirname(f)) ?? 0) + 1);
    expect([...bySize].filter(([, n]) => n > 15)).toEqual([]);
  });

  it('shows the defaults the parser fills in, from the defaults module', () => {
    const doc = text('docs/budget-file.md');
    const section = doc.slice(doc.indexOf(defaultsBegin) + defaultsBegin.length, doc.indexOf(defaultsEnd)).trim();
    // npm run build writes it; a default changed since is a section to rebuild.
    expect(section).toBe(defaultsMarkdown());
  });

  it('keeps the README for users: at most 15 KB', () => {
    expect(Buffer.byteLength(text('README.md'))).toBeLessThanOrEqual(15 * 1024);
  });
});
