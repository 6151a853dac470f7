// What a page is made of, compactly, from one Lighthouse result, and what changed between base and head: requests
// added, removed and grown; scripts whose execution time grew; new long tasks; opportunities whose savings grew.
// Kept in report.json with the representative run, so a stored baseline carries it; no extra runs.
import type { LhrLike } from './page-metrics.js';
import type { PageFacts, TargetResult } from '../report/report.js';
import { codeSpan } from '../render/render-shared.js';
import { formatValue, signed } from '../units.js';

// A page with hundreds of requests keeps its heaviest: what a change that matters would be among.
const maxRequests = 300;

type Item = Record<string, unknown>;
const itemsOf = (lhr: LhrLike, id: string): Item[] => (lhr.audits?.[id]?.details?.items ?? []) as Item[];
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
/**
 * A request's name in the facts: without its query (cache-busters, tracking ids name one request, not what the page is
 * made of), and as a path when it is the page's own origin, so the base on another port (same-runner) or another
 * preview host compares by what it serves.
 */
export function requestName(url: string, pageUrl?: string): string {
  const bare = url.replace(/[?#].*$/, '');
  if (!pageUrl) return bare;
  try {
    const u = new URL(bare);
    return u.origin === new URL(pageUrl).origin ? u.pathname : bare;
  } catch {
    return bare; // data:, blob: or no URL at all
  }
}

/** One event of Chrome's DevTools protocol log, as Lighthouse keeps it (artifacts.DevtoolsLog). */
export interface ProtocolEvent {
  method: string;
  params?: unknown;
}

interface RequestWillBeSent {
  request?: { url?: string };
  initiator?: { url?: string; stack?: CallStack };
}
interface CallStack {
  callFrames?: { url?: string }[];
  parent?: CallStack;
}

/**
 * What requested each request, from the navigation's protocol log: the document that parsed it, or the script on top
 * of the stack that fetched it (Lighthouse's network-requests audit does not say). URLs without their query.
 */
export function initiatorsOf(log: readonly ProtocolEvent[]): Record<string, string> {
  const out: Record<string, string> = {};
  const topScript = (stack: CallStack | undefined): string | undefined => {
    for (let s = stack; s; s = s.parent) for (const f of s.callFrames ?? []) if (f.url) return f.url;
    return undefined;
  };
  for (const e of log) {
    if (e.method !== 'Network.requestWillBeSent') continue;
    const p = e.params as RequestWillBeSent;
    const url = p.request?.url;
    const by = p.initiator?.url || topScript(p.initiator?.stack);
    if (url && by) out[url.replace(/[?#].*$/, '')] ??= by.replace(/[?#].*$/, '');
  }
  return out;
}

export function pageFactsOf(lhr: LhrLike, initiators: Readonly<Record<string, string>> = {}): PageFacts {
  const withoutQuery = (url: string) => requestName(url, lhr.finalDisplayedUrl);
  const opportunities = Object.entries(lhr.audits ?? {}).flatMap(([id, a]) => {
    const d = a?.details as { type?: string; overallSavingsMs?: number; overallSavingsBytes?: number } | undefined;
    if (d?.type !== 'opportunity') return [];
    const ms = num(d.overallSavingsMs);
    const bytes = num(d.overallSavingsBytes);
    return ms > 0 || bytes > 0 ? [{ id, ms, bytes }] : [];
  });
  return {
    requests: itemsOf(lhr, 'network-requests')
      .map((r) => {
        const by = initiators[str(r.url).replace(/[?#].*$/, '')];
        return { url: withoutQuery(str(r.url)), type: str(r.resourceType) || 'Other', bytes: num(r.transferSize), ...(by && { initiator: withoutQuery(by) }) };
      })
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, maxRequests),
    scripts: itemsOf(lhr, 'bootup-time').map((s) => ({ url: withoutQuery(str(s.url)), ms: num(s.total) })),
    longTasks: itemsOf(lhr, 'long-tasks').map((t) => ({ url: withoutQuery(str(t.url)), ms: num(t.duration) })),
    opportunities,
  };
}

/** Each page's facts for the report's baseline: null where the base kept none (an older perf-gate's report). */
export function basePageFacts(targets: readonly TargetResult[], names: ReadonlySet<string>): { pageFacts?: Record<string, PageFacts | null> } {
  const facts = Object.fromEntries(
    targets.flatMap((t) => (t.kind === 'page' && names.has(t.name) && t.status === 'ok' ? [[t.name, t.page?.facts ?? null]] : [])),
  );
  return Object.keys(facts).length > 0 ? { pageFacts: facts } : {};
}

export interface PageChanges {
  added: { url: string; type: string; bytes: number; initiator?: string }[];
  removed: { url: string; type: string; bytes: number }[];
  grown: { url: string; type: string; base: number; head: number }[];
  scripts: { url: string; base: number; head: number }[];
  longTasks: { url: string; ms: number }[];
  opportunities: { id: string; base: number; head: number }[];
}

/** Changes large enough to name: 10 KB of bytes, 50 ms of script time (a long task is 50 ms by definition). */
const minBytes = 10 * 1024;
const minMs = 50;

export function pageChanges(base: PageFacts, head: PageFacts): PageChanges {
  const bytesBy = (f: PageFacts) => {
    const m = new Map<string, { type: string; bytes: number; initiator?: string }>();
    for (const r of f.requests) m.set(r.url, { type: r.type, bytes: (m.get(r.url)?.bytes ?? 0) + r.bytes, ...(r.initiator && { initiator: r.initiator }) });
    return m;
  };
  const b = bytesBy(base);
  const h = bytesBy(head);
  const msBy = (xs: { url: string; ms: number }[]) => xs.reduce((m, x) => m.set(x.url, (m.get(x.url) ?? 0) + x.ms), new Map<string, number>());
  const bs = msBy(base.scripts);
  const baseTasks = msBy(base.longTasks);
  const bo = new Map(base.opportunities.map((o) => [o.id, o.ms]));
  const byBytes = <T extends { bytes: number }>(xs: T[]) => xs.sort((x, y) => y.bytes - x.bytes);
  return {
    added: byBytes([...h].filter(([url]) => !b.has(url)).map(([url, r]) => ({ url, ...r }))),
    removed: byBytes([...b].filter(([url]) => !h.has(url)).map(([url, r]) => ({ url, ...r }))),
    grown: [...h]
      .flatMap(([url, r]) => {
        const was = b.get(url);
        return was && r.bytes - was.bytes >= minBytes ? [{ url, type: r.type, base: was.bytes, head: r.bytes }] : [];
      })
      .sort((x, y) => y.head - y.base - (x.head - x.base)),
    scripts: [...msBy(head.scripts)]
      .flatMap(([url, ms]) => (ms - (bs.get(url) ?? 0) >= minMs ? [{ url, base: bs.get(url) ?? 0, head: ms }] : []))
      .sort((x, y) => y.head - y.base - (x.head - x.base)),
    longTasks: [...msBy(head.longTasks)].flatMap(([url, ms]) => (ms - (baseTasks.get(url) ?? 0) >= minMs ? [{ url, ms }] : [])).sort((x, y) => y.ms - x.ms),
    opportunities: head.opportunities
      .flatMap((o) => (o.ms - (bo.get(o.id) ?? 0) >= minMs ? [{ id: o.id, base: bo.get(o.id) ?? 0, head: o.ms }] : []))
      .sort((x, y) => y.head - y.base - (x.head - x.base)),
  };
}

/** The page's why: what was added or grew most first, at most six lines. */
export function pageWhyLines(c: PageChanges): string[] {
  const lines = [
    ...c.added
      .filter((r) => r.bytes >= minBytes)
      .map((r) => `${codeSpan(r.url)} (${r.type}) added: ${formatValue(r.bytes, 'bytes')}${r.initiator ? `, requested by ${codeSpan(r.initiator)}` : ''}`),
    ...c.grown.map((r) => `${codeSpan(r.url)} (${r.type}) grew ${formatValue(r.base, 'bytes')} → ${formatValue(r.head, 'bytes')}`),
    ...c.scripts.map((s) => `${codeSpan(s.url)} runs ${signed(s.head - s.base, 'ms')} on the main thread`),
    ...c.longTasks.map((t) => `a long task of ${formatValue(t.ms, 'ms')} from ${codeSpan(t.url)}`),
    ...c.opportunities.map((o) => `${codeSpan(o.id)} could save ${formatValue(o.head, 'ms')} (was ${formatValue(o.base, 'ms')})`),
  ];
  return lines.slice(0, 6);
}
