// The fast tier's gate run: a budget written into a folder of its own, and the gate run there quietly with the
// fakes a test passes (apps, load, profiler, baseline).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../src/run/gate.js';
import { tempDir } from '../__tests__/helpers/processes.js';

const quiet = { info: () => {}, warn: () => {} };

/** A folder holding perf-budget.yml with `text`, `$DIR` in it replaced by the folder itself. */
export function budgetDir(text: string): string {
  const dir = tempDir('perf-gate-fast-');
  writeFileSync(path.join(dir, 'perf-budget.yml'), text.replaceAll('$DIR', dir));
  return dir;
}

export const fastGate = (dir: string, opts: Partial<Parameters<typeof runGate>[0]>) =>
  runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet, tempDir: tempDir('perf-gate-fast-'), ...opts });
