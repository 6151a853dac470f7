// The budget file's schema: the single source of its TypeScript types and of perf-budget.schema.json.
import { z } from 'zod';
import { counterNamePattern, lighthouseCategories, type TargetKind } from './metric-catalog.js';
import { minNoiseRuns } from '../verdict/run-noise.js';
import { defaultRunNoisePercent } from './defaults.js';
import { parseRelativeRule, parseThreshold, type RelativeRule, type Threshold } from './threshold.js';
import { loadProfile } from './load-profile-schema.js';
import { duration, percent, size } from './schema-fields.js';

/** The load cap against a remote host when the budget does not raise it (req/s, each endpoint). */
import { appDefaults, loadDefaults, pageDefaults, remoteMaxRate as defaultRemoteMaxRate, sameRunnerDefaults, diagnoseDefaults } from './defaults.js';
import { varsSchema } from '../workload/vars.js';
import { capturesSchema } from '../workload/capture.js';

const seconds = (ms: number) => `${ms / 1000}s`;

const thresholdList = (kind: TargetKind) =>
  z
    .array(
      z.string({ error: "expected a threshold like 'p95 < 200ms'" }).transform((text, ctx): Threshold => {
        const parsed = parseThreshold(kind, text);
        if (!parsed.ok) {
          ctx.issues.push({ code: 'custom', message: parsed.error, input: text });
          return z.NEVER;
        }
        return parsed.value;
      }),
    )
    .meta({
      description: 'Absolute budgets, k6 style: "<metric> <op> <value>"; "(warn)" after one makes it a warning, shown and annotated, never failing the run',
      examples: kind === 'endpoint' ? [['p95 < 200ms', 'rps > 500', 'error-rate < 1%', 'p99 < 500ms (warn)']] : [['lcp < 2.5s', 'performance >= 90']],
    });

/** A relative rule and the key it was written under, to find its line in the budget file. */
export type WrittenRule = RelativeRule & { key: string };

const relativeRules = (kind: TargetKind) =>
  z
    // A bare "-5" in YAML is a number; it means the same as the string.
    .record(z.string(), z.union([z.string(), z.number()], { error: "expected a change like '+10%' or '+10% or +20ms'" }))
    .transform((rules, ctx): WrittenRule[] => {
      const out: WrittenRule[] = [];
      for (const [metric, value] of Object.entries(rules)) {
        const text = String(value);
        const parsed = parseRelativeRule(kind, metric, text);
        if (parsed.ok) out.push({ ...parsed.value, key: metric });
        else ctx.issues.push({ code: 'custom', message: parsed.error, input: text, path: [metric] });
      }
      return out;
    })
    .meta({
      description: 'Allowed change against the baseline per metric, signed the way it gets worse; "(warn)" after one makes it a warning',
      examples: kind === 'endpoint' ? [{ p95: '+10% or +5ms', rps: '-10%', p99: '+20% (warn)' }] : [{ lcp: '+10% or +200ms' }],
    });

/** A count of samples: a number (exactly that many), or a range sampling stops within once the thresholds are clear. */
const sampleCount = (lowest: number, highest: number, what: string) =>
  z
    .union([z.int(), z.strictObject({ min: z.int(), max: z.int() })], { error: `expected a number of ${what} like 5, or a range like { min: 2, max: 6 }` })
    .transform((v, ctx) => {
      const range = typeof v === 'number' ? { min: v, max: v } : v;
      const at = (key: 'min' | 'max') => (typeof v === 'number' ? [] : [key]);
      for (const key of typeof v === 'number' ? (['min'] as const) : (['min', 'max'] as const)) {
        const n = range[key];
        if (n < lowest || n > highest)
          ctx.issues.push({
            code: 'custom',
            message: `expected ${n < lowest ? `at least ${lowest}` : `at most ${highest}`}, got ${n}`,
            input: n,
            path: at(key),
          });
      }
      if (range.max < range.min) ctx.issues.push({ code: 'custom', message: `expected max ≥ min (${range.min})`, input: v, path: at('max') });
      return range;
    });

/** What Chromium sends as Accept-Encoding (load.compression). */
export const browserAcceptEncoding = 'gzip, deflate, br, zstd';

