// What both ways of measuring (one app; base and head side by side) take and give back.
import type { Logger } from '../logger.js';
import { ExitCode, PerfGateError, messageOf } from '../core/errors.js';
import type { AppPlan, EndpointPlan } from '../core/budget/plan.js';
import type { LoadGenerator } from '../core/load/load-generator.js';
import type { Fingerprint, SamplingRecord, TargetResult } from '../core/report/report.js';

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
}

export interface Measured {
  /** This checkout's results, as far as they got. */
  targets: TargetResult[];
  errors: string[];
  browser?: Fingerprint['browser'];
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
  random?: () => number;
  /** Put before the names of the logs it writes (app.log, base-app.log, base-build.log). */
  logPrefix?: string;
  /** Why the run fails already, if it does (confirmation after a failed budget): no target takes more than its fewest samples. */
  decided?: string;
}

export interface SameRunnerResult extends Measured {
  /** What of the work behind each request (statements, counters) could not be read: it costs only those rows. */
  workErrors: string[];
  base: TargetResult[];
  sampling: SamplingRecord[];
  description: string;
  sha?: string;
}
