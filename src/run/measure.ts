// What both ways of measuring (one app; base and head side by side) take and give back.
import type { Logger } from '../logger.js';
import type { AppUsage } from '../core/load/app-cost.js';
import type { BaseCheckout, BaseOptions } from '../adapters/baseline/base-checkout.js';
import type { RunningApp, StartOptions } from '../adapters/app/app-process.js';
import type { Profiler } from '../adapters/profiling/perf-profiler.js';
import type { WorkReader } from '../adapters/work/work-reader.js';
import type { SpeedWindow } from '../core/verdict/runner-speed.js';
import { ExitCode, PerfGateError, messageOf } from '../core/errors.js';
import type { AppPlan, EndpointPlan, GatePlan, SameRunnerPlan } from '../core/budget/plan.js';
import type { LoadGenerator } from '../core/load/load-generator.js';
import type { BaselineInfo, ComparisonRow, Diagnosis, Fingerprint, Report, SamplingRecord, TargetResult } from '../core/report/report.js';

export type Arm = 'head' | 'base';
export const arms: readonly Arm[] = ['head', 'base'];

/** This checkout's app and the base's, side by side on their own ports. */
export interface AppPair {
  ports: Record<Arm, number>;
  /** Stops both and starts them again on their ports, in a random order; `env` over each side's from then on. */
  restart(env?: Readonly<Record<string, string>>): Promise<void>;
  /** One side's processes now (forked workers too). */
  pids(arm: Arm): number[];
  /** Each side's checkout root: where its source files are. */
  roots: Record<Arm, string>;
  /** Why an app stopped serving while it was loaded, when one did. */
  lost(): Promise<string | undefined>;
  /** What one side's app has spent so far. */
  usage(arm: Arm): AppUsage | undefined;
  /** The work behind each request on one side (database statements, the app's counters), when the budget reads it. */
  work: Partial<Record<Arm, WorkReader>>;
  /** What of the work behind each request could not be read as the apps started (a line each): it costs only those rows. */
  workErrors: readonly string[];
  /** Both sides' statements come from one database: a side's leftover requests would count to the other's burst. */
  sharedDatabase: boolean;
  /** Stops both; what failed to stop is reported in one error. Then runs what `afterStop` was given. */
  stop(): Promise<void>;
  /** What goes once both apps have stopped for good: files they write into until then. */
  afterStop(cleanup: () => void): void;
}

/**
 * Where a run gets its apps: this checkout's alone (app-process.ts), or the base's checkout prepared and both
 * started side by side (app-pair.ts). The fast tier's tests give fakes of all three.
 */
export interface AppSeams {
  startOne(app: AppPlan, opts: StartOptions): Promise<RunningApp>;
  prepareBase(plan: SameRunnerPlan, opts: BaseOptions): Promise<BaseCheckout>;
  startPair(plan: GatePlan, base: SameRunnerPlan, checkout: BaseCheckout, opts: SameRunnerOptions, random: () => number): Promise<AppPair>;
}

export interface MeasureOptions {
  reportDir: string;
  log: Logger;
  chromePath?: string;
  /** Where Chrome's profile and temp files (and a base worktree) go. */
  tempDir?: string;
  signal?: AbortSignal;
  /** Called once the first request is on its way. */
  onStart?: () => void;
  /** What puts load on the endpoints. */
  load: LoadGenerator;
  /** Values from `${NAME}` references, masked in what is written. */
  secrets?: readonly string[];
  /** The budget file, for messages. */
  budgetFile?: string;
  /** app.tls: how the app's certificate is trusted (Chrome too). */
  tls?: AppPlan['tls'];
  /** Where the apps come from (processes when absent). */
  seams?: AppSeams;
  /** What profiles the apps in the diagnosis pass (V8's, the Python sampler or perf, by runtime, when absent). */
  profiler?: Profiler;
}

export interface Measured {
  /** This checkout's results, as far as they got. */
  targets: TargetResult[];
  errors: string[];
  browser?: Fingerprint['browser'];
  /** The runner's speed in windows between the endpoints (a responder inside perf-gate), and how busy others kept it. */
  speed?: SpeedWindow[];
}

/** A run error ends measuring, not the report: it joins the errors and what was measured is kept. A wrong
 * budget (found while starting, e.g. app.cwd) and bugs go on to the entry's handler. */
export function keepRunError(e: unknown, errors: string[]): void {
  if (!(e instanceof PerfGateError) || e.exitCode === ExitCode.config) throw e;
  errors.push(e.message);
}

/** The load generator refused an endpoint: its result and the run's error line, so the other targets go on. */
export function loadFailure(ep: EndpointPlan, e: unknown): { target: TargetResult; error: string } {
  const message = messageOf(e);
  return {
    target: { kind: 'endpoint', name: ep.name, url: ep.url, status: 'error', error: message, metrics: {} },
    error: `${ep.name}: the load could not run: ${message}`,
  };
}

/** Measuring beside the base (same-runner and confirmation). */
export interface SameRunnerOptions extends MeasureOptions {
  /** The budget file's directory: this checkout. */
  headDir: string;
  /** Where and when this run measures: the comparisons' head. */
  environment: Report['environment'];
  startedAt: Date;
  random?: () => number;
  /** Put before the names of the logs it writes (app.log, base-app.log, base-build.log). */
  logPrefix?: string;
  /** Why the run fails already, if it does (confirmation after a failed budget): no target takes more than its fewest samples. */
  decided?: string;
}

export interface SameRunnerResult extends Measured {
  /** The base as the baseline, and head against it rule by rule: computed once, after the rounds. */
  compared: { baseline: BaselineInfo; comparisons: ComparisonRow[] };
  /** What came out suspicious, profiled base and head while both apps were up (diagnose:). */
  diagnosis?: Diagnosis;
  /** What of the work behind each request (statements, counters) could not be read: it costs only those rows. */
  workErrors: string[];
  base: TargetResult[];
  sampling: SamplingRecord[];
  description: string;
  sha?: string;
}
