// The report model: one versioned JSON document for every kind of target, read by renderers and later runs. The
// zod schema is the model; the types are derived from it, and a report from elsewhere is checked against it.
import { z } from 'zod';
import { findMetric } from '../budget/metric-catalog.js';
import { operators } from '../budget/threshold.js';
import { units } from '../units.js';

/** Bumped on any change a reader of an older report could misread. */
export const reportSchemaVersion = 1;

const num = z.number();
const nullableNum = num.nullable();
const count = z.int().min(0);
const unit = z.enum(units);
const kind = z.enum(['endpoint', 'page']);
const interval = z.tuple([num, num]).nullable();

const metricResult = z.object({
  /** Pooled over the whole measurement (endpoints) or the median of runs (pages); null when not measured. */
  value: nullableNum,
  unit,
  /** One value per burst (endpoints) or per run (pages), in order. */
  samples: z.array(num),
});
export type MetricResult = z.infer<typeof metricResult>;

const burst = z.object({
  /** Start, in ms after measurement began (warm-up excluded). */
  startMs: num,
  durationMs: num,
  requests: count,
  errors: count,
  non2xx: count,
  rps: num,
  p50: nullableNum,
  p90: nullableNum,
  p95: nullableNum,
  p99: nullableNum,
});
export type Burst = z.infer<typeof burst>;

/** A statement's share of one endpoint's work, per answered request (pg_stat_statements' normalized text). */
const statementRow = z.object({ query: z.string(), callsPerRequest: num, msPerRequest: num, rowsPerRequest: num });
export type StatementRow = z.infer<typeof statementRow>;

/** A host:port the app called out to, per answered request: its calls, the time waited on them, its commonest request line. */
const outboundRow = z.object({ host: z.string(), request: z.string().optional(), callsPerRequest: num, msPerRequest: num });
export type OutboundRow = z.infer<typeof outboundRow>;

/** A Redis command per answered request: its calls and Redis's time on them (cache.redis). */
const commandRow = z.object({ command: z.string(), callsPerRequest: num, msPerRequest: num });
export type CommandRow = z.infer<typeof commandRow>;

/** One of the app's counters (counters:) per answered request over the measured time. */
const counterRow = z.object({
  name: z.string(),
  perRequest: num,
  /** A histogram's or summary's time per request (ms). */
  msPerRequest: num.optional(),
});
export type CounterRow = z.infer<typeof counterRow>;

/** One second of the load, warm-up included. */
const seriesPoint = z.object({
  /** Seconds since the load began. */
  t: num,
  /** The phase at the second's middle. */
  phase: z.string(),
  /** Responses with the expected status completed in this second. */
  rps: num,
  p50: nullableNum,
  p95: nullableNum,
  p99: nullableNum,
  errors: count,
  /** CPU time the app's processes spent in this second (ms; 1000 is one core busy). */
  cpuMs: num.optional(),
  /** The app's resident memory at the second's end. */
  rssBytes: num.optional(),
});
export type SeriesPoint = z.infer<typeof seriesPoint>;

const phaseSummary = z.object({
  name: z.string(),
  durationMs: num,
  rps: num,
  p50: nullableNum,
  p95: nullableNum,
  p99: nullableNum,
  errors: count,
  errorRate: num,
});
export type PhaseSummary = z.infer<typeof phaseSummary>;

const probeSummary = phaseSummary.extend({
  /** Offered arrival rate (req/s). */
  rate: num,
  round: count,
  passed: z.boolean(),
  /** The parts of the objective it broke. */
  broke: z.array(z.string()),
});
export type ProbeSummary = z.infer<typeof probeSummary>;

/** Why a capacity search ended: it found its knees, ran out of time, or was interrupted. */
const capacityStop = z.enum(['found', 'time budget', 'interrupted']);
export type CapacityStop = z.infer<typeof capacityStop>;

