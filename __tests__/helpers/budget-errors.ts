// A budget's problems as the lines perf-gate prints, [] when it parses.
import { parseBudget, type BudgetOptions } from '../../src/core/budget/budget-parse.js';
import { ConfigError } from '../../src/core/errors.js';

export function budgetErrors(text: string, options: BudgetOptions = {}): string[] {
  try {
    parseBudget(text, 'b.yml', '/r', options);
  } catch (e) {
    if (e instanceof ConfigError) return e.lines;
    throw e;
  }
  return [];
}
