// report.html: the report as one self-contained page (no script, no network: a content policy forbids both) with
// charts: per endpoint its latency percentiles on a log axis, base and head overlaid with the budget, and its load
// second by second; per page each run's metrics with the median marked and a link to its Lighthouse report; every
// verdict's interval against its allowed change; each target's trend over the base branch's stored runs.
import { diagnosisHtml, pageWhyHtml } from './render-diagnosis.js';
import { comparisonVerdicts } from '../report/report.js';
import { baseWorkOf, commandChanges, isNewStatement, outboundChanges, shortStatement, statementChanges } from '../work/work-diff.js';
import { latencyPercentiles, metricDef } from '../budget/metric-catalog.js';
import {
  baselineLine,
  budgetText,
  connectionNotes,
  encodingNotes,
  errorNotes,
  varsNotes,
  mixNotes,
  journeyNotes,
  mixRows,
  floorNotes,
  fingerprintLine,
  noiseLine,
  ruleText,
  shardLine,
  trafficLine,
  verdictLine,
  orderedChecks,
  foldZeroRows,
} from './render-shared.js';
import { shapeLines } from './render-shapes.js';
import type { CheckResult, ComparisonRow, Report, TargetResult, Trend } from '../report/report.js';
import { escapeHtml as h, intervalBar, lineChart, linearTicks, logTicks, type Axis } from './svg-chart.js';
import { formatValue, signedPct, plural } from '../units.js';

const colors = { base: '#7f7f7f', head: '#4c78a8', p50: '#72b7b2', p95: '#4c78a8', p99: '#f58518', budget: '#e45756', rps: '#54a24b' };

