// Reads a baseline report.json from disk: a file the workflow downloaded, or one kept from an earlier run.
import path from 'node:path';
import { validateBaseline, type BaselineCheck } from '../core/baseline.js';
import { readTextFile } from './text-file.js';
import { messageOf } from '../core/errors.js';

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
