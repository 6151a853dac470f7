// The perf-gate command: the same gate as the action, for a laptop or any CI.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listenForInterrupts } from './adapters/app/interrupts.js';
import { ConfigError, ExitCode, PerfGateError, RunError, messageOf } from './core/errors.js';
import { renderTerminal } from './core/render/render-terminal.js';
import { didYouMean } from './core/budget/suggest.js';
import { perfGateVersion } from './version.js';
import { importFile } from './import.js';
import { parseShard, type ShardSpec } from './core/report/shard.js';

const commands = ['run', 'merge', 'import', 'init', 'calibrate', 'bisect'];
const expectedCommands = "'run', 'merge', 'import', 'init', 'calibrate' or 'bisect'";

const usage = `Usage: perf-gate run [--config FILE] [--out DIR] [--baseline FILE] [--base REF] [--base-url URL] [--chrome-path PATH] [--shard I/N]
       perf-gate merge DIR... [--out DIR]
       perf-gate import FILE.har|access.log|lighthouserc.json|budget.json [--out perf-budget.yml] [--base-url URL] [--top N]
       perf-gate init [--command CMD] [--port N] [--endpoint PATH]... [--out perf-budget.yml] [--force] [--yes]
       perf-gate calibrate [--config FILE] [--runs N] [--write]
       perf-gate bisect --good REF --bad REF [--config FILE]

run:   boots the app a budget file describes, loads its endpoints, audits its pages and checks the budgets.
merge: joins the reports of a budget's shards (run --shard 1/N … N/N) into one; a missing shard is an error.
import: writes a perf-budget.yml from a browser's recording (a journey), an access log (a mix weighted as its
       traffic), a Lighthouse CI config or a Lighthouse budget.json, and names what it left out.
init:  finds how the app starts and what it serves (an OpenAPI document, Django's URL patterns, a page at /),
       measures it on this machine and writes a commented perf-budget.yml and .github/workflows/perf-gate.yml.
calibrate: A/A runs of this build on this machine; for each relative rule, how far apart two runs land, the
       smallest change caught, and a rule two runs of one build do not cross (--write puts them in the budget).
bisect: the first commit after --good up to --bad that regressed, each step measured beside --good on this runner.

Options:
  -c, --config FILE     budget file, YAML or JSON (default: perf-budget.yml)
  -o, --out DIR         report directory (default: perf-gate-report); import: the budget to
                        write (default: perf-budget.yml)
      --base-url URL    replaces the budget's app.baseUrl, e.g. a preview deployment
                        (a host that is not this machine needs app.remote in the budget);
                        import: the app's URL for the budget
      --top N           import of an access log: its N commonest kinds of request (default 10)
      --command CMD     init: how the app starts (default: package.json's start script, a
                        Django project's manage.py, a Procfile's web:)
      --port N          init: where the app listens (default: its usual port when free, else a free one)
      --endpoint PATH   init: an endpoint to measure (/api/items or items=/api/items); repeat it.
                        Given, it replaces what init would find
      --force           init: overwrite the budget and the workflow when they exist
  -y, --yes             init: ask nothing (also without a terminal)
      --runs N          calibrate: A/A runs at most (default 5; at most 15 minutes in all)
      --write           calibrate: change the budget's relative rules and runNoise where they stand
      --good REF        bisect: a commit that did not regress (an ancestor of --bad)
      --bad REF         bisect: a commit that regressed
      --chrome-path P   Chrome or Chromium for page audits (default: CHROME_PATH, else found)
  -b, --baseline FILE   an earlier report.json to hold the relative rules against; repeat it
                        with more stored runs of the base to measure run-to-run noise
      --base REF        a pull request's base, as the action has it: with the budget's confirm, a
                        rule that reads regressed or unsure against the baseline is measured again
                        beside REF on this machine, and that verdict decides
      --shard I/N       measure only the I-th of N parts of the budget's targets (a job of a
                        matrix; the split is by target name, the same on every runner)
  -q, --quiet           no progress lines, only the result
  -h, --help          this help
  -v, --version       perf-gate's version

Exit codes: 0 all budgets met, 1 a budget failed, 2 bad budget file or usage, 3 the run could not complete.
bisect: 0 the first bad commit found, 1 none (no regression, or cut short), 2 and 3 as above.`;

