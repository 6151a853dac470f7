// Every default of the budget file, in one place: the parser fills them in, the schema's descriptions quote them,
// and the docs say the same (a test holds them together). Durations in ms, sizes in bytes.

/** Steady load on an endpoint, unless `load:` (top level or the endpoint's) says otherwise. */
export const loadDefaults = {
  durationMs: 10_000,
  warmupMs: 2_000,
  connections: 10,
  /** Bursts at most; sampling may stop after `minSamples` once every threshold is clear. */
  samples: 10,
  minSamples: 4,
  timeoutMs: 10_000,
  /** A response body read past this is cut and counted as an error (load.maxBody). */
  maxBodyBytes: 10 * 1024 * 1024,
} as const;

/** The load generator's own latency (its floor): measured once a run when an endpoint answers this fast. */
export const clientFloorDefaults = {
  /** An endpoint whose p95 is under this has the floor measured. */
  measureBelowMs: 1,
  /** An endpoint whose p95 is within this many times the floor's is told it. */
  within: 2,
  /** The floor's own load: one connection, this long after a warm-up. */
  durationMs: 1_000,
  warmupMs: 200,
} as const;

/** The runner's own speed, measured between targets so a stored run and this one can be told apart from the runner. */
export const runnerSpeedDefaults = {
  /** One window: one connection to a responder inside perf-gate, this long after a warm-up. */
  durationMs: 200,
  warmupMs: 50,
  /** A change of speed between the stored run and this one within this factor is the probe's own noise. */
  within: 1.5,
  /** The runner's free share (what others left of its CPU) counts to this power: waiting for a core lengthens the tail. */
  freeShareExponent: 3,
  /** Others' share counted at most this much: ×15 slower, past the most a neighbour slowed an app here (×6). */
  busiest: 0.6,
  /** Others' share the report names. */
  busyShown: 0.1,
} as const;

/** The app under test. */
export const appDefaults = {
  readyTimeoutMs: 30_000,
  /** Between SIGTERM and SIGKILL. */
  stopTimeoutMs: 5_000,
  /** app.stop's command. */
  stopCommandMs: 30_000,
  /** app.setup's command. */
  setupMs: 300_000,
  portEnv: 'PORT',
  /** app.metrics: one scrape. */
  scrapeTimeoutMs: 5_000,
} as const;

/** Pages. */
export const pageDefaults = {
  preset: 'mobile',
  throttling: 'simulate',
  runs: { min: 2, max: 5 },
  categories: ['performance'],
  /** A setup script's run. */
  setupMs: 30_000,
  /** One step of a flow. */
  flowStepMs: 10_000,
} as const;

/** Load against a host that is not this machine (app.remote): the highest rate, req/s. */
export const remoteMaxRate = 20;

/** The budget every endpoint gets unless it names errors itself. */
export const defaultErrorThreshold = 'error-rate < 1%';

/** Assumed run-to-run spread (percent) while stored runs are too few to measure it (relative.runNoise). */
export const defaultRunNoisePercent = 5;

/** A count per request hardly moves with runner noise: a tenth more, or half a call a request, is a change. */
export const defaultCountRule = { percent: 10, absolute: 0.5, source: '+10% or +0.5 (default)' } as const;

/** A response's body size does not move with runner noise either: a tenth more, past 100 bytes, is over-fetching
 * (a list that lost its limit, a serializer that grew), while an id a digit longer is not. */
export const defaultBytesRule = { percent: 10, absolute: 100, source: '+10% or +100B (default)' } as const;

/** Same-runner and confirmation: time for samples beyond the minimum, all targets together. */
export const sameRunnerDefaults = { timeBudgetMs: 120_000, maxSamplesPerMin: 8 } as const;

/** Diagnosis: which endpoints are profiled, and for how long a side (load on each side's app meanwhile). */
export const diagnoseDefaults = { when: 'suspicious', durationMs: 10_000 } as const;

/** Load shapes. */
export const shapeDefaults = {
  capacity: { from: 10, to: 10_000, probeMs: 5_000, resolutionPercent: 5, repeats: 3, timeBudgetMs: 120_000, objective: 'error-rate < 1%' },
  spike: { factor: 5, beforeMs: 10_000, durationMs: 5_000, afterMs: 20_000, bandPercent: 25 },
  soak: { windowMs: 10_000 },
} as const;
