// Reads the budget file from disk; the parsing and validation are pure (core/budget-parse).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBudget, type GatePlan } from '../core/budget-parse.js';
import { ConfigError } from '../core/errors.js';

/** `file` is shown in messages as given; it is read relative to `cwd`. */
export function readBudgetFile(file: string, cwd: string): GatePlan {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, expected a YAML or JSON file' : String(code ?? e);
    throw new ConfigError([`${file}: cannot read the budget file: ${why} (looked at ${abs})`]);
  }
  return parseBudget(text, file, path.dirname(abs));
}
