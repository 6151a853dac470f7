// The sticky pull-request comment: what needs attention first, a chart, the rest folded away, always under
// GitHub's size cap. Pure, like the other renderings; every name from a budget or report goes through esc().
import { diagnosedTargets, diagnosisSection, pagesWhySection } from './render-diagnosis.js';
import { escapeMarkdown as esc } from './markdown-escape.js';
import {
  baselineSection,
  checksSection,
  comparisonsSection,
  endpointsSection,
  errorsSection,
  footerSection,
  headingSection,
  linksSection,
  pagesSection,
  shapesSection,
  trendsSection,
  workSection,
} from './render-markdown.js';
import { budgetText, causeSubject, encodingNotes, checkSymbol, comparisonSymbol, errorNotes, orderedChecks, ruleText, workCauses } from './render-shared.js';
import type { CheckResult, ComparisonRow, Report } from '../report/report.js';
import { acceptedRegressions, failedChecks, gatingRegressions, warnings } from '../verdict/outcome.js';
import { formatValue, signed, signedPct, type Unit } from '../units.js';
import { keyMetric, metricDef, type TargetKind } from '../budget/metric-catalog.js';

/** GitHub refuses issue comments longer than this. */
export const commentLimit = 65_536;

interface CommentOptions {
  /** Tells this gate's comment from others on the same pull request (one per budget file). */
  key: string;
  /** The workflow run, for links to it and its artifacts. */
  runUrl?: string;
  /** The artifact holding report.html and report.json, when this run uploaded one. */
  artifactUrl?: string;
  maxLength?: number;
}

/** The hidden line a comment is found again by. */
export function commentMarker(key: string): string {
  return `<!-- perf-gate:${key.replace(/[^\w.-]/g, '_')} -->`;
}

export function renderComment(report: Report, options: CommentOptions): string {
  const warned = warnings(report);
  const failed = [...failedChecks(report.checks), ...warned.checks];
  const regressed = [...gatingRegressions(report.comparisons), ...warned.regressions, ...acceptedRegressions(report.comparisons)];
  const restChecks = orderedChecks(report.checks.filter((c) => !failed.includes(c)));
  const restRows = report.comparisons.filter((r) => !regressed.includes(r));
  const links = options.runUrl
    ? [
        { label: 'Workflow run', href: options.runUrl },
        { label: 'HTML report with charts (report.html in the report artifact)', href: options.artifactUrl ?? `${options.runUrl}#artifacts` },
      ]
    : [];

  const head = `${commentMarker(options.key)}\n${headingSection(report)}`;
  // Under the rows that decide the merge, why they changed: the profiled endpoints' functions and work.
  const attention = attentionSection(report, failed, regressed) + diagnosisSection(report, regressed) + pagesWhySection(report, regressed);
  const chart = shapesSection(report) + chartSection(report) + trendsSection(report);
  const details = detailsSection([
    checksSection(restChecks),
    comparisonsSection(restRows),
    endpointsSection(report),
    workSection(report),
    pagesSection(report, options.runUrl ? `${options.runUrl}#artifacts` : undefined),
  ]);
  const tail = linksSection(links) + footerSection(report);
  const parts = { head, errors: errorsSection(report), attention, baseline: baselineSection(report), chart, details, tail };
  return fit(parts, options.maxLength ?? commentLimit);
}

const truncationNote = (limit: number) =>
  `> ⚠️ Shortened to fit GitHub's ${limit.toLocaleString('en-US')}-character comment limit; the job summary and the report artifact have everything.\n\n`;

type Parts = Record<'head' | 'errors' | 'attention' | 'baseline' | 'chart' | 'details' | 'tail', string>;

// Drops the chart, then shortens the folded part, then everything but the head, line by line: never too long to post.
function fit(p: Parts, limit: number): string {
  const join = (x: Parts) => x.head + x.errors + x.attention + x.baseline + x.chart + x.details + x.tail;
  let body = join(p);
  if (body.length <= limit) return body;
  const note = truncationNote(limit);
  let shorter: Parts = { ...p, chart: '', tail: note + p.tail };
  body = join(shorter);
  if (body.length <= limit) return body;
  const room = limit - (body.length - shorter.details.length);
  shorter = { ...shorter, details: room > 200 ? shortenDetails(shorter.details, room) : '' };
  body = join(shorter);
  if (body.length <= limit) return body;
  return cutLines(body, limit - 1) + '\n';
}

