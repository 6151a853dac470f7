// Reads a text file, turning the failure into its errno code for the caller to word.
import { readFileSync } from 'node:fs';

type TextFile = { ok: true; text: string } | { ok: false; code: string };

export function readTextFile(abs: string): TextFile {
  try {
    return { ok: true, text: readFileSync(abs, 'utf8') };
  } catch (e) {
    return { ok: false, code: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}
