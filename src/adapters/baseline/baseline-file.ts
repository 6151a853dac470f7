// Reads a baseline report.json from disk: a file the workflow downloaded, or one kept from an earlier run.
import path from 'node:path';
import { validateBaseline, type BaselineCheck, type BaselineProvider } from '../../core/verdict/baseline.js';
import type { Report } from '../../core/report/report.js';
import { readTextFile } from '../files/text-file.js';
import { messageOf } from '../../core/errors.js';

export function readBaselineFile(file: string, cwd: string): BaselineCheck {
  const abs = path.resolve(cwd, file);
  const read = readTextFile(abs);
  if (!read.ok) return { ok: false, reason: read.code === 'ENOENT' ? `there is no file ${abs}` : `${abs} cannot be read (${read.code})` };
  try {
    return validateBaseline(JSON.parse(read.text));
  } catch (e) {
    return { ok: false, reason: `${abs} is not JSON (${messageOf(e)})` };
  }
}

/** A baseline read from report.json files relative to cwd: the first is the baseline, the rest its history. */
export function baselineFromFiles(files: readonly string[], cwd: string): BaselineProvider {
  return async () => {
    const [file, ...others] = files as [string, ...string[]];
    const read = readBaselineFile(file, cwd);
    if (!read.ok) return { ok: false, reason: read.reason, source: file };
    const history: Report[] = [];
    const warnings: string[] = [];
    for (const other of others) {
      const r = readBaselineFile(other, cwd);
      if (r.ok) history.push(r.report);
      else warnings.push(`stored run ${other} left out: ${r.reason}`);
    }
    return { ok: true, report: read.report, info: { source: file }, history, warnings };
  };
}
