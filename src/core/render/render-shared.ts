// What the markdown and terminal renderings say alike: the verdict line and the endpoint columns.
import { escapeMarkdown as esc } from './markdown-escape.js';
import { comparisonVerdicts, type ComparisonVerdict } from '../report/report.js';
import { exactMetric, findMetric, metricDef } from '../budget/metric-catalog.js';
import type { BaselineInfo, CheckResult, ComparisonRow, Confirmation, ErrorKind, Report, SamplingRecord, TargetResult } from '../report/report.js';
import { failedChecks, warnings } from '../verdict/outcome.js';
import { baseWorkOf, workCause, type WorkCause } from '../work/work-diff.js';
import { minNoiseRuns } from '../verdict/run-noise.js';
import { busyText, driftNote, driftText } from '../verdict/runner-speed.js';
import { formatValue, signed, signedPct, plural } from '../units.js';
import { clientFloorDefaults } from '../budget/defaults.js';

export function verdictLine(report: Report): string {
  const failed = failedChecks(report.checks).length;
  const total = report.checks.length;
  const rel = comparisonCounts(report.comparisons);
  const warned = warnings(report);
  const w = warned.checks.length + warned.regressions.length;
  const tail = `${w > 0 ? ` (${plural(w, 'warning')})` : ''}${rel ? `; ${rel}` : ''}`;
  if (report.verdict === 'error') return `could not complete: ${plural(report.errors.length, 'error')}, ${failed} of ${total} budgets failed${tail}`;
  if (failed > 0) return `${failed} of ${plural(total, 'budget')} failed${tail}`;
  return `all ${plural(total, 'budget')} met${tail}`;
}

