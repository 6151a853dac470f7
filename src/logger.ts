// What a run tells people as it goes: the CLI writes it to stderr, the action to the job log.
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}
