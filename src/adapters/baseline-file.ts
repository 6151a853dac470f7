// Reads a baseline report.json from disk: a file the workflow downloaded, or one kept from an earlier run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateBaseline, type BaselineCheck } from '../core/baseline.js';

export function readBaselineFile(file: string, cwd: string): BaselineCheck {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? `there is no file ${abs}` : `${abs} cannot be read (${code ?? String(e)})` };
  }
  try {
    return validateBaseline(JSON.parse(text));
  } catch (e) {
    return { ok: false, reason: `${abs} is not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}
