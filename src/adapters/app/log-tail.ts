// The last lines of a log file, for error messages that show what the process said before it failed.
import { readFileSync } from 'node:fs';

export function tailOf(logFile: string, lines = 20): string {
  try {
    return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
