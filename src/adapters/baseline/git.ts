// git as a child process: its trimmed output, or an error with git's own message.
import { execFileSync } from 'node:child_process';

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** git's answer, or undefined where there is none (not a repository, no commit, no git). */
export function gitAnswer(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args) || undefined;
  } catch {
    return undefined;
  }
}
