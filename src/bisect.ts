// `perf-gate bisect --good REF --bad REF`: the first commit of a range that regressed. Each step checks a commit out
// in a git worktree, builds it as the budget's confirm (or sameRunner) build says, and measures it beside the good
// commit on this runner, interleaved, with the budget of this checkout, so every step judges by the same rules and
// each verdict is the same-runner one. A commit that does not build or start is skipped, as `git bisect skip` does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { git } from './adapters/baseline/git.js';
import { readTextFile } from './adapters/files/text-file.js';
import { commandFailure, runCommand } from './adapters/app/shell-command.js';
import { ConfigError, firstLineOf } from './core/errors.js';
import { nextStep, type StepVerdict } from './core/verdict/bisection.js';
import { gatingRegressions } from './core/verdict/outcome.js';
import { formatValue, signedPct } from './core/units.js';
import type { Logger } from './logger.js';

export interface BisectOptions {
  config: string;
  good: string;
  bad: string;
  log: Logger;
  /** No step starts that would end past this. */
  maxMs: number;
  signal?: AbortSignal;
}

export interface BisectStep {
  sha: string;
  subject: string;
  verdict: StepVerdict;
  /** What regressed ("ping p95 +84%"), or why it was skipped. */
  why: string;
}

export interface Bisected {
  steps: BisectStep[];
  first?: { sha: string; subject: string };
  /** The commits it could not tell apart, when skips left more than one. */
  undecided?: string[];
  /** The range's bad end did not regress against its good end. */
  noRegression?: boolean;
  cut?: string;
}

/** The CLI's time budget; the guardian's, inside a push's job; a build's. */
export const bisectDefaults = { maxMs: 30 * 60_000, guardianMs: 10 * 60_000, buildTimeoutMs: 10 * 60_000 };

const commitOf = (root: string, ref: string, flag: string): string => {
  try {
    return git(root, ['rev-parse', '--verify', `${ref}^{commit}`]);
  } catch {
    throw new ConfigError([`${flag} ${ref}: not a commit of this repository; expected a sha, a branch or a tag`]);
  }
};

/** The range, checked: good an ancestor of bad; its commits after good, in order, bad last. */
function rangeOf(root: string, opts: BisectOptions): { good: string; commits: string[] } {
  const good = commitOf(root, opts.good, '--good');
  const bad = commitOf(root, opts.bad, '--bad');
  if (good === bad) throw new ConfigError([`--good ${opts.good} and --bad ${opts.bad}: the same commit; expected an older good commit`]);
  try {
    git(root, ['merge-base', '--is-ancestor', good, bad]);
  } catch {
    throw new ConfigError([`--good ${opts.good}: not an ancestor of --bad ${opts.bad}; expected the good commit in the bad one's history`]);
  }
  const commits = git(root, ['rev-list', '--reverse', '--ancestry-path', `${good}..${bad}`])
    .split('\n')
    .filter(Boolean);
  return { good, commits };
}

/** The budget of this checkout, measuring beside the good commit: confirm's settings (or sameRunner's) with its ref. */
function stepBudget(text: string, good: string): { text: string; build?: string } {
  const doc = parseDocument(text);
  const settings = (doc.get('sameRunner') ?? doc.get('confirm')) as { toJSON?: () => unknown } | undefined;
  const beside: Record<string, unknown> = { ...((settings?.toJSON?.() as Record<string, unknown> | undefined) ?? {}), ref: good };
  delete beside.dir;
  for (const key of ['confirm', 'sameRunner', 'diagnose']) doc.delete(key);
  doc.set('sameRunner', beside);
  return { text: doc.toString({ lineWidth: 0 }), ...(typeof beside.build === 'string' && { build: beside.build }) };
}

