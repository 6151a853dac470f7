// load.profile in the budget file: the shape of the load, its kind the only key (steady needs no settings).
import { shapeDefaults } from './defaults.js';
import { z } from 'zod';
import { latencyPercentiles } from './metric-catalog.js';
import { duration, percent } from './schema-fields.js';
import { parseThreshold, type Threshold } from './threshold.js';

/** Metrics a capacity objective may name: what one probe measures of the answers. */
export const objectiveMetrics = [...latencyPercentiles.map((p) => `p${p}`), 'mean', 'max', 'error-rate', 'errors', 'timeouts', 'non2xx-rate', 'non2xx'];

const rate = (what: string) =>
  z
    .number({ error: `expected ${what} (req/s) like 100` })
    .positive()
    .max(1_000_000)
    .meta({ description: `${what} (req/s)` });
const connections = z
  .int()
  .min(1)
  .max(1000)
  .meta({ description: 'concurrent connections, each sending its next request when its last is answered (closed loop)' });
const positive = (what: string) => duration(what).refine((ms) => ms > 0, { error: `expected ${what} above 0, like 10s` });

const stage = z
  .strictObject({
    name: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/i, { error: 'expected a name of letters, digits and dashes, like peak' })
      .optional()
      .meta({ description: 'what thresholds call the stage after @ (p95@peak); default: its position, 1, 2, …' }),
    duration: positive('stage time'),
    rate: rate('arrival rate the stage ramps to from the previous rate stage; the first holds it').optional(),
    connections: connections.optional(),
  })
  .superRefine((s, ctx) => {
    if ((s.rate === undefined) === (s.connections === undefined))
      ctx.addIssue({ code: 'custom', message: 'expected exactly one of rate (req/s, open loop) or connections (closed loop)', path: [] });
  });

const objective = z
  .union([z.string(), z.array(z.string()).min(1)], { error: "expected an objective like 'p95 < 50ms' or a list of them" })
  .transform((v, ctx): Threshold[] => {
    const list = typeof v === 'string' ? [v] : v;
    const out: Threshold[] = [];
    list.forEach((text, i) => {
      const at = typeof v === 'string' ? [] : [i];
      const parsed = parseThreshold('endpoint', text);
      if (!parsed.ok) ctx.issues.push({ code: 'custom', message: parsed.error, input: text, path: at });
      else if (!objectiveMetrics.includes(parsed.value.metric))
        ctx.issues.push({
          code: 'custom',
          message: `an objective holds for one probe's answers: expected one of ${objectiveMetrics.join(', ')}, got '${parsed.value.metric}'`,
          input: text,
          path: at,
        });
      else out.push(parsed.value);
    });
    return out;
  })
  .meta({
    description: "what must hold at a rate for it to be within capacity, k6 style: 'p95 < 50ms' or a list; 'error-rate < 1%' is added unless errors are named",
  });

const capacity = z
  .strictObject({
    objective,
    from: rate('lowest arrival rate probed').default(shapeDefaults.capacity.from),
    to: rate('highest arrival rate probed').default(shapeDefaults.capacity.to),
    probe: positive('time at each rate probed').default(shapeDefaults.capacity.probeMs),
    resolution: percent
      .refine((v) => v >= 1, { error: 'expected a resolution of at least 1%' })
      .default(shapeDefaults.capacity.resolutionPercent)
      .meta({ description: `the knee is found once held and broken rates are this close (default ${shapeDefaults.capacity.resolutionPercent}%)` }),
    repeats: z
      .int()
      .min(1)
      .max(10)
      .default(shapeDefaults.capacity.repeats)
      .meta({ description: `searches for the knee; each gives one estimate, the first from the bounds (default ${shapeDefaults.capacity.repeats})` }),
    timeBudget: positive('time the search may take').default(shapeDefaults.capacity.timeBudgetMs),
  })
  .superRefine((c, ctx) => {
    if (c.to <= c.from) ctx.addIssue({ code: 'custom', message: `expected to above from (${c.from} req/s): the bounds are the wrong way round`, path: ['to'] });
    if (c.timeBudget < c.probe)
      ctx.addIssue({ code: 'custom', message: `expected a time budget of at least one probe (${c.probe / 1000}s)`, path: ['timeBudget'] });
  });

const spike = z.strictObject({
  rate: rate('base arrival rate'),
  factor: z
    .number()
    .gt(1)
    .max(1000)
    .default(shapeDefaults.spike.factor)
    .meta({ description: `the spike sends rate × factor (default ${shapeDefaults.spike.factor})` }),
  before: positive('time at the base rate before the spike').default(shapeDefaults.spike.beforeMs),
  duration: positive('time of the spike').default(shapeDefaults.spike.durationMs),
  after: positive('time at the base rate after the spike').default(shapeDefaults.spike.afterMs),
  band: percent
    .default(shapeDefaults.spike.bandPercent)
    .meta({ description: `p95 has recovered once it stays within this much of its level before the spike (default ${shapeDefaults.spike.bandPercent}%)` }),
});

const soak = z
  .strictObject({
    duration: positive('soak time'),
    window: positive('time of one window (drift compares the last with the first)').default(shapeDefaults.soak.windowMs),
    rate: rate('arrival rate').optional(),
    connections: connections.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.duration < 2 * s.window)
      ctx.addIssue({
        code: 'custom',
        message: `expected a soak of at least two windows (2 × ${s.window / 1000}s) to fit a trend: lengthen duration or shorten window`,
        path: ['duration'],
      });
    if (s.rate !== undefined && s.connections !== undefined)
      ctx.addIssue({ code: 'custom', message: 'expected one of rate (req/s, open loop) or connections (closed loop), not both', path: [] });
  });

export const loadProfile = z
  .union(
    [
      z.literal('steady'),
      z.strictObject({
        stages: z.array(stage).min(1).meta({ description: 'k6-style stages: rate stages ramp from the previous rate, connection stages hold' }),
      }),
      z.strictObject({ capacity: capacity.meta({ description: 'the highest arrival rate at which the objective holds: stepping up, then bisecting' }) }),
      z.strictObject({ spike: spike.meta({ description: 'a base rate, a jump to rate × factor, back: spike-p95, spike-error-rate, recovery-time' }) }),
      z.strictObject({ soak: soak.meta({ description: 'a long steady run: rss-growth (a fitted slope), p95-drift, errors over time' }) }),
    ],
    { error: 'expected steady, or one of { stages }, { capacity }, { spike }, { soak }' },
  )
  .meta({ description: 'the shape of the load (default steady: load.duration at load.rate or load.connections)' });

export type LoadProfileConfig = z.output<typeof loadProfile>;
