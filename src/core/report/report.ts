// The report model: one versioned JSON document for every kind of target, read by renderers and later runs.
import type { ComparisonStats } from '../verdict/compare.js';
import type { TargetKind } from '../budget/metric-catalog.js';
import type { ShardInfo } from './shard.js';
import type { Operator } from '../budget/threshold.js';
import type { Unit } from '../units.js';

/** Bumped on any change a reader of an older report could misread. */
export const reportSchemaVersion = 1;

export interface MetricResult {
  /** Pooled over the whole measurement (endpoints) or the median of runs (pages); null when not measured. */
  value: number | null;
  unit: Unit;
  /** One value per burst (endpoints) or per run (pages), in order. */
  samples: number[];
}

export interface Burst {
  /** Start, in ms after measurement began (warm-up excluded). */
  startMs: number;
  durationMs: number;
  requests: number;
  errors: number;
  non2xx: number;
  rps: number;
  p50: number | null;
  p90: number | null;
  p95: number | null;
  p99: number | null;
}

/** A statement's share of one endpoint's work, per answered request (pg_stat_statements' normalized text). */
export interface StatementRow {
  query: string;
  callsPerRequest: number;
  msPerRequest: number;
  rowsPerRequest: number;
}

/** One of the app's counters (counters:) per answered request over the measured time. */
export interface CounterRow {
  name: string;
  perRequest: number;
  /** A histogram's or summary's time per request (ms). */
  msPerRequest?: number;
}

export interface ErrorKind {
  kind: string;
  count: number;
}

export interface EndpointDetails {
  method: string;
  load: {
    durationMs: number;
    warmupMs: number;
    connections: number;
    rate?: number;
    samples: number;
    timeoutMs: number;
    /** The load shape in words (load-shape.ts describeShape); absent: steady. */
    profile?: string;
  };
  /** Responses by status code, measurement only. */
  statusCodes: Record<string, number>;
  /** Requests sent during measurement, answered or not. */
  sent: number;
  bursts: Burst[];
  /** Failed requests by kind (a status, a socket error code, a timeout), the commonest first. */
  errorKinds: ErrorKind[];
  /** Requests sent and still unanswered when the load stopped (steady load). */
  inFlight?: number;
  /** Connections the server closed after answering (Connection: close or HTTP/1.0): p95 then includes connecting. */
  serverCloses?: { closes: number; responses: number };
  /** The database statements behind the measured time, per answered request (database.postgres). */
  statements?: StatementRow[];
  /** The app's own counters per answered request (counters:). */
  counters?: CounterRow[];
  /** What reading the work behind each request met: a counter that went down, a scrape that failed. */
  workNotes?: string[];
  /** What app-rss holds: the memory at ready plus this endpoint's own growth, or a fresh app's (app.restart: per-target). */
  memory?: 'own growth' | 'fresh app';
  /** Second by second from the load's start, warm-up included; same-runner: seconds of this app's own load time
   * (its interleaved bursts end to end). */
  series?: SeriesPoint[];
  /** What the load shape found: per stage, the capacity probes, the spike and its recovery, the soak's windows. */
  shape?: ShapeSummary;
}

/** One second of the load, warm-up included. */
export interface SeriesPoint {
  /** Seconds since the load began. */
  t: number;
  /** The phase at the second's middle. */
  phase: string;
  /** Responses with the expected status completed in this second. */
  rps: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors: number;
  /** CPU time the app's processes spent in this second (ms; 1000 is one core busy). */
  cpuMs?: number;
  /** The app's resident memory at the second's end. */
  rssBytes?: number;
}

export interface PhaseSummary {
  name: string;
  durationMs: number;
  rps: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors: number;
  errorRate: number;
}

export interface ProbeSummary extends PhaseSummary {
  /** Offered arrival rate (req/s). */
  rate: number;
  round: number;
  passed: boolean;
  /** The parts of the objective it broke. */
  broke: string[];
}

