// A shell command of the budget's (the base's build, app.setup) in its own process group: its output to a log
// file, ended with the whole group at its timeout or on abort, so nothing it started outlives it.
import { endGroup, spawnGroup } from './process-groups.js';
import { tailOf } from './log-tail.js';

export interface CommandOptions {
  cwd: string;
  env?: Record<string, string>;
  logFile: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export type CommandEnd = { code: number | null; signal: NodeJS.Signals | null } | 'timeout' | 'aborted';

export async function runCommand(command: string, opts: CommandOptions): Promise<CommandEnd> {
  const child = spawnGroup(command, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, logFile: opts.logFile });
  const pid = child.pid as number;
  let timer: NodeJS.Timeout | undefined;
  let onAbort = () => {};
  try {
    return await Promise.race([
      new Promise<CommandEnd>((resolve) => child.once('close', (code, signal) => resolve({ code, signal }))),
      new Promise<CommandEnd>((resolve) => {
        if (opts.timeoutMs !== undefined) timer = setTimeout(() => resolve('timeout'), opts.timeoutMs);
      }),
      new Promise<CommandEnd>((resolve) => {
        onAbort = () => resolve('aborted');
        if (opts.signal?.aborted) onAbort();
        opts.signal?.addEventListener('abort', onAbort, { once: true });
      }),
    ]);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
    await endGroup(pid, 2000);
  }
}

/** "exited with code 1", "did not finish within 5m and was ended": what became of it, and the log's last lines. */
export function commandFailure(what: string, end: CommandEnd, opts: Pick<CommandOptions, 'logFile' | 'timeoutMs'>): string | undefined {
  let how: string;
  if (end === 'aborted') return `interrupted while ${what} ran`;
  if (end === 'timeout') how = `did not finish within ${Math.round((opts.timeoutMs ?? 0) / 1000)}s and was ended`;
  else if (end.code === 0) return undefined;
  else how = end.code === null ? `was ended by ${end.signal}` : `exited with code ${end.code}`;
  const tail = tailOf(opts.logFile);
  return `${what} ${how}${tail ? `\nlast lines of ${opts.logFile}:\n${tail}` : ` (its log ${opts.logFile} is empty)`}`;
}