const options = {
  config: { type: 'string', short: 'c', default: 'perf-budget.yml' },
  // Its default depends on the command: the report directory, or the budget import writes.
  out: { type: 'string', short: 'o' },
  'chrome-path': { type: 'string' },
  'base-url': { type: 'string' },
  baseline: { type: 'string', short: 'b', multiple: true },
  base: { type: 'string' },
  shard: { type: 'string' },
  top: { type: 'string' },
  command: { type: 'string' },
  port: { type: 'string' },
  endpoint: { type: 'string', multiple: true },
  force: { type: 'boolean', default: false },
  yes: { type: 'boolean', short: 'y', default: false },
  runs: { type: 'string' },
  write: { type: 'boolean', default: false },
  good: { type: 'string' },
  bad: { type: 'string' },
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
  /** Whether a person at a terminal can be asked (init without --yes). */
  interactive?: () => boolean;
}

const defaultIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  interactive: () => Boolean(process.stdin.isTTY && process.stdout.isTTY),
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
    io.err(`perf-gate: internal error: ${messageOf(e)}\n`);
    if (process.env.PERF_GATE_DEBUG) io.err(`${e instanceof Error ? e.stack : ''}\n`);
    return ExitCode.run;
  }
}

// What package.json's engines say; older Node lacks what the diagnosis and the load engines use (a global WebSocket).
const minNodeMajor = 24;

function requireNode(version: string): void {
  if (Number(version.split('.')[0]) < minNodeMajor)
    throw new RunError(
      `needs Node ${minNodeMajor} or later, and this is Node ${version} (${process.execPath}); run it with Node ${minNodeMajor} (npx -p node@${minNodeMajor} perf-gate …)`,
    );
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const flag = /'(-{1,2}[\w-]+)'/.exec((e as Error).message)?.[1];
    const known = Object.keys(options).map((o) => `--${o}`);
    throw new UsageError(flag ? `unknown option '${flag}'${didYouMean(flag, known)}` : (e as Error).message);
  }
}

type Parsed = ReturnType<typeof parseCommandLine>['values'];

async function main(argv: string[], io: CliIO): Promise<number> {
  requireNode(process.versions.node);
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) return (io.out(`${usage}\n`), ExitCode.pass);
  if (values.version) return (io.out(`${perfGateVersion}\n`), ExitCode.pass);
  const [command, ...extra] = positionals;
  if (!command || !commands.includes(command)) {
    throw new UsageError(
      command ? `unknown command '${command}'${didYouMean(command, commands)}; expected ${expectedCommands}` : `expected a command: ${expectedCommands}`,
    );
  }
  refuseOwnOptions(values, command);
  if (command === 'merge') return await merge(extra, values, io);
  if (command === 'import') return await importBudget(extra, values, io);
  if (command === 'init') return await init(extra, values, io);
  if (command === 'calibrate') return await calibrateCommand(extra, values, io);
  if (command === 'bisect') return await bisectCommand(extra, values, io);
  return await run(extra, values, io);
}

async function run(extra: string[], values: Parsed, io: CliIO): Promise<number> {
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  let shard: ShardSpec | undefined;
  if (values.shard !== undefined) {
    const parsed = parseShard(values.shard);
    if (!parsed.ok) throw new UsageError(`invalid --shard: ${parsed.error}`);
    shard = parsed.spec;
  }

  const interrupts = listenForInterrupts();
  try {
    // Loaded when needed: the gate brings Lighthouse and the load generators, which import and --version do not use.
    const [{ runGate }, { baselineFromFiles }] = await Promise.all([import('./run/gate.js'), import('./adapters/baseline/baseline-file.js')]);
    const outcome = await runGate({
      config: values.config,
      outDir: values.out ?? 'perf-gate-report',
      cwd: io.cwd,
      signal: interrupts.signal,
      ...(values['chrome-path'] && { chromePath: values['chrome-path'] }),
      ...(values['base-url'] !== undefined && { baseUrl: values['base-url'] }),
      ...(values.baseline?.length && { baseline: baselineFromFiles(values.baseline, io.cwd) }),
      ...(values.base !== undefined && { confirmBaseRef: values.base }),
      ...(shard && { shard }),
      log: {
        info: (m) => values.quiet || io.err(`${m}\n`),
        warn: (m) => io.err(`warning: ${m}\n`),
      },
    });
    io.out(renderTerminal(outcome.report));
    io.err(`report: ${outcome.paths.json}\n`);
    io.err(`html report: ${outcome.paths.html}\n`);
    for (const t of outcome.report.targets) {
      if (t.page?.artifacts) io.err(`lighthouse report for ${t.name}: ${path.join(outcome.paths.dir, t.page.artifacts.html)}\n`);
    }
    return interrupts.exitCode() ?? outcome.exitCode;
  } finally {
    interrupts.dispose();
  }
}

