// What a run does, resolved from the budget file: URLs made absolute, defaults filled in, durations in ms, every
// threshold and rule with its line. Each type is the schema's own (budget-schema.ts) with those changes, so a field
// added to the schema reaches the plan's type without being written twice.
import type { Budget, EndpointConfig, LoadSettings, PageConfig } from './budget-schema.js';
import type { ShapePlan } from '../load/load-shape.js';
import type { RelativeRule, Threshold } from './threshold.js';
import type { CounterSelector } from '../work/counter-selector.js';
import type { RequestTemplates } from '../workload/request-templates.js';
import type { MixPlan } from '../workload/mix.js';
import type { JourneyPlan } from '../workload/journey.js';

type AppConfig = Budget['app'];
type SameRunnerConfig = NonNullable<Budget['sameRunner']>;

/** A duration field of the schema (already in ms) under the name the plan and the report use. */
type InMs<T, K extends keyof T & string> = Omit<T, K> & { [P in K as `${P}Ms`]-?: number };

export type LoadPlan = InMs<Required<Omit<LoadSettings, 'rate' | 'samples' | 'profile' | 'maxBody' | 'compression'>>, 'duration' | 'warmup' | 'timeout'> &
  Pick<LoadSettings, 'rate' | 'maxBody' | 'compression'> & {
    /** The load's shape: steady, or a schedule of phases (load-shape.ts). */
    profile: ShapePlan;
    /** Bursts at most; `durationMs` is their time. */
    samples: number;
    /** Bursts before sampling may stop because every threshold is clear (equal to samples: a fixed count). */
    minSamples: number;
  };

export interface LocatedThreshold extends Threshold {
  /** 1-based line of the threshold in the budget file. */
  line?: number;
}

export interface LocatedRule extends RelativeRule {
  /** 1-based line of the rule in the budget file (a default's line for a default). */
  line?: number;
}

export interface EndpointPlan extends Omit<EndpointConfig, 'headers' | 'body' | 'status' | 'load' | 'thresholds' | 'relative' | 'counters' | 'vars'> {
  kind: 'endpoint';
  headers: Record<string, string>;
  /** The body as sent: an object or array in the budget is JSON. */
  body?: string;
  /** Accepted statuses; undefined means any 2xx. */
  status?: number[];
  /** app.tls, for the load's connections. */
  tls?: AppPlan['tls'];
  load: LoadPlan;
  thresholds: LocatedThreshold[];
  relative: LocatedRule[];
  /** The app's own counters this endpoint reads (counters:), by name. */
  counters?: Record<string, CounterSelector>;
  /** With vars: the url, headers and body as templates filled a request at a time (`url` is then the url's template). */
  request?: RequestTemplates;
  /** A mix of several kinds of request, picked by weight a request (`url` is then their origin). */
  mix?: MixPlan;
  /** A journey: steps that depend on each other, run again and again by each virtual user (`url` is their origin). */
  journey?: JourneyPlan;
}

/** A setup script resolved: its absolute path, as written for messages, and its values read from the environment. */
export interface SetupPlan {
  file: string;
  /** The path as the budget wrote it. */
  name: string;
  timeoutMs: number;
  values: Record<string, string>;
}

/** One step of a flow in the budget, resolved: URLs absolute, times in ms, values read from the environment. */
export type FlowStepPlan =
  | { kind: 'navigate'; url: string }
  | { kind: 'click'; selector: string }
  | { kind: 'type'; selector: string; text: string }
  | { kind: 'scroll'; pixels?: number; selector?: string }
  | { kind: 'wait'; ms?: number; selector?: string }
  | { kind: 'snapshot'; name: string };

/** A page measured as a Lighthouse user flow: steps from the budget, or a script of the user's. */
export type FlowPlan = { kind: 'steps'; steps: FlowStepPlan[]; stepTimeoutMs: number } | ({ kind: 'script' } & SetupPlan);

