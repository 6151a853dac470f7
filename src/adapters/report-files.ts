// Writes report.json, report.md and report.html into the report directory.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../core/errors.js';
import type { Report } from '../core/report.js';
import { renderHtml } from '../core/render-html.js';

export interface ReportPaths {
  dir: string;
  json: string;
  markdown: string;
  html: string;
}

function reportPaths(dir: string): ReportPaths {
  const abs = path.resolve(dir);
  return { dir: abs, json: path.join(abs, 'report.json'), markdown: path.join(abs, 'report.md'), html: path.join(abs, 'report.html') };
}

export function ensureReportDir(dir: string): ReportPaths {
  const paths = reportPaths(dir);
  try {
    mkdirSync(paths.dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file stands in the way' : code === 'EACCES' ? 'permission denied' : String(code ?? e);
    throw new ConfigError([`report directory '${dir}': cannot create it: ${why}`]);
  }
  return paths;
}

export function writeReport(paths: ReportPaths, report: Report, markdown: string): void {
  writeFileSync(paths.json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(paths.markdown, markdown);
  writeFileSync(paths.html, renderHtml(report));
}