/** What a load shape found: per stage, the capacity probes, the spike and its recovery, the soak's windows. */
const shapeSummary = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stages'), stages: z.array(phaseSummary) }),
  z.object({
    kind: z.literal('capacity'),
    objective: z.array(z.string()),
    probes: z.array(probeSummary),
    capacityRps: nullableNum,
    estimates: z.array(num),
    belowLower: z.boolean(),
    aboveUpper: z.boolean(),
    stop: capacityStop,
  }),
  z.object({
    kind: z.literal('spike'),
    baseRate: num,
    peakRate: num,
    phases: z.array(phaseSummary),
    /** Median of the before-phase's per-second p95: the level recovery is judged against. */
    baselineP95: nullableNum,
    bandPercent: num,
    /** ms from the spike's end until p95 stayed within the band; afterMs when it never did. */
    recoveryMs: nullableNum,
    recovered: z.boolean(),
  }),
  z.object({
    kind: z.literal('soak'),
    windows: z.array(phaseSummary),
    rssGrowthPerMin: nullableNum,
    /** The last windows (the second half) the growth was fitted over. */
    fittedWindows: count,
    p95DriftPercent: nullableNum,
  }),
]);
export type ShapeSummary = z.infer<typeof shapeSummary>;

const errorKind = z.object({ kind: z.string(), count });

/** One kind of request of a mix: its rows are the target's metrics named `<id>@<name>`. */
const mixRequest = z.object({
  name: z.string(),
  method: z.string(),
  url: z.string(),
  weight: num,
  vars: z.array(z.string()).optional(),
  /** Requests of this kind sent during measurement, answered or not. */
  sent: count,
  errorKinds: z.array(errorKind).optional(),
});
export type MixRequestReport = z.infer<typeof mixRequest>;

/** One step of a journey: its rows are the target's metrics named `<id>@<name>`. */
const journeyStep = mixRequest.omit({ weight: true }).extend({
  /** What it captures for the later steps, a capture a line (`token: $.token`). */
  captures: z.array(z.string()).optional(),
  thinkMs: num.optional(),
});
export type JourneyStepReport = z.infer<typeof journeyStep>;

const endpointDetails = z.object({
  method: z.string(),
  load: z.object({
    durationMs: num,
    warmupMs: num,
    connections: count,
    rate: num.optional(),
    samples: count,
    timeoutMs: num,
    /** The load shape in words (load-shape.ts describeShape); absent: steady. */
    profile: z.string().optional(),
  }),
  /** What filled the url's, headers' and body's placeholders, a var a line (`id: 1–5000 (random)`). */
  vars: z.array(z.string()).optional(),
  /** A mix: its kinds of request, each picked by weight a request. */
  mix: z.array(mixRequest).optional(),
  /** A journey: its steps, each run by every virtual user in turn. */
  journey: z.object({ steps: z.array(journeyStep), notes: z.array(z.string()).optional() }).optional(),
  /** Responses by status code, measurement only. */
  statusCodes: z.record(z.string(), count),
  /** Requests sent during measurement, answered or not. */
  sent: count,
  bursts: z.array(burst),
  /** Failed requests by kind (a status, a socket error code, a timeout), the commonest first. */
  errorKinds: z.array(errorKind),
  /** Requests sent and still unanswered when the load stopped (steady load). */
  inFlight: count.optional(),
  /** Connections the server closed after answering (Connection: close or HTTP/1.0): p95 then includes connecting. */
  serverCloses: z.object({ closes: count, responses: count }).optional(),
  /** Responses by Content-Encoding ('identity': none), when the requests asked for compression (load.compression). */
  encodings: z.record(z.string(), count).optional(),
  /** The database statements behind the measured time, per answered request (database.postgres). */
  statements: z.array(statementRow).optional(),
  /** The app's own counters per answered request (counters:). */
  counters: z.array(counterRow).optional(),
  /** The hosts the app called out to over HTTP, per answered request (perf-gate's hooks in its Node and Python processes). */
  outbound: z.array(outboundRow).optional(),
  /** The app's Redis per answered request (cache.redis): keyspace hits and misses, the commands, the most called first. */
  cache: z.object({ hitsPerRequest: num, missesPerRequest: num, commands: z.array(commandRow) }).optional(),
  /** What reading the work behind each request met: a counter that went down, a scrape that failed. */
  workNotes: z.array(z.string()).optional(),
  /** What app-rss holds: the memory at ready plus this endpoint's own growth, or a fresh app's (app.restart: per-target). */
  memory: z.enum(['own growth', 'fresh app']).optional(),
  /** Second by second from the load's start, warm-up included; same-runner: seconds of this app's own load time
   * (its interleaved bursts end to end). */
  series: z.array(seriesPoint).optional(),
  shape: shapeSummary.optional(),
});
export type EndpointDetails = z.infer<typeof endpointDetails>;
export type ErrorKind = EndpointDetails['errorKinds'][number];