const loadSettings = z
  .strictObject({
    duration: duration(`measured load time (default ${seconds(loadDefaults.durationMs)})`).optional(),
    warmup: duration(`warm-up time, discarded (default ${seconds(loadDefaults.warmupMs)})`).optional(),
    connections: z
      .int()
      .min(1)
      .max(1000)
      .optional()
      .meta({ description: `concurrent connections (default ${loadDefaults.connections})` }),
    rate: z.number().positive().max(1_000_000).optional().meta({ description: 'fixed overall request rate (req/s); closed loop when absent' }),
    samples: sampleCount(1, 600, 'bursts')
      .optional()
      .meta({
        description: `bursts the measured time is split into: a number (exactly that many), or { min, max } to stop after min once every threshold is clear of its limit (duration then is the time of max bursts; default { min: ${loadDefaults.minSamples}, max: ${loadDefaults.samples} })`,
      }),
    timeout: duration(`request timeout (default ${seconds(loadDefaults.timeoutMs)})`).optional(),
    maxBody: size(`largest response body read (default ${loadDefaults.maxBodyBytes / 1024 / 1024}MB); a longer one is cut and counted as an error`).optional(),
    compression: z
      .boolean()
      .optional()
      .meta({
        description: `true: each request asks for a compressed response as browsers do (Accept-Encoding: ${browserAcceptEncoding}) unless it sets the header itself; the report says which encoding the app answered with`,
      }),
    profile: loadProfile.optional(),
  })
  .meta({ description: 'Load settings; top-level values are defaults, an endpoint may override each' });

const statusCode = z.int().min(100).max(599);

const regExpProblem = (text: string): string | undefined => {
  try {
    new RegExp(text);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
};

const headers = z.record(z.string(), z.string()).meta({ description: 'request headers; ${NAME} in a value is read from the environment and masked' });

// Names whose metrics are perf-gate's own.
const reservedCounters = ['db-queries', 'db-ms', 'db-rows', 'cpu'];

/** `counters:`: a name to a selector of the app's metrics. */
const counters = z
  .record(
    z
      .string()
      .regex(counterNamePattern, { error: 'expected a counter name in lower case, digits and dashes, like model-calls' })
      .refine((n) => !n.endsWith('-ms') && !reservedCounters.includes(n), {
        error: `expected a name that does not end in -ms and is not one of perf-gate's own (${reservedCounters.join(', ')})`,
      }),
    z.string().min(1, { error: 'expected a selector like \'model_requests_total{cached="false"}\'' }),
  )
  .meta({
    description:
      "the app's own counters per answered request, read from app.metrics: a name to a selector like 'model_requests_total{cached=\"false\"}' (series summed over their other labels); each gives the metric <name>-per-request, and a histogram or summary also <name>-ms-per-request",
    examples: [{ 'model-calls': 'model_requests_total{cached="false"}', 'cache-misses': 'cache_misses_total' }],
  });

const url = z.string().min(1).meta({
  description:
    'path on app.baseUrl ("/api/items/{id}") or a URL on this machine (any host with app.remote); {name} placeholders are filled from vars, {{ and }} are literal braces',
});
const method = z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const body = z
  .union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())], { error: 'expected a string or a JSON object/array' })
  .meta({ description: 'request body; an object or array is sent as JSON' });
const status = z
  .union([statusCode, z.array(statusCode).min(1)], { error: 'expected an HTTP status like 200 or a list of them' })
  .meta({ description: 'expected status code(s); any 2xx when absent' });

const endpoint = z.strictObject({
  name: z.string().min(1),
  url,
  method: method.default('GET'),
  headers: headers.optional(),
  body: body.optional(),
  status: status.optional(),
  load: loadSettings.optional(),
  thresholds: thresholdList('endpoint').default([]),
  relative: relativeRules('endpoint').optional(),
  counters: counters.optional().meta({ description: "this endpoint's own counters, over the top-level counters name by name" }),
  vars: varsSchema.optional(),
});

/** A request of a mix names its rows (`p95@item`): the same spelling as a phase of a load shape. */
export const mixRequestNamePattern = /^[a-z0-9][a-z0-9-]*$/i;

