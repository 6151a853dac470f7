// report.md and the job summary: a pure rendering of the report, built from sections the PR comment reuses.
import { diagnosisSection, pagesWhySection } from './render-diagnosis.js';
import { comparisonVerdicts } from '../report/report.js';
import { escapeMarkdown as esc } from './markdown-escape.js';
import type { CheckResult, ComparisonRow, Report } from '../report/report.js';
import {
  baselineLine,
  noiseLine,
  budgetText,
  checkSymbol,
  comparisonCells,
  comparisonSymbol,
  codeSpan,
  columnLabel,
  endpointCells,
  endpointColumns,
  encodingNotes,
  endpointNotes,
  mixRows,
  floorNotes,
  fingerprintLine,
  trafficLine,
  shardLine,
  orderedChecks,
  pageCells,
  pageColumnsOf,
  endedElsewhere,
  pageRunsText,
  endpointSamplesText,
  verdictLine,
  verdictSymbol,
  foldZeroRows,
  rowSymbol,
} from './render-shared.js';
import { acceptanceText } from '../verdict/acceptance.js';
import { shapeLines } from './render-shapes.js';
import { sparkline } from '../verdict/trends.js';
import { baseWorkOf, commandChanges, isNewStatement, outboundChanges, shortStatement, statementChanges } from '../work/work-diff.js';
import { formatValue } from '../units.js';

interface MarkdownOptions {
  /** Links shown under the tables, e.g. the report artifact. */
  links?: { label: string; href: string }[];
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  return [
    headingSection(report),
    errorsSection(report),
    checksSection(orderedChecks(report.checks)),
    baselineSection(report),
    comparisonsSection(report.comparisons),
    trendsSection(report),
    endpointsSection(report),
    workSection(report),
    diagnosisSection(report),
    pagesWhySection(report),
    shapesSection(report),
    pagesSection(report),
    linksSection(options.links ?? []),
    footerSection(report),
  ]
    .join('')
    .replace(/\n+$/, '\n');
}

// Each section is '' or markdown ending in a blank line, so sections join without separators.
const block = (lines: string[]) => (lines.length === 0 ? '' : `${lines.join('\n')}\n\n`);

export function headingSection(report: Report): string {
  const notes = [trafficLine(report), shardLine(report), report.acceptance && acceptanceText(report.acceptance)].filter(
    (l): l is string => typeof l === 'string',
  );
  return block([`### ${verdictSymbol[report.verdict]} perf-gate: ${verdictLine(report)}`, ...notes.flatMap((l) => ['', esc(l)])]);
}

/** Each target's key metric over the base branch's stored runs, oldest first, then this run: a line of blocks. */
export function trendsSection(report: Report): string {
  const trends = report.trends ?? [];
  if (trends.length === 0) return '';
  const lines = ['| Target | Metric | Stored runs of the base → this run | Last stored | This run |', '|---|---|---|--:|--:|'];
  for (const t of trends) {
    const now = t.points.find((p) => p.current);
    const stored = t.points.filter((p) => !p.current);
    lines.push(
      `| ${esc(t.target)} | ${esc(t.metric)} | ${sparkline(t.points.map((p) => p.value))} | ${formatValue(stored.at(-1)?.value, t.unit)} | ${now ? formatValue(now.value, t.unit) : '–'} |`,
    );
  }
  return block([`**Trend** over the last ${Math.max(...trends.map((t) => t.points.length))} runs:`, '', ...lines]);
}

export function errorsSection(report: Report): string {
  return block(report.errors.map((e) => `> **Error:** ${esc(e)}`));
}

export function checksSection(checks: readonly CheckResult[]): string {
  if (checks.length === 0) return '';
  return block([
    '| | Target | Metric | Budget | Actual |',
    '|:-:|---|---|---|--:|',
    ...checks.map((c) => `| ${checkSymbol[c.outcome]} | ${esc(c.target)} | ${esc(c.metric)} | ${esc(budgetText(c))} | ${formatValue(c.actual, c.unit)} |`),
  ]);
}

export function baselineSection(report: Report): string {
  return block(
    [baselineLine(report), noiseLine(report)]
      .filter((l): l is string => l !== undefined)
      .flatMap((l) => [esc(l), ''])
      .slice(0, -1),
  );
}

export function comparisonsSection(rows: readonly ComparisonRow[]): string {
  if (rows.length === 0) return '';
  const { shown, folded } = foldZeroRows(rows);
  const sorted = shown.sort((a, b) => comparisonVerdicts.indexOf(a.verdict) - comparisonVerdicts.indexOf(b.verdict));
  return block([
    ...(sorted.length > 0
      ? [
          '| | Target | Metric | Allowed | Base | Head | Δ | Δ % | Interval of Δ | Verdict |',
          '|:-:|---|---|---|--:|--:|--:|--:|---|---|',
          ...sorted.map((r) => `| ${rowSymbol(r)} | ${esc(r.target)} | ${esc(r.metric)} | ${comparisonCells(r).map(esc).join(' | ')} |`),
        ]
      : []),
    ...(folded ? [...(sorted.length > 0 ? [''] : []), `${comparisonSymbol.unchanged} ${esc(folded)}`] : []),
  ]);
}

const targetName = (t: Report['targets'][number]) => `${esc(t.name)}${t.status === 'error' ? ` ⚠️ ${esc(t.error ?? 'error')}` : ''}`;

