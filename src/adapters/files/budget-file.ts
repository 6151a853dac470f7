// Reads the budget file from disk; the parsing and validation are pure (core/budget/budget-parse.ts).
import path from 'node:path';
import { parseBudget, type BudgetOptions } from '../../core/budget/budget-parse.js';
import type { GatePlan } from '../../core/budget/plan.js';
import { ConfigError } from '../../core/errors.js';
import { readTextFile } from './text-file.js';
import { loadVarFiles } from './var-files.js';

/** `file` is shown in messages as given; it is read relative to `cwd`, and so are the files its vars draw from. */
export async function readBudgetFile(file: string, cwd: string, options: BudgetOptions = {}): Promise<GatePlan> {
  const abs = path.resolve(cwd, file);
  const read = readTextFile(abs);
  if (!read.ok) {
    const why = read.code === 'ENOENT' ? 'no such file' : read.code === 'EISDIR' ? 'is a directory, expected a YAML or JSON file' : read.code;
    throw new ConfigError([`${file}: cannot read the budget file: ${why} (looked at ${abs})`]);
  }
  const plan = parseBudget(read.text, file, path.dirname(abs), options);
  await loadVarFiles(plan);
  return plan;
}