// One kind of request in a mix: an endpoint of the budget by name, or a request written here.
const mixRequest = z
  .strictObject({
    endpoint: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "an endpoint of this budget's endpoints, by name: its request (url, method, headers, body, status, vars)" }),
    name: z
      .string()
      .regex(mixRequestNamePattern, { error: 'expected a name of letters, digits and dashes: it names the rows p95@<name>' })
      .optional()
      .meta({ description: "names this request's rows (p95@<name>); the endpoint's name when it refers to one" }),
    weight: z.number().positive().meta({
      description: "this request's share of the mix: each request picks one by weight (3 and 1: three of four are this one)",
    }),
    url: url.optional(),
    method: method.optional(),
    headers: headers.optional(),
    body: body.optional(),
    status: status.optional(),
    vars: varsSchema.optional(),
  })
  .superRefine((r, ctx) => {
    const own = (['url', 'method', 'headers', 'body', 'status', 'vars'] as const).filter((k) => r[k] !== undefined);
    if (r.endpoint !== undefined && own.length > 0)
      ctx.addIssue({ code: 'custom', path: [own[0]!], message: `the request is the endpoint '${r.endpoint}''s: expected endpoint or url, not both` });
    if (r.endpoint === undefined && r.url === undefined) ctx.addIssue({ code: 'custom', message: 'expected endpoint (a name from endpoints) or url' });
    else if (r.endpoint === undefined && r.name === undefined) ctx.addIssue({ code: 'custom', message: 'expected name: it names the rows p95@<name>' });
  });

const mix = z
  .strictObject({
    name: z.string().min(1),
    requests: z.array(mixRequest).min(1).meta({
      description: 'the kinds of request the mix sends, each with a weight; every request picks one by weight (seeded: every run sends the same sequence)',
    }),
    load: loadSettings.optional(),
    thresholds: thresholdList('endpoint').default([]),
    relative: relativeRules('endpoint').optional(),
    counters: counters.optional().meta({ description: "this mix's own counters, over the top-level counters name by name" }),
  })
  .meta({
    description:
      'Several kinds of request as one load, as traffic arrives: measured as one target (its rows p95, rps, errors, work per request …) with rows per request (p95@<name>, error-rate@<name>), judged, confirmed and diagnosed like an endpoint',
  });

const setup = z
  .union(
    [
      z.string().min(1),
      z.strictObject({
        script: z.string().min(1).meta({ description: 'the module, relative to the budget file' }),
        timeout: duration('time the script may take').optional(),
        values: z
          .record(z.string(), z.string())
          .optional()
          .meta({ description: 'handed to the script as context.values; ${NAME} in a value is read from the environment and masked' }),
      }),
    ],
    { error: "expected a script path like 'login.mjs', or { script, timeout, values }" },
  )
  .meta({
    description:
      "a JS module of yours run in the same Chrome before each Lighthouse run of a page (Lighthouse CI's puppeteerScript shape): export default async (browser, { url, page, target, values }) => { … }; log in, set cookies or localStorage",
  });

const selector = (what: string) =>
  z
    .string()
    .min(1)
    .meta({ description: `a CSS selector: ${what}` });

// One step of a flow: the step's kind is its only key, as in k6's and Playwright's recorders' YAML.
const flowStep = z.union(
  [
    z.strictObject({ navigate: z.string().min(1).meta({ description: 'a measured navigation to a path on app.baseUrl or a URL' }) }),
    z.strictObject({ click: selector('what to click') }),
    z.strictObject({ type: z.strictObject({ selector: selector('the field'), text: z.string() }) }),
    z.strictObject({
      scroll: z
        .union([z.int(), z.strictObject({ selector: selector('what to scroll into view') })])
        .meta({ description: 'pixels to scroll down, or an element to scroll into view' }),
    }),
    z.strictObject({
      wait: z.union([z.number().min(0), z.string().min(1)]).meta({ description: 'a time like 500ms, or a CSS selector to appear' }),
    }),
    z.strictObject({ snapshot: z.string().min(1).meta({ description: "a measured snapshot of the page's state, named" }) }),
  ],
  { error: 'expected a step like { click: "#buy" }: navigate, click, type, scroll, wait or snapshot' },
);