// The options run takes and merge does not: named, rather than silently ignored.
const runOnly = ['config', 'chrome-path', 'base-url', 'baseline', 'base', 'shard'] as const;

type Values = { out?: string; top?: string } & Partial<Record<(typeof runOnly)[number], unknown>>;

function refuseRunOptions(values: Values, command: string): void {
  const given = runOnly.find((o) => values[o] !== undefined && !(o === 'config' && values[o] === options.config.default));
  if (given) throw new UsageError(`--${given} is an option of run, not ${command}`);
}

// The options of init and calibrate, named when another command is given them.
const ownOptions = {
  command: 'init',
  port: 'init',
  endpoint: 'init',
  force: 'init',
  yes: 'init',
  runs: 'calibrate',
  write: 'calibrate',
  good: 'bisect',
  bad: 'bisect',
} as const;

function refuseOwnOptions(values: Partial<Record<keyof typeof ownOptions, unknown>>, command: string): void {
  const given = (Object.keys(ownOptions) as (keyof typeof ownOptions)[]).find(
    (o) => ownOptions[o] !== command && values[o] !== undefined && values[o] !== false,
  );
  if (given) throw new UsageError(`--${given} is an option of ${ownOptions[given]}, not ${command}`);
}

async function init(
  extra: string[],
  values: Values & { command?: string; port?: string; endpoint?: string[]; force?: boolean; yes?: boolean; quiet?: boolean },
  io: CliIO,
): Promise<number> {
  refuseRunOptions(values, 'init');
  if (values.top !== undefined) throw new UsageError('--top is an option of import, not init');
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535))
    throw new UsageError(`invalid --port: expected a TCP port from 1 to 65535, got '${values.port}'`);
  const interactive = !values.yes && (io.interactive?.() ?? false);
  const interrupts = listenForInterrupts();
  try {
    const { initRepository } = await import('./init.js');
    const done = await initRepository(io.cwd, {
      out: values.out ?? 'perf-budget.yml',
      ...(values.command !== undefined && { command: values.command }),
      ...(port !== undefined && { port }),
      endpoints: values.endpoint ?? [],
      force: values.force ?? false,
      ...(interactive && { ask: askOnTerminal }),
      signal: interrupts.signal,
      log: { info: (m) => values.quiet || io.err(`${m}\n`), warn: (m) => io.err(`warning: ${m}\n`) },
    });
    for (const n of done.notes) io.err(`note: ${n}\n`);
    io.out(done.written.length > 0 ? `wrote ${done.written.join(' and ')}\nnext: ${done.next}\n` : `${done.next}\n`);
    return interrupts.exitCode() ?? ExitCode.pass;
  } finally {
    interrupts.dispose();
  }
}

async function calibrateCommand(extra: string[], values: Parsed, io: CliIO): Promise<number> {
  refuseRunOptions({ ...values, config: undefined }, 'calibrate');
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const { calibrateBudget, calibrateDefaults } = await import('./calibrate.js');
  const runs = values.runs === undefined ? calibrateDefaults.runs : Number(values.runs);
  if (!Number.isInteger(runs) || runs < calibrateDefaults.minRuns || runs > 50)
    throw new UsageError(`invalid --runs: expected a whole number of A/A runs from ${calibrateDefaults.minRuns} to 50, got '${values.runs}'`);
  const interrupts = listenForInterrupts();
  try {
    const done = await calibrateBudget(io.cwd, {
      config: values.config,
      runs,
      maxMs: calibrateDefaults.maxMs,
      write: values.write,
      signal: interrupts.signal,
      log: { info: (m) => values.quiet || io.err(`${m}\n`), warn: (m) => io.err(`warning: ${m}\n`) },
    });
    const { renderCalibration } = await import('./core/render/render-calibration.js');
    if (done.cut) io.err(`calibrate: ${done.runs} of ${runs} runs: ${done.cut}\n`);
    io.out(renderCalibration(done.rows, done.runNoise, done.runs));
    io.out(done.written ? `wrote the suggested rules to ${values.config}\n` : `to put them in ${values.config}: perf-gate calibrate --write\n`);
    return interrupts.exitCode() ?? ExitCode.pass;
  } finally {
    interrupts.dispose();
  }
}

