#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
const require = __pgCreateRequire(import.meta.url);
const __pgFilename = __pgFileURLToPath(import.meta.url);
const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));
const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;
const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));
import {
  ConfigError,
  ExitCode,
  PerfGateError,
  __name,
  baselineLine,
  budgetText,
  comparisonCells,
  didYouMean,
  endpointCells,
  endpointColumns,
  fingerprintLine,
  formatValue,
  listenForInterrupts,
  orderedChecks,
  pageCells,
  pageColumns,
  pageRunsText,
  perfGateVersion,
  runGate,
  verdictLine
} from "./chunk-C5L7PJTT.js";

// src/cli.ts
import path from "node:path";
import { parseArgs } from "node:util";

// src/core/render-terminal.ts
function table(rows, rightAligned) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...r[i] ?? ""].length))) ?? [];
  return rows.map(
    (r) => r.map((cell, i) => rightAligned.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd()
  );
}
__name(table, "table");
function renderTerminal(report) {
  const out = [];
  const endpoints = report.targets.filter((t) => t.kind === "endpoint");
  if (endpoints.length > 0) {
    const rows = [["endpoint", ...endpointColumns, "samples"]];
    for (const t of endpoints) rows.push([t.name, ...endpointCells(t), String(t.endpoint?.bursts.length ?? 0)]);
    out.push(...table(rows, new Set(rows[0]?.map((_, i) => i).slice(1))), "");
  }
  const pages = report.targets.filter((t) => t.kind === "page");
  if (pages.length > 0) {
    const rows = [["page", ...pageColumns, "runs"]];
    for (const t of pages) rows.push([t.name, ...pageCells(t), pageRunsText(t)]);
    out.push(...table(rows, new Set(rows[0]?.map((_, i) => i).slice(1))), "");
  }
  if (report.checks.length > 0) {
    const rows = [["", "target", "metric", "budget", "actual"]];
    for (const c of orderedChecks(report.checks)) {
      rows.push([c.outcome === "pass" ? "ok" : "FAIL", c.target, c.metric, budgetText(c), formatValue(c.actual, c.unit)]);
    }
    out.push(...table(rows, /* @__PURE__ */ new Set([4])), "");
  }
  const base = baselineLine(report);
  if (base) out.push(base);
  if (report.comparisons.length > 0) {
    const rows = [["target", "metric", "allowed", "base", "head", "\u0394", "\u0394 %", "interval of \u0394", "verdict"]];
    for (const r of report.comparisons) rows.push([r.target, r.metric, ...comparisonCells(r)]);
    out.push(...table(rows, /* @__PURE__ */ new Set([3, 4, 5, 6])), "");
  } else if (base) out.push("");
  for (const t of report.targets.filter((t2) => t2.status === "error")) out.push(`error in ${t.name}: ${t.error ?? "unknown"}`);
  for (const e of report.errors) out.push(`error: ${e}`);
  out.push(`perf-gate: ${report.verdict.toUpperCase()} \u2014 ${verdictLine(report)}`, fingerprintLine(report), "");
  return out.join("\n");
}
__name(renderTerminal, "renderTerminal");

// src/cli.ts
var usage = `Usage: perf-gate run [--config FILE] [--out DIR] [--baseline FILE] [--chrome-path PATH]

Boots the app a budget file describes, loads its endpoints, audits its pages and checks the budgets.

Options:
  -c, --config FILE     budget file, YAML or JSON (default: perf-budget.yml)
  -o, --out DIR         report directory (default: perf-gate-report)
      --chrome-path P   Chrome or Chromium for page audits (default: CHROME_PATH, else found)
  -b, --baseline FILE   an earlier report.json to hold the relative rules against
  -q, --quiet           no progress lines, only the result
  -h, --help          this help
  -v, --version       perf-gate's version

Exit codes: 0 all budgets met, 1 a budget failed, 2 bad budget file or usage, 3 the run could not complete.`;
var options = {
  config: { type: "string", short: "c", default: "perf-budget.yml" },
  out: { type: "string", short: "o", default: "perf-gate-report" },
  "chrome-path": { type: "string" },
  baseline: { type: "string", short: "b" },
  quiet: { type: "boolean", short: "q", default: false },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false }
};
var UsageError = class extends PerfGateError {
  static {
    __name(this, "UsageError");
  }
  constructor(message) {
    super(`${message}
${usage.split("\n")[0]}`, ExitCode.config);
  }
};
var defaultIO = {
  out: /* @__PURE__ */ __name((text) => process.stdout.write(text), "out"),
  err: /* @__PURE__ */ __name((text) => process.stderr.write(text), "err"),
  cwd: process.cwd()
};
async function runCli(argv, io = defaultIO) {
  try {
    return await main(argv, io);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.err(e.lines.map((l) => `perf-gate: ${l}
`).join(""));
      return e.exitCode;
    }
    if (e instanceof PerfGateError) {
      io.err(`perf-gate: ${e.message}
`);
      return e.exitCode;
    }
    io.err(`perf-gate: internal error: ${e instanceof Error ? e.message : String(e)}
`);
    if (process.env.PERF_GATE_DEBUG) io.err(`${e instanceof Error ? e.stack : ""}
`);
    return ExitCode.run;
  }
}
__name(runCli, "runCli");
async function main(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const flag = /'(-{1,2}[\w-]+)'/.exec(e.message)?.[1];
    const known = Object.keys(options).map((o) => `--${o}`);
    throw new UsageError(flag ? `unknown option '${flag}'${didYouMean(flag, known)}` : e.message);
  }
  const { values, positionals } = parsed;
  if (values.help) return io.out(`${usage}
`), ExitCode.pass;
  if (values.version) return io.out(`${perfGateVersion}
`), ExitCode.pass;
  const [command, ...extra] = positionals;
  if (command !== "run") {
    throw new UsageError(command ? `unknown command '${command}'${didYouMean(command, ["run"])}; expected 'run'` : "expected a command: 'run'");
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const interrupts = listenForInterrupts();
  try {
    const outcome = await runGate({
      config: values.config,
      outDir: values.out,
      cwd: io.cwd,
      signal: interrupts.signal,
      ...values["chrome-path"] && { chromePath: values["chrome-path"] },
      ...values.baseline && { baseline: values.baseline },
      log: {
        info: /* @__PURE__ */ __name((m) => values.quiet || io.err(`${m}
`), "info"),
        warn: /* @__PURE__ */ __name((m) => io.err(`warning: ${m}
`), "warn")
      }
    });
    io.out(renderTerminal(outcome.report));
    io.err(`report: ${outcome.paths.json}
`);
    for (const t of outcome.report.targets) {
      if (t.page?.artifacts) io.err(`lighthouse report for ${t.name}: ${path.join(outcome.paths.dir, t.page.artifacts.html)}
`);
    }
    return interrupts.exitCode() ?? outcome.exitCode;
  } finally {
    interrupts.dispose();
  }
}
__name(main, "main");

// src/cli-entry.ts
process.exitCode = await runCli(process.argv.slice(2));