const flow = z
  .union(
    [
      z.array(flowStep).min(1),
      z.strictObject({ steps: z.array(flowStep).min(1), stepTimeout: duration('time a step may wait for its element').optional() }),
      z.strictObject({
        script: z
          .string()
          .min(1)
          .meta({ description: 'a module of yours, relative to the budget file: export default async (flow, { page, url, values }) => { … }' }),
        timeout: duration('time the flow script may take').optional(),
        values: z.record(z.string(), z.string()).optional().meta({ description: 'handed to the script as context.values; ${NAME} from the environment' }),
      }),
    ],
    { error: 'expected a list of steps, { steps, stepTimeout }, or { script, timeout, values }' },
  )
  .meta({
    description:
      'the page as a Lighthouse user flow: a measured navigation of url, then the steps; interactions between navigations and snapshots are measured as a timespan (inp, timespan-tbt, timespan-cls)',
  });

const page = z.strictObject({
  name: z.string().min(1),
  url: z.string().min(1).meta({ description: 'path on app.baseUrl or a URL on this machine (any host with app.remote)' }),
  preset: z.enum(['mobile', 'desktop']).default(pageDefaults.preset),
  throttling: z.enum(['simulate', 'devtools', 'provided']).default(pageDefaults.throttling),
  runs: sampleCount(1, 15, 'runs')
    .default({ ...pageDefaults.runs })
    .meta({
      description:
        'Lighthouse runs, the median reported: a number (exactly that many), or { min, max } to stop after min once every threshold is clear of its limit',
    }),
  headers: headers.optional(),
  cookies: z.array(z.strictObject({ name: z.string().min(1), value: z.string(), path: z.string().optional() })).optional(),
  setup: z
    .union([setup, z.literal(false)], { error: "expected a script path like 'login.mjs', { script, timeout, values }, or false" })
    .optional()
    .meta({ description: "this page's setup script, replacing the budget's; false: none" }),
  flow: flow.optional(),
  finalUrl: z.string().min(1).optional().meta({
    description: 'the URL every run must end on (a path on app.baseUrl or a URL); a run that lands elsewhere, e.g. the login page again, fails the check',
  }),
  categories: z
    .array(z.enum(lighthouseCategories))
    .min(1)
    .default([...pageDefaults.categories]),
  thresholds: thresholdList('page').default([]),
  relative: relativeRules('page').optional(),
});

const envValues = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()], { error: 'expected a string, number or boolean' }).transform(String));