const style = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; margin: 24px auto; max-width: 1100px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 8px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; } .note { color: #57606a; margin: 2px 0; } .error { color: #b42318; }
.statements code { font-size: 12px; } tr.grew td { background: #fff1f0; } tr.named td:first-child { font-weight: 600; }
table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: middle; }
td.num { text-align: right; font-variant-numeric: tabular-nums; } tr.median td { background: #fff8c5; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(536px, 100%), 1fr)); gap: 12px; } .charts svg.chart { width: 100%; height: auto; } .chart { background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
.chart .title { font-weight: 600; font-size: 13px; } .chart .tick { font-size: 11px; fill: #57606a; } .chart .axis { font-size: 12px; fill: #1f2328; }
.chart .plot { fill: #fafbfc; stroke: #d0d7de; } .chart .grid { stroke: #eaeef2; } .chart .rule { stroke-width: 1.5; }
.interval .beyond { fill: #fde2e1; } .interval .zero { stroke: #57606a; } .interval .allowed { stroke: #e45756; stroke-dasharray: 4 2; }
.empty { padding: 16px; background: #f6f8fa; border: 1px dashed #d0d7de; border-radius: 6px; }
svg.mark { vertical-align: -3px; } h1 svg.mark { vertical-align: -4px; }
`;

// Status marks drawn as inline SVG: emoji need an emoji font, which many machines (CI runners among them) lack.
type Mark = 'pass' | 'fail' | 'warn' | 'unsure' | 'unchanged';
const markShapes: Record<Mark, { color: string; path: string }> = {
  pass: {
    color: '#1a7f37',
    path: '<path d="M4.5 8.5l2.3 2.3 4.7-5" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>',
  },
  fail: { color: '#cf222e', path: '<path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>' },
  warn: {
    color: '#bf8700',
    path: '<path d="M8 4.2v4.6" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/><circle cx="8" cy="11.4" r="1.1" fill="#fff"/>',
  },
  unsure: {
    color: '#8250df',
    path: '<path d="M6 6.3a2 2 0 1 1 2.6 1.9c-.5.2-.6.5-.6 1v.4" fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/><circle cx="8" cy="11.6" r="1" fill="#fff"/>',
  },
  unchanged: { color: '#6e7781', path: '<path d="M5 8h6" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>' },
};
const markOf = {
  pass: 'pass',
  fail: 'fail',
  warn: 'warn',
  error: 'warn',
  regressed: 'fail',
  improved: 'pass',
  unsure: 'unsure',
  unchanged: 'unchanged',
} as const;

function mark(status: keyof typeof markOf, size = 16): string {
  const { color, path } = markShapes[markOf[status]];
  return `<svg class="mark" width="${size}" height="${size}" viewBox="0 0 16 16" role="img" aria-label="${status}"><title>${status}</title><circle cx="8" cy="8" r="8" fill="${color}"/>${path}</svg>`;
}

/** The report as a self-contained HTML page. */
export function renderHtml(report: Report): string {
  const endpoints = report.targets.filter((t) => t.kind === 'endpoint');
  const pages = report.targets.filter((t) => t.kind === 'page');
  const body = [
    headerSection(report),
    report.targets.length === 0 ? emptySection(report) : '',
    verdictsSection(report.comparisons),
    checksSection(report.checks),
    trendsSection(report.trends ?? []),
    endpoints.length ? `<h2>Endpoints</h2>${endpoints.map((t) => endpointSection(t, report)).join('')}` : '',
    pages.length ? `<h2>Pages</h2>${pages.map((t) => pageSection(t, report)).join('')}` : '',
    `<p class="note">${h(fingerprintLine(report))}</p>`,
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>perf-gate: ${h(report.verdict.toUpperCase())} — ${h(report.budgetFile)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function headerSection(report: Report): string {
  const notes = [trafficLine(report), shardLine(report), baselineLine(report), noiseLine(report)].filter((l): l is string => l !== undefined);
  return [
    `<h1 id="verdict" data-verdict="${report.verdict}">${mark(report.verdict, 22)} perf-gate: ${h(verdictLine(report))}</h1>`,
    `<p class="note">${h(report.budgetFile)} · ${h(report.startedAt)}</p>`,
    ...notes.map((n) => `<p class="note">${h(n)}</p>`),
    ...report.errors.map((e) => `<p class="error">Error: ${h(e)}</p>`),
  ].join('\n');
}

// A report with nothing measured still renders, and says why.
function emptySection(report: Report): string {
  const why = report.errors[0]
    ? `the run stopped before any target was measured: ${report.errors[0]}`
    : report.shard
      ? 'this shard had none of the budget’s targets'
      : 'the run measured no targets';
  return `<p class="empty" id="no-results">No results: ${h(why)}.</p>`;
}

function verdictsSection(rows: readonly ComparisonRow[]): string {
  if (rows.length === 0) return '';
  // What needs attention first: regressed, unsure, improved, unchanged.
  const { shown, folded } = foldZeroRows(rows);
  const sorted = shown.sort((a, b) => comparisonVerdicts.indexOf(a.verdict) - comparisonVerdicts.indexOf(b.verdict));
  const lines = sorted.map((r) => {
    const unit = metricDef(r.kind, r.metric).unit;
    const sign = metricDef(r.kind, r.metric).better === 'lower' ? 1 : -1;
    const base = r.baseMean !== null && r.baseMean !== 0 ? Math.abs(r.baseMean) : null;
    const pct = (v: number) => (base === null ? 0 : (v / base) * 100);
    let bar = '–';
    if (r.interval && r.allowed !== null && base !== null) {
      // Oriented so that worse is to the right for every metric.
      const [a, b] = r.interval.map((v) => sign * pct(v)) as [number, number];
      const color = r.verdict === 'regressed' ? '#e45756' : r.verdict === 'unsure' ? '#f58518' : r.verdict === 'improved' ? '#54a24b' : '#7f7f7f';
      bar = intervalBar({ low: Math.min(a, b), high: Math.max(a, b), estimate: sign * pct(r.delta ?? 0), allowed: pct(r.allowed), color });
    }
    return `<tr data-verdict="${r.verdict}"><td>${mark(r.verdict)} ${h(r.verdict)}${r.gating ? '' : ' (not gating)'}</td><td>${h(r.target)}</td><td>${h(r.metric)}</td><td>${h(ruleText(r))}</td><td class="num">${h(formatValue(r.baseMean, unit))}</td><td class="num">${h(formatValue(r.headMean, unit))}</td><td class="num">${r.deltaPercent === null ? '–' : h(signedPct(r.deltaPercent))}</td><td>${bar}</td></tr>`;
  });
  return `<h2>Against the baseline</h2>
<p class="note">Each bar is the interval of how much worse head is than base, in percent of base (right is worse for every metric); the dashed red line is the allowed change, the shaded band beyond it a regression.</p>
<table id="verdicts"><tr><th>Verdict</th><th>Target</th><th>Metric</th><th>Allowed</th><th>Base</th><th>Head</th><th>Δ</th><th>Interval of the change vs allowed</th></tr>
${lines.join('\n')}</table>${folded ? `\n<p class="note" id="folded">${mark('unchanged')} ${h(folded)}</p>` : ''}`;
}

function checksSection(checks: readonly CheckResult[]): string {
  if (checks.length === 0) return '';
  const lines = orderedChecks(checks).map(
    (c) =>
      `<tr data-outcome="${c.outcome}"><td>${mark(c.outcome)}</td><td>${h(c.target)}</td><td>${h(c.metric)}</td><td>${h(budgetText(c))}</td><td class="num">${h(formatValue(c.actual, c.unit))}</td></tr>`,
  );
  return `<h2>Budgets</h2><table id="checks"><tr><th></th><th>Target</th><th>Metric</th><th>Budget</th><th>Actual</th></tr>\n${lines.join('\n')}</table>`;
}

function trendsSection(trends: readonly Trend[]): string {
  if (trends.length === 0) return '';
  const charts = trends.map((t) => {
    const values = t.points.map((p) => p.value);
    const y = valueAxis(Math.min(...values), Math.max(...values), t.metric, t.unit);
    const x: Axis = {
      scale: 'linear',
      min: 0,
      max: Math.max(1, t.points.length - 1),
      ticks: t.points.map((p, i) => ({ value: i, label: p.current ? 'this run' : (p.sha?.slice(0, 7) ?? p.at.slice(5, 10)) })),
      label: 'stored runs of the base, oldest first',
    };
    return lineChart({
      title: `${t.target}: ${t.metric}`,
      x,
      y,
      width: 520,
      height: 240,
      series: [{ name: t.metric, color: colors.head, points: t.points.map((p, i): [number, number] => [i, p.value]) }],
    });
  });
  return `<h2>Trends</h2><div class="charts" id="trends">${charts.join('')}</div>`;
}

function valueAxis(lo: number, hi: number, metric: string, unit: Parameters<typeof formatValue>[1], fromZero = true): Axis {
  const min = fromZero ? Math.min(0, lo) : lo;
  const max = hi > min ? hi * 1.1 : min + 1;
  return { scale: 'linear', min, max, ticks: linearTicks(min, max, 5, (v) => formatValue(v, unit)), label: `${metric} (${unit})` };
}

// -log10(1 − p): p50, p90, p99 and p99.9 evenly apart, as latency plots of HdrHistogram draw them.
const percentileX = (p: number) => -Math.log10(1 - p / 100);

function endpointSection(t: TargetResult, report: Report): string {
  const parts = [
    `<h3 id="endpoint-${h(t.name)}">${h(t.name)}</h3>`,
    `<p class="note">${h(t.endpoint?.mix ? `a mix of ${t.endpoint.mix.length} kinds of request on ${t.url}` : t.endpoint?.journey ? `a journey of ${t.endpoint.journey.steps.length} steps on ${t.url}` : `${t.endpoint?.method ?? 'GET'} ${t.url}`)}${t.error ? ` · <span class="error">${h(t.error)}</span>` : ''}</p>`,
    mixTable(t),
  ];
  for (const line of [
    ...shapeLines([t]),
    ...varsNotes([t]),
    ...mixNotes([t]),
    ...journeyNotes([t]),
    ...floorNotes({ environment: report.environment, targets: [t] }),
    ...encodingNotes({ ...report, targets: [t] }),
  ])
    parts.push(`<p class="note">${h(line)}</p>`);
  for (const line of errorNotes([t])) parts.push(`<p class="note error">${h(line)}</p>`);
  for (const line of connectionNotes([t])) parts.push(`<p class="note">${h(line)}</p>`);
  if (t.endpoint?.inFlight) parts.push(`<p class="note">${plural(t.endpoint.inFlight, 'request')} in flight when the load stopped</p>`);
  const charts = [...percentileChart(t, report), ...timeCharts(t)];
  if (charts.length > 0) parts.push(`<div class="charts">${charts.join('')}</div>`);
  parts.push(workTables(t, report));
  parts.push(diagnosisHtml(report, t.name));
  return `<section class="endpoint" data-target="${h(t.name)}">${parts.join('\n')}</section>`;
}

// A mix's kinds of request with their own latency, rate and errors.
function mixTable(t: TargetResult): string {
  const columns = ['rps', 'p50', 'p95', 'p99', 'error-rate'];
  const rows = mixRows(t, columns);
  if (rows.length === 0) return '';
  const head = `<tr><th>request</th>${columns.map((c) => `<th>${h(c)}</th>`).join('')}</tr>`;
  return `<table class="mix">${head}${rows.map((r) => `<tr><td>${h(r.label)}</td>${r.cells.map((c) => `<td class="num">${h(c)}</td>`).join('')}</tr>`).join('')}</table>`;
}

// Latency by percentile, head over base, with the budgets on latency percentiles as rules.
function percentileChart(t: TargetResult, report: Report): string[] {
  const points = (values: Record<string, number | null | undefined>) =>
    latencyPercentiles.flatMap((p): [number, number][] => {
      const v = values[`p${p}`];
      return typeof v === 'number' && v > 0 ? [[percentileX(p), v]] : [];
    });
  const head = points(Object.fromEntries(Object.entries(t.metrics).map(([k, m]) => [k, m.value])));
  if (head.length === 0) return [];
  const base = points(report.baseline?.values?.[t.name] ?? {});
  const budgets = report.checks.filter((c) => c.target === t.name && /^p\d/.test(c.metric) && (c.op === '<' || c.op === '<='));
  const all = [...head, ...base].map(([, v]) => v).concat(budgets.map((b) => b.limit));
  // Latency from p50 to p99.9, and a budget far above it, span decades: a log axis keeps each readable.
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const y: Axis =
    hi / lo > 20
      ? { scale: 'log', min: lo / 1.2, max: hi * 1.2, ticks: logTicks(lo / 1.2, hi * 1.2, (v) => formatValue(v, 'ms')), label: 'latency (ms, log scale)' }
      : valueAxis(0, hi, 'latency', 'ms');
  return [
    lineChart({
      title: `${t.name}: latency by percentile`,
      x: {
        scale: 'linear',
        min: percentileX(latencyPercentiles[0]),
        max: percentileX(latencyPercentiles.at(-1) ?? 99.9),
        ticks: latencyPercentiles.map((p) => ({ value: percentileX(p), label: `p${p}` })),
        label: 'percentile (log scale of 1 − p)',
      },
      y,
      series: [...(base.length ? [{ name: 'base', color: colors.base, points: base, dashed: true }] : []), { name: 'head', color: colors.head, points: head }],
      rules: budgets.map((b) => ({ y: b.limit, label: `budget ${b.metric} ${b.op} ${formatValue(b.limit, b.unit)}`, color: colors.budget })),
    }),
  ];
}

// Latency and answered requests second by second; without a series, p95 burst by burst.
function timeCharts(t: TargetResult): string[] {
  const series = t.endpoint?.series ?? [];
  if (series.length <= 1) return burstChart(t);
  const lat = (key: 'p50' | 'p95' | 'p99') => series.flatMap((s): [number, number][] => (s[key] === null ? [] : [[s.t, s[key] as number]]));
  const latencies = [...lat('p50'), ...lat('p95'), ...lat('p99')].map(([, v]) => v);
  const x: Axis = {
    scale: 'linear',
    min: 0,
    max: series.at(-1)!.t,
    ticks: linearTicks(0, series.at(-1)!.t, 6, (v) => `${v} s`),
    label: 'seconds since the load began (warm-up included)',
  };
  const charts: string[] = [];
  if (latencies.length > 0) {
    charts.push(
      lineChart({
        title: `${t.name}: latency second by second`,
        x,
        y: valueAxis(0, Math.max(...latencies), 'latency', 'ms'),
        series: [
          { name: 'p50', color: colors.p50, points: lat('p50') },
          { name: 'p95', color: colors.p95, points: lat('p95') },
          { name: 'p99', color: colors.p99, points: lat('p99') },
        ],
      }),
    );
  }
  charts.push(
    lineChart({
      title: `${t.name}: answered requests a second`,
      x,
      y: valueAxis(0, Math.max(...series.map((s) => s.rps)), 'rps', 'rps'),
      series: [{ name: 'rps', color: colors.rps, points: series.map((s): [number, number] => [s.t, s.rps]) }],
    }),
  );
  return charts;
}

function burstChart(t: TargetResult): string[] {
  if ((t.endpoint?.bursts.length ?? 0) <= 1) return [];
  const bursts = t.endpoint!.bursts.filter((b) => b.p95 !== null);
  const x: Axis = { scale: 'linear', min: 1, max: bursts.length, ticks: bursts.map((_, i) => ({ value: i + 1, label: String(i + 1) })), label: 'burst' };
  return [
    lineChart({
      title: `${t.name}: p95 burst by burst`,
      x,
      y: valueAxis(0, Math.max(...bursts.map((b) => b.p95 as number)), 'p95', 'ms'),
      series: [{ name: 'p95', color: colors.p95, points: bursts.map((b, i): [number, number] => [i + 1, b.p95 as number]) }],
    }),
  ];
}

const workRows = 20;

// The statements and counters behind each request, base → head when there is a base, grown calls first.
function workTables(t: TargetResult, report: Report): string {
  const work = t.endpoint;
  if (!work?.statements?.length && !work?.counters?.length && !work?.outbound?.length && !work?.cache) return '';
  const base = baseWorkOf(report, t.name);
  const both = (b: number | undefined, v: number | undefined, unit: 'count' | 'ms') =>
    h(base ? `${formatValue(b ?? 0, unit)} → ${formatValue(v ?? 0, unit)}` : formatValue(v ?? 0, unit));
  const out = [`<h4>Work behind each request${base ? ' (base → head)' : ''}</h4>`];
  if (work.statements?.length) {
    const rows = statementChanges(work.statements, base?.statements)
      .slice(0, workRows)
      .map(
        (c) =>
          `<tr${c.calls > 0.01 && base ? ' class="grew"' : ''}><td><code title="${h(c.query)}">${h(shortStatement(c.query, 120))}</code>${isNewStatement(c, base !== undefined) ? ' (new)' : ''}</td><td>${both(c.base?.callsPerRequest, c.head?.callsPerRequest, 'count')}</td><td>${both(c.base?.msPerRequest, c.head?.msPerRequest, 'ms')}</td><td>${both(c.base?.rowsPerRequest, c.head?.rowsPerRequest, 'count')}</td></tr>`,
      );
    out.push(`<table class="statements"><tr><th>Statement</th><th>calls/req</th><th>ms/req</th><th>rows/req</th></tr>${rows.join('')}</table>`);
  }
  if (work.counters?.length) {
    const rows = work.counters.map((c) => {
      const b = base?.counters?.find((x) => x.name === c.name);
      return `<tr><td>${h(c.name)}</td><td>${both(b?.perRequest, c.perRequest, 'count')}</td><td>${c.msPerRequest === undefined ? '–' : both(b?.msPerRequest, c.msPerRequest, 'ms')}</td></tr>`;
    });
    out.push(`<table class="counters"><tr><th>Counter</th><th>a request</th><th>ms/req</th></tr>${rows.join('')}</table>`);
  }
  if (work.outbound?.length) {
    const rows = outboundChanges(work.outbound, base?.outbound)
      .slice(0, workRows)
      .map(
        (c) =>
          `<tr${c.growth > 0.01 && base ? ' class="grew"' : ''}><td><code>${h(c.host)}</code>${c.request ? ` (${h(c.request)})` : ''}</td><td>${both(c.base?.callsPerRequest, c.head?.callsPerRequest, 'count')}</td><td>${both(c.base?.msPerRequest, c.head?.msPerRequest, 'ms')}</td></tr>`,
      );
    out.push(`<table class="outbound"><tr><th>Called out to</th><th>calls/req</th><th>ms/req</th></tr>${rows.join('')}</table>`);
  }
  if (work.cache) {
    const rows = commandChanges(work.cache.commands, base?.cache?.commands)
      .slice(0, workRows)
      .map(
        (c) =>
          `<tr${Math.abs(c.change) > 0.01 && base ? ' class="grew"' : ''}><td>${h(c.command)}</td><td>${both(c.base?.callsPerRequest, c.head?.callsPerRequest, 'count')}</td><td>${both(c.base?.msPerRequest, c.head?.msPerRequest, 'ms')}</td></tr>`,
      );
    const keyspace = [
      `<tr><td>keyspace hits</td><td>${both(base?.cache?.hitsPerRequest, work.cache.hitsPerRequest, 'count')}</td><td>–</td></tr>`,
      `<tr><td>keyspace misses</td><td>${both(base?.cache?.missesPerRequest, work.cache.missesPerRequest, 'count')}</td><td>–</td></tr>`,
    ];
    out.push(`<table class="cache"><tr><th>Redis</th><th>a request</th><th>ms/req</th></tr>${[...keyspace, ...rows].join('')}</table>`);
  }
  for (const n of work.workNotes ?? []) out.push(`<p class="note">${h(n)}</p>`);
  return out.join('\n');
}

const pageRunMetrics = ['performance', 'lcp', 'fcp', 'tbt', 'cls', 'speed-index'] as const;

function pageSection(t: TargetResult, report: Report): string {
  const page = t.page;
  const parts = [
    `<h3 id="page-${h(t.name)}">${h(t.name)}</h3>`,
    `<p class="note">${h(t.url)}${t.error ? ` · <span class="error">${h(t.error)}</span>` : ''}</p>`,
    pageWhyHtml(report, t.name),
  ];
  if (page?.artifacts) {
    parts.push(`<p><a href="${h(page.artifacts.html)}">Lighthouse report of the median run</a> · <a href="${h(page.artifacts.json)}">its JSON</a></p>`);
  }
  const runs = page?.runs ?? [];
  const median = page?.representativeRun ?? null;
  if (runs.length > 0) {
    const head = `<tr><th>Run</th><th>Attempt</th>${pageRunMetrics.map((m) => `<th>${h(m)}</th>`).join('')}<th></th></tr>`;
    const rows = runs.map((r, i) => {
      const cells = pageRunMetrics.map((m) => `<td class="num">${h(formatValue(r.metrics?.[m] ?? null, metricDef('page', m).unit))}</td>`).join('');
      const note = i === median ? 'median (its report is kept)' : r.ok ? '' : (r.error ?? 'failed');
      return `<tr${i === median ? ' class="median"' : ''}><td>${r.run}</td><td>${r.attempt}</td>${cells}<td>${h(note)}</td></tr>`;
    });
    parts.push(`<table class="runs">${head}\n${rows.join('\n')}</table>`);
    const lcp = runs.flatMap((r, i): [number, number, number][] => (r.ok && typeof r.metrics?.lcp === 'number' ? [[r.run, r.metrics.lcp, i]] : []));
    if (lcp.length > 0) {
      const m = lcp.find(([, , i]) => i === median);
      parts.push(
        `<div class="charts">${lineChart({
          title: `${t.name}: LCP run by run`,
          x: {
            scale: 'linear',
            min: 0.5,
            max: Math.max(...lcp.map(([r]) => r)) + 0.5,
            ticks: lcp.map(([r]) => ({ value: r, label: `run ${r}` })),
            label: 'run',
          },
          y: valueAxis(0, Math.max(...lcp.map(([, v]) => v)), 'lcp', 'ms'),
          width: 520,
          height: 240,
          series: [{ name: 'lcp', color: colors.head, points: lcp.map(([r, v]): [number, number] => [r, v]), dotsOnly: true }],
          ...(m && { marks: [{ x: m[0], y: m[1], label: 'median', color: colors.budget }] }),
        })}</div>`,
      );
    }
  }
  return `<section class="page" data-target="${h(t.name)}">${parts.join('\n')}</section>`;
}