export type ShapeSummary =
  | { kind: 'stages'; stages: PhaseSummary[] }
  | {
      kind: 'capacity';
      objective: string[];
      probes: ProbeSummary[];
      capacityRps: number | null;
      estimates: number[];
      belowLower: boolean;
      aboveUpper: boolean;
      stop: CapacityStop;
    }
  | {
      kind: 'spike';
      baseRate: number;
      peakRate: number;
      phases: PhaseSummary[];
      /** Median of the before-phase's per-second p95: the level recovery is judged against. */
      baselineP95: number | null;
      bandPercent: number;
      /** ms from the spike's end until p95 stayed within the band; afterMs when it never did. */
      recoveryMs: number | null;
      recovered: boolean;
    }
  | {
      kind: 'soak';
      windows: PhaseSummary[];
      rssGrowthPerMin: number | null;
      /** The last windows (the second half) the growth was fitted over. */
      fittedWindows: number;
      p95DriftPercent: number | null;
    };

/** Why a capacity search ended: it found its knees, ran out of time, or was interrupted. */
export type CapacityStop = 'found' | 'time budget' | 'interrupted';

export interface PageRun {
  /** 1-based run number, and the attempt at it (retries after a failed run). */
  run: number;
  attempt: number;
  ok: boolean;
  error?: string;
  durationMs: number;
  /** This run's values, for every page metric Lighthouse produced. */
  metrics?: Record<string, number | null>;
  /** Where the page ended, after redirects (Lighthouse's finalDisplayedUrl). */
  finalUrl?: string;
}

export interface PageDetails {
  preset: 'mobile' | 'desktop';
  throttling: 'simulate' | 'devtools' | 'provided';
  categories: string[];
  runsPlanned: number;
  /** Every attempt, failed ones included. */
  runs: PageRun[];
  /** Index into `runs` of the median run, whose Lighthouse report is kept; null when no run succeeded. */
  representativeRun: number | null;
  /** The representative run's Lighthouse reports, relative to the report directory. */
  artifacts?: { html: string; json: string };
  /** What the representative run's page is made of, compactly: what a later run's "why" compares against. */
  facts?: PageFacts;
}

/** A page's requests, scripts, long tasks and opportunities, from one Lighthouse run. */
export interface PageFacts {
  /** URL without its query (the page's own by path), resource type, bytes over the wire, and what requested it. */
  requests: { url: string; type: string; bytes: number; initiator?: string }[];
  /** Main-thread time per script (bootup-time). */
  scripts: { url: string; ms: number }[];
  longTasks: { url: string; ms: number }[];
  /** Opportunity audits with something to save. */
  opportunities: { id: string; ms: number; bytes: number }[];
}

/** Why sampling a target for its absolute budgets stopped: a fixed count, every threshold clear of its limit, none
 * to judge, the maximum reached (some threshold still near), or the run ended first. */
// 'no answers': an endpoint that answered no request has nothing more samples would tell (its errors decide).
export const thresholdSamplingStops = ['fixed', 'clear', 'no thresholds', 'max samples', 'no answers', 'interrupted', 'error'] as const;
export type ThresholdSamplingStop = (typeof thresholdSamplingStops)[number];

export interface ThresholdSampling {
  /** Samples taken: bursts (endpoints) or successful runs (pages). */
  taken: number;
  min: number;
  max: number;
  stop: ThresholdSamplingStop;
  /** At 'max samples': the thresholds still too near their limits to call. */
  near?: string[];
}

export interface TargetResult {
  kind: TargetKind;
  name: string;
  url: string;
  status: 'ok' | 'error';
  error?: string;
  metrics: Record<string, MetricResult>;
  endpoint?: EndpointDetails;
  page?: PageDetails;
  /** How many samples it took and why it stopped (a target measured alone, for its thresholds). */
  sampling?: ThresholdSampling;
}

/** 'warn': a warn-level threshold broken, shown and annotated, never failing the run. */
export type CheckOutcome = 'pass' | 'fail' | 'warn';

export interface ComparisonRow extends ComparisonStats {
  target: string;
  kind: 'endpoint' | 'page';
  metric: string;
  /** The relative rule as written, e.g. "+10% or +5ms". */
  rule: string;
  /** False when the baseline is not comparable: the row is shown and cannot fail the gate. */
  gating: boolean;
  reasons: string[];
  /** 1-based line of the rule in the budget file. */
  line?: number;
  /** A warn-level rule: a regression is shown and annotated, never failing the run. */
  level?: 'warn';
  /** Its noise keeps it unsure even at the most samples it may take: why, in a line. */
  undecidable?: string;
  /** A row confirmed on this runner: what the stored baseline had said. */
  stored?: Pick<ComparisonStats, 'verdict' | 'baseMean' | 'headMean' | 'deltaPercent' | 'interval'>;
}

