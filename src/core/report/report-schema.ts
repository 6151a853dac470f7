// A report.json from elsewhere (another workflow's artifact) is untrusted: before it is rendered into a comment,
// every field a renderer reads is checked for its type, enum and shape. Strings are escaped when rendered.
import { comparisonVerdicts } from '../verdict/compare.js';
import { z } from 'zod';
import { findMetric } from '../budget/metric-catalog.js';
import { reportSchemaVersion, samplingStops, thresholdSamplingStops, type Report } from './report.js';
import { operators } from '../budget/threshold.js';
import { units } from '../units.js';

const unit = z.enum(units);
const kind = z.enum(['endpoint', 'page']);
const num = z.number().finite();
const nullableNum = num.nullable();

const urlBytes = z.object({ url: z.string(), type: z.string(), bytes: num });
const urlMs = z.object({ url: z.string(), ms: num });
const pageFacts = z.object({
  requests: z.array(urlBytes.extend({ initiator: z.string().optional() })),
  scripts: z.array(urlMs),
  longTasks: z.array(urlMs),
  opportunities: z.array(z.object({ id: z.string(), ms: num, bytes: num })),
});
const memoryDiagnosis = z.object({
  by: z.literal('tracemalloc').optional(),
  snapshots: z.array(z.object({ requests: z.int().min(0), heapBytes: z.number().min(0) })),
  grown: z.array(
    z.object({
      className: z.string(),
      retained: z.array(z.number().min(0)),
      own: z.array(z.number().min(0)),
      count: z.array(z.int().min(0)),
      perThousandRequests: z.number(),
      heldBy: z.string().optional(),
      allocatedIn: z.string().optional(),
    }),
  ),
  note: z.string().optional(),
});
const profiledSide = z.object({ requests: z.int().min(0), samples: z.int().min(0), stacks: z.string(), droppedStacks: z.int().min(0).optional() });
const metric = z.object({ value: nullableNum, unit, samples: z.array(num) });
const knownMetric = <T extends { kind: 'endpoint' | 'page'; metric: string }>(x: T) => findMetric(x.kind, x.metric)?.id === x.metric;

const target = z.object({
  kind,
  name: z.string(),
  url: z.string(),
  status: z.enum(['ok', 'error']),
  error: z.string().optional(),
  metrics: z.record(z.string(), metric),
  endpoint: z
    .object({ bursts: z.array(z.object({}).passthrough()) })
    .passthrough()
    .optional(),
  page: z
    .object({
      runsPlanned: z.int().min(0),
      runs: z.array(z.object({ ok: z.boolean(), attempt: z.int() }).passthrough()),
      artifacts: z.object({ html: z.string().regex(/^pages\/[\w.-]+\.report\.html$/), json: z.string() }).optional(),
      facts: pageFacts.optional(),
    })
    .passthrough()
    .optional(),
  sampling: z
    .object({ taken: z.int().min(0), min: z.int().min(0), max: z.int().min(0), stop: z.enum(thresholdSamplingStops), near: z.array(z.string()).optional() })
    .optional(),
});

const check = z
  .object({
    target: z.string(),
    kind,
    metric: z.string(),
    threshold: z.string(),
    op: z.enum(operators),
    limit: num,
    unit,
    actual: nullableNum,
    outcome: z.enum(['pass', 'fail', 'warn']),
    level: z.literal('warn').optional(),
    message: z.string(),
    origin: z.enum(['budget', 'default']),
    line: z.int().min(1).optional(),
  })
  .refine(knownMetric, { message: 'unknown metric' });

const comparison = z
  .object({
    target: z.string(),
    kind,
    metric: z.string(),
    rule: z.string(),
    level: z.literal('warn').optional(),
    gating: z.boolean(),
    reasons: z.array(z.string()),
    verdict: z.enum(comparisonVerdicts),
    baseMean: nullableNum,
    headMean: nullableNum,
    baseN: z.int().min(0),
    headN: z.int().min(0),
    delta: nullableNum,
    deltaPercent: nullableNum,
    interval: z.tuple([num, num]).nullable(),
    intervalPercent: z.tuple([num, num]).nullable(),
    allowed: nullableNum,
    confidence: num,
    pValue: nullableNum,
    samplesNeeded: z.int().optional(),
    perSampleSe: z.number().optional(),
    note: z.string().optional(),
    runNoise: z
      // An assumed noise's df is Infinity, which JSON writes as null.
      .object({ fraction: num, df: z.number().nullable(), source: z.enum(['history', 'assumed']), runs: z.int().optional() })
      .optional(),
    undecidable: z.string().optional(),
    stored: z
      .object({
        verdict: z.enum(comparisonVerdicts),
        baseMean: nullableNum,
        headMean: nullableNum,
        deltaPercent: nullableNum,
        interval: z.tuple([num, num]).nullable(),
      })
      .optional(),
  })
  .refine(knownMetric, { message: 'unknown metric' });

