// Field types several parts of the budget schema share.
import { z } from 'zod';
import { parseDurationSetting, parseQuantity } from '../units.js';

export const duration = (what: string) =>
  z
    .union([z.string(), z.number()], { error: `expected ${what} like 10s or 500ms` })
    .transform((value, ctx) => {
      const parsed = parseDurationSetting(value);
      if ('error' in parsed) {
        ctx.issues.push({ code: 'custom', message: parsed.error, input: value });
        return z.NEVER;
      }
      return parsed.ms;
    })
    .meta({ description: `${what}: "10s", "500ms", or a number of seconds` });

export const percent = z
  .union([z.string().regex(/^\s*\d+(\.\d+)?\s*%\s*$/), z.number().min(0)], { error: "expected a percentage like '5%'" })
  .transform((v) => (typeof v === 'number' ? v : Number.parseFloat(v)))
  .refine((v) => v <= 100, { error: 'expected a percentage from 0% to 100%' });

export const size = (what: string) =>
  z
    .union([z.string(), z.number().nonnegative()], { error: `expected ${what} like 10MB or 512KB` })
    .transform((value, ctx) => {
      if (typeof value === 'number') return value;
      const parsed = parseQuantity(value, 'bytes');
      if ('error' in parsed) {
        ctx.issues.push({ code: 'custom', message: parsed.error, input: value });
        return z.NEVER;
      }
      return parsed.value;
    })
    .meta({ description: `${what}: "10MB", "512KB", or a number of bytes` });
