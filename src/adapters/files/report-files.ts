// Writes report.json, report.md and report.html into the report directory.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../core/errors.js';
import type { Report } from '../../core/report/report.js';
import { renderHtml } from '../../core/render/render-html.js';
import { formatFolded, type Folded } from '../../core/diagnosis/profile.js';

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

/** Each side's folded stacks as profiles/<target>.<side>.folded (bounded); their paths relative to the report's directory. */
export function writeProfileFiles(reportDir: string, target: string, sides: Readonly<Record<'base' | 'head', Folded>>): { base: string; head: string } {
  mkdirSync(path.join(reportDir, 'profiles'), { recursive: true });
  const slug = target.replace(/[^\w.-]+/g, '-');
  const files = { base: `profiles/${slug}.base.folded`, head: `profiles/${slug}.head.folded` };
  for (const side of ['base', 'head'] as const) writeFileSync(path.join(reportDir, files[side]), formatFolded(sides[side], profileFileBytes).text);
  return files;
}

// A folded file at most: speedscope and flamegraph.pl open it at once.
const profileFileBytes = 16 * 1024 * 1024;

export function writeReport(paths: ReportPaths, report: Report, markdown: string): void {
  writeFileSync(paths.json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(paths.markdown, markdown);
  writeFileSync(paths.html, renderHtml(report));
}