/** Why interleaved sampling of a target stopped ('schedule': a load shape ran its phases, or its capacity searches, to the end). */
// 'outcome decided': a gating rule or budget had already failed the run, so more samples could change no outcome.
export const samplingStops = [
  'settled',
  'outcome decided',
  'max samples',
  'time budget',
  'no relative rules',
  'no answers',
  'interrupted',
  'error',
  'schedule',
] as const;
export type SamplingStop = (typeof samplingStops)[number];

export interface SamplingRecord {
  target: string;
  /** Samples per side when sampling stopped. */
  samples: number;
  stop: SamplingStop;
  /** The sample (0-based) at which each start of the two apps began serving this target; absent: one start. */
  appStarts?: number[];
}

export interface CheckResult {
  target: string;
  kind: TargetKind;
  metric: string;
  /** The threshold as written, e.g. "p95 < 200ms". */
  threshold: string;
  op: Operator;
  limit: number;
  unit: Unit;
  actual: number | null;
  outcome: CheckOutcome;
  message: string;
  /** A warn-level threshold: broken, its outcome is 'warn'. */
  level?: 'warn';
  /** 'default' for checks perf-gate adds when the budget is silent (error rate). */
  origin: 'budget' | 'default';
  /** Line of the threshold in the budget file. */
  line?: number;
}

export interface Fingerprint {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  os: { platform: string; release: string; arch: string };
  node: string;
  perfGate: string;
  git?: { sha?: string; ref?: string };
  /** Present when pages were audited. */
  browser?: { lighthouse: string; userAgent: string; benchmarkIndex: number | null };
  ci?: { provider: string; runId?: string; event?: string };
  /** Present when traffic went to a host that is not this machine (app.remote): the hosts it went to. */
  traffic?: { remote: boolean; hosts: string[] };
  /** app.tls: the app's certificate trusted through a CA file, or not checked at all. */
  tls?: 'ca' | 'insecure';
}

export type Verdict = 'pass' | 'fail' | 'error';

/** The earlier report the relative rules were held against, or why there was none. */
export interface BaselineInfo {
  status: 'used' | 'missing';
  /** Where it came from: a file path or an artifact. */
  source?: string;
  reason?: string;
  sha?: string;
  ref?: string;
  createdAt?: string;
  /** Other stored runs of the base used to measure run-to-run noise. */
  historyRuns?: number;
  /** Measured beside this run on the same runner: how many samples each target took and why it stopped. */
  sameRunner?: { sampling: SamplingRecord[] };
  /** What the stored baseline judged regressed or unsure, measured again beside the base on this runner. */
  confirmation?: Confirmation;
  /** The base's values of every metric, per target (the HTML report draws base beside head). */
  values?: Record<string, Record<string, number | null>>;
  /** The base's statements and counters per endpoint, shown beside the head's. */
  work?: Record<string, Pick<EndpointDetails, 'statements' | 'counters'>>;
  /** What the base's pages were made of; null for a page whose base run kept none (stored by an older perf-gate). */
  pageFacts?: Record<string, PageFacts | null>;
}

/** One side of a profiled endpoint: its folded stacks (bounded), and the requests answered while it was sampled. */
export interface ProfiledSide {
  requests: number;
  samples: number;
  /** Folded stacks, the heaviest first, cut at a size (profiles/<target>.<side>.folded holds more). */
  stacks: string;
  /** Stacks left out of `stacks` for its size. */
  droppedStacks?: number;
}

/** An endpoint profiled base and head side by side, or why it could not be. */
export interface EndpointDiagnosis {
  target: string;
  /** What sampled it: V8's profiler over a Node app's inspector, perf-gate's sampler in a Python app, or Linux perf. */
  profiler?: 'v8' | 'python' | 'perf';
  /** Why there is no profile (perf missing or refused), or why it is partial (the pass cut short). */
  note?: string;
  /** CPU ms one sample stands for. */
  sampleMs?: number;
  base?: ProfiledSide;
  head?: ProfiledSide;
  /** Both sides' whole folded stacks, relative to the report's directory. */
  files?: { base: string; head: string };
  /** Heap snapshots of head when a memory rule was suspicious (Node apps). */
  memory?: MemoryDiagnosis;
}

