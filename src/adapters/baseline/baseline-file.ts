// Reads a baseline report.json from disk: a file the workflow downloaded, or one kept from an earlier run.
import path from 'node:path';
import { validateBaseline, type BaselineCheck, type BaselineProvider } from '../../core/verdict/baseline.js';
import { readTextFile } from '../files/text-file.js';
import { ConfigError, messageOf } from '../../core/errors.js';

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

/**
 * A baseline from report.json files relative to cwd, named by the user (`--baseline`, the baseline input): the first
 * is the baseline, the rest its history. Each is read now, before anything is measured: one that is missing or is
 * not a perf-gate report is a ConfigError (exit 2) naming it, not a run that quietly compares nothing (a typo would
 * turn the gate off). `named`: how the user named them, for the error.
 */
export function baselineFromFiles(files: readonly string[], cwd: string, named = '--baseline'): BaselineProvider {
  const reads = files.map((file) => ({ file, read: readBaselineFile(file, cwd) }));
  const bad = reads.flatMap(({ file, read }) => (read.ok ? [] : [`${named} ${file}: ${read.reason}; expected the report.json of an earlier perf-gate run`]));
  if (bad.length > 0) throw new ConfigError(bad);
  const [first, ...others] = reads.map(({ file, read }) => ({ file, report: (read as Extract<BaselineCheck, { ok: true }>).report }));
  return async () => ({ ok: true, report: first!.report, info: { source: first!.file }, history: others.map((o) => o.report), warnings: [] });
}