const pageRun = z.object({
  /** 1-based run number, and the attempt at it (retries after a failed run). */
  run: z.int().min(1),
  attempt: z.int().min(1),
  ok: z.boolean(),
  error: z.string().optional(),
  durationMs: num,
  /** This run's values, for every page metric Lighthouse produced. */
  metrics: z.record(z.string(), nullableNum).optional(),
  /** Where the page ended, after redirects (Lighthouse's finalDisplayedUrl). */
  finalUrl: z.string().optional(),
});
export type PageRun = z.infer<typeof pageRun>;

const urlMs = z.object({ url: z.string(), ms: num });
/** A page's requests, scripts, long tasks and opportunities, from one Lighthouse run. */
const pageFacts = z.object({
  /** URL without its query (the page's own by path), resource type, bytes over the wire, and what requested it. */
  requests: z.array(z.object({ url: z.string(), type: z.string(), bytes: num, initiator: z.string().optional() })),
  /** Main-thread time per script (bootup-time). */
  scripts: z.array(urlMs),
  longTasks: z.array(urlMs),
  /** Opportunity audits with something to save. */
  opportunities: z.array(z.object({ id: z.string(), ms: num, bytes: num })),
});
export type PageFacts = z.infer<typeof pageFacts>;

const pageDetails = z.object({
  preset: z.enum(['mobile', 'desktop']),
  throttling: z.enum(['simulate', 'devtools', 'provided']),
  categories: z.array(z.string()),
  runsPlanned: count,
  /** Every attempt, failed ones included. */
  runs: z.array(pageRun),
  /** Index into `runs` of the median run, whose Lighthouse report is kept; null when no run succeeded. */
  representativeRun: count.nullable(),
  /** The representative run's Lighthouse reports, relative to the report directory. */
  artifacts: z.object({ html: z.string().regex(/^pages\/[\w.-]+\.report\.html$/), json: z.string() }).optional(),
  /** What the representative run's page is made of, compactly: what a later run's "why" compares against. */
  facts: pageFacts.optional(),
});
export type PageDetails = z.infer<typeof pageDetails>;

/** Why sampling a target for its absolute budgets stopped: a fixed count, every threshold clear of its limit, none
 * to judge, the maximum reached (some threshold still near), or the run ended first. */
// 'no answers': an endpoint that answered no request has nothing more samples would tell (its errors decide).
export const thresholdSamplingStops = ['fixed', 'clear', 'no thresholds', 'max samples', 'no answers', 'interrupted', 'error'] as const;
export type ThresholdSamplingStop = (typeof thresholdSamplingStops)[number];

const thresholdSampling = z.object({
  /** Samples taken: bursts (endpoints) or successful runs (pages). */
  taken: count,
  min: count,
  max: count,
  stop: z.enum(thresholdSamplingStops),
  /** At 'max samples': the thresholds still too near their limits to call. */
  near: z.array(z.string()).optional(),
});
export type ThresholdSampling = z.infer<typeof thresholdSampling>;

const targetResult = z.object({
  kind,
  name: z.string(),
  url: z.string(),
  status: z.enum(['ok', 'error']),
  error: z.string().optional(),
  metrics: z.record(z.string(), metricResult),
  endpoint: endpointDetails.optional(),
  page: pageDetails.optional(),
  /** How many samples it took and why it stopped (a target measured alone, for its thresholds). */
  sampling: thresholdSampling.optional(),
});
export type TargetResult = z.infer<typeof targetResult>;

