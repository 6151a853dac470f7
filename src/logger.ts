// What a run tells people as it goes: the CLI writes it to stderr, the action to the job log.
import { maskSecrets } from './core/env-references.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** The logger with every secret masked, for the CLI; the action's log is masked by the runner too. */
export function maskedLogger(log: Logger, secrets: readonly string[]): Logger {
  if (secrets.length === 0) return log;
  return { info: (m) => log.info(maskSecrets(m, secrets)), warn: (m) => log.warn(maskSecrets(m, secrets)) };
}