function shortenDetails(details: string, room: number): string {
  const close = '\n</details>\n\n';
  return `${cutLines(details, room - close.length)}${close}`;
}

function cutLines(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = cut.lastIndexOf('\n');
  return end > 0 ? cut.slice(0, end) : '';
}

function detailsSection(sections: string[]): string {
  const body = sections.join('');
  if (body === '') return '';
  return `<details><summary>All results</summary>\n\n${body}</details>\n\n`;
}

// Failed budgets and regressions in one table: the rows that decide the merge, then what warn-level rules found.
function attentionSection(report: Report, failed: readonly CheckResult[], regressed: readonly ComparisonRow[]): string {
  if (failed.length === 0 && regressed.length === 0) return '';
  const rowFor = (target: string, metric: string) => report.comparisons.find((r) => r.target === target && r.metric === metric);
  const delta = (r: ComparisonRow | undefined, unit: Unit) =>
    r?.delta === null || r?.delta === undefined ? '–' : `${signed(r.delta, unit)}${r.deltaPercent === null ? '' : ` (${signedPct(r.deltaPercent)})`}`;
  const lines = ['| | Target | Metric | Threshold | Base | Head | Δ | Verdict |', '|:-:|---|---|---|--:|--:|--:|---|'];
  for (const c of failed) {
    const r = rowFor(c.target, c.metric);
    const warn = c.outcome === 'warn';
    lines.push(
      `| ${checkSymbol[c.outcome]} | ${esc(c.target)} | ${esc(c.metric)} | ${esc(budgetText(c))} | ${formatValue(r?.baseMean, c.unit)} | ${formatValue(c.actual, c.unit)} | ${delta(r, c.unit)} | ${warn ? 'budget broken (warning)' : 'budget failed'} |`,
    );
  }
  for (const r of regressed) {
    const unit = metricDef(r.kind, r.metric).unit;
    const warn = r.level === 'warn';
    lines.push(
      `| ${warn || r.accepted ? checkSymbol.warn : comparisonSymbol.regressed} | ${esc(r.target)} | ${esc(r.metric)} | ${esc(ruleText(r))} | ${formatValue(r.baseMean, unit)} | ${formatValue(r.headMean, unit)} | ${delta(r, unit)} | ${r.accepted ? 'accepted' : warn ? 'regressed (warning)' : 'regressed'} |`,
    );
  }
  // What grew behind a per-request count: the statement or counter, one line each.
  const diagnosed = diagnosedTargets(report);
  const causes = workCauses(report, regressed).filter(({ row }) => !diagnosed.has(row.target));
  if (causes.length)
    lines.push('', ...causes.map(({ row, cause }) => `- **${esc(row.target)}** ${esc(row.metric)}: ${causeSubject(cause)}: ${esc(cause.change)}`));
  const errors = errorNotes(report.targets.filter((t) => t.kind === 'endpoint'));
  if (errors.length) lines.push('', ...errors.map((l) => `- ${esc(l)}`));
  const encodings = encodingNotes(report, true);
  if (encodings.length) lines.push('', ...encodings.map((l) => `- ${esc(l)}`));
  return `${lines.join('\n')}\n\n`;
}

// One mermaid chart of every relative rule: how much worse head is than base, in percent of base (0 is the base),
// as bars, and the allowed worsening as a line, so targets 100× apart in scale read on one axis. Worse is up for
// every metric (a falling rps or score as much as a rising latency). Labels are reduced to plain characters:
// mermaid has its own syntax, which markdown escaping does not cover.
const maxBars = 24;

interface ChartBar {
  label: string;
  /** Percent worse than base (worse is up for every metric). */
  worse: number;
  /** The relative rule's allowed change in percent of base; null: the target's key metric with no rule. */
  allowed: number | null;
  rank: number;
}

