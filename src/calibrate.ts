// `perf-gate calibrate`: A/A runs of this build on this machine (count and time bounded, progress shown), each as a
// push would store it, then each relative rule beside the spread of its run means: the smallest change this runner
// catches, and the rule that two runs of one build do not cross. With --write the rules and relative.runNoise are
// changed in the budget where they stand, every other byte kept.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readBudgetFile } from './adapters/files/budget-file.js';
import { readTextFile } from './adapters/files/text-file.js';
import { calibrate, suggestedRunNoise, type CalibrationRow } from './core/verdict/calibration.js';
import { rewriteRules } from './core/budget/rule-rewrite.js';
import { ConfigError, RunError, firstLineOf } from './core/errors.js';
import { parseBudget } from './core/budget/budget-parse.js';
import type { GatePlan } from './core/budget/plan.js';
import type { Report } from './core/report/report.js';
import { formatValue } from './core/units.js';
import type { Logger } from './logger.js';

export interface CalibrateOptions {
  config: string;
  /** A/A runs at most (at least 3 measure the between-run noise). */
  runs: number;
  /** No run starts that would end past this. */
  maxMs: number;
  write: boolean;
  log: Logger;
  signal?: AbortSignal;
}

export interface Calibrated {
  rows: CalibrationRow[];
  runNoise: number | null;
  runs: number;
  /** Why fewer runs than asked were made. */
  cut?: string;
  written: boolean;
}

export const calibrateDefaults = { runs: 5, maxMs: 15 * 60_000, minRuns: 2 };

export async function calibrateBudget(cwd: string, opts: CalibrateOptions): Promise<Calibrated> {
  const plan = await readBudgetFile(opts.config, cwd);
  const ruled = [...plan.endpoints, ...plan.pages].filter((t) => t.relative.length > 0);
  if (ruled.length === 0)
    throw new ConfigError([`${opts.config}: no relative rule to calibrate; expected relative: rules (relative.endpoints, relative.pages, or a target's own)`]);
  const { reports, cut } = await aaRuns(cwd, opts);
  if (reports.length < calibrateDefaults.minRuns)
    throw new RunError(`calibrate: ${reports.length} A/A run finished (${cut ?? 'stopped'}); at least ${calibrateDefaults.minRuns} are needed`);
  const rows = rowsOf(plan, reports);
  const runNoise = suggestedRunNoise(rows);
  if (opts.write) write(cwd, opts.config, rows, runNoise);
  return { rows, runNoise, runs: reports.length, ...(cut && { cut }), written: opts.write };
}

async function aaRuns(cwd: string, opts: CalibrateOptions): Promise<{ reports: Report[]; cut?: string }> {
  const { runGate } = await import('./run/gate.js');
  const temp = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-calibrate-'));
  const began = Date.now();
  const reports: Report[] = [];
  const quiet: Logger = { info: () => {}, warn: (m) => opts.log.warn(m) };
  try {
    for (let i = 1; i <= opts.runs; i++) {
      const elapsed = Date.now() - began;
      // The next run would take as long as the last ones did on average.
      if (i > 1 && elapsed + elapsed / (i - 1) > opts.maxMs) return { reports, cut: `the next run would end past ${formatValue(opts.maxMs, 'ms')}` };
      if (opts.signal?.aborted) return { reports, cut: 'interrupted' };
      opts.log.info(`A/A run ${i} of ${opts.runs} (${formatValue(elapsed, 'ms')} so far)`);
      const out = await runGate({
        config: path.resolve(cwd, opts.config),
        outDir: path.join(temp, `run-${i}`),
        cwd,
        log: quiet,
        alone: true,
        ...(opts.signal && { signal: opts.signal }),
      });
      if (out.report.errors.length > 0) throw new RunError(`calibrate: A/A run ${i}: ${out.report.errors[0]}`);
      reports.push(out.report);
    }
    return { reports };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function rowsOf(plan: GatePlan, reports: readonly Report[]): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  for (const t of [...plan.endpoints, ...plan.pages]) {
    for (const rule of t.relative) {
      const runs = reports.map((r) => r.targets.find((x) => x.kind === t.kind && x.name === t.name)?.metrics[rule.metric]?.samples ?? []);
      rows.push(calibrate({ target: t.name, kind: t.kind, rule, runs }));
    }
  }
  return rows;
}

/** Each rule's line gets the loosest suggestion of the targets that share it (a default serves them all). */
function write(cwd: string, config: string, rows: readonly CalibrationRow[], runNoise: number | null): void {
  const file = path.resolve(cwd, config);
  const read = readTextFile(file);
  if (!read.ok) throw new ConfigError([`${config}: cannot be read (${read.code})`]);
  const byLine = new Map<string, { row: CalibrationRow; allowed: number }>();
  for (const row of rows) {
    if (row.exact || row.spread === null || row.rule.line === undefined) continue;
    const allowed = Math.abs(Number.parseFloat(row.suggested));
    const key = `${row.rule.line}:${row.kind}:${row.metric}`;
    const had = byLine.get(key);
    if (!had || allowed > had.allowed) byLine.set(key, { row, allowed });
  }
  const edits = [...byLine.values()].map(({ row }) => ({ kind: row.kind, metric: row.metric, line: row.rule.line!, rule: row.suggested }));
  const text = rewriteRules(read.text, edits, runNoise ?? undefined);
  // Read back before it is written: a budget calibrate broke would turn the gate off.
  try {
    parseBudget(text, config, path.dirname(file), { env: process.env });
  } catch (e) {
    throw new RunError(`calibrate: the suggested rules would not make a valid budget, so ${config} is left as it was: ${firstLineOf(e)}`);
  }
  writeFileSync(file, text);
}