const app = z
  .strictObject({
    command: z.string().min(1).optional().meta({ description: 'shell command that starts the app; omit to test an app already running' }),
    cwd: z.string().optional().meta({ description: "the command's directory, relative to the budget file" }),
    env: envValues
      .optional()
      .meta({ description: "variables for app.command and app.setup; ${NAME} in a value is read from perf-gate's environment and masked" }),
    setup: z
      .union([z.string().min(1), z.strictObject({ command: z.string().min(1), timeout: duration('time app.setup may take').optional() })], {
        error: "expected a shell command like 'python manage.py migrate' or { command, timeout }",
      })
      .optional()
      .meta({
        description: `shell command run once in app.cwd, with app.env, before the app first starts (migrations, a seed); in same-runner and confirm mode once for each side; output in app-setup.log (default timeout ${appDefaults.setupMs / 60_000}m)`,
      }),
    tls: z
      .union(
        [
          z.strictObject({
            ca: z.string().min(1).meta({ description: "a PEM file (relative to the budget file) holding the app's certificate or the CA that signed it" }),
          }),
          z.strictObject({ insecure: z.literal(true).meta({ description: 'accept any certificate (shown in the report)' }) }),
        ],
        { error: 'expected { ca: FILE } or { insecure: true }' },
      )
      .optional()
      .meta({
        description: 'for an https app whose certificate is not publicly trusted (self-signed, a local CA): applies to the readiness wait, the load and Chrome',
      }),
    baseUrl: z.string().meta({ description: "where the app listens, e.g. http://127.0.0.1:3000 (the action's base-url input overrides it)" }),
    remote: z
      .union([z.boolean(), z.strictObject({ maxRate: z.number().positive().max(100_000).meta({ description: 'highest load.rate allowed (req/s)' }) })], {
        error: 'expected true, or { maxRate: <req/s> } to raise the load cap',
      })
      .optional()
      .meta({
        description: `send traffic to a host that is not this machine (a preview deployment, a staging service): load is then open loop at a stated load.rate, at most ${defaultRemoteMaxRate} req/s unless maxRate raises it`,
      }),
    ready: z
      .strictObject({
        url: z
          .string()
          .optional()
          .meta({ description: 'path or URL that answers 2xx (or ready.status) once the app is ready; baseUrl when neither url nor log is given' }),
        status: z
          .union([statusCode, z.array(statusCode).min(1)], { error: 'expected an HTTP status like 401 or a list of them' })
          .optional()
          .meta({ description: 'status(es) that also count as ready besides 2xx, e.g. 401 for an API behind auth' }),
        log: z
          .string()
          .min(1)
          .superRefine((text, ctx) => {
            const problem = regExpProblem(text);
            if (problem) ctx.addIssue({ code: 'custom', message: `expected a regular expression like "listening on": ${problem}`, input: text });
          })
          .optional()
          .meta({ description: "a regular expression; ready once a line of the app's output matches it (and the url answers, when url is given too)" }),
        text: z
          .string()
          .min(1)
          .optional()
          .meta({ description: 'text the ready url must show in its body too, e.g. a deployment that answers 200 with a "building" page first' }),
        timeout: duration(`readiness timeout (default ${seconds(appDefaults.readyTimeoutMs)})`).optional(),
      })
      .optional(),
    stop: z
      .union([z.string().min(1), z.strictObject({ command: z.string().min(1), timeout: duration('time app.stop may take').optional() })], {
        error: "expected a shell command like 'docker compose down' or { command, timeout }",
      })
      .optional()
      .meta({
        description:
          'shell command that ends what app.command started (for a command that launches the app and returns); run at teardown and before each restart',
      }),
    stopTimeout: duration(`grace period between SIGTERM and SIGKILL (default ${seconds(appDefaults.stopTimeoutMs)})`).optional(),
    restart: z.literal('per-target', { error: "expected 'per-target'" }).optional().meta({
      description:
        "'per-target': start the app afresh before each endpoint, so each one's app-rss and CPU start from a new process (otherwise app-rss is the memory at start plus what grew under that endpoint's own load)",
    }),
    metrics: z
      .union(
        [
          z.string().min(1),
          z.strictObject({
            url: z.string().min(1).meta({ description: 'path on app.baseUrl (/metrics) or a URL on this machine' }),
            headers: headers.optional(),
            timeout: duration('time a scrape may take').optional(),
          }),
        ],
        { error: "expected a path like '/metrics' or { url, headers }" },
      )
      .optional()
      .meta({
        description:
          "the app's Prometheus / OpenMetrics endpoint, read at every burst boundary for counters: (a multi-process server, e.g. gunicorn's workers, must expose its workers' sums itself)",
      }),
    outbound: z.boolean().optional().meta({
      description:
        "false: leave out the hooks perf-gate puts into the app's Node and Python processes to count their outbound HTTP calls (outbound-calls-per-request; default true)",
    }),
    portEnv: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected an environment variable name like PORT' })
      .optional()
      .meta({ description: `variable the command reads its port from; perf-gate sets it when it runs two apps side by side (default ${appDefaults.portEnv})` }),
  })
  .meta({ description: 'How to start the app under test and where it listens' });

const sameRunner = z
  .strictObject({
    dir: z.string().min(1).optional().meta({ description: 'a checkout of the base the workflow prepared: its repository root, relative to the budget file' }),
    ref: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'a git revision (e.g. origin/main); perf-gate checks out its merge-base with HEAD in a git worktree' }),
    build: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "shell command that builds the base in its checkout before its app starts, e.g. 'npm ci && npm run build'" }),
    minSamples: z.int().min(2).max(200).optional().meta({
      description:
        'samples (bursts or page runs) per side before sampling may stop (default: load.samples, its max for a range; pages: runs, 3 within a range)',
    }),
    maxSamples: z
      .int()
      .min(2)
      .max(1000)
      .optional()
      .meta({
        description: `most samples per side (default ${sameRunnerDefaults.maxSamplesPerMin} × minSamples; the time budget usually ends sampling first)`,
      }),
    timeBudget: duration(`time for sampling beyond the minimum, all targets together (default ${seconds(sameRunnerDefaults.timeBudgetMs)})`).optional(),
    restartEvery: z.int().min(0).max(1000).optional().meta({
      description:
        "samples a side (API bursts) between restarts of both apps, each start then one sample, so one process's own speed is not taken for a difference (default: a quarter of minSamples; 0: never restart)",
    }),
    env: envValues.optional().meta({
      description:
        "variables for the base's app and its app.setup only, over app.env (e.g. its own DATABASE_URL, so a migration in the pull request cannot break the base); ${NAME} is read from the environment",
    }),
  })
  .meta({
    description: 'Measure the base beside this checkout on the same runner, interleaved, sampling until verdicts settle (relative rules compare against it)',
  });

