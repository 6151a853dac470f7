// Quantities written in a budget file ("200ms", "1.5s", "300KB", "1%") and how values are shown.

export const units = ['ms', 'count', 'percent', 'bytes', 'rps', 'jps', 'bytes/s', 'bytes/min', 'score', 'unitless'] as const;
export type Unit = (typeof units)[number];

const durationFactors: Record<string, number> = { us: 0.001, µs: 0.001, ms: 1, s: 1000, m: 60_000 };
// KB and KiB both mean 1024 bytes: Lighthouse reports KiB and people write KB.
const byteFactors: Record<string, number> = {
  b: 1,
  kb: 1024,
  kib: 1024,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
};

/** What a unit accepts, for error messages. */
const unitExamples: Record<Unit, string> = {
  ms: 'a duration like 200ms, 1.5s or 800 (milliseconds)',
  count: 'a whole number like 0 or 50',
  percent: 'a percentage like 1%',
  bytes: 'a size like 300KB, 1.5MB or 2048 (bytes)',
  rps: 'a request rate like 500 or 500/s',
  jps: 'a journey rate like 20 or 20/s',
  'bytes/s': 'a transfer rate like 1MB/s or 500KB',
  'bytes/min': 'a growth rate like 1MB/min or 500KB',
  score: 'a score from 0 to 100 like 90',
  unitless: 'a plain number like 0.1',
};

const quantity = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([a-zµ%/]*)$/i;

/** Parses a quantity in the given unit; returns the value in the unit's base (ms, bytes, percent…) or an error. */
export function parseQuantity(text: string, unit: Unit): { value: number } | { error: string } {
  const match = quantity.exec(text.trim());
  const fail = { error: `expected ${unitExamples[unit]}, got '${text.trim()}'` };
  if (!match) return fail;
  const num = Number(match[1]);
  const suffix = (match[2] ?? '').toLowerCase();
  switch (unit) {
    case 'ms': {
      if (suffix === '') return { value: num };
      const f = durationFactors[suffix];
      return f === undefined ? fail : { value: num * f };
    }
    case 'bytes':
    case 'bytes/s':
    case 'bytes/min': {
      const s = unit === 'bytes/s' ? suffix.replace(/\/s$/, '') : unit === 'bytes/min' ? suffix.replace(/\/min$/, '') : suffix;
      if (s === '') return { value: num };
      const f = byteFactors[s];
      return f === undefined ? fail : { value: num * f };
    }
    case 'percent':
      return suffix === '%' ? { value: num } : fail;
    case 'rps':
    case 'jps':
      return suffix === '' || suffix === '/s' || suffix === unit ? { value: num } : fail;
    case 'count':
      return suffix === '' && Number.isInteger(num) ? { value: num } : fail;
    case 'score':
      if (suffix !== '' || num < 0 || num > 100) return fail;
      // 0.9 is almost surely the 0–1 convention; perf-gate uses 0–100 throughout.
      if (num > 0 && num < 1) return { error: `scores run from 0 to 100: write ${Math.round(num * 100)}, not ${num}` };
      return { value: num };
    case 'unitless':
      return suffix === '' ? { value: num } : fail;
  }
}

/** Parses a duration setting ("10s", "500ms", or a number of seconds when bare). */
export function parseDurationSetting(value: string | number): { ms: number } | { error: string } {
  if (typeof value === 'number') return value >= 0 ? { ms: value * 1000 } : { error: 'expected a duration like 10s or 500ms' };
  const match = quantity.exec(value.trim());
  const f = match ? durationFactors[(match[2] ?? '').toLowerCase() || 's'] : undefined;
  if (!match || f === undefined || Number(match[1]) < 0) {
    return { error: `expected a duration like 10s or 500ms, got '${value}'` };
  }
  return { ms: Number(match[1]) * f };
}

// Up to `digits` decimals, trailing zeros dropped, thousands grouped.
const group = (n: number, digits: number) => n.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });

/** A change with its sign: +1.20 ms, −3%, ±0 (the minus is U+2212, as in print). */
export const signed = (v: number, unit: Unit) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatValue(Math.abs(v), unit)}`;
export const signedPct = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v).toFixed(1)}%`;

/** Formats a value for people: 0.84 ms, 1.20 s, 12,345 req/s, 1.2%, 300 KB. */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  switch (unit) {
    case 'ms':
      if (Math.abs(value) >= 1000) return `${group(value / 1000, 2)} s`;
      // Three decimals below 0.1 ms: CPU time per request is tens of microseconds.
      return `${group(value, Math.abs(value) < 0.1 ? 3 : Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0)} ms`;
    case 'count':
      return group(value, 0);
    case 'percent':
      return `${group(value, Math.abs(value) < 10 ? 2 : 1)}%`;
    case 'bytes':
      return formatBytes(value);
    case 'bytes/s':
      return `${formatBytes(value)}/s`;
    case 'bytes/min':
      return `${formatBytes(value)}/min`;
    case 'rps':
      return `${group(value, Math.abs(value) < 100 ? 1 : 0)} req/s`;
    case 'jps':
      return `${group(value, Math.abs(value) < 100 ? 1 : 0)} journeys/s`;
    case 'score':
      return group(value, 0);
    case 'unitless':
      return group(value, 3);
  }
}

function formatBytes(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1024 ** 2) return `${group(value / 1024 ** 2, 2)} MB`;
  if (abs >= 1024) return `${group(value / 1024, 1)} KB`;
  return `${group(value, 0)} B`;
}

/** "1 rule", "3 rules": a count with its noun. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
