// The app's own counters (Prometheus / OpenMetrics text) per answered request: each `counters:` name summed over
// the series its selector matches, read at the burst boundaries. Pure: parsed metric families in, values, metrics
// and notes out.
import { matches, type CounterSelector } from './counter-selector.js';
import type { CounterRow, MetricResult } from '../report/report.js';
import { didYouMean } from '../budget/suggest.js';
import { plural } from '../units.js';

/** One series of a scrape: a counter's, gauge's or untyped value, or a histogram's or summary's count and sum. */
export interface ScrapedSeries {
  labels: Readonly<Record<string, string>>;
  value?: number;
  count?: number;
  sum?: number;
}

export interface MetricFamily {
  name: string;
  /** counter, gauge, histogram, summary or untyped (lower case). */
  type: string;
  series: ScrapedSeries[];
}

/** A counter's reading: how many, and, for a histogram or summary, the time they took (ms). */
export interface CounterReading {
  count: number;
  ms?: number;
}

/** Every configured counter's reading at one moment. */
export type CounterSnapshot = ReadonlyMap<string, CounterReading>;

/** The names of the families a selector can mean: a counter's with or without `_total`, a histogram's `_count`/`_sum`. */
export function familyNames(selectorName: string): string[] {
  const base = selectorName.replace(/_(total|count|sum)$/, '');
  return [...new Set([selectorName, base, `${base}_total`])];
}

// A histogram's or summary's sum is in the family's unit: seconds unless its name says milliseconds.
const msFactor = (name: string) => (/_(milliseconds|ms)$/.test(name.replace(/_(sum|count)$/, '')) ? 1 : 1000);

/** `missing`: the scrape has no such metric (a counter nobody has counted yet, or a misspelt name). */
export type CounterRead = { ok: true; reading: CounterReading } | { ok: false; error: string; missing?: true };

/** One selector against a scrape: the matching series summed over their other labels. `known`: every name the
 * scrape had, for a hint when the selector's is missing. */
export function readCounter(selector: CounterSelector, families: readonly MetricFamily[], known = families.map((f) => f.name)): CounterRead {
  const names = familyNames(selector.name);
  const family = families.find((f) => names.includes(f.name));
  if (!family) {
    const hint = didYouMean(selector.name, known);
    return {
      ok: false,
      missing: true,
      error: `no metric '${selector.name}' in the scrape${hint || (known.length ? ` (it has ${known.slice(0, 5).join(', ')}${known.length > 5 ? ', …' : ''})` : '')}`,
    };
  }
  // A label no series has: a typo would otherwise read as a counter that never moves.
  for (const { label } of selector.matchers) {
    if (family.series.length > 0 && !family.series.some((s) => label in s.labels)) {
      const labels = [...new Set(family.series.flatMap((s) => Object.keys(s.labels)))];
      return { ok: false, error: `no series of '${family.name}' has the label '${label}'${labels.length ? ` (its labels: ${labels.join(', ')})` : ''}` };
    }
  }
  const chosen = family.series.filter((s) => matches(selector, s.labels));
  const timed = family.type === 'histogram' || family.type === 'summary';
  if (timed && !selector.name.endsWith('_sum')) {
    const count = chosen.reduce((t, s) => t + (s.count ?? 0), 0);
    const sum = chosen.reduce((t, s) => t + (s.sum ?? 0), 0);
    return { ok: true, reading: { count, ms: sum * msFactor(family.name) } };
  }
  const count = chosen.reduce((t, s) => t + (timed ? (s.sum ?? 0) : (s.value ?? 0)), 0);
  return { ok: true, reading: { count } };
}

/** A name of `counters:` to its selector. */
export type CounterSet = Readonly<Record<string, CounterSelector>>;

export interface CounterSpan {
  start: CounterSnapshot | undefined;
  end: CounterSnapshot | undefined;
  requests: number;
}

/**
 * `<name>-per-request` (and `<name>-ms-per-request` for a histogram or summary): one sample a burst. A counter that
 * went down in a burst (a worker restarted) drops that burst's sample, said in a note.
 */
export function counterWorkMetrics(names: readonly string[], spans: readonly CounterSpan[]): { metrics: Record<string, MetricResult>; notes: string[] } {
  const metrics: Record<string, MetricResult> = {};
  const notes: string[] = [];
  for (const name of names) {
    const per: number[] = [];
    const perMs: number[] = [];
    const sum = { count: 0, ms: 0, requests: 0, timed: false };
    let dropped = 0;
    for (const { start, end, requests } of spans) {
      const a = start?.get(name);
      const b = end?.get(name);
      if (!a || !b || requests === 0) continue;
      const d = b.count - a.count;
      if (d < 0 || (b.ms ?? 0) < (a.ms ?? 0)) {
        dropped++;
        continue;
      }
      per.push(d / requests);
      sum.count += d;
      sum.requests += requests;
      if (a.ms !== undefined && b.ms !== undefined) {
        sum.timed = true;
        sum.ms += b.ms - a.ms;
        perMs.push((b.ms - a.ms) / requests);
      }
    }
    if (dropped > 0)
      notes.push(
        `${name}: the counter went down in ${plural(dropped, 'burst')} (a worker restarted?); ${dropped === 1 ? 'its sample was' : 'their samples were'} dropped`,
      );
    if (sum.requests === 0) continue;
    metrics[`${name}-per-request`] = { value: sum.count / sum.requests, unit: 'count', samples: per };
    if (sum.timed) metrics[`${name}-ms-per-request`] = { value: sum.ms / sum.requests, unit: 'ms', samples: perMs };
  }
  return { metrics, notes };
}

/** Each counter per answered request over the measured bursts, for the report's table. */
export function counterTable(names: readonly string[], spans: readonly CounterSpan[]): CounterRow[] {
  return names.flatMap((name) => {
    const sum = { count: 0, ms: 0, requests: 0, timed: false };
    for (const { start, end, requests } of spans) {
      const a = start?.get(name);
      const b = end?.get(name);
      if (!a || !b || requests === 0 || b.count < a.count) continue;
      sum.count += b.count - a.count;
      sum.requests += requests;
      if (a.ms !== undefined && b.ms !== undefined) {
        sum.timed = true;
        sum.ms += b.ms - a.ms;
      }
    }
    if (sum.requests === 0) return [];
    return [{ name, perRequest: sum.count / sum.requests, ...(sum.timed && { msPerRequest: sum.ms / sum.requests }) }];
  });
}
