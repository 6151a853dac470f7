// The CSV files an endpoint's vars draw from (`vars: { id: { file: data/orders.csv, column: id } }`): each file read
// once, streamed, whatever number of vars use it, and the column each asks for kept. csv-parse (the csv project's
// parser: quoted fields, a BOM, CRLF, a line number on each error) rather than a split on commas.
import { createReadStream, statSync } from 'node:fs';
import { parse } from 'csv-parse';
import type { GatePlan } from '../../core/budget/plan.js';
import { ConfigError, messageOf } from '../../core/errors.js';
import { formatValue } from '../../core/units.js';
import type { VarPlan } from '../../core/workload/vars.js';
import { varsOf } from '../../core/workload/request-source.js';

/** A file larger than this is refused: its values are held in memory for the run. */
export const maxVarFileBytes = 50 * 1024 * 1024;

type FileVar = VarPlan & { source: Extract<VarPlan['source'], { kind: 'file' }> };

/** Fills each file var's values from its file; a file that cannot be read, or lacks the column, is one line each. */
export async function loadVarFiles(plan: GatePlan): Promise<void> {
  const fileVars = plan.endpoints.flatMap((e) => varsOf(e).filter((v): v is FileVar => v.source.kind === 'file'));
  const byFile = new Map<string, FileVar[]>();
  for (const v of fileVars) byFile.set(v.source.file, [...(byFile.get(v.source.file) ?? []), v]);
  const problems: string[] = [];
  for (const [file, vars] of byFile) {
    const where = (v: FileVar, field: 'file' | 'column') => `${plan.file}${v.line !== undefined ? `:${v.line}` : ''}: ${v.at}.${field}`;
    const first = vars[0]!;
    const size = sizeOf(file);
    if (typeof size === 'string') {
      problems.push(`${where(first, 'file')}: ${first.source.shown}: ${size}`);
      continue;
    }
    if (size > maxVarFileBytes) {
      problems.push(
        `${where(first, 'file')}: ${first.source.shown} has ${size.toLocaleString('en')} bytes; expected at most ${formatValue(maxVarFileBytes, 'bytes')} (its values are held in memory)`,
      );
      continue;
    }
    const read = await readColumns(file, new Set(vars.map((v) => v.source.column)));
    if (!read.ok) {
      problems.push(`${first.source.shown}${read.line !== undefined ? `:${read.line}` : ''}: ${read.error} (read for ${where(first, 'file')})`);
      continue;
    }
    for (const v of vars) {
      const values = read.columns.get(v.source.column);
      if (!values)
        problems.push(`${where(v, 'column')}: ${v.source.shown} has no column '${v.source.column}' (its header: ${read.header.join(', ') || 'empty'})`);
      else if (values.length === 0) problems.push(`${where(v, 'column')}: ${v.source.shown} has no values in column '${v.source.column}'`);
      else v.source.values = values;
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}

function sizeOf(file: string): number | string {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : 'is not a file';
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file (looked at ${file})` : messageOf(e);
  }
}

type Columns = { ok: true; header: string[]; columns: Map<string, string[]> } | { ok: false; error: string; line?: number };

// One pass over the file: the header line names the columns; empty cells are left out.
async function readColumns(file: string, wanted: ReadonlySet<string>): Promise<Columns> {
  let header: string[] = [];
  const columns = new Map<string, string[]>();
  const parser = createReadStream(file).pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }));
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      if (header.length === 0) {
        header = row;
        for (const name of header) if (wanted.has(name)) columns.set(name, []);
        continue;
      }
      header.forEach((name, i) => {
        const cell = row[i];
        if (cell) columns.get(name)?.push(cell);
      });
    }
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { ok: false, error: messageOf(e), ...(line !== undefined && { line }) };
  }
  return { ok: true, header, columns };
}
