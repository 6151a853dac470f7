// `perf-gate import lighthouserc.json|budget.json`: writes the equivalent perf-budget.yml, and says what it could not
// carry over, in the file (as comments) and on the terminal. An existing budget is never overwritten.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { readTextFile } from './adapters/files/text-file.js';
import { parseBudget } from './core/budget/budget-parse.js';
import { ConfigError, messageOf } from './core/errors.js';
import { importBudgetJson, importKind, importLighthouseRc } from './core/budget/import-lighthouse.js';

export interface ImportOutcome {
  file: string;
  notCarried: string[];
  /** What the written budget still needs before it runs (parseBudget's problems), one line each. */
  needs: string[];
  pages: number;
  thresholds: number;
}

export function importLighthouseFile(source: string, out: string, cwd: string): ImportOutcome {
  const abs = path.resolve(cwd, source);
  const read = readTextFile(abs);
  if (!read.ok) throw new ConfigError([`${source}: ${read.code === 'ENOENT' ? 'there is no such file' : `cannot be read (${read.code})`}`]);
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (e) {
    throw new ConfigError([`${source}: not JSON (${messageOf(e)}); lighthouserc.yml and .js are not read, convert them to JSON first`]);
  }
  const kind = importKind(json);
  if (typeof kind !== 'string') throw new ConfigError([`${source}: ${kind.error}`]);
  const imported = kind === 'lighthouserc' ? importLighthouseRc(json as Record<string, unknown>) : importBudgetJson(json as Record<string, unknown>[]);
  const target = path.resolve(cwd, out);
  if (existsSync(target)) throw new ConfigError([`${out}: already exists; perf-gate import does not overwrite it: give another path with -o`]);
  const header = [
    `# perf-gate budget imported from ${path.basename(source)} by perf-gate import.`,
    ...(imported.notCarried.length > 0 ? ['# Not carried over:', ...imported.notCarried.map((n) => `#   - ${n}`)] : []),
    '',
  ].join('\n');
  const text = `${header}${stringify(imported.budget, { lineWidth: 0 })}`;
  writeFileSync(target, text);
  let needs: string[] = [];
  try {
    parseBudget(text, out, path.dirname(target), { env: {} });
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    needs = e.lines;
  }
  const pages = Array.isArray(imported.budget.pages) ? (imported.budget.pages as { thresholds?: unknown[] }[]) : [];
  return { file: target, notCarried: imported.notCarried, needs, pages: pages.length, thresholds: pages.reduce((n, p) => n + (p.thresholds?.length ?? 0), 0) };
}
