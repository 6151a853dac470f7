// `perf-gate merge DIR…` and the action's mode: merge: the shards' reports read from disk, checked, merged and
// written as one report (with the page audits' Lighthouse reports beside it), for one comment and one check.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ensureReportDir, writeReport, type ReportPaths } from './adapters/files/report-files.js';
import { readTextFile } from './adapters/files/text-file.js';
import { ConfigError, type ExitCodeValue, messageOf } from './core/errors.js';
import { mergeProblems, mergeReports, type ReportHead, type ShardInput } from './core/report/merge-reports.js';
import { outcomeOf } from './core/verdict/outcome.js';
import { renderMarkdown } from './core/render/render-markdown.js';
import type { Report } from './core/report/report.js';
import { validateReport } from './core/report/report.js';

/** A report.json, a report directory, or a directory of them (what a download of every shard's artifact leaves). */
export function reportFilesIn(paths: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    if (!existsSync(abs)) throw new ConfigError([`${given}: there is no such file or directory; expected a shard's report directory or report.json`]);
    if (statSync(abs).isFile()) {
      files.push(abs);
      continue;
    }
    if (existsSync(path.join(abs, 'report.json'))) {
      files.push(path.join(abs, 'report.json'));
      continue;
    }
    const inside = readdirSync(abs)
      .sort()
      .map((d) => path.join(abs, d, 'report.json'))
      .filter((f) => existsSync(f));
    if (inside.length === 0) throw new ConfigError([`${given}: no report.json in it or in its subdirectories; expected a shard's report directory`]);
    files.push(...inside);
  }
  return files;
}

function readJson(file: string, cwd: string): { source: string; json: unknown } {
  const source = path.relative(cwd, file) || file;
  const read = readTextFile(file);
  if (!read.ok) throw new ConfigError([`${source}: cannot be read (${read.code})`]);
  try {
    return { source, json: JSON.parse(read.text) };
  } catch (e) {
    throw new ConfigError([`${source}: not JSON (${messageOf(e)})`]);
  }
}

/** The report.json files under the paths given, read. */
export function readReportPaths(paths: readonly string[], cwd: string): ShardInput[] {
  return reportFilesIn(paths, cwd).map((f) => ({ ...readJson(f, cwd), dir: path.dirname(f) }));
}

/** The shards' reports, each checked: all of one budget, one schema version and one matrix, each valid. */
export function checkShardReports(read: readonly ShardInput[]): { source: string; dir?: string; report: Report }[] {
  const heads: ReportHead[] = read.map(({ source, json }) => {
    const o = (json ?? {}) as Record<string, unknown>;
    return {
      source,
      schemaVersion: o.schemaVersion,
      budgetFile: o.budgetFile,
      ...(o.shard !== undefined && { shard: o.shard as NonNullable<ReportHead['shard']> }),
    };
  });
  const problems = mergeProblems(heads);
  if (problems.length > 0) throw new ConfigError(problems);
  return read.map(({ source, json, dir }) => {
    const checked = validateReport(json);
    if (!checked.ok) throw new ConfigError([`${source}: not a valid perf-gate report (${checked.reason})`]);
    return { source, ...(dir !== undefined && { dir }), report: checked.report };
  });
}

const inside = (dir: string, f: string) => !path.relative(dir, f).startsWith('..') && !path.isAbsolute(path.relative(dir, f));

export interface MergeOutcome {
  report: Report;
  markdown: string;
  paths: ReportPaths;
  exitCode: ExitCodeValue;
}

/** Merges the shards' reports into `outDir`: report.json, report.md and the Lighthouse reports the pages link to. */
export function mergeShardReports(read: readonly ShardInput[], outDir: string, cwd: string): MergeOutcome {
  const parts = checkShardReports(read);
  const out = ensureReportDir(path.resolve(cwd, outDir));
  const report = mergeReports(parts);
  for (const part of parts) {
    if (part.dir === undefined) continue;
    for (const t of part.report.targets) {
      for (const rel of Object.values(t.page?.artifacts ?? {})) {
        const from = path.resolve(part.dir, rel);
        const to = path.resolve(out.dir, rel);
        // Only files inside both report directories: a report's paths are data, not a place to write to.
        if (from === to || !inside(part.dir, from) || !inside(out.dir, to) || !existsSync(from)) continue;
        mkdirSync(path.dirname(to), { recursive: true });
        copyFileSync(from, to);
      }
    }
  }
  const markdown = renderMarkdown(report);
  writeReport(out, report, markdown);
  return { report, markdown, paths: out, exitCode: outcomeOf(report).exitCode };
}