/** The check that a page ended where it was sent (pages' `finalUrl:`): a check of its own, not a metric. */
export const finalUrlMetric = 'final-url';

// A check or a comparison row names a metric of its kind of target.
const knownMetric = <T extends { kind: 'endpoint' | 'page'; metric: string }>(x: T) => findMetric(x.kind, x.metric)?.id === x.metric;
const knownCheck = (c: { kind: 'endpoint' | 'page'; metric: string }) => knownMetric(c) || (c.kind === 'page' && c.metric === finalUrlMetric);

/** 'warn': a warn-level threshold broken, shown and annotated, never failing the run. */
export type CheckOutcome = CheckResult['outcome'];

const checkResult = z.object({
  target: z.string(),
  kind,
  metric: z.string(),
  /** The threshold as written, e.g. "p95 < 200ms". */
  threshold: z.string(),
  op: z.enum(operators),
  limit: num,
  unit,
  actual: nullableNum,
  outcome: z.enum(['pass', 'fail', 'warn']),
  message: z.string(),
  /** A warn-level threshold: broken, its outcome is 'warn'. */
  level: z.literal('warn').optional(),
  /** 'default' for checks perf-gate adds when the budget is silent (error rate). */
  origin: z.enum(['budget', 'default']),
  /** Line of the threshold in the budget file. */
  line: z.int().min(1).optional(),
});
export type CheckResult = z.infer<typeof checkResult>;

/** Every verdict a comparison can reach, in the order people read them: what needs attention first. */
export const comparisonVerdicts = ['regressed', 'unsure', 'improved', 'unchanged'] as const;
export type ComparisonVerdict = (typeof comparisonVerdicts)[number];

/** Head against base for one metric: the interval on the difference, and what it says of the allowed change. */
const comparisonStats = z.object({
  baseMean: nullableNum,
  headMean: nullableNum,
  baseN: count,
  headN: count,
  /** headMean − baseMean. */
  delta: nullableNum,
  deltaPercent: nullableNum,
  /** Interval on head − base at `confidence`. */
  interval,
  intervalPercent: interval,
  /** The allowed worsening, as a positive amount in the metric's unit. */
  allowed: nullableNum,
  confidence: num,
  /** One-sided p-value of "worse than allowed". */
  pValue: nullableNum,
  verdict: z.enum(comparisonVerdicts),
  /** For unsure rows: samples per side that would likely resolve it. */
  samplesNeeded: z.int().optional(),
  /** Standard error of the difference with one sample a side: how wide the interval gets with n samples (÷ √n). */
  perSampleSe: num.optional(),
  /** The run-to-run noise counted in the interval; an assumed noise's df is Infinity, which JSON writes as null. */
  runNoise: z.object({ fraction: num, df: z.number().nullable(), source: z.enum(['history', 'assumed']), runs: z.int().optional() }).optional(),
  note: z.string().optional(),
});
export type ComparisonStats = z.infer<typeof comparisonStats>;

const comparisonRow = comparisonStats.extend({
  target: z.string(),
  kind,
  metric: z.string(),
  /** The relative rule as written, e.g. "+10% or +5ms". */
  rule: z.string(),
  /** False when the baseline is not comparable: the row is shown and cannot fail the gate. */
  gating: z.boolean(),
  reasons: z.array(z.string()),
  /** 1-based line of the rule in the budget file. */
  line: z.int().min(1).optional(),
  /** A warn-level rule: a regression is shown and annotated, never failing the run. */
  level: z.literal('warn').optional(),
  /** Its noise keeps it unsure even at the most samples it may take: why, in a line. */
  undecidable: z.string().optional(),
  /** Against a stored run measured at another speed of the runner (or with others taking another share of it): the verdicts as measured and at the stored run's speed disagree. */
  drift: z
    .object({
      measured: z.enum(comparisonVerdicts),
      scaled: z.enum(comparisonVerdicts),
      ratio: num,
      busy: z.object({ head: num, stored: num }).optional(),
    })
    .optional(),
  /** A row confirmed on this runner: what the stored baseline had said. */
  stored: comparisonStats.pick({ verdict: true, baseMean: true, headMean: true, deltaPercent: true, interval: true }).optional(),
  /** A gating regression the pull request's accept label lets pass (report.acceptance says who and why). */
  accepted: z.literal(true).optional(),
});
export type ComparisonRow = z.infer<typeof comparisonRow>;