export function endpointsSection(report: Report): string {
  const endpoints = report.targets.filter((t) => t.kind === 'endpoint');
  if (endpoints.length === 0) return '';
  const columns = endpointColumns(endpoints);
  const notes = [...endpointNotes(endpoints), ...encodingNotes(report), ...floorNotes(report)];
  return block([
    `| Endpoint | ${columns.map(columnLabel).join(' | ')} | samples |`,
    `|---|${columns.map(() => '--:|').join('')}--:|`,
    ...endpoints.flatMap((t) => [
      `| ${targetName(t)} | ${endpointCells(t, columns).join(' | ')} | ${esc(endpointSamplesText(t))} |`,
      ...mixRows(t, columns).map((k) => `| &nbsp;&nbsp;${esc(k.label)} | ${k.cells.join(' | ')} | |`),
    ]),
    ...(notes.length ? ['', ...notes.map((l) => `- ${esc(l)}`)] : []),
  ]);
}

const workRows = 10;

/** Per endpoint, the statements and counters behind each request, the base's beside the head's when there is a
 * base, statements whose calls per request grew first: an N+1 shows as its statement. */
export function workSection(report: Report): string {
  const lines: string[] = [];
  for (const t of report.targets) {
    const work = t.endpoint;
    if (t.kind !== 'endpoint' || (!work?.statements?.length && !work?.counters?.length && !work?.outbound?.length && !work?.cache)) continue;
    const base = baseWorkOf(report, t.name);
    const both = (b: number | undefined, h: number | undefined, unit: 'count' | 'ms') =>
      base ? `${formatValue(b ?? 0, unit)} → ${formatValue(h ?? 0, unit)}` : formatValue(h ?? 0, unit);
    lines.push(`**Work behind each request: ${esc(t.name)}**${base ? ' (base → head)' : ''}`, '');
    if (work.statements?.length) {
      const changes = statementChanges(work.statements, base?.statements);
      lines.push('| Statement | calls/req | ms/req | rows/req |', '|---|--:|--:|--:|');
      for (const c of changes.slice(0, workRows)) {
        lines.push(
          `| ${codeSpan(shortStatement(c.query, 100))}${isNewStatement(c, base !== undefined) ? ' (new)' : ''} | ${both(c.base?.callsPerRequest, c.head?.callsPerRequest, 'count')} | ${both(c.base?.msPerRequest, c.head?.msPerRequest, 'ms')} | ${both(c.base?.rowsPerRequest, c.head?.rowsPerRequest, 'count')} |`,
        );
      }
      if (changes.length > workRows) lines.push(`| … ${changes.length - workRows} more in report.json | | | |`);
      lines.push('');
    }
    if (work.counters?.length) {
      lines.push('| Counter | a request | ms/req |', '|---|--:|--:|');
      for (const c of work.counters) {
        const b = base?.counters?.find((x) => x.name === c.name);
        lines.push(
          `| ${esc(c.name)} | ${both(b?.perRequest, c.perRequest, 'count')} | ${c.msPerRequest === undefined ? '–' : both(b?.msPerRequest, c.msPerRequest, 'ms')} |`,
        );
      }
      lines.push('');
    }
    if (work.outbound?.length) {
      lines.push('| Called out to | calls/req | ms/req |', '|---|--:|--:|');
      for (const c of outboundChanges(work.outbound, base?.outbound).slice(0, workRows))
        lines.push(
          `| ${codeSpan(c.host)}${c.request ? ` (${esc(c.request)})` : ''} | ${both(c.base?.callsPerRequest, c.head?.callsPerRequest, 'count')} | ${both(c.base?.msPerRequest, c.head?.msPerRequest, 'ms')} |`,
        );
      lines.push('');
    }
    if (work.cache) {
      lines.push(
        '| Redis | a request | ms/req |',
        '|---|--:|--:|',
        `| keyspace hits | ${both(base?.cache?.hitsPerRequest, work.cache.hitsPerRequest, 'count')} | – |`,
        `| keyspace misses | ${both(base?.cache?.missesPerRequest, work.cache.missesPerRequest, 'count')} | – |`,
      );
      for (const c of commandChanges(work.cache.commands, base?.cache?.commands).slice(0, workRows))
        lines.push(
          `| ${esc(c.command)} | ${both(c.base?.callsPerRequest, c.head?.callsPerRequest, 'count')} | ${both(c.base?.msPerRequest, c.head?.msPerRequest, 'ms')} |`,
        );
      lines.push('');
    }
    for (const n of work.workNotes ?? []) lines.push(`- ${esc(n)}`);
  }
  return block(lines.filter((l, i, a) => !(l === '' && a[i + 1] === undefined)));
}

/** The load shapes' headline numbers, one bullet per shaped endpoint. */
export function shapesSection(report: Report): string {
  const lines = shapeLines(report.targets);
  return lines.length ? block(lines.map((l) => `- ${esc(l)}`)) : '';
}

/** `reportsLink`: where the Lighthouse reports can be opened (a run's artifacts); else the path in the report directory. */
export function pagesSection(report: Report, reportsLink?: string): string {
  const pages = report.targets.filter((t) => t.kind === 'page');
  if (pages.length === 0) return '';
  const columns = pageColumnsOf(pages);
  return block([
    `| Page | ${columns.join(' | ')} | runs | Lighthouse report |`,
    `|---|${columns.map(() => '--:|').join('')}--:|---|`,
    ...pages.map((t) => {
      const link = t.page?.artifacts ? `[median run](${encodeURI(reportsLink ?? t.page.artifacts.html)})` : '–';
      return `| ${targetName(t)} | ${pageCells(t, columns).join(' | ')} | ${esc(pageRunsText(t))} | ${link} |`;
    }),
    ...endedElsewhere(pages).map((l) => `\n${esc(l)}`),
  ]);
}

export function linksSection(links: readonly { label: string; href: string }[]): string {
  return block(links.map((l) => `[${esc(l.label)}](${encodeURI(l.href)})`));
}

export function footerSection(report: Report): string {
  return block([`<sub>${esc(fingerprintLine(report))} · budget ${esc(report.budgetFile)}</sub>`]);
}
