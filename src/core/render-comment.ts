// The sticky pull-request comment: what needs attention first, a chart, the rest folded away, always under
// GitHub's size cap. Pure, like the other renderings; every name from a budget or report goes through esc().
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
} from './render-markdown.js';
import { budgetText, checkSymbol, comparisonSymbol, orderedChecks, ruleText } from './render-shared.js';
import type { CheckResult, ComparisonRow, Report, TargetResult } from './report.js';
import { failedChecks, gatingRegressions, warnings } from './outcome.js';
import { formatValue, signed, signedPct, type Unit } from './units.js';
import { metricDef } from './metric-catalog.js';

/** GitHub refuses issue comments longer than this. */
export const commentLimit = 65_536;

interface CommentOptions {
  /** Tells this gate's comment from others on the same pull request (one per budget file). */
  key: string;
  /** The workflow run, for links to it and its artifacts. */
  runUrl?: string;
  maxLength?: number;
}

/** The hidden line a comment is found again by. */
export function commentMarker(key: string): string {
  return `<!-- perf-gate:${key.replace(/[^\w.-]/g, '_')} -->`;
}

export function renderComment(report: Report, options: CommentOptions): string {
  const warned = warnings(report);
  const failed = [...failedChecks(report.checks), ...warned.checks];
  const regressed = [...gatingRegressions(report.comparisons), ...warned.regressions];
  const restChecks = orderedChecks(report.checks.filter((c) => !failed.includes(c)));
  const restRows = report.comparisons.filter((r) => !regressed.includes(r));
  const links = options.runUrl
    ? [
        { label: 'Workflow run', href: options.runUrl },
        { label: 'Report artifact', href: `${options.runUrl}#artifacts` },
      ]
    : [];

  const head = `${commentMarker(options.key)}\n${headingSection(report)}`;
  const attention = attentionSection(report, failed, regressed);
  const chart = shapesSection(report) + chartSection(report);
  const details = detailsSection([
    checksSection(restChecks),
    comparisonsSection(restRows),
    endpointsSection(report),
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
      `| ${warn ? checkSymbol.warn : comparisonSymbol.regressed} | ${esc(r.target)} | ${esc(r.metric)} | ${esc(ruleText(r))} | ${formatValue(r.baseMean, unit)} | ${formatValue(r.headMean, unit)} | ${delta(r, unit)} | ${warn ? 'regressed (warning)' : 'regressed'} |`,
    );
  }
  return `${lines.join('\n')}\n\n`;
}

// A target's key metric: p95 for endpoints, LCP for pages.
const keyMetric = { endpoint: 'p95', page: 'lcp' } as const;

// Mermaid bar charts of base against head (GitHub renders them). Labels are reduced to plain characters:
// mermaid has its own syntax, which markdown escaping does not cover.
function chartSection(report: Report): string {
  const charts: string[] = [];
  for (const kind of ['endpoint', 'page'] as const) {
    const metric = keyMetric[kind];
    const bars: { label: string; value: number }[] = [];
    for (const t of report.targets.filter((x: TargetResult) => x.kind === kind && x.status !== 'error')) {
      const head = t.metrics[metric]?.value;
      if (head === null || head === undefined) continue;
      const row = report.comparisons.find((r) => r.target === t.name && r.metric === metric);
      const name = chartLabel(t.name);
      if (row?.baseMean !== null && row?.baseMean !== undefined) bars.push({ label: `${name} base`, value: row.baseMean });
      bars.push({ label: row ? `${name} head` : name, value: head });
    }
    if (bars.length === 0) continue;
    const unit = metricDef(kind, metric).unit;
    const max = Math.max(...bars.map((b) => b.value));
    charts.push(
      [
        '```mermaid',
        'xychart-beta',
        `  title "${kind === 'endpoint' ? 'Endpoints' : 'Pages'}: ${metric} (${unit})${bars.some((b) => b.label.endsWith(' base')) ? ', base and head' : ''}"`,
        `  x-axis [${bars.map((b) => `"${b.label}"`).join(', ')}]`,
        `  y-axis "${metric} (${unit})" 0 --> ${niceMax(max)}`,
        `  bar [${bars.map((b) => round(b.value)).join(', ')}]`,
        '```',
      ].join('\n'),
    );
  }
  return charts.length ? `${charts.join('\n\n')}\n\n` : '';
}

export function chartLabel(name: string): string {
  const plain = name.replace(/[^\p{L}\p{N} ._/:-]/gu, '_').trim();
  return [...plain].slice(0, 32).join('') || '_';
}

const round = (v: number) => Math.round(v * 100) / 100;

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(v));
  return Math.ceil((v * 1.1) / step) * step;
}
