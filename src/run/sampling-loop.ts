// The sampling loop of a same-runner comparison: rounds of one sample a side, in a random order each, until the
// target's rules settle, its most samples are taken, the time budget is spent, or the run is interrupted; both apps
// restarted every so many samples so one process's own speed is not taken for a difference.
import { performance } from 'node:perf_hooks';
import type { AppPair, Arm } from './measure.js';
import { sameRunnerDefaults } from '../core/budget/defaults.js';
import { RunError } from '../core/errors.js';
import type { LoadGenerator } from '../core/load/load-generator.js';
import type { EndpointPlan, GatePlan, PagePlan, SameRunnerPlan } from '../core/budget/plan.js';
import type { SamplingRecord, SamplingStop, TargetResult } from '../core/report/report.js';
import { decidingRule, roundOrder, ruleVerdicts, stopReason } from '../core/load/sampling.js';
import { answeredNothing } from '../core/load/threshold-sampling.js';
import type { Logger } from '../logger.js';
import { formatValue } from '../core/units.js';

/** What every target's rounds share: the two apps, the load, and what the targets before it left of the time budget. */
export interface RoundsContext {
  readonly plan: GatePlan;
  /** The base measured beside, and how it is sampled. */
  readonly base: SameRunnerPlan;
  readonly apps: AppPair;
  readonly log: Logger;
  readonly load: LoadGenerator;
  readonly onStart?: () => void;
  readonly random: () => number;
  readonly timeBudgetMs: number;
  readonly rulesInRun: number;
  /** Time the targets before this one spent beyond their minimum: the time budget is the run's. */
  readonly spentMs: number;
  /**
   * Why the run fails whatever more samples say (a gating budget failed before, or a gating rule settled regressed
   * in a target before): each target then takes its minimum and the time budget goes unspent.
   */
  readonly decided?: string;
  readonly signal?: AbortSignal;
}

/** How one target's rounds went: its record, the time it spent beyond its minimum, and what it found for the run. */
export interface Rounds {
  record: SamplingRecord;
  extraMs: number;
  /** Set when a gating rule of this target settled regressed: the run's outcome is decided. */
  decided?: string;
  /** Why the apps could not be started again, or stopped serving: no target after this one runs. */
  appsDown?: unknown;
}

export type Sides = Record<Arm, TargetResult>;

export interface Sampler {
  limits: { min: number; max: number };
  take: (arm: Arm) => Promise<void>;
  sides: () => Sides;
  onRound?: (samples: number, current: Sides) => void;
  /** Samples a side between restarts of both apps (0: never), and what a fresh start needs before it counts. */
  restartEvery?: number;
  /** Whether restartEvery may grow with what a restart costs this app (it was not set in the budget). */
  sizeRestarts?: boolean;
  warm?: () => Promise<void>;
}

// Rounds of one sample a side, in a random order each, until the target's rules settle, the maximum is taken,
// the time budget is spent, or the run is interrupted.
export async function sampleRounds(target: EndpointPlan | PagePlan, ctx: RoundsContext, s: Sampler): Promise<Rounds> {
  const { limits } = s;
  const appStarts = [0];
  let extraMs = 0;
  let decided: string | undefined;
  const done = (samples: number, stop: SamplingStop, appsDown?: unknown): Rounds => ({
    record: { target: target.name, samples, stop, ...(appStarts.length > 1 && { appStarts }) },
    extraMs,
    ...(decided !== undefined && { decided }),
    ...(appsDown !== undefined && { appsDown }),
  });
  let every = s.restartEvery ?? 0;
  let roundMs = 0;
  for (let samples = 0; ;) {
    if (ctx.signal?.aborted) return done(samples, 'interrupted');
    const started = performance.now();
    if (every && samples > 0 && samples - appStarts.at(-1)! >= every) {
      try {
        const began = performance.now();
        await ctx.apps.restart();
        if (s.sizeRestarts && roundMs > 0) every = sizedRestarts(every, performance.now() - began, roundMs, ctx, target.name);
      } catch (e) {
        if (ctx.signal?.aborted) return done(samples, 'interrupted');
        // What this target measured so far still counts; the targets after it have no apps to load.
        return done(samples, 'error', e);
      }
      await s.warm?.();
      appStarts.push(samples);
    }
    const round = performance.now();
    for (const arm of roundOrder(ctx.random)) await s.take(arm);
    roundMs = performance.now() - round;
    samples++;
    const lost = await ctx.apps.lost();
    if (lost) return done(samples, 'error', new RunError(lost));
    if (samples > limits.min) extraMs += performance.now() - started;
    const current = s.sides();
    s.onRound?.(samples, current);
    if (current.head.status === 'error' || current.base.status === 'error') return done(samples, 'error');
    // A side that answered no request is decided by its error rows: more rounds would only restart the apps.
    if (noAnswers(current)) return done(samples, 'no answers');
    const verdicts = samples >= limits.min ? ruleVerdicts(target, current.head, current.base, ctx.rulesInRun, appStarts) : [];
    if (ctx.decided === undefined && decided === undefined) decided = decidedBy(ctx, target, verdicts);
    const runDecided = ctx.decided ?? decided;
    const stop = stopReason({
      samples,
      ...limits,
      outOfTime: ctx.spentMs + extraMs >= ctx.timeBudgetMs,
      unsettled: verdicts.filter((v) => v.verdict === 'unsure').map((v) => v.rule.metric),
      hasRules: target.relative.length > 0,
      ...(runDecided !== undefined && { decided: runDecided }),
    });
    if (stop) return done(samples, stop);
  }
}

/**
 * Rounds a start, sized to what a restart costs: with a start's own speed as much of the noise as a burst's, the
 * information per second is best at sqrt(restart / round) rounds a start (the optimal cluster size of two-stage
 * sampling, Cochran, Sampling Techniques, 3rd ed., §10.8, with equal variance between and within starts).
 */
function sizedRestarts(every: number, restartMs: number, roundMs: number, ctx: RoundsContext, name: string): number {
  const sized = Math.max(every, Math.round(Math.sqrt(restartMs / roundMs)));
  if (sized > every)
    ctx.log.info(
      `  ${name}: a restart of both apps takes ${formatValue(restartMs, 'ms')}, a round ${formatValue(roundMs, 'ms')}: restarting every ${sized} rounds`,
    );
  return sized;
}

// The first gating rule settled as regressed decides the run's outcome: said once in the log.
function decidedBy(ctx: RoundsContext, target: EndpointPlan | PagePlan, verdicts: Parameters<typeof decidingRule>[0]): string | undefined {
  const rule = decidingRule(verdicts);
  if (!rule) return undefined;
  const decided = `${target.name} ${rule.metric} regressed`;
  ctx.log.info(`  the outcome is decided (${decided}): from here each target takes its fewest samples, the time budget goes unspent`);
  return decided;
}

const noAnswers = (s: Sides) => s.head.kind === 'endpoint' && (answeredNothing(s.head.metrics) || answeredNothing(s.base.metrics));

const limitsFor = (sr: SameRunnerPlan, own: number) => {
  const min = sr.minSamples ?? own;
  return { min, max: Math.max(min, sr.maxSamples ?? sameRunnerDefaults.maxSamplesPerMin * min) };
};

/** The fewest and most samples a side a target gets beside the base. */
export const sampleLimits = (sr: SameRunnerPlan, target: EndpointPlan | PagePlan) =>
  limitsFor(sr, target.kind === 'endpoint' ? target.load.samples : pageMinSamples(target));

const pageMinSamples = (page: PagePlan) => Math.min(page.runs, Math.max(page.minRuns, 3));