export async function bisect(cwd: string, opts: BisectOptions): Promise<Bisected> {
  const root = git(cwd, ['rev-parse', '--show-toplevel']);
  const { good, commits } = rangeOf(root, opts);
  const file = path.resolve(cwd, opts.config);
  const read = readTextFile(file);
  if (!read.ok) throw new ConfigError([`${opts.config}: cannot read the budget file (${read.code})`]);
  const budget = stepBudget(read.text, good);
  const budgetInRepo = path.relative(root, file);
  opts.log.info(`bisecting ${commits.length} commit${commits.length === 1 ? '' : 's'} after ${good.slice(0, 7)}, each measured beside it on this runner`);
  const temp = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-bisect-'));
  const verdicts = new Map<string, StepVerdict>();
  const steps: BisectStep[] = [];
  const began = Date.now();
  try {
    for (;;) {
      const next = nextStep({ commits, verdicts });
      if ('first' in next) return { steps, first: { sha: next.first, subject: subjectOf(root, next.first) } };
      if ('undecided' in next) return next.undecided.length === 0 ? { steps, noRegression: true } : { steps, undecided: next.undecided };
      const spent = Date.now() - began;
      if (steps.length > 0 && spent + spent / steps.length > opts.maxMs) return { steps, cut: `the next step would end past ${formatValue(opts.maxMs, 'ms')}` };
      if (opts.signal?.aborted) return { steps, cut: 'interrupted' };
      const step = await measureCommit(root, next.measure, { temp, budget, budgetInRepo, index: steps.length + 1, opts });
      verdicts.set(step.sha, step.verdict);
      steps.push(step);
      opts.log.info(`step ${steps.length}: ${step.sha.slice(0, 7)} ${step.subject}: ${step.verdict}${step.why ? ` (${step.why})` : ''}`);
    }
  } finally {
    try {
      git(root, ['worktree', 'prune']);
    } catch {
      // the worktrees were removed one by one; a prune that fails leaves only git's bookkeeping
    }
    rmSync(temp, { recursive: true, force: true });
  }
}

const subjectOf = (root: string, sha: string) => git(root, ['log', '-1', '--format=%s', sha]);

interface StepContext {
  temp: string;
  budget: { text: string; build?: string };
  budgetInRepo: string;
  index: number;
  opts: BisectOptions;
}

async function measureCommit(root: string, sha: string, ctx: StepContext): Promise<BisectStep> {
  const subject = subjectOf(root, sha);
  const dir = path.join(ctx.temp, `step-${ctx.index}`);
  git(root, ['worktree', 'add', '--detach', '--force', dir, sha]);
  try {
    const config = path.join(dir, path.dirname(ctx.budgetInRepo), `.perf-gate-bisect-${ctx.index}.yml`);
    writeFileSync(config, ctx.budget.text);
    if (ctx.budget.build) {
      const logFile = path.join(ctx.temp, `build-${ctx.index}.log`);
      const end = await runCommand(ctx.budget.build, {
        cwd: path.dirname(config),
        logFile,
        timeoutMs: bisectDefaults.buildTimeoutMs,
        ...(ctx.opts.signal && { signal: ctx.opts.signal }),
      });
      const failed = commandFailure(`the build (${ctx.budget.build})`, end, { logFile, timeoutMs: bisectDefaults.buildTimeoutMs });
      // Its log goes with the step's worktree: the first line, without the pointer to it.
      if (failed) return { sha, subject, verdict: 'skipped', why: (firstLineOf(failed) ?? 'the build failed').replace(/ \(its log .*\)$/, '') };
    }
    const { runGate } = await import('./run/gate.js');
    const quiet: Logger = { info: () => {}, warn: () => {} };
    const out = await runGate({
      config,
      outDir: path.join(ctx.temp, `report-${ctx.index}`),
      cwd: path.dirname(config),
      log: quiet,
      ...(ctx.opts.signal && { signal: ctx.opts.signal }),
    });
    if (out.report.errors.length > 0) return { sha, subject, verdict: 'skipped', why: firstLineOf(out.report.errors[0]) ?? 'the run did not complete' };
    const regressed = gatingRegressions(out.report.comparisons);
    if (regressed.length === 0) return { sha, subject, verdict: 'not regressed', why: '' };
    const why = regressed.map((r) => `${r.target} ${r.metric} ${r.deltaPercent === null ? '' : signedPct(r.deltaPercent)}`.trim()).join(', ');
    return { sha, subject, verdict: 'regressed', why };
  } finally {
    try {
      git(root, ['worktree', 'remove', '--force', dir]);
    } catch {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