/**
 * Three heap snapshots of head under the endpoint's load, and the classes of object that kept growing; for a Python
 * app (`by: 'tracemalloc'`), the app's source lines under which memory still held kept growing.
 */
export interface MemoryDiagnosis {
  /** What took the snapshots: V8 when absent, Python's tracemalloc (each "class" is then a source line). */
  by?: 'tracemalloc';
  /** Requests head answered before each snapshot (from the first), and its heap then. */
  snapshots: { requests: number; heapBytes: number }[];
  /** The most growth first; retained, own size and count at each snapshot. */
  grown: {
    className: string;
    retained: number[];
    own: number[];
    count: number[];
    perThousandRequests: number;
    /** Where most of its new instances are held, as an expression (`cache.entries[12]`). */
    heldBy?: string;
    /** tracemalloc: the library line under the app's that allocated most of it. */
    allocatedIn?: string;
  }[];
  /** Why there are no snapshots, or fewer (not a Node app, a snapshot too large, the pass cut short). */
  note?: string;
}

/** The diagnosis pass: the suspicious endpoints profiled base and head side by side after they were measured. */
export interface Diagnosis {
  /** Which endpoints it profiled: the suspicious ones, or all. */
  when: 'suspicious' | 'always';
  /** Profiled load a side. */
  durationMs: number;
  /** The whole pass's wall time (restarting both apps with the profiling settings included). */
  wallMs: number;
  endpoints: EndpointDiagnosis[];
}

export interface Confirmation {
  /** 'not possible': the stored-baseline verdicts stand, and `reason` says why. */
  status: 'confirmed' | 'not needed' | 'not possible';
  reason?: string;
  /** The base it was measured beside: a worktree of the merge-base, or a prepared checkout. */
  source?: string;
  sha?: string;
  sampling?: SamplingRecord[];
  /** What of the work behind each request could not be read beside the base: those rows keep the stored verdict. */
  notes?: string[];
  /** The base's statements and counters of the endpoints confirmed, measured beside this run. */
  work?: Record<string, Pick<EndpointDetails, 'statements' | 'counters'>>;
}

export interface Report {
  schemaVersion: number;
  tool: { name: 'perf-gate'; version: string };
  budgetFile: string;
  startedAt: string;
  finishedAt: string;
  environment: Fingerprint;
  timings: {
    /** ms from perf-gate's process start to the app answering its readiness probe. */
    appReadyMs?: number;
    /** ms from perf-gate's process start to the first request of the first target. */
    firstRequestMs?: number;
    /** ms the gate run took, from reading the budget to writing the report. */
    totalMs: number;
  };
  /** Peak resident memory of the perf-gate process. */
  maxRssBytes?: number;
  targets: TargetResult[];
  checks: CheckResult[];
  baseline?: BaselineInfo;
  /** One row per relative rule, when a baseline was used. */
  comparisons: ComparisonRow[];
  verdict: Verdict;
  /** Why the run could not complete, when verdict is 'error'. */
  errors: string[];
  /** Each target's key metric over the base branch's stored runs and this run. */
  trends?: Trend[];
  /** Profiles of the suspicious endpoints, base and head side by side. */
  diagnosis?: Diagnosis;
  /** A shard's report: its part of the budget's targets, and the whole split. */
  shard?: ShardInfo;
  /** A merged report: each shard of the matrix and what became of it. */
  shards?: ShardStatus[];
}

export interface TrendPoint {
  /** When the run started. */
  at: string;
  sha?: string;
  value: number;
  /** This run, the last point. */
  current?: boolean;
}

/** A target's key metric over the base branch's stored runs (oldest first), then this run when it measured it. */
export interface Trend {
  target: string;
  kind: TargetKind;
  metric: string;
  unit: Unit;
  points: TrendPoint[];
}

/** One shard of a merged run: merged, failed (it ran and could not complete) or missing (no report). */
export interface ShardStatus {
  index: number;
  total: number;
  status: 'merged' | 'failed' | 'missing';
  /** Its targets, by the split. */
  targets: string[];
  /** Where its report was read from. */
  source?: string;
}