/** The pull request's accept label, read when the run started: who added it, when, the reason its description gives. */
const acceptance = z.object({
  label: z.string(),
  /** False when whoever added it lacks triage rights on the repository: its regressions still fail. */
  honoured: z.boolean(),
  by: z.string().optional(),
  at: z.string().optional(),
  reason: z.string(),
  /** Why it was not honoured. */
  note: z.string().optional(),
});
export type Acceptance = z.infer<typeof acceptance>;

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

const samplingRecord = z.object({
  target: z.string(),
  /** Samples per side when sampling stopped. */
  samples: count,
  stop: z.enum(samplingStops),
  /** The sample (0-based) at which each start of the two apps began serving this target; absent: one start. */
  appStarts: z.array(count).optional(),
});
export type SamplingRecord = z.infer<typeof samplingRecord>;

const fingerprint = z.object({
  cpuModel: z.string(),
  cores: z.int(),
  memoryBytes: num,
  os: z.object({ platform: z.string(), release: z.string(), arch: z.string() }),
  node: z.string(),
  perfGate: z.string(),
  git: z.object({ sha: z.string().optional(), ref: z.string().optional() }).optional(),
  /** Present when pages were audited. */
  browser: z.object({ lighthouse: z.string(), userAgent: z.string(), benchmarkIndex: nullableNum }).optional(),
  ci: z.object({ provider: z.string(), runId: z.string().optional(), event: z.string().optional() }).optional(),
  /** Present when traffic went to a host that is not this machine (app.remote): the hosts it went to. */
  traffic: z.object({ remote: z.boolean(), hosts: z.array(z.string()) }).optional(),
  /** app.tls: the app's certificate trusted through a CA file, or not checked at all. */
  tls: z.enum(['ca', 'insecure']).optional(),
  /** The load generator's own latency against a responder inside perf-gate: measured when an endpoint answered in under a millisecond. */
  clientFloor: z.object({ p50Ms: num, p95Ms: num }).optional(),
  /** The runner's own speed: requests a second a responder inside perf-gate answered on one connection, in windows between the targets (their median). */
  speedProbe: z
    .object({
      rps: num,
      samples: z.array(num),
      /** The most of the runner's CPU that processes other than perf-gate and the app took in a window (0–1). */
      busy: num.optional(),
    })
    .optional(),
});
export type Fingerprint = z.infer<typeof fingerprint>;
export type ClientFloor = NonNullable<Fingerprint['clientFloor']>;

export type Verdict = Report['verdict'];

/** The base's statements and counters of an endpoint, shown beside the head's. */
const baseWork = z.record(z.string(), endpointDetails.pick({ statements: true, counters: true, outbound: true, cache: true, encodings: true }));

const confirmation = z.object({
  /** 'not possible': the stored-baseline verdicts stand, and `reason` says why. */
  status: z.enum(['confirmed', 'not needed', 'not possible']),
  reason: z.string().optional(),
  /** The base it was measured beside: a worktree of the merge-base, or a prepared checkout. */
  source: z.string().optional(),
  sha: z.string().optional(),
  sampling: z.array(samplingRecord).optional(),
  /** What of the work behind each request could not be read beside the base: those rows keep the stored verdict. */
  notes: z.array(z.string()).optional(),
  /** The base's statements and counters of the endpoints confirmed, measured beside this run. */
  work: baseWork.optional(),
});
export type Confirmation = z.infer<typeof confirmation>;