// One step of a journey: a request as an endpoint's, what it captures for the later steps, its pause after.
const journeyStep = z.strictObject({
  name: z.string().regex(mixRequestNamePattern, { error: 'expected a name of letters, digits and dashes: it names the rows p95@<name>' }),
  url,
  method: method.default('GET'),
  headers: headers.optional(),
  body: body.optional(),
  status: status.optional(),
  vars: varsSchema.optional(),
  capture: capturesSchema.optional(),
  think: duration('pause after this step before the next (after the last: before the journey starts again), like 500ms').optional(),
});

const journey = z
  .strictObject({
    name: z.string().min(1),
    steps: z.array(journeyStep).min(1),
    load: loadSettings.optional().meta({
      description: "as an endpoint's: connections are virtual users, each running the journey again and again; rate starts that many journeys a second",
    }),
    thresholds: thresholdList('endpoint').default([]),
    relative: relativeRules('endpoint').optional(),
    counters: counters.optional().meta({ description: "this journey's own counters, over the top-level counters name by name" }),
  })
  .meta({
    description:
      "Steps that depend on each other, as a user goes through them (log in, list, open one): each may capture values from its response for the later steps' {name} placeholders. Rows for its requests (p95, rps, work per request …), per step (p95@<step>) and its own (journey-p95, journey-rate, journey-error-rate)",
  });

