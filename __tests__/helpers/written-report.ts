// The report.json a run wrote, read back through the report model's check: what perf-gate writes must be what a
// later run (comment-only, merge) accepts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateReport, type Report } from '../../src/core/report/report.js';

export function writtenReport(reportDir: string): Report {
  const checked = validateReport(JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8')));
  if (!checked.ok) throw new Error(`${reportDir}/report.json does not read back: ${checked.reason}`);
  return checked.report;
}
