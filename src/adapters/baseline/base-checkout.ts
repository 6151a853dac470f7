// The base side of a same-runner comparison: a checkout the workflow prepared, or a git worktree of the
// merge-base that perf-gate makes (and always removes), built with the budget's build command.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SameRunnerPlan } from '../../core/budget/plan.js';
import { ConfigError, RunError } from '../../core/errors.js';
import { git } from './git.js';
import { commandFailure, runCommand } from '../app/shell-command.js';

export interface BaseCheckout {
  /** The base's repository root. */
  root: string;
  /** The head's repository root, to place the base's app.cwd at the same relative path. */
  headRoot: string;
  sha?: string;
  /** For the report: "worktree of 1a2b3c4 (merge-base with origin/main)" or the directory. */
  description: string;
  /** Removes what perf-gate created; safe to call twice. */
  dispose(): void;
}

export interface BaseOptions {
  /** The budget file's directory: the head checkout. */
  headDir: string;
  budgetFile: string;
  /** Where the worktree goes (RUNNER_TEMP on a runner). */
  tempDir?: string;
  /** The build's output. */
  buildLog: string;
  signal?: AbortSignal;
}

function gitRoot(dir: string): string | undefined {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']);
  } catch {
    return undefined;
  }
}

export async function prepareBase(plan: SameRunnerPlan, opts: BaseOptions): Promise<BaseCheckout> {
  const headRoot = gitRoot(opts.headDir) ?? opts.headDir;
  let checkout: BaseCheckout;
  if (plan.dir !== undefined) {
    if (!existsSync(plan.dir) || !statSync(plan.dir).isDirectory()) {
      throw new ConfigError([`${opts.budgetFile}: sameRunner.dir: expected a prepared checkout of the base, got '${plan.dir}', which is not a directory`]);
    }
    checkout = { root: plan.dir, headRoot, description: plan.dir, dispose: () => {} };
  } else checkout = makeWorktree(plan.ref as string, headRoot, opts);
  try {
    if (plan.build) await build(plan.build, checkout.root, opts);
  } catch (e) {
    checkout.dispose();
    throw e;
  }
  return checkout;
}

function makeWorktree(ref: string, headRoot: string, opts: BaseOptions): BaseCheckout {
  if (!gitRoot(opts.headDir)) throw new ConfigError([`${opts.budgetFile}: sameRunner.ref: '${opts.headDir}' is not in a git repository; use sameRunner.dir`]);
  let sha: string;
  try {
    sha = git(headRoot, ['merge-base', 'HEAD', ref]);
  } catch {
    throw new RunError(
      `sameRunner.ref: no merge-base of HEAD and '${ref}' in ${headRoot}: fetch the history (actions/checkout with fetch-depth: 0) or name a revision that exists`,
    );
  }
  // Short path: tools inside the base (Chrome, sockets) dislike long ones.
  const dir = mkdtempSync(path.join(opts.tempDir ?? os.tmpdir(), 'pgb-'));
  const remove = () => {
    try {
      git(headRoot, ['worktree', 'remove', '--force', dir]);
    } catch {
      // already gone, or never registered
    }
    rmSync(dir, { recursive: true, force: true });
    try {
      git(headRoot, ['worktree', 'prune']);
    } catch {
      // nothing to prune
    }
  };
  try {
    git(headRoot, ['worktree', 'add', '--detach', dir, sha]);
  } catch (e) {
    remove();
    throw new RunError(`could not make a git worktree of ${sha.slice(0, 7)}: ${(e as { stderr?: string }).stderr?.trim() || String(e)}`);
  }
  let disposed = false;
  return {
    root: dir,
    headRoot,
    sha,
    description: `worktree of ${sha.slice(0, 7)} (merge-base with ${ref})`,
    dispose: () => {
      if (!disposed) remove();
      disposed = true;
    },
  };
}

// The build in its own process group, ended with it on abort; its output goes to a log the error quotes.
async function build(command: string, cwd: string, opts: BaseOptions): Promise<void> {
  const logFile = opts.buildLog;
  const failure = commandFailure(`the base's build '${command}'`, await runCommand(command, { cwd, logFile, ...(opts.signal && { signal: opts.signal }) }), {
    logFile,
  });
  if (failure) throw new RunError(failure);
}