/** The earlier report the relative rules were held against, or why there was none. */
const baselineInfo = z.object({
  status: z.enum(['used', 'missing']),
  /** Where it came from: a file path or an artifact. */
  source: z.string().optional(),
  reason: z.string().optional(),
  sha: z.string().optional(),
  ref: z.string().optional(),
  createdAt: z.string().optional(),
  /** Other stored runs of the base used to measure run-to-run noise. */
  historyRuns: count.optional(),
  /** This runner's speed against the stored run's, when it differed by more than the probe's noise. */
  runnerSpeed: z.object({ ratio: num, headRps: num, storedRps: num, busy: z.object({ head: num, stored: num }).optional() }).optional(),
  /** Measured beside this run on the same runner: how many samples each target took and why it stopped. */
  sameRunner: z.object({ sampling: z.array(samplingRecord) }).optional(),
  /** What the stored baseline judged regressed or unsure, measured again beside the base on this runner. */
  confirmation: confirmation.optional(),
  /** The base's values of every metric, per target (the HTML report draws base beside head). */
  values: z.record(z.string(), z.record(z.string(), nullableNum)).optional(),
  /** The base's statements and counters per endpoint, shown beside the head's. */
  work: baseWork.optional(),
  /** What the base's pages were made of; null for a page whose base run kept none (stored by an older perf-gate). */
  pageFacts: z.record(z.string(), pageFacts.nullable()).optional(),
});
export type BaselineInfo = z.infer<typeof baselineInfo>;

/** One side of a profiled endpoint: its folded stacks (bounded), and the requests answered while it was sampled. */
const profiledSide = z.object({
  requests: count,
  samples: count,
  /** Folded stacks, the heaviest first, cut at a size (profiles/<target>.<side>.folded holds more). */
  stacks: z.string(),
  /** Stacks left out of `stacks` for its size. */
  droppedStacks: count.optional(),
});
export type ProfiledSide = z.infer<typeof profiledSide>;

/**
 * Three heap snapshots of head under the endpoint's load, and the classes of object that kept growing; for a Python
 * app (`by: 'tracemalloc'`), the app's source lines under which memory still held kept growing.
 */
const memoryDiagnosis = z.object({
  /** What took the snapshots: V8 when absent, Python's tracemalloc (each "class" is then a source line). */
  by: z.literal('tracemalloc').optional(),
  /** Requests head answered before each snapshot (from the first), and its heap then. */
  snapshots: z.array(z.object({ requests: count, heapBytes: num.min(0) })),
  /** The most growth first; retained, own size and count at each snapshot. */
  grown: z.array(
    z.object({
      className: z.string(),
      retained: z.array(num.min(0)),
      own: z.array(num.min(0)),
      count: z.array(count),
      perThousandRequests: num,
      /** Where most of its new instances are held, as an expression (`cache.entries[12]`). */
      heldBy: z.string().optional(),
      /** tracemalloc: the library line under the app's that allocated most of it. */
      allocatedIn: z.string().optional(),
    }),
  ),
  /** Why there are no snapshots, or fewer (not a Node app, a snapshot too large, the pass cut short). */
  note: z.string().optional(),
});
export type MemoryDiagnosis = z.infer<typeof memoryDiagnosis>;

/** An endpoint profiled base and head side by side, or why it could not be. */
const endpointDiagnosis = z.object({
  target: z.string(),
  /** What sampled it: V8's profiler over a Node app's inspector, perf-gate's sampler in a Python app, or Linux perf. */
  profiler: z.enum(['v8', 'python', 'perf']).optional(),
  /** Why there is no profile (perf missing or refused), or why it is partial (the pass cut short). */
  note: z.string().optional(),
  /** CPU ms one sample stands for. */
  sampleMs: num.positive().optional(),
  base: profiledSide.optional(),
  head: profiledSide.optional(),
  /** Both sides' whole folded stacks, relative to the report's directory. */
  files: z.object({ base: z.string(), head: z.string() }).optional(),
  /** Heap snapshots of head when a memory rule was suspicious (Node apps). */
  memory: memoryDiagnosis.optional(),
});
export type EndpointDiagnosis = z.infer<typeof endpointDiagnosis>;

