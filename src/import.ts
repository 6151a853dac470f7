// `perf-gate import FILE`: writes a perf-budget.yml from what a team already has, and says what it could not carry
// over, in the file (as comments) and on the terminal. A Lighthouse CI config or budget.json gives pages and their
// assertions; a browser's recording (HAR) gives a journey; an access log gives a mix weighted as its traffic was. An
// existing budget is never overwritten.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import { readTextFile } from './adapters/files/text-file.js';
import { importAccessLog } from './adapters/files/access-log-file.js';
import { parseBudget } from './core/budget/budget-parse.js';
import { ConfigError, messageOf } from './core/errors.js';
import { importBudgetJson, importKind, importLighthouseRc } from './core/budget/import-lighthouse.js';
import { journeyFromHar, type Har } from './core/workload/import-har.js';
import { plural } from './core/units.js';

export interface ImportOutcome {
  file: string;
  /** What could not be carried over, or was left out, one line each. */
  notCarried: string[];
  /** What the written budget still needs before it runs (parseBudget's problems), one line each. */
  needs: string[];
  /** What was written, in a line. */
  summary: string;
}

export interface ImportOptions {
  /** The app's URL for the budget (an access log has none; a recording's requests are kept to its origin). */
  baseUrl?: string;
  /** Kinds of request of an access log's mix at most. */
  top?: number;
}

/** A recording over this size is refused: it is read whole. */
const maxHarBytes = 200 * 1024 * 1024;

export async function importFile(source: string, out: string, cwd: string, opts: ImportOptions = {}): Promise<ImportOutcome> {
  const abs = path.resolve(cwd, source);
  const size = fileSize(abs, source);
  const target = path.resolve(cwd, out);
  if (existsSync(target)) throw new ConfigError([`${out}: already exists; perf-gate import does not overwrite it: give another path with -o`]);
  if (/\.har$/i.test(source)) {
    if (size > maxHarBytes) throw new ConfigError([`${source}: ${size.toLocaleString('en')} bytes; expected a recording of at most 200 MB`]);
    const imported = journeyFromHar(readJson(abs, source) as Har, { ...(opts.baseUrl !== undefined && { baseUrl: opts.baseUrl }), name: 'recorded' });
    if ('error' in imported) throw new ConfigError([`${source}: ${imported.error}`]);
    return write(target, out, source, imported.budget, imported.said, imported.leftOut, imported.said[0] ?? '');
  }
  if (/\.json$/i.test(source)) {
    const json = readJson(abs, source, true);
    if (json !== undefined) return importLighthouse(json, target, out, source);
  }
  const { lines, requests, imported } = await importAccessLog(abs, { top: opts.top ?? 10, baseUrl: opts.baseUrl ?? 'http://127.0.0.1:3000', name: 'traffic' });
  if (requests === 0)
    throw new ConfigError([
      `${source}: no line of its ${plural(lines, 'line')} is a request in the combined log format or a JSON line with a method and a path; expected an access log, a .har recording, a lighthouserc.json or a budget.json`,
    ]);
  return write(target, out, source, imported.budget, imported.said, imported.leftOut, imported.said[0] ?? '');
}

function fileSize(abs: string, source: string): number {
  try {
    return statSync(abs).size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError([`${source}: ${code === 'ENOENT' ? 'there is no such file' : `cannot be read (${code ?? messageOf(e)})`}`]);
  }
}

// `lenient`: a .json that is not one JSON document (JSON lines) is read as a log instead.
function readJson(abs: string, source: string, lenient = false): unknown {
  const read = readTextFile(abs);
  if (!read.ok) throw new ConfigError([`${source}: cannot be read (${read.code})`]);
  try {
    return JSON.parse(read.text);
  } catch (e) {
    if (lenient) return undefined;
    throw new ConfigError([`${source}: not JSON (${messageOf(e)})`]);
  }
}

function importLighthouse(json: unknown, target: string, out: string, source: string): ImportOutcome {
  const kind = importKind(json);
  if (typeof kind !== 'string') throw new ConfigError([`${source}: ${kind.error}`]);
  const imported = kind === 'lighthouserc' ? importLighthouseRc(json as Record<string, unknown>) : importBudgetJson(json as Record<string, unknown>[]);
  const pages = Array.isArray(imported.budget.pages) ? (imported.budget.pages as { thresholds?: unknown[] }[]) : [];
  const thresholds = pages.reduce((n, p) => n + (p.thresholds?.length ?? 0), 0);
  const summary = `${plural(pages.length, 'page')}, ${plural(thresholds, 'threshold')}; ${plural(imported.notCarried.length, 'thing')} not carried over`;
  return write(target, out, source, imported.budget, [], imported.notCarried, summary);
}

// Lists of plain values (a var's values, thresholds) on one line each, the rest in block style.
function yamlOf(budget: Record<string, unknown>): string {
  const doc = new Document(budget);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every(isScalar)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

function write(
  target: string,
  out: string,
  source: string,
  budget: Record<string, unknown>,
  said: string[],
  notCarried: string[],
  summary: string,
): ImportOutcome {
  const header = [
    `# perf-gate budget imported from ${path.basename(source)} by perf-gate import.`,
    ...said.map((l) => `# ${l}`),
    ...(notCarried.length > 0 ? ['# Not carried over:', ...notCarried.map((n) => `#   - ${n}`)] : []),
    '',
  ].join('\n');
  const text = `${header}${yamlOf(budget)}`;
  writeFileSync(target, text);
  let needs: string[] = [];
  try {
    parseBudget(text, out, path.dirname(target), { env: {} });
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    needs = e.lines;
  }
  return { file: target, notCarried, needs, summary };
}
