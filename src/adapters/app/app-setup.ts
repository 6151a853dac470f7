// app.setup: the budget's command that readies what the app needs before it first starts (migrations, a seed),
// run in the app's directory with the app's environment. A failure or an overrun ends the run (exit 3) with the
// command's last lines; nothing it started is left running.
import type { AppPlan } from '../../core/budget/plan.js';
import { RunError } from '../../core/errors.js';
import { commandFailure, runCommand } from './shell-command.js';
import { checkAppDir } from './app-process.js';

export async function runAppSetup(app: AppPlan, opts: { logFile: string; budgetFile: string; label?: string; signal?: AbortSignal }): Promise<void> {
  if (!app.setup) return;
  checkAppDir(app, opts.budgetFile);
  const { command, timeoutMs } = app.setup;
  const end = await runCommand(command, { cwd: app.cwd, env: app.env, logFile: opts.logFile, timeoutMs, ...(opts.signal && { signal: opts.signal }) });
  const failure = commandFailure(`app.setup '${command}'${opts.label ? ` for ${opts.label}` : ''}`, end, { logFile: opts.logFile, timeoutMs });
  if (failure) throw new RunError(failure);
}
