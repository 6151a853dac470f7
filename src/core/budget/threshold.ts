// Threshold sentences in the k6 style ("p95 < 200ms", "errors == 0") and relative rules ("+10% or +200ms").
import { findMetric, metricIds, type MetricDef, type TargetKind } from './metric-catalog.js';
import { didYouMean } from './suggest.js';
import { parseQuantity, type Unit } from '../units.js';

export const operators = ['<=', '>=', '==', '<', '>'] as const;
export type Operator = (typeof operators)[number];

export interface Threshold {
  /** As written in the budget file, without its "(warn)". */
  source: string;
  /** Present when marked "(warn)": shown and annotated when broken, never failing the run. */
  level?: 'warn';
  metric: string;
  op: Operator;
  /** In the metric's base unit (ms, bytes, percent…). */
  value: number;
  unit: Unit;
}

export interface RelativeRule {
  source: string;
  /** Present when warn-level. */
  level?: 'warn';
  metric: string;
  /** Allowed change in percent, signed the way the metric gets worse; undefined when only absolute. */
  percent?: number;
  /** Allowed change in the metric's unit, signed the way the metric gets worse. */
  absolute?: number;
  unit: Unit;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const warnMark = /\s*\(warn\)\s*$/i;

const anyMark = /\(\s*([^()]*?)\s*\)\s*$/;

/** "p95 < 200ms (warn)" → the rule's text and its level; another word in brackets at the end is an error. */
function splitLevel(text: string): { text: string; level?: 'warn'; error?: string } {
  if (warnMark.test(text)) return { text: text.replace(warnMark, ''), level: 'warn' };
  const other = anyMark.exec(text);
  if (other) return { text, error: `unknown level '(${other[1]})' in '${text.trim()}': expected '(warn)' after the rule to only warn, or nothing` };
  return { text };
}

const sentence = /^\s*([a-z][\w.()/@-]*)\s*(<=|>=|==|<|>)\s*(.+?)\s*$/i;

function unknownMetric(kind: TargetKind, name: string): string {
  const hint = didYouMean(name, metricIds(kind));
  return `unknown ${kind} metric '${name}'${hint || `; expected one of ${metricIds(kind).join(', ')}`}`;
}

export function parseThreshold(kind: TargetKind, written: string): Parsed<Threshold> {
  const { text, level, error } = splitLevel(written);
  if (error) return { ok: false, error };
  const m = sentence.exec(text);
  if (!m) {
    return {
      ok: false,
      error: `expected a threshold like 'p95 < 200ms' (metric, one of < <= > >= ==, value; '(warn)' after it to only warn), got '${written}'`,
    };
  }
  const [, name = '', op = '', raw = ''] = m;
  const metric = findMetric(kind, name);
  if (!metric) return { ok: false, error: unknownMetric(kind, name) };
  const q = parseQuantity(raw, metric.unit);
  if ('error' in q) return { ok: false, error: `${metric.id}: ${q.error}` };
  return { ok: true, value: { source: text.trim(), metric: metric.id, op: op as Operator, value: q.value, unit: metric.unit, ...(level && { level }) } };
}

const relativePart = /^([+-])\s*(\d+(?:\.\d+)?)\s*(.*)$/;

/** Parses "+10%", "-5%", "+10% or +200ms", any of them with "(warn)" after, for the named metric. */
export function parseRelativeRule(kind: TargetKind, metricName: string, written: string): Parsed<RelativeRule> {
  const metric = findMetric(kind, metricName);
  if (!metric) return { ok: false, error: unknownMetric(kind, metricName) };
  const example = relativeExample(metric);
  const { text, level, error } = splitLevel(written);
  if (error) return { ok: false, error: `${metric.id}: ${error}` };
  const rule: RelativeRule = { source: text.trim(), metric: metric.id, unit: metric.unit, ...(level && { level }) };
  const parts = text.split(/\s+or\s+/i);
  if (parts.length > 2) return { ok: false, error: `${metric.id}: expected at most one 'or', like '${example}'` };
  for (const part of parts) {
    const m = relativePart.exec(part.trim());
    if (!m) return { ok: false, error: `${metric.id}: expected a signed change like '${example}', got '${text}'` };
    const [, sign = '+', num = '0', suffix = ''] = m;
    const worse = metric.better === 'lower' ? '+' : '-';
    if (sign !== worse) {
      return {
        ok: false,
        error: `${metric.id} gets worse as it ${metric.better === 'lower' ? 'rises' : 'falls'}: expected a change like '${example}', got '${text}'`,
      };
    }
    const signed = (v: number) => (sign === '-' ? -v : v);
    if (suffix.trim() === '%' && metric.unit !== 'percent') {
      if (rule.percent !== undefined) return { ok: false, error: `${metric.id}: two percentages in '${text}'` };
      rule.percent = signed(Number(num));
    } else {
      const q = parseQuantity(`${num}${suffix}`, metric.unit);
      if ('error' in q) return { ok: false, error: `${metric.id}: ${q.error}` };
      if (rule.absolute !== undefined) return { ok: false, error: `${metric.id}: two absolute changes in '${text}'` };
      rule.absolute = signed(q.value);
    }
  }
  return { ok: true, value: rule };
}

function relativeExample(metric: MetricDef): string {
  const sign = metric.better === 'lower' ? '+' : '-';
  return metric.unit === 'ms' ? `${sign}10% or ${sign}20ms` : `${sign}10%`;
}

/** Whether an actual value satisfies a threshold. */
export function satisfies(actual: number, op: Operator, limit: number): boolean {
  switch (op) {
    case '<':
      return actual < limit;
    case '<=':
      return actual <= limit;
    case '>':
      return actual > limit;
    case '>=':
      return actual >= limit;
    case '==':
      return actual === limit;
  }
}
