// Errors that end a run, each with the exit code the CLI and the action report.

export const ExitCode = { pass: 0, failed: 1, config: 2, run: 3 } as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export class PerfGateError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The budget file, an input or a flag is wrong: fix it and run again. Each line is one problem. */
export class ConfigError extends PerfGateError {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'), ExitCode.config);
  }
}

/** The run could not complete: the app did not start, the target refused, Chrome is missing… */
export class RunError extends PerfGateError {
  constructor(message: string) {
    super(message, ExitCode.run);
  }
}

/** What an error says, whatever was thrown. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The first line of what an error says (a stack of causes is for the log, not a one-line message). */
export const firstLineOf = (e: unknown): string => messageOf(e).split('\n')[0] ?? '';