/** "2 regressed, 1 unsure, 11 unchanged": the counts the comparison rows show, none left out. */
function comparisonCounts(rows: readonly ComparisonRow[]): string {
  const accepted = rows.filter((r) => r.accepted).length;
  return comparisonVerdicts
    .map((v) => [v, rows.filter((r) => r.verdict === v && !r.accepted).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${v}`)
    .concat(accepted > 0 ? [`${accepted} regressed and accepted`] : [])
    .join(', ');
}

/** A row's mark: an accepted regression is a warning, not a failure. */
export const rowSymbol = (r: Pick<ComparisonRow, 'verdict' | 'accepted'>): string => (r.accepted ? '⚠️' : comparisonSymbol[r.verdict]);

/** "ECONNRESET × 120, request timed out × 3 (+2 more kinds)": the commonest kinds of a target's failed requests. Unescaped. */
export function errorKindsText(kinds: readonly ErrorKind[], top = 3): string {
  const shown = kinds.slice(0, top).map((k) => `${k.kind} × ${k.count}`);
  const more = kinds.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` (+${plural(more, 'more kind')})` : ''}`;
}

export const comparisonSymbol: Record<ComparisonVerdict, string> = { regressed: '❌', unsure: '❔', unchanged: '➖', improved: '✅' };

/** The rule as written, "(warn)" kept. */
export const ruleText = (r: Pick<ComparisonRow, 'rule' | 'level'>): string => (r.level === 'warn' ? `${r.rule} (warn)` : r.rule);

/** Cells of a comparison row: allowed, base, head, Δ, Δ %, interval, verdict. */
export function comparisonCells(r: ComparisonRow): string[] {
  const unit = metricDef(r.kind, r.metric).unit;
  const interval = r.interval ? `${signed(r.interval[0], unit)} … ${signed(r.interval[1], unit)} (${(r.confidence * 100).toFixed(1)}%)` : '–';
  const advice = r.undecidable
    ? ` (${r.undecidable.replace(/^[^:]*: /, '')})`
    : r.drift
      ? ` (${driftNote(r.drift)})`
      : r.verdict === 'unsure' && r.samplesNeeded
        ? ` (≈${r.samplesNeeded} samples a side would settle it)`
        : '';
  const gate = r.gating ? '' : ` (not gating: ${r.reasons.join('; ')})`;
  return [
    ruleText(r),
    formatValue(r.baseMean, unit),
    formatValue(r.headMean, unit),
    r.delta === null ? '–' : signed(r.delta, unit),
    r.deltaPercent === null ? '–' : signedPct(r.deltaPercent),
    interval,
    `${r.accepted ? 'accepted: regressed' : r.verdict}${advice}${r.note ? ` (${r.note})` : ''}${gate}${r.stored ? ` (confirmed; stored baseline: ${r.stored.verdict})` : ''}`,
  ];
}

/** Where the baseline came from, or why there was none. */
function confirmationText(c: Confirmation | undefined): string {
  if (!c || c.status === 'not needed') return '';
  if (c.status === 'not possible') return ` Not confirmed on this runner (${c.reason ?? 'no reason given'}): the stored-baseline verdicts stand.`;
  const notes = c.notes?.length ? ` Not read beside the base (those rows keep the stored verdict): ${c.notes.join('; ')}.` : '';
  return ` What it judged regressed or unsure was measured again beside ${c.source ?? 'the base'} on this runner, interleaved; those rows show the confirmed verdict. Samples a side: ${samplingText(c.sampling ?? [])}.${notes}`;
}

// "items 16 (settled, 4 app starts), home 6 (max samples)"
function samplingText(records: readonly SamplingRecord[]): string {
  const starts = (n: number | undefined) => (n && n > 1 ? `, ${n} app starts` : '');
  return records.map((s) => `${s.target} ${s.samples} (${s.stop}${starts(s.appStarts?.length)})`).join(', ') || 'none';
}

export function baselineLine(report: Report): string | undefined {
  const b = report.baseline;
  if (!b) return undefined;
  if (b.status === 'missing') return `No baseline: ${b.reason ?? 'none found'}. Absolute budgets still apply.`;
  const age = b.createdAt ? ageText(Date.parse(report.startedAt) - Date.parse(b.createdAt)) : undefined;
  if (b.sameRunner) {
    return `Baseline: ${b.source ?? 'same runner'}, measured interleaved with this run on the same runner. Samples a side: ${samplingText(b.sameRunner.sampling)}.`;
  }
  const what = [b.sha?.slice(0, 7), b.ref].filter(Boolean).join(' ') || 'an earlier run';
  return `Baseline: ${what}${age ? `, ${age} old` : ''}${b.source ? ` (${b.source})` : ''}.${speedText(b)}${confirmationText(b.confirmation)}`;
}

// " This runner was ×2.1 slower than when it was stored (…)": the timing rows that its speed could explain are unsure.
function speedText(b: BaselineInfo): string {
  const d = b.runnerSpeed;
  if (!d) return '';
  const rps = (v: number) => formatValue(v, 'rps');
  const busy = d.busy ? `; other processes took up to ${busyText(d.busy.head)} of its CPU between the targets, ${busyText(d.busy.stored)} then` : '';
  return ` This runner was ${driftText(d)} than when it was stored (a responder inside perf-gate, one connection: ${rps(d.headRps)} against ${rps(d.storedRps)}${busy}): a timing row whose verdict that could explain reads unsure.`;
}

/** Which run-to-run noise the intervals count, measured or assumed. */
export function noiseLine(report: Report): string | undefined {
  const rows = report.comparisons.filter((r) => r.runNoise);
  if (rows.length === 0) return undefined;
  const pct = (f: number) => `${(f * 100).toFixed(1)}%`;
  const measured = rows.filter((r) => r.runNoise?.source === 'history');
  const assumed = rows.filter((r) => r.runNoise?.source === 'assumed');
  const parts: string[] = [];
  if (measured.length > 0) {
    const runs = Math.max(...measured.map((r) => r.runNoise?.runs ?? 0));
    parts.push(`measured over ${runs} stored runs: ${measured.map((r) => `${r.target} ${r.metric} ${pct(r.runNoise!.fraction)}`).join(', ')}`);
  }
  if (assumed.length > 0) {
    const values = [...new Set(assumed.map((r) => pct(r.runNoise!.fraction)))].join('/');
    parts.push(
      `${values} assumed for ${measured.length ? `the other ${assumed.length}` : `all ${assumed.length}`} (fewer than ${minNoiseRuns} comparable stored runs; relative.runNoise)`,
    );
  }
  return `Run-to-run noise counted in the intervals: ${parts.join('; ')}.`;
}

function ageText(ms: number): string | undefined {
  if (!Number.isFinite(ms) || ms < 0) return undefined;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}

export const verdictSymbol = { pass: '✅', fail: '❌', error: '⚠️' } as const;

const outcomeOrder = { fail: 0, warn: 1, pass: 2 } as const;

/** Failed checks first, then warnings, then in budget order, so the reader sees what broke. */
export function orderedChecks(checks: readonly CheckResult[]): CheckResult[] {
  return [...checks].sort((a, b) => outcomeOrder[a.outcome] - outcomeOrder[b.outcome]);
}

export const checkSymbol = { pass: '✅', fail: '❌', warn: '⚠️' } as const;

export function budgetText(c: CheckResult): string {
  return `${c.op} ${formatValue(c.limit, c.unit)}${c.origin === 'default' ? ' (default)' : ''}${c.level === 'warn' ? ' (warn)' : ''}`;
}

const loadColumns = ['rps', 'p50', 'p90', 'p95', 'p99', 'error-rate'];
const costColumns = ['cpu-per-request', 'app-rss'];

/** The endpoint table's columns: the app's own cost only where it was measured (an app perf-gate started). */
export function endpointColumns(endpoints: readonly TargetResult[]): string[] {
  const cost = endpoints.some((t) => t.metrics['cpu-per-request'] || t.metrics['app-rss']) ? costColumns : [];
  const db = endpoints.some((t) => t.metrics['db-queries-per-request']) ? ['db-queries-per-request'] : [];
  // Each of the app's counters a request (not their times: the table stays narrow).
  const counters = [
    ...new Set(
      endpoints.flatMap((t) =>
        Object.keys(t.metrics).filter((id) => {
          const def = findMetric('endpoint', id);
          // A soak's or stage's own reading (`…@window-3`) stays in its phase's table, not one column per phase.
          return def?.counter !== undefined && def.phase === undefined && !id.endsWith('-ms-per-request');
        }),
      ),
    ),
  ];
  return [...loadColumns, ...cost, ...db, ...counters];
}

/**
 * Verdict rows of exact counts that read 0 on both sides and are unchanged (a model call behind a warm cache, on
 * every endpoint): folded into one line so the rows that say something are not lost among them.
 */
export function foldZeroRows(rows: readonly ComparisonRow[]): { shown: ComparisonRow[]; folded?: string } {
  const isZero = (r: ComparisonRow) => r.verdict === 'unchanged' && r.baseMean === 0 && r.headMean === 0 && exactMetric(r.kind, r.metric);
  const zeros = rows.filter(isZero);
  if (zeros.length < 2) return { shown: [...rows] };
  const names = [...new Set(zeros.map((r) => findMetric(r.kind, r.metric)?.counter ?? r.metric.replace(/-per-request$/, '')))];
  const targets = new Set(zeros.map((r) => r.target));
  const where = targets.size === 1 ? [...targets][0] : plural(targets.size, zeros.every((r) => r.kind === 'endpoint') ? 'endpoint' : 'target');
  return { shown: rows.filter((r) => !isZero(r)), folded: `unchanged at 0: ${names.join(', ')} on ${where}` };
}

/** A column's heading: per-request counts as `queries/req`, `model-calls/req`; other metrics by their id. */
export function columnLabel(id: string): string {
  if (id === 'db-queries-per-request') return 'queries/req';
  const counter = findMetric('endpoint', id)?.counter;
  return counter !== undefined && !id.endsWith('-ms-per-request') ? `${counter}/req` : id;
}

export function endpointCells(t: TargetResult, columns: readonly string[]): string[] {
  if (t.status === 'error') return columns.map(() => '–');
  return columns.map((id) => formatValue(t.metrics[id]?.value, metricDef('endpoint', id).unit));
}

const basePageColumns = ['performance', 'lcp', 'fcp', 'tbt', 'cls', 'total-bytes', 'requests'] as const;

/** The page table's columns: INP too when a page is a flow that measured it. */
export function pageColumnsOf(pages: readonly TargetResult[]): string[] {
  return pages.some((t) => typeof t.metrics.inp?.value === 'number') ? [...basePageColumns, 'inp'] : [...basePageColumns];
}

/** Each endpoint's failed requests by kind, the commonest three: one line each, unescaped. */
export function errorNotes(endpoints: readonly TargetResult[]): string[] {
  return endpoints.flatMap((t) => {
    const d = t.endpoint;
    const failed = d?.errorKinds.reduce((n, k) => n + k.count, 0) ?? 0;
    if (!d || failed === 0) return [];
    const waiting = d.inFlight && (t.metrics.timeouts?.value ?? 0) > 0 ? `; ${d.inFlight} still waiting when the load stopped` : '';
    // A rate limiter answers the load, not the code under test.
    const limited = d.statusCodes['429'] ?? 0;
    const hint = limited > 0 ? `; ${limited} answered 429 Too Many Requests: the app limits the rate; raise its limit for the test or lower load.rate` : '';
    return [`${t.name}: ${failed} failed: ${errorKindsText(d.errorKinds)}${waiting}${hint}`];
  });
}

/** Endpoints whose server closed connections after answering (it changes what their latencies mean). */
export function connectionNotes(endpoints: readonly TargetResult[]): string[] {
  return endpoints.flatMap((t) => {
    const closes = t.endpoint?.serverCloses;
    if (!closes?.closes || closes.responses === 0) return [];
    const every = Math.max(1, Math.round(closes.responses / closes.closes));
    return [
      `${t.name}: the server closed the connection after ${every === 1 ? 'every response' : `1 in ${every} responses`} (Connection: close), so those latencies include opening a new connection, which a client keeping connections open would not pay`,
    ];
  });
}

/** What app-rss means in this report, once: memory is not restarted between endpoints unless app.restart says so. */
export function memoryNote(endpoints: readonly TargetResult[]): string[] {
  const kinds = new Set(endpoints.map((t) => t.endpoint?.memory).filter((m) => m !== undefined));
  if (kinds.has('own growth'))
    return [
      "app-rss: the app's memory when it was ready plus what grew under each endpoint's own load (memory an earlier endpoint grew is not counted; app.restart: per-target starts the app afresh instead)",
    ];
  if (kinds.has('fresh app')) return ['app-rss: the app was started afresh before each endpoint (app.restart: per-target)'];
  return [];
}

/** Endpoints whose p95 is near the load generator's own (environment.clientFloor): there a difference says little of the app. */
export function floorNotes(report: Pick<Report, 'environment' | 'targets'>): string[] {
  const floor = report.environment.clientFloor;
  if (!floor) return [];
  const near = clientFloorDefaults.within * floor.p95Ms;
  return report.targets.flatMap((t) => {
    const p95 = t.metrics.p95?.value;
    if (t.kind !== 'endpoint' || t.status !== 'ok' || typeof p95 !== 'number' || p95 > near) return [];
    return [
      `${t.name}: p95 ${formatValue(p95, 'ms')} is within ${clientFloorDefaults.within}× the load generator's own (p95 ${formatValue(floor.p95Ms, 'ms')} against a responder inside perf-gate): at this size a difference is the client's as much as the app's`,
    ];
  });
}

/** What filled each varied endpoint's placeholders: one line each. */
export const varsNotes = (endpoints: readonly TargetResult[]): string[] =>
  endpoints.flatMap((t) => (t.endpoint?.vars?.length ? [`${t.name}: requests varied by ${t.endpoint.vars.join(', ')}`] : []));

/** A mix's kinds of request under its row, `› item (61%)`, or a journey's steps, `› 2 list`, with each one's own
 * figures where it has them. */
export function mixRows(t: TargetResult, columns: readonly string[]): { label: string; cells: string[] }[] {
  const kinds = t.endpoint?.mix ?? t.endpoint?.journey?.steps;
  if (!kinds || t.status === 'error') return [];
  const sent = kinds.reduce((n, k) => n + k.sent, 0);
  const journey = t.endpoint?.journey !== undefined;
  return kinds.map((k, i) => ({
    label: journey ? `› ${i + 1} ${k.name}` : `› ${k.name} (${sent > 0 ? Math.round((k.sent / sent) * 100) : 0}%)`,
    cells: columns.map((id) => {
      const m = t.metrics[`${id}@${k.name}`];
      return m ? formatValue(m.value, m.unit) : '';
    }),
  }));
}

/** Each mix's kinds of request, one line each: the request, its weight against its share of what was sent, its vars and failures. */
export const mixNotes = (endpoints: readonly TargetResult[]): string[] =>
  endpoints.flatMap((t) => {
    const mix = t.endpoint?.mix ?? [];
    const sent = mix.reduce((n, k) => n + k.sent, 0);
    const weights = mix.reduce((n, k) => n + k.weight, 0);
    return mix.map((k) => {
      const share = sent > 0 ? `${formatValue((k.sent / sent) * 100, 'percent')} of ${sent.toLocaleString('en')} sent` : 'none sent';
      const failed = k.errorKinds?.length ? `; failed: ${errorKindsText(k.errorKinds)}` : '';
      const path = k.url.replace(/^[a-z]+:\/\/[^/]+/i, '');
      return `${t.name} › ${k.name}: ${k.method} ${path}, weight ${k.weight} (${formatValue((k.weight / weights) * 100, 'percent')}): ${share}${k.vars?.length ? `; varied by ${k.vars.join(', ')}` : ''}${failed}`;
    });
  });

/** Each journey: its own figures in a line, then a line a step (its request, what it captures, its pause, how it failed). */
export const journeyNotes = (endpoints: readonly TargetResult[]): string[] =>
  endpoints.flatMap((t) => {
    const journey = t.endpoint?.journey;
    if (!journey) return [];
    const m = (id: string) => t.metrics[id];
    const failed = m('journey-errors')?.value ? ` · ${formatValue(m('journey-error-rate')?.value, 'percent')} of journeys failed` : '';
    const head = `${t.name}: ${formatValue(m('journey-rate')?.value, 'jps')} · ${formatValue(m('journeys')?.value, 'count')} journeys · journey p50 ${formatValue(m('journey-p50')?.value, 'ms')}, p95 ${formatValue(m('journey-p95')?.value, 'ms')} (its steps' latencies)${failed}`;
    const steps = journey.steps.map((k, i) => {
      const path = k.url.replace(/^[a-z]+:\/\/[^/]+/i, '');
      const parts = [
        `${k.method} ${path}`,
        ...(k.vars?.length ? [`varied by ${k.vars.join(', ')}`] : []),
        ...(k.captures?.length ? [`captures ${k.captures.join(', ')}`] : []),
        ...(k.thinkMs ? [`then ${formatValue(k.thinkMs, 'ms')} of think time`] : []),
        ...(k.errorKinds?.length ? [`failed: ${errorKindsText(k.errorKinds)}`] : []),
      ];
      return `${t.name} › ${i + 1} ${k.name}: ${parts.join('; ')}`;
    });
    return [head, ...steps, ...(journey.notes ?? []).map((n) => `${t.name}: ${n}`)];
  });

/** What filled each endpoint's requests, what went wrong on it, how its server treated connections, and what app-rss means. */
export const endpointNotes = (endpoints: readonly TargetResult[]): string[] => [
  ...varsNotes(endpoints),
  ...mixNotes(endpoints),
  ...journeyNotes(endpoints),
  ...errorNotes(endpoints),
  ...connectionNotes(endpoints),
  ...memoryNote(endpoints),
];

const dominant = (encodings: Record<string, number>): string | undefined => Object.entries(encodings).sort((a, b) => b[1] - a[1])[0]?.[0];

/** The encodings the app answered with when the requests asked for compression: "orders: answered gzip (100% of
 * responses)"; with `changesOnly`, only the endpoints whose commonest encoding is not the base's. */
export function encodingNotes(report: Report, changesOnly = false): string[] {
  return report.targets.flatMap((t) => {
    const encodings = t.endpoint?.encodings;
    if (t.kind !== 'endpoint' || !encodings) return [];
    const total = Object.values(encodings).reduce((a, n) => a + n, 0);
    if (total === 0) return [];
    const base = baseWorkOf(report, t.name)?.encodings;
    const [now, before] = [dominant(encodings), base && dominant(base)];
    if (before !== undefined && now !== before) return [`${t.name}: answered ${now} where the base answered ${before}`];
    if (changesOnly) return [];
    const shares = Object.entries(encodings)
      .sort((a, b) => b[1] - a[1])
      .map(([e, n]) => `${e} (${Math.round((n / total) * 100)}% of responses)`);
    return [`${t.name}: answered ${shares.join(', ')}`];
  });
}

/** Pages whose runs ended somewhere other than the URL requested (a redirect, a login page): one line each. */
export function endedElsewhere(pages: readonly TargetResult[]): string[] {
  return pages.flatMap((t) => {
    const ends = [...new Set((t.page?.runs ?? []).filter((r) => r.ok && r.finalUrl !== undefined && r.finalUrl !== t.url).map((r) => r.finalUrl))];
    return ends.length ? [`${t.name}: requested ${t.url}, ended on ${ends.join(', ')}`] : [];
  });
}

export function pageCells(t: TargetResult, columns: readonly string[]): string[] {
  if (t.status === 'error') return columns.map(() => '–');
  return columns.map((id) => formatValue(t.metrics[id]?.value, metricDef('page', id).unit));
}

/** Why a target's sampling within a range stopped: " (clear)", " (max samples: near p95 < 25ms)"; nothing for a fixed count. */
function samplingNote(t: TargetResult): string {
  const s = t.sampling;
  if (!s || s.min === s.max) return '';
  return ` (${s.stop}${s.near?.length ? `: near ${s.near.join(', ')}` : ''})`;
}

/** Bursts taken: "10", or "4 (clear)" when the samples were a range. */
export function endpointSamplesText(t: TargetResult): string {
  return `${t.endpoint?.bursts.length ?? 0}${samplingNote(t)}`;
}

/** "3/3", "2 (clear)" when the runs were a range, with "1 retry" when runs were attempted again. */
export function pageRunsText(t: TargetResult): string {
  const runs = t.page?.runs ?? [];
  const ok = runs.filter((r) => r.ok).length;
  const retries = runs.filter((r) => r.attempt > 1).length;
  const note = samplingNote(t);
  const retried = retries ? `${retries} retr${retries === 1 ? 'y' : 'ies'}` : '';
  if (note) return `${ok}${retried ? `${note.slice(0, -1)}; ${retried})` : note}`;
  return `${ok}/${t.page?.runsPlanned ?? 0}${retried ? ` (${retried})` : ''}`;
}

/** A shard's part, or the shards a merged report came from; undefined for a run of the whole budget. */
export function shardLine(report: Report): string | undefined {
  if (report.shard) {
    const { index, total, split } = report.shard;
    const mine = split.filter((t) => t.shard === index).map((t) => t.name);
    return `Shard ${index}/${total}: ${mine.length ? mine.join(', ') : 'no targets'} (${mine.length} of the budget's ${split.length} targets); the merge job reports the whole.`;
  }
  if (!report.shards) return undefined;
  const parts = report.shards.map(
    (s) => `${s.index}/${s.total}${s.status === 'merged' ? '' : ` ${s.status.toUpperCase()}`} (${s.targets.join(', ') || 'no targets'})`,
  );
  return `Merged from ${plural(report.shards.length, 'shard')}: ${parts.join(' · ')}.`;
}

/** Where the traffic went, when not only to this machine (app.remote), and certificates not checked (app.tls); undefined otherwise. */
export function trafficLine(report: Report): string | undefined {
  const { traffic: t, tls } = report.environment;
  const lines = [
    ...(t?.remote ? [`Traffic went to ${t.hosts.join(', ')} (app.remote), not only to this machine.`] : []),
    ...(tls === 'insecure' ? ['TLS certificates were not checked (app.tls.insecure).'] : []),
  ];
  return lines.length ? lines.join(' ') : undefined;
}

export function fingerprintLine(report: Report): string {
  const e = report.environment;
  const sha = e.git?.sha ? ` · ${e.git.sha.slice(0, 7)}` : '';
  const browser = e.browser
    ? ` · Lighthouse ${e.browser.lighthouse}${e.browser.benchmarkIndex === null ? '' : ` (benchmark index ${Math.round(e.browser.benchmarkIndex)})`}`
    : '';
  return `perf-gate ${e.perfGate} · Node ${e.node} · ${e.os.platform} ${e.os.arch} · ${e.cores} × ${e.cpuModel}${browser}${sha}`;
}

/** A statement in a markdown code span (backticks inside it would end the span). */
export const codeSpan = (text: string): string => `\`${text.replace(/`/g, "'")}\``;

/** What grew behind a per-request row, in markdown: the statement or the host called in code spans, or the counter. */
export function causeSubject(cause: WorkCause): string {
  if (cause.statement) return codeSpan(cause.statement);
  if (cause.call) return `${codeSpan(cause.call.host)}${cause.call.request ? ` (${esc(cause.call.request)})` : ''}`;
  return esc(cause.counter ?? cause.what ?? '');
}

/** The causes of the regressed per-request rows, one line each: the statement or counter that grew most. */
export function workCauses(report: Report, rows: readonly ComparisonRow[]): { row: ComparisonRow; cause: WorkCause }[] {
  return rows.flatMap((row) => {
    const cause = workCause(
      row,
      report.targets.find((t) => t.kind === row.kind && t.name === row.target),
      baseWorkOf(report, row.target),
    );
    return cause ? [{ row, cause }] : [];
  });
}