function chartSection(report: Report): string {
  const bars = [...ruleBars(report), ...keyMetricBars(report)]
    .map((b, i) => ({ b, i }))
    .sort((x, y) => x.b.rank - y.b.rank || x.i - y.i)
    .slice(0, maxBars)
    .map(({ b }) => b);
  if (bars.length === 0) return '';
  const worse = bars.map((b) => b.worse);
  const allowed = bars.flatMap((b) => (b.allowed === null ? [] : [b.allowed]));
  const lo = niceBound(Math.min(0, ...worse));
  const hi = niceBound(Math.max(0, ...worse, ...allowed));
  // A bar with no rule has no allowed change: its point of the line sits at the top (nothing fails it).
  const line = allowed.length ? [`  line [${bars.map((b) => b.allowed ?? hi).join(', ')}]`] : [];
  const chart = [
    '```mermaid',
    // Bars in blue, the allowed line in red (GitHub's mermaid takes the palette from the init directive).
    '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#4c78a8, #e45756"}}}}%%',
    'xychart-beta',
    `  title "Head vs base: % worse (bars; 0 = base)${line.length ? ' and allowed (line)' : ''}"`,
    `  x-axis [${bars.map((b) => `"${b.label}"`).join(', ')}]`,
    `  y-axis "% worse than base" ${lo} --> ${hi}`,
    `  bar [${worse.join(', ')}]`,
    ...line,
    '```',
  ];
  return `${chart.join('\n')}\n\n`;
}

const verdictRank = { regressed: 0, unsure: 1, improved: 2, unchanged: 3 } as const;
const percentOfBase = (v: number, base: number) => (v / Math.abs(base)) * 100;
const worsePercent = (kind: TargetKind, metric: string, deltaPercent: number) => round((metricDef(kind, metric).better === 'lower' ? 1 : -1) * deltaPercent);
// The metric always shows: a long target name is cut first.
const barLabel = (target: string, metric: string, suffix = '') => chartLabel(`${[...target].slice(0, 24).join('')} ${metric}${suffix}`);

// One bar per relative rule, its allowed change on the line.
function ruleBars(report: Report): ChartBar[] {
  return report.comparisons
    .filter((r) => r.deltaPercent !== null && r.allowed !== null && r.baseMean !== null && r.baseMean !== 0)
    .map((r) => ({
      label: barLabel(r.target, r.metric),
      worse: worsePercent(r.kind, r.metric, r.deltaPercent as number),
      allowed: round(percentOfBase(r.allowed as number, r.baseMean as number)),
      rank: verdictRank[r.verdict],
    }));
}

// Every target's key metric (p95, LCP) against the base's value, where no relative rule already draws it.
function keyMetricBars(report: Report): ChartBar[] {
  const base = report.baseline?.values;
  if (!base) return [];
  return report.targets.flatMap((t) => {
    const metric = keyMetric[t.kind];
    const head = t.metrics[metric]?.value;
    const was = base[t.name]?.[metric];
    const ruled = report.comparisons.some((r) => r.target === t.name && r.metric === metric);
    if (ruled || head === null || head === undefined || was === null || was === undefined || was === 0) return [];
    return [{ label: barLabel(t.name, metric, ' - no rule'), worse: worsePercent(t.kind, metric, percentOfBase(head - was, was)), allowed: null, rank: 4 }];
  });
}

export function chartLabel(name: string): string {
  const plain = name.replace(/[^\p{L}\p{N} ._/:-]/gu, '_').trim();
  return [...plain].slice(0, 32).join('') || '_';
}

const round = (v: number) => Math.round(v * 10) / 10;

// An axis bound a little beyond v, on a round step (0 stays 0; a positive bound is at least 1).
function niceBound(v: number): number {
  if (v === 0) return 0;
  const size = Math.abs(v) * 1.1;
  const step = 10 ** Math.floor(Math.log10(size));
  const bound = Math.ceil(size / step) * step;
  return v < 0 ? -bound : Math.max(1, bound);
}
