// The perf-gate command: the same gate as the action, for a laptop or any CI.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listenForInterrupts } from './adapters/interrupts.js';
import { ConfigError, ExitCode, PerfGateError } from './core/errors.js';
import { renderTerminal } from './core/render-terminal.js';
import { didYouMean } from './core/suggest.js';
import { baselineFromFiles, runGate } from './gate.js';
import { perfGateVersion } from './version.js';

const usage = `Usage: perf-gate run [--config FILE] [--out DIR] [--baseline FILE] [--base-url URL] [--chrome-path PATH]

Boots the app a budget file describes, loads its endpoints, audits its pages and checks the budgets.

Options:
  -c, --config FILE     budget file, YAML or JSON (default: perf-budget.yml)
  -o, --out DIR         report directory (default: perf-gate-report)
      --base-url URL    replaces the budget's app.baseUrl, e.g. a preview deployment
                        (a host that is not this machine needs app.remote in the budget)
      --chrome-path P   Chrome or Chromium for page audits (default: CHROME_PATH, else found)
  -b, --baseline FILE   an earlier report.json to hold the relative rules against; repeat it
                        with more stored runs of the base to measure run-to-run noise
  -q, --quiet           no progress lines, only the result
  -h, --help          this help
  -v, --version       perf-gate's version

Exit codes: 0 all budgets met, 1 a budget failed, 2 bad budget file or usage, 3 the run could not complete.`;

const options = {
  config: { type: 'string', short: 'c', default: 'perf-budget.yml' },
  out: { type: 'string', short: 'o', default: 'perf-gate-report' },
  'chrome-path': { type: 'string' },
  'base-url': { type: 'string' },
  baseline: { type: 'string', short: 'b', multiple: true },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

class UsageError extends PerfGateError {
  constructor(message: string) {
    super(`${message}\n${usage.split('\n')[0]}`, ExitCode.config);
  }
}

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

const defaultIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};

/** Runs the CLI and returns its exit code; every error ends here as one message, without a stack. */
export async function runCli(argv: string[], io: CliIO = defaultIO): Promise<number> {
  try {
    return await main(argv, io);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.err(e.lines.map((l) => `perf-gate: ${l}\n`).join(''));
      return e.exitCode;
    }
    if (e instanceof PerfGateError) {
      io.err(`perf-gate: ${e.message}\n`);
      return e.exitCode;
    }
    io.err(`perf-gate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.PERF_GATE_DEBUG) io.err(`${e instanceof Error ? e.stack : ''}\n`);
    return ExitCode.run;
  }
}

async function main(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const flag = /'(-{1,2}[\w-]+)'/.exec((e as Error).message)?.[1];
    const known = Object.keys(options).map((o) => `--${o}`);
    throw new UsageError(flag ? `unknown option '${flag}'${didYouMean(flag, known)}` : (e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return (io.out(`${usage}\n`), ExitCode.pass);
  if (values.version) return (io.out(`${perfGateVersion}\n`), ExitCode.pass);
  const [command, ...extra] = positionals;
  if (command !== 'run') {
    throw new UsageError(command ? `unknown command '${command}'${didYouMean(command, ['run'])}; expected 'run'` : "expected a command: 'run'");
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);

  const interrupts = listenForInterrupts();
  try {
    const outcome = await runGate({
      config: values.config,
      outDir: values.out,
      cwd: io.cwd,
      signal: interrupts.signal,
      ...(values['chrome-path'] && { chromePath: values['chrome-path'] }),
      ...(values['base-url'] !== undefined && { baseUrl: values['base-url'] }),
      ...(values.baseline?.length && { baseline: baselineFromFiles(values.baseline, io.cwd) }),
      log: {
        info: (m) => values.quiet || io.err(`${m}\n`),
        warn: (m) => io.err(`warning: ${m}\n`),
      },
    });
    io.out(renderTerminal(outcome.report));
    io.err(`report: ${outcome.paths.json}\n`);
    for (const t of outcome.report.targets) {
      if (t.page?.artifacts) io.err(`lighthouse report for ${t.name}: ${path.join(outcome.paths.dir, t.page.artifacts.html)}\n`);
    }
    return interrupts.exitCode() ?? outcome.exitCode;
  } finally {
    interrupts.dispose();
  }
}