const samplingRecord = z.object({ target: z.string(), samples: z.int().min(0), stop: z.enum(samplingStops), appStarts: z.array(z.int().min(0)).optional() });

const reportSchema = z
  .object({
    schemaVersion: z.literal(reportSchemaVersion),
    tool: z.object({ name: z.literal('perf-gate'), version: z.string() }),
    budgetFile: z.string(),
    startedAt: z.string(),
    environment: z
      .object({
        cpuModel: z.string(),
        cores: z.int(),
        os: z.object({ platform: z.string(), arch: z.string() }).passthrough(),
        node: z.string(),
        perfGate: z.string(),
        git: z.object({ sha: z.string().optional(), ref: z.string().optional() }).optional(),
        browser: z.object({ lighthouse: z.string(), benchmarkIndex: nullableNum }).passthrough().optional(),
        traffic: z.object({ remote: z.boolean(), hosts: z.array(z.string()) }).optional(),
        tls: z.enum(['ca', 'insecure']).optional(),
      })
      .passthrough(),
    targets: z.array(target),
    checks: z.array(check),
    baseline: z
      .object({
        status: z.enum(['used', 'missing']),
        source: z.string().optional(),
        reason: z.string().optional(),
        sha: z.string().optional(),
        ref: z.string().optional(),
        createdAt: z.string().optional(),
        historyRuns: z.int().optional(),
        values: z.record(z.string(), z.record(z.string(), nullableNum)).optional(),
        pageFacts: z.record(z.string(), pageFacts.nullable()).optional(),
        sameRunner: z.object({ sampling: z.array(samplingRecord) }).optional(),
        confirmation: z
          .object({
            status: z.enum(['confirmed', 'not needed', 'not possible']),
            reason: z.string().optional(),
            source: z.string().optional(),
            sha: z.string().optional(),
            sampling: z.array(samplingRecord).optional(),
            notes: z.array(z.string()).optional(),
          })
          .optional(),
      })
      .optional(),
    comparisons: z.array(comparison),
    diagnosis: z
      .object({
        when: z.enum(['suspicious', 'always']),
        durationMs: num,
        wallMs: num,
        endpoints: z.array(
          z.object({
            target: z.string(),
            profiler: z.enum(['v8', 'python', 'perf']).optional(),
            note: z.string().optional(),
            sampleMs: num.positive().optional(),
            base: profiledSide.optional(),
            head: profiledSide.optional(),
            files: z.object({ base: z.string(), head: z.string() }).optional(),
            memory: memoryDiagnosis.optional(),
          }),
        ),
      })
      .optional(),
    verdict: z.enum(['pass', 'fail', 'error']),
    errors: z.array(z.string()),
    trends: z
      .array(
        z.object({
          target: z.string(),
          kind,
          metric: z.string(),
          unit,
          points: z.array(z.object({ at: z.string(), sha: z.string().optional(), value: num, current: z.boolean().optional() })),
        }),
      )
      .optional(),
    shard: z
      .object({
        index: z.int().min(1),
        total: z.int().min(1),
        split: z.array(z.object({ name: z.string(), kind, position: z.int().min(0), shard: z.int().min(1) })),
      })
      .optional(),
    shards: z
      .array(
        z.object({
          index: z.int().min(1),
          total: z.int().min(1),
          status: z.enum(['merged', 'failed', 'missing']),
          targets: z.array(z.string()),
          source: z.string().optional(),
        }),
      )
      .optional(),
  })
  .passthrough();

type ReportCheck = { ok: true; report: Report } | { ok: false; reason: string };

/** Checks a whole report for rendering; the reason names the first field that is wrong. */
export function validateReport(json: unknown): ReportCheck {
  const parsed = reportSchema.safeParse(json);
  if (parsed.success) return { ok: true, report: parsed.data as unknown as Report };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'}` };
}
