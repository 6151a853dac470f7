// An endpoint's vars: what fills its placeholders, a value a request. A range of integers, a list of values, or a
// column of a CSV file (read by the adapter that reads the budget); drawn at random or in sequence. Random draws are
// seeded from the endpoint's and the var's names, so every run, and base and head beside each other, send the same
// sequence of requests: an A/B compares the same workload.
import { z } from 'zod';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { VarValue } from './template.js';

/** A var's name: what its placeholders say, `{name}`. */
export const varNamePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

const order = z.enum(['random', 'sequence']).default('random').meta({
  description: 'random (seeded from the endpoint and var names: every run sends the same sequence) or sequence (in order, from the first again after the last)',
});

/** One var as the budget writes it: exactly one of range, values or file. */
export const varSchema = z
  .strictObject({
    range: z
      .tuple([z.int(), z.int()], { error: 'expected [from, to], two integers' })
      .refine(([from, to]) => from <= to, { error: 'expected [from, to] with from no greater than to' })
      .optional()
      .meta({ description: 'integers from..to, both included' }),
    values: z
      .array(z.union([z.string(), z.number()], { error: 'expected a string or a number' }))
      .min(1, { error: 'expected at least one value' })
      .optional()
      .meta({ description: 'the values to draw from' }),
    file: z.string().min(1).optional().meta({ description: 'a CSV file with a header line, relative to the budget file (at most 50 MB); needs column' }),
    column: z.string().min(1).optional().meta({ description: "the file's column whose values are drawn" }),
    order,
  })
  .superRefine((v, ctx) => {
    const given = (['range', 'values', 'file'] as const).filter((k) => v[k] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({ code: 'custom', message: `expected one of range, values or file${given.length > 1 ? `, got ${given.join(' and ')}` : ''}` });
    else if (v.file !== undefined && v.column === undefined)
      ctx.addIssue({ code: 'custom', path: ['column'], message: 'expected the column to read from the file' });
    else if (v.file === undefined && v.column !== undefined) ctx.addIssue({ code: 'custom', path: ['column'], message: 'expected column only with file' });
  });

export const varsSchema = z
  .record(z.string().regex(varNamePattern, { error: 'expected a var name of letters, digits and _, as its {name} placeholders write it' }), varSchema)
  .meta({
    description: 'what fills the {name} placeholders of the url, header values and body, a value a request',
    examples: [{ id: { range: [1, 5000] }, term: { values: ['shoes', 'red dress'] }, order_id: { file: 'data/orders.csv', column: 'id' } }],
  });
export type VarsConfig = z.infer<typeof varsSchema>;

export type VarSource =
  | { kind: 'range'; from: number; to: number }
  | { kind: 'values'; values: VarValue[] }
  /** `values` are read by the adapter that reads the budget, once a file. */
  | { kind: 'file'; file: string; shown: string; column: string; values: string[] };

export interface VarPlan {
  name: string;
  order: 'random' | 'sequence';
  source: VarSource;
  /** Where the budget writes it, for messages: its path and line. */
  at: string;
  line?: number;
}

/** A var in words, for the report: `id: 1–5000 (random)`. */
export function describeVar(v: VarPlan): string {
  const s = v.source;
  const what =
    s.kind === 'range'
      ? `${s.from}–${s.to}`
      : s.kind === 'values'
        ? `${s.values.length} values`
        : `${s.values.length} values from ${s.shown}, column ${s.column}`;
  return `${v.name}: ${what} (${v.order})`;
}

// FNV-1a, 32 bits (Fowler, Noll, Vo; draft-eastlake-fnv): a stable seed from a name.
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const sizeOf = (s: VarSource) => (s.kind === 'range' ? s.to - s.from + 1 : s.values.length);
const valueAt = (s: VarSource, i: number): VarValue => (s.kind === 'range' ? s.from + i : s.values[i]!);

/** A var's values one after another: the same sequence for the same endpoint and var names. */
export function varStream(endpoint: string, v: VarPlan): () => VarValue {
  const size = sizeOf(v.source);
  if (size === 0) throw new Error(`${v.at}: no values (a file var read before its file)`);
  if (v.order === 'sequence') {
    let i = -1;
    return () => valueAt(v.source, (i = (i + 1) % size));
  }
  // xoroshiro128+ (pure-rand): fast, seedable, with an unbiased integer distribution over any range.
  const rng = xoroshiro128plus(seedOf(`${endpoint}\u0000${v.name}`));
  return () => valueAt(v.source, uniformInt(rng, 0, size - 1));
}
