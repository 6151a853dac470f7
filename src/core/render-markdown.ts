// report.md and the job summary: a pure rendering of the report.
import { escapeMarkdown as esc } from './markdown-escape.js';
import type { Report } from './report.js';
import {
  baselineLine,
  noiseLine,
  budgetText,
  comparisonCells,
  comparisonSymbol,
  endpointCells,
  endpointColumns,
  fingerprintLine,
  orderedChecks,
  pageCells,
  pageColumns,
  pageRunsText,
  verdictLine,
  verdictSymbol,
} from './render-shared.js';
import { formatValue } from './units.js';

export interface MarkdownOptions {
  /** Links shown under the tables, e.g. the report artifact. */
  links?: { label: string; href: string }[];
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = [`### ${verdictSymbol[report.verdict]} perf-gate: ${verdictLine(report)}`, ''];
  if (report.errors.length > 0) {
    out.push(...report.errors.map((e) => `> **Error:** ${esc(e)}`), '');
  }
  if (report.checks.length > 0) {
    out.push('| | Target | Metric | Budget | Actual |', '|:-:|---|---|---|--:|');
    for (const c of orderedChecks(report.checks)) {
      const symbol = c.outcome === 'pass' ? '✅' : '❌';
      out.push(`| ${symbol} | ${esc(c.target)} | ${esc(c.metric)} | ${esc(budgetText(c))} | ${formatValue(c.actual, c.unit)} |`);
    }
    out.push('');
  }
  const base = baselineLine(report);
  if (base) out.push(esc(base), '');
  const noise = noiseLine(report);
  if (noise) out.push(esc(noise), '');
  if (report.comparisons.length > 0) {
    out.push('| | Target | Metric | Allowed | Base | Head | Δ | Δ % | Interval of Δ | Verdict |', '|:-:|---|---|---|--:|--:|--:|--:|---|---|');
    const order = ['regressed', 'unsure', 'improved', 'unchanged'];
    const rows = [...report.comparisons].sort((a, b) => order.indexOf(a.verdict) - order.indexOf(b.verdict));
    for (const r of rows) out.push(`| ${comparisonSymbol[r.verdict]} | ${esc(r.target)} | ${esc(r.metric)} | ${comparisonCells(r).map(esc).join(' | ')} |`);
    out.push('');
  }
  const endpoints = report.targets.filter((t) => t.kind === 'endpoint');
  if (endpoints.length > 0) {
    out.push(`| Endpoint | ${endpointColumns.join(' | ')} | samples |`, `|---|${endpointColumns.map(() => '--:|').join('')}--:|`);
    for (const t of endpoints) {
      const name = `${esc(t.name)}${t.status === 'error' ? ` ⚠️ ${esc(t.error ?? 'error')}` : ''}`;
      out.push(`| ${name} | ${endpointCells(t).join(' | ')} | ${t.endpoint?.bursts.length ?? 0} |`);
    }
    out.push('');
  }
  const pages = report.targets.filter((t) => t.kind === 'page');
  if (pages.length > 0) {
    out.push(`| Page | ${pageColumns.join(' | ')} | runs | Lighthouse report |`, `|---|${pageColumns.map(() => '--:|').join('')}--:|---|`);
    for (const t of pages) {
      const name = `${esc(t.name)}${t.status === 'error' ? ` ⚠️ ${esc(t.error ?? 'error')}` : ''}`;
      const link = t.page?.artifacts ? `[median run](${encodeURI(t.page.artifacts.html)})` : '–';
      out.push(`| ${name} | ${pageCells(t).join(' | ')} | ${pageRunsText(t)} | ${link} |`);
    }
    out.push('');
  }
  for (const link of options.links ?? []) out.push(`[${esc(link.label)}](${encodeURI(link.href)})`);
  if (options.links?.length) out.push('');
  out.push(`<sub>${esc(fingerprintLine(report))} · budget ${esc(report.budgetFile)}</sub>`, '');
  return out.join('\n');
}