/** The diagnosis pass: the suspicious endpoints profiled base and head side by side after they were measured. */
const diagnosis = z.object({
  /** Which endpoints it profiled: the suspicious ones, or all. */
  when: z.enum(['suspicious', 'always']),
  /** Profiled load a side. */
  durationMs: num,
  /** The whole pass's wall time (restarting both apps with the profiling settings included). */
  wallMs: num,
  endpoints: z.array(endpointDiagnosis),
});
export type Diagnosis = z.infer<typeof diagnosis>;

const trendPoint = z.object({
  /** When the run started. */
  at: z.string(),
  sha: z.string().optional(),
  value: num,
  /** This run, the last point. */
  current: z.boolean().optional(),
});
export type TrendPoint = z.infer<typeof trendPoint>;

/** A target's key metric over the base branch's stored runs (oldest first), then this run when it measured it. */
const trend = z.object({ target: z.string(), kind, metric: z.string(), unit, points: z.array(trendPoint) });
export type Trend = z.infer<typeof trend>;

/** What a shard's report says of the split: its own part, and the whole, so a merge can name what is missing. */
const shardInfo = z.object({
  index: z.int().min(1),
  total: z.int().min(1),
  split: z.array(z.object({ name: z.string(), kind, position: count, shard: z.int().min(1) })),
});
export type ShardInfo = z.infer<typeof shardInfo>;

/** One shard of a merged run: merged, failed (it ran and could not complete) or missing (no report). */
const shardStatus = z.object({
  index: z.int().min(1),
  total: z.int().min(1),
  status: z.enum(['merged', 'failed', 'missing']),
  /** Its targets, by the split. */
  targets: z.array(z.string()),
  /** Where its report was read from. */
  source: z.string().optional(),
});
export type ShardStatus = z.infer<typeof shardStatus>;

const reportSchema = z.object({
  // A number to the types (a reader meets other versions), this version to the check.
  schemaVersion: z.number().refine((v): boolean => v === reportSchemaVersion, { message: `expected schema version ${reportSchemaVersion}` }),
  tool: z.object({ name: z.literal('perf-gate'), version: z.string() }),
  budgetFile: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  environment: fingerprint,
  timings: z.object({
    /** ms from perf-gate's process start to the app answering its readiness probe. */
    appReadyMs: num.optional(),
    /** ms from perf-gate's process start to the first request of the first target. */
    firstRequestMs: num.optional(),
    /** ms the gate run took, from reading the budget to writing the report. */
    totalMs: num,
  }),
  /** Peak resident memory of the perf-gate process. */
  maxRssBytes: num.optional(),
  targets: z.array(targetResult),
  checks: z.array(checkResult.refine(knownCheck, { message: 'unknown metric' })),
  baseline: baselineInfo.optional(),
  /** One row per relative rule, when a baseline was used. */
  comparisons: z.array(comparisonRow.refine(knownMetric, { message: 'unknown metric' })),
  /** The pull request's accept label, when it carries one. */
  acceptance: acceptance.optional(),
  verdict: z.enum(['pass', 'fail', 'error']),
  /** Why the run could not complete, when verdict is 'error'. */
  errors: z.array(z.string()),
  /** Each target's key metric over the base branch's stored runs and this run. */
  trends: z.array(trend).optional(),
  /** Profiles of the suspicious endpoints, base and head side by side. */
  diagnosis: diagnosis.optional(),
  /** A shard's report: its part of the budget's targets, and the whole split. */
  shard: shardInfo.optional(),
  /** A merged report: each shard of the matrix and what became of it. */
  shards: z.array(shardStatus).optional(),
});
export type Report = z.infer<typeof reportSchema>;

/**
 * A report.json from elsewhere (another workflow's artifact) is untrusted: before it is rendered into a comment,
 * every field is checked for its type, enum and shape (strings are escaped when rendered). The reason names the
 * first field that is wrong.
 */
export function validateReport(json: unknown): { ok: true; report: Report } | { ok: false; reason: string } {
  const parsed = reportSchema.safeParse(json);
  if (parsed.success) return { ok: true, report: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'}` };
}