export const budgetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1, { error: 'expected version: 1' }).default(1),
    app,
    load: loadSettings.optional(),
    sameRunner: sameRunner.optional(),
    setup: setup.optional().meta({ description: 'the setup script every page runs before each Lighthouse run, unless the page has its own' }),
    database: z
      .strictObject({
        postgres: z.string().min(1).optional().meta({
          description:
            "the app's PostgreSQL, as a connection URL (${DATABASE_URL} is read from the environment and masked); its pg_stat_statements gives each endpoint's statements per request",
        }),
        mysql: z.string().min(1).optional().meta({
          description:
            "the app's MySQL or MariaDB, as a URL (mysql://user:password@host:3306/schema; masked); its performance_schema statement digests give each endpoint's statements per request",
        }),
      })
      .refine((d) => (d.postgres === undefined) !== (d.mysql === undefined), { error: 'expected exactly one of postgres or mysql' })
      .optional()
      .meta({ description: 'The database behind the app, read for the work each request does' }),
    cache: z
      .strictObject({
        redis: z.string().min(1).meta({
          description:
            "the app's Redis, as a URL (redis://:password@host:6379; ${REDIS_URL} is read from the environment and masked); its INFO gives each endpoint's commands, cache hits and misses per request",
        }),
      })
      .optional()
      .meta({ description: 'The cache behind the app, read for the work each request does' }),
    counters: counters.optional(),
    diagnose: z
      .union([
        z.literal(false),
        z.strictObject({
          when: z
            .enum(['suspicious', 'always'])
            .optional()
            .meta({
              description: `suspicious: the endpoints whose verdict beside the base is regressed, or unsure leaning worse; always: every endpoint (default ${diagnoseDefaults.when})`,
            }),
          duration: duration(`how long each side is profiled under the endpoint's load (default ${seconds(diagnoseDefaults.durationMs)})`).optional(),
        }),
      ])
      .optional()
      .meta({
        description:
          "Profile the base's and this checkout's app side by side (V8's profiler for Node, a sampler for Python, Linux perf for the rest) for the endpoints that got slower, after same-runner or confirmation measured them, and say in the pull request which functions grew; false turns it off. Never fails a run or changes a verdict",
      }),
    confirm: sameRunner.optional().meta({
      description:
        "When a relative rule against the stored baseline comes back regressed, or unsure leaning halfway to its allowed worsening, re-measure those targets beside the base on this runner, interleaved (the same settings as sameRunner; without dir or ref, the pull request's base); the confirmed verdict decides",
    }),
    relative: z
      .strictObject({
        endpoints: relativeRules('endpoint').optional(),
        pages: relativeRules('page').optional(),
        runNoise: percent.optional().meta({
          description: `run-to-run spread of a whole run's mean, assumed while fewer than ${minNoiseRuns} stored runs let perf-gate measure it (default ${defaultRunNoisePercent}%)`,
          examples: ['5%'],
        }),
        runnerSpeed: z.boolean().optional().meta({
          description:
            "measure the runner between the endpoints (its speed, the CPU other processes took) and read a timing row unsure where the runner's change since the stored run could have made its verdict (default true; false judges as measured, on a runner that runs nothing but this job)",
        }),
      })
      .optional()
      .meta({ description: 'Default relative rules; a target may override per metric' }),
    endpoints: z.array(endpoint).default([]),
    mixes: z.array(mix).default([]),
    journeys: z.array(journey).default([]),
    pages: z.array(page).default([]),
  })
  .superRefine((budget, ctx) => {
    if (budget.diagnose && !budget.sameRunner && !budget.confirm) {
      ctx.addIssue({
        code: 'custom',
        message: 'profiles base and head side by side in the second pass of sameRunner or confirm: expected sameRunner or confirm, or diagnose: false',
        path: ['diagnose'],
      });
    }
  })
  .superRefine((budget, ctx) => {
    const sr = budget.sameRunner;
    for (const key of ['sameRunner', 'confirm'] as const) {
      const base = budget[key];
      // confirm: {} confirms against the pull request's base, which the action knows.
      if (key === 'sameRunner' && base && (base.dir === undefined) === (base.ref === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'expected exactly one of dir (a prepared checkout of the base) or ref (a git revision)', path: [key] });
      } else if (base && base.dir !== undefined && base.ref !== undefined) {
        ctx.addIssue({ code: 'custom', message: 'expected one of dir (a prepared checkout of the base) or ref (a git revision), not both', path: [key] });
      }
      if (base && budget.app.command === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `${key === 'confirm' ? 'confirming' : 'a same-runner comparison'} starts two apps: expected app.command`,
          path: [key],
        });
      }
    }
    if (sr && budget.confirm) {
      ctx.addIssue({ code: 'custom', message: 'sameRunner already measures the base beside this run: remove confirm', path: ['confirm'] });
    }
    if (budget.app.command === undefined) {
      // Without a command perf-gate neither reads the app's output nor ends it.
      for (const [p, set] of [
        [['app', 'stop'], budget.app.stop],
        [['app', 'ready', 'log'], budget.app.ready?.log],
      ] as const) {
        if (set !== undefined)
          ctx.addIssue({
            code: 'custom',
            message: 'goes with app.command (perf-gate neither reads the output of an app it did not start nor ends it): expected app.command, or remove this',
            path: [...p],
          });
      }
    }
    if (sr?.minSamples !== undefined && sr.maxSamples !== undefined && sr.maxSamples < sr.minSamples) {
      ctx.addIssue({ code: 'custom', message: `expected maxSamples ≥ minSamples (${sr.minSamples})`, path: ['sameRunner', 'maxSamples'] });
    }
    if (budget.endpoints.length + budget.mixes.length + budget.journeys.length + budget.pages.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'expected at least one entry in endpoints, mixes, journeys or pages', path: ['endpoints'] });
    }
    const seen = new Set<string>();
    for (const [kind, list] of [
      ['endpoints', budget.endpoints],
      ['mixes', budget.mixes],
      ['journeys', budget.journeys],
      ['pages', budget.pages],
    ] as const) {
      list.forEach((target, i) => {
        if (seen.has(target.name)) {
          ctx.addIssue({ code: 'custom', message: `duplicate name '${target.name}'; names must be unique`, path: [kind, i, 'name'] });
        }
        seen.add(target.name);
      });
    }
  })
  .meta({ title: 'perf-gate budget file', description: 'Budgets for API endpoints and pages; see the README' });

export type Budget = z.output<typeof budgetSchema>;
export type EndpointConfig = Budget['endpoints'][number];
export type MixConfig = Budget['mixes'][number];
export type MixRequestConfig = MixConfig['requests'][number];
export type JourneyConfig = Budget['journeys'][number];
export type PageConfig = Budget['pages'][number];
export type LoadSettings = NonNullable<Budget['load']>;

/** The committed JSON Schema, generated from the zod schema so the two cannot drift. */
export function budgetJsonSchema(): object {
  return z.toJSONSchema(budgetSchema, { io: 'input', unrepresentable: 'any' });
}
