// What a run tells people as it goes: the CLI writes it to stderr, the action to the job log.
import { maskSecrets } from './core/budget/env-references.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** A folded group of the log around `fn` (the action's `core.group`); the CLI's terminal has none. */
  group?<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** The logger with every secret masked, for the CLI; the action's log is masked by the runner too. */
export function maskedLogger(log: Logger, secrets: readonly string[]): Logger {
  if (secrets.length === 0) return log;
  return {
    info: (m) => log.info(maskSecrets(m, secrets)),
    warn: (m) => log.warn(maskSecrets(m, secrets)),
    ...(log.group && { group: log.group.bind(log) }),
  };
}

/** `fn` in a group of the log where the logger has groups (the Actions log mirrors the run's phases and targets). */
export function inGroup<T>(log: Logger, title: string, fn: () => Promise<T>): Promise<T> {
  return log.group ? log.group(title, fn) : fn();
}
