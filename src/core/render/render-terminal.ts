// The CLI's table: plain text, aligned, no colour codes (logs keep them badly).
import type { Report } from '../report/report.js';
import {
  baselineLine,
  noiseLine,
  budgetText,
  comparisonCells,
  endpointCells,
  endpointColumns,
  columnLabel,
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
  foldZeroRows,
} from './render-shared.js';
import { shapeLines } from './render-shapes.js';
import { formatValue } from '../units.js';

/** Rows aligned in columns, the right-aligned ones by index. */
export function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

export function renderTerminal(report: Report): string {
  const out: string[] = [];
  const endpoints = report.targets.filter((t) => t.kind === 'endpoint');
  if (endpoints.length > 0) {
    const columns = endpointColumns(endpoints);
    const rows = [['endpoint', ...columns.map(columnLabel), 'samples']];
    for (const t of endpoints) {
      rows.push([t.name, ...endpointCells(t, columns), endpointSamplesText(t)]);
      for (const k of mixRows(t, columns)) rows.push([`  ${k.label}`, ...k.cells, '']);
    }
    const shapes = shapeLines(endpoints);
    out.push(
      ...table(rows, new Set(rows[0]?.map((_, i) => i).slice(1))),
      ...shapes,
      ...endpointNotes(endpoints),
      ...encodingNotes(report),
      ...floorNotes(report),
      '',
    );
  }
  const pages = report.targets.filter((t) => t.kind === 'page');
  if (pages.length > 0) {
    const columns = pageColumnsOf(pages);
    const rows = [['page', ...columns, 'runs']];
    for (const t of pages) rows.push([t.name, ...pageCells(t, columns), pageRunsText(t)]);
    out.push(...table(rows, new Set(rows[0]?.map((_, i) => i).slice(1))), ...endedElsewhere(pages), '');
  }
  if (report.checks.length > 0) {
    const rows = [['', 'target', 'metric', 'budget', 'actual']];
    for (const c of orderedChecks(report.checks)) {
      rows.push([{ pass: 'ok', fail: 'FAIL', warn: 'WARN' }[c.outcome], c.target, c.metric, budgetText(c), formatValue(c.actual, c.unit)]);
    }
    out.push(...table(rows, new Set([4])), '');
  }
  const base = baselineLine(report);
  if (base) out.push(base);
  const noise = noiseLine(report);
  if (noise) out.push(noise);
  if (report.comparisons.length > 0) {
    const rows = [['target', 'metric', 'allowed', 'base', 'head', 'Δ', 'Δ %', 'interval of Δ', 'verdict']];
    const { shown, folded } = foldZeroRows(report.comparisons);
    for (const r of shown) rows.push([r.target, r.metric, ...comparisonCells(r)]);
    out.push(...(shown.length > 0 ? table(rows, new Set([3, 4, 5, 6])) : []), ...(folded ? [folded] : []), '');
  } else if (base) out.push('');
  for (const t of report.targets.filter((t) => t.status === 'error')) out.push(`error in ${t.name}: ${t.error ?? 'unknown'}`);
  for (const e of report.errors) out.push(`error: ${e}`);
  const notes = [trafficLine(report), shardLine(report)].filter((l): l is string => l !== undefined);
  out.push(`perf-gate: ${report.verdict.toUpperCase()} — ${verdictLine(report)}`, ...notes, fingerprintLine(report), '');
  return out.join('\n');
}