async function bisectCommand(extra: string[], values: Parsed, io: CliIO): Promise<number> {
  refuseRunOptions({ ...values, config: undefined }, 'bisect');
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  if (!values.good || !values.bad) throw new UsageError('bisect: expected --good REF and --bad REF, e.g. perf-gate bisect --good v1.4.0 --bad main');
  const { bisect, bisectDefaults } = await import('./bisect.js');
  const interrupts = listenForInterrupts();
  try {
    const done = await bisect(io.cwd, {
      config: values.config,
      good: values.good,
      bad: values.bad,
      maxMs: bisectDefaults.maxMs,
      signal: interrupts.signal,
      log: { info: (m) => values.quiet || io.err(`${m}\n`), warn: (m) => io.err(`warning: ${m}\n`) },
    });
    for (const [i, s] of done.steps.entries()) io.out(`step ${i + 1}: ${s.sha.slice(0, 12)} ${s.subject}: ${s.verdict}${s.why ? ` (${s.why})` : ''}\n`);
    if (done.first) io.out(`first bad commit: ${done.first.sha} ${done.first.subject}\n`);
    else if (done.noRegression) io.out(`no regression: ${values.bad} reads no worse than ${values.good} on this runner\n`);
    else if (done.undecided) io.out(`the first bad commit is one of (the others could not be measured): ${done.undecided.join(' ')}\n`);
    else io.out(`cut short (${done.cut}): no first bad commit yet\n`);
    return interrupts.exitCode() ?? (done.first ? ExitCode.pass : ExitCode.failed);
  } finally {
    interrupts.dispose();
  }
}

async function askOnTerminal(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return !/^n/i.test((await rl.question(`${question} [Y/n] `)).trim());
  } finally {
    rl.close();
  }
}

async function merge(dirs: string[], values: Values, io: CliIO): Promise<number> {
  refuseRunOptions(values, 'merge');
  if (values.top !== undefined) throw new UsageError('--top is an option of import, not merge');
  if (dirs.length === 0) throw new UsageError("merge: expected the shards' report directories, e.g. perf-gate merge shard-1 shard-2");
  const { mergeShardReports, readReportPaths } = await import('./merge.js');
  const outcome = mergeShardReports(readReportPaths(dirs, io.cwd), values.out ?? 'perf-gate-report', io.cwd);
  io.out(renderTerminal(outcome.report));
  io.err(`report: ${outcome.paths.json}\nhtml report: ${outcome.paths.html}\n`);
  return outcome.exitCode;
}

async function importBudget(files: string[], values: Values, io: CliIO): Promise<number> {
  refuseRunOptions({ ...values, 'base-url': undefined }, 'import');
  if (files.length !== 1) throw new UsageError('import: expected one file: a .har recording, an access log, a lighthouserc.json or a Lighthouse budget.json');
  let top: number | undefined;
  if (values.top !== undefined) {
    top = Number(values.top);
    if (!Number.isInteger(top) || top < 1) throw new UsageError(`invalid --top: expected a whole number of kinds of request like 10, got '${values.top}'`);
  }
  const done = await importFile(files[0] as string, values.out ?? 'perf-budget.yml', io.cwd, {
    ...(typeof values['base-url'] === 'string' && { baseUrl: values['base-url'] }),
    ...(top !== undefined && { top }),
  });
  for (const n of done.notCarried) io.err(`not carried over: ${n}\n`);
  for (const n of done.needs) io.err(`before it runs: ${n}\n`);
  io.out(`wrote ${done.file}: ${done.summary}\n`);
  return ExitCode.pass;
}