export interface PagePlan extends Omit<PageConfig, 'thresholds' | 'relative' | 'runs' | 'setup' | 'finalUrl' | 'flow'> {
  kind: 'page';
  setup?: SetupPlan;
  flow?: FlowPlan;
  /** The absolute URL every run must end on. */
  finalUrl?: string;
  /** 1-based line of finalUrl in the budget file. */
  finalUrlLine?: number;
  /** Lighthouse runs at most. */
  runs: number;
  /** Runs before sampling may stop because every threshold is clear (equal to runs: a fixed count). */
  minRuns: number;
  thresholds: LocatedThreshold[];
  relative: LocatedRule[];
}

export interface AppPlan extends InMs<
  Omit<AppConfig, 'cwd' | 'env' | 'ready' | 'stop' | 'portEnv' | 'remote' | 'setup' | 'tls' | 'metrics' | 'outbound'>,
  'stopTimeout'
> {
  /** Absolute directory the command runs in. */
  cwd: string;
  env: Record<string, string>;
  /** Polled until it answers 2xx or one of readyStatus; undefined when only the log says the app is ready. */
  readyUrl?: string;
  /** Statuses besides 2xx that count as ready (an API behind auth answers 401). */
  readyStatus: number[];
  /** Text the ready URL's body must contain too (a deployment that answers 200 while it is still coming up). */
  readyText?: string;
  /** A regular expression a line of the app's output matches once it is ready. */
  readyLog?: string;
  readyTimeoutMs: number;
  /** Ends what a command that launched the app and returned started (docker compose down). */
  stop?: { command: string; timeoutMs: number };
  /** The variable the command reads its port from (same-runner runs set it). */
  portEnv: string;
  /** Run once before the app first starts (migrations, a seed). */
  setup?: { command: string; timeoutMs: number };
  /** An https app's certificate: trusted through a CA file (absolute path), or not checked at all. */
  tls?: { ca: string } | { insecure: true };
  /** The app's Prometheus / OpenMetrics endpoint (absolute URL), for counters. */
  metrics?: { url: string; headers: Record<string, string>; timeoutMs: number };
  /** Count the outbound HTTP calls of the Node and Python processes perf-gate starts (not app.outbound: false). */
  outbound?: boolean;
}

export interface SameRunnerPlan extends Omit<SameRunnerConfig, 'timeBudget' | 'env'> {
  /** The base's variables over app.env, `${NAME}` read. */
  env?: Record<string, string>;
  /** Absolute path of a prepared checkout of the base (its repository root). */
  dir?: string;
  /** Time for samples beyond the minimum, all targets together. */
  timeBudgetMs: number;
}

export interface DiagnosePlan {
  /** Only the endpoints whose verdict is regressed or unsure leaning worse, or every endpoint. */
  when: 'suspicious' | 'always';
  /** Profiled load a side. */
  durationMs: number;
}

export interface GatePlan {
  /** The budget file as given (for messages and annotations). */
  file: string;
  app: AppPlan;
  endpoints: EndpointPlan[];
  pages: PagePlan[];
  /** Assumed run-to-run spread (percent) while stored runs are too few to measure it. */
  runNoisePercent: number;
  /** Measure the runner between the endpoints and read timing rows against it (relative.runnerSpeed). */
  runnerSpeed: boolean;
  /** Where the traffic goes: the hosts of every URL, and whether any is not this machine (app.remote). */
  traffic: { remote: boolean; hosts: string[] };
  /** Values read from `${NAME}` references: masked in every log, never written to a report. */
  secrets: string[];
  /** Measure the base beside this checkout, interleaved. */
  sameRunner?: SameRunnerPlan;
  /** Re-measure what the stored baseline judged regressed or unsure beside the base, interleaved. */
  confirm?: SameRunnerPlan;
  /** Profile the suspicious endpoints' base and head side by side after same-runner or confirmation. */
  diagnose?: DiagnosePlan;
  /** The app's PostgreSQL (a connection URL, `${NAME}` read): its statements per request. */
  /** Exactly one of them. */
  database?: { postgres: string; mysql?: undefined } | { mysql: string; postgres?: undefined };
  /** The app's Redis (cache.redis), `${NAME}` read. */
  cache?: { redis: string };
  /** One shard of the budget: the gating relative rules of the whole budget, the Holm family its verdicts share. */
  gatingFamily?: number;
}
