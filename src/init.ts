// `perf-gate init`: a first budget measured on this machine. It finds how the app starts and what it serves, starts
// it once to look (the endpoints, a page at /, /metrics, a health path), measures what it found with the gate itself
// on a draft budget, and writes the budget (each threshold with what it measured and the headroom it leaves) and the
// workflow. Nothing is overwritten without --force; nothing is asked with --yes or without a terminal.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, RunError } from './core/errors.js';
import { draftBudget, type DraftApp, type DraftInput } from './core/init/budget-draft.js';
import { draftWorkflow } from './core/init/workflow-draft.js';
import type { Candidate, LeftOut } from './core/init/candidates.js';
import { fill, parseTemplate } from './core/workload/template.js';
import { findStart, type StartFound } from './adapters/init/start-command.js';
import { probeApp, type ProbedApp } from './adapters/init/app-probe.js';
import { discoverEndpoints, endpointsFromFlags, servedDocuments } from './adapters/init/endpoint-sources.js';
import { bindable, freePorts } from './adapters/app/free-ports.js';
import { commandFailure, runCommand } from './adapters/app/shell-command.js';
import { openStatementReader } from './adapters/work/pg-statements.js';
import { gitAnswer } from './adapters/baseline/git.js';
import type { Logger } from './logger.js';
import { plural } from './core/units.js';

export interface InitOptions {
  /** The budget to write, relative to cwd. */
  out: string;
  command?: string;
  /** Where the app listens in the budget (--port); absent: its usual port when free, else a free one. */
  port?: number;
  endpoints: readonly string[];
  force: boolean;
  /** Asked before writing; absent means ask nothing (--yes, or no terminal). */
  ask?: (question: string) => Promise<boolean>;
  log: Logger;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

export interface InitOutcome {
  written: string[];
  /** What it left out or could not use, one line each. */
  notes: string[];
  next: string;
}

const workflowFile = path.join('.github', 'workflows', 'perf-gate.yml');
const startTimeoutMs = 60_000;
const setupTimeoutMs = 5 * 60_000;
// What each endpoint is measured with, and what the budget says: the thresholds hold for the load they came from.
const load = { duration: '4s', warmup: '1s', connections: 8, samples: 4 };
const healthPaths = ['/health', '/healthz', '/ready', '/api/health'];

/** What the app showed when it was started to look at it. */
interface Looked {
  app: DraftApp;
  endpoints: Candidate[];
  leftOut: LeftOut[];
  page?: { name: string; url: string };
  sources: string[];
  notes: string[];
}

export async function initRepository(cwd: string, opts: InitOptions): Promise<InitOutcome> {
  const env = opts.env ?? process.env;
  const targets = [opts.out, workflowFile].map((f) => path.resolve(cwd, f));
  if (existsSync(targets[0]!) && !opts.force)
    throw new ConfigError([`${path.relative(cwd, targets[0]!)}: already exists; perf-gate init overwrites nothing without --force`]);
  // A workflow already there is the team's: kept, and said, unless --force.
  const keepWorkflow = existsSync(targets[1]!) && !opts.force;
  endpointsFromFlags(opts.endpoints); // a malformed --endpoint is said before anything starts
  // A port given that is taken, too: before the app's setup (a Django project's migrate) runs for nothing.
  if (opts.port !== undefined) await givenPort(opts.port);
  const start = findStart(cwd, opts.command, env);
  opts.log.info(`the app starts with: ${start.command} (${start.foundBy})`);
  const temp = mkdtempSync(path.join(os.tmpdir(), 'perf-gate-init-'));
  let kept = false;
  try {
    const looked = await look(cwd, start, temp, opts);
    const postgres = await postgresSource(env, looked.notes, opts.log);
    const draft = (measured: DraftInput['measured'], app: DraftApp): DraftInput => ({
      app,
      sources: looked.sources,
      endpoints: looked.endpoints,
      ...(looked.page && { page: looked.page }),
      leftOut: looked.leftOut,
      ...(postgres && { postgres }),
      load,
      measured,
      date: new Date().toISOString().slice(0, 10),
    });
    const count = looked.endpoints.length + (looked.page ? 1 : 0);
    const measured = await measure(draftBudget(draft([], { ...looked.app, cwd })), count, temp, opts);
    const budgetText = draftBudget(
      draft(measured, { ...looked.app, ...(path.dirname(targets[0]!) !== cwd && { cwd: path.relative(path.dirname(targets[0]!), cwd) || '.' }) }),
    );
    const workflow = draftWorkflow({
      kind: start.kind,
      budget: path.relative(cwd, targets[0]!),
      ...(start.build && { build: start.build }),
      ...(existsSync(path.join(cwd, 'requirements.txt')) && { requirements: 'requirements.txt' }),
      postgres: postgres !== undefined,
      defaultBranch: defaultBranch(cwd),
    });
    const toWrite = keepWorkflow ? [targets[0]!] : targets;
    if (opts.ask && !(await opts.ask(`write ${toWrite.map((f) => path.relative(cwd, f)).join(' and ')}?`)))
      return { written: [], notes: looked.notes, next: 'nothing written' };
    writeFileSync(targets[0]!, budgetText);
    if (keepWorkflow) looked.notes.push(`${workflowFile} exists and is kept (--force replaces it)`);
    else {
      mkdirSync(path.dirname(targets[1]!), { recursive: true });
      writeFileSync(targets[1]!, workflow);
    }
    return { written: toWrite.map((f) => path.relative(cwd, f)), notes: looked.notes, next: `npx perf-gate run -c ${path.relative(cwd, targets[0]!)}` };
  } catch (e) {
    kept = true; // the app's log and what was measured, which the message points to
    throw e;
  } finally {
    if (!kept) rmSync(temp, { recursive: true, force: true });
  }
}

const definedOnly = (env: NodeJS.ProcessEnv): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));

/** The candidate's URL with each var's first value. */
function firstRequest(c: Candidate): string {
  const parsed = parseTemplate(c.url, 'url', 'url');
  if (!parsed.ok) return c.url;
  return fill(parsed.template, Object.fromEntries(Object.entries(c.vars ?? {}).map(([k, v]) => [k, 'range' in v ? v.range[0] : (v.values[0] ?? '')])));
}

/** The branch a push stores the baseline from: origin's HEAD, else the one checked out, else main. */
function defaultBranch(cwd: string): string {
  const origin = gitAnswer(cwd, ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD'])?.replace(/^origin\//, '');
  const current = gitAnswer(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']);
  return origin || (current && current !== 'HEAD' ? current : 'main');
}

/** The port the budget writes: the one given, else the app's usual one when free, else a free one. */
async function portFor(start: StartFound, given: number | undefined): Promise<number> {
  if (given !== undefined) return givenPort(given);
  return (await bindable(start.defaultPort)) ? start.defaultPort : (await freePorts(1))[0]!;
}

async function givenPort(port: number): Promise<number> {
  if (await bindable(port)) return port;
  throw new RunError(`--port ${port}: something on this machine already listens there; expected a free port (or leave --port out)`);
}

async function look(cwd: string, start: StartFound, temp: string, opts: InitOptions): Promise<Looked> {
  if (start.setup) {
    const logFile = path.join(temp, 'app-setup.log');
    const end = await runCommand(start.setup, {
      cwd,
      logFile,
      ...(opts.env && { env: definedOnly(opts.env) }),
      timeoutMs: setupTimeoutMs,
      ...(opts.signal && { signal: opts.signal }),
    });
    const failed = commandFailure(`the app's setup (${start.setup})`, end, { logFile, timeoutMs: setupTimeoutMs });
    if (failed) throw new RunError(failed);
  }
  const port = await portFor(start, opts.port);
  const app = await probeApp(start.command, {
    cwd,
    port,
    logFile: path.join(temp, 'app.log'),
    timeoutMs: startTimeoutMs,
    ...(opts.signal && { signal: opts.signal }),
  });
  try {
    return await lookAt(app, cwd, start, opts);
  } finally {
    await app.stop();
  }
}

async function lookAt(app: ProbedApp, cwd: string, start: StartFound, opts: InitOptions): Promise<Looked> {
  const discovery = await discoverEndpoints(cwd, app, start.settings, opts.endpoints, opts.env ?? process.env);
  const notes = [...discovery.notes];
  const endpoints: Candidate[] = [];
  const leftOut = [...(discovery.found?.leftOut ?? [])];
  // The page, the health check and the counters are measured as what they are, not as endpoints.
  const notEndpoints = new Set(['/', '/metrics', ...healthPaths, ...servedDocuments]);
  for (const c of (discovery.found?.candidates ?? []).filter((c) => opts.endpoints.length > 0 || !notEndpoints.has(c.url))) {
    const answer = await app.get(firstRequest(c));
    if (answer && answer.status >= 200 && answer.status < 300) endpoints.push(c);
    else leftOut.push({ what: `GET ${c.url}`, why: answer ? `answered ${answer.status} here` : 'did not answer here', url: c.url });
  }
  const home = await app.get('/');
  const page = home && home.status >= 200 && home.status < 300 && /text\/html/i.test(home.contentType) ? { name: 'home', url: '/' } : undefined;
  if (endpoints.length === 0 && !page)
    throw new ConfigError([
      `found nothing to measure: ${[...notes, discovery.found ? `${discovery.found.source} gave no endpoint that answers 2xx` : 'no OpenAPI document in the repository or served by the app, no Django URL patterns'].join('; ')}; expected --endpoint /path for each endpoint`,
    ]);
  const ready = await readyPath(app, endpoints);
  const metrics = await app.get('/metrics');
  return {
    app: {
      command: start.command,
      foundBy: start.foundBy,
      ...(start.setup && { setup: start.setup }),
      ...(start.build && { build: start.build }),
      port: app.port,
      ...(app.honoursPort && { portEnv: 'PORT' }),
      ...ready,
      ...(metrics && metrics.status === 200 && /^# (TYPE|HELP) /m.test(metrics.body) && { metrics: '/metrics' }),
    },
    endpoints,
    leftOut,
    ...(page && { page }),
    sources: [discovery.found?.source ?? 'the page at /'],
    notes: [...notes, ...leftOut.map((l) => `left out ${l.what}: ${l.why}`)],
  };
}

/** A health path that answers 2xx, else the first endpoint, else / with the status it answers. */
async function readyPath(app: ProbedApp, endpoints: readonly Candidate[]): Promise<Pick<DraftApp, 'readyPath' | 'readyStatus'>> {
  for (const p of healthPaths) {
    const a = await app.get(p);
    if (a && a.status >= 200 && a.status < 300) return { readyPath: p };
  }
  const first = endpoints.find((e) => !e.vars);
  if (first) return { readyPath: first.url };
  const root = await app.get('/');
  return { readyPath: '/', ...(root && (root.status < 200 || root.status >= 300) && { readyStatus: [root.status] }) };
}

/** `${DATABASE_URL}` when it names a PostgreSQL whose pg_stat_statements can be read. */
async function postgresSource(env: NodeJS.ProcessEnv, notes: string[], log: Logger): Promise<string | undefined> {
  const url = env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:/.test(url)) return undefined;
  try {
    await (await openStatementReader(url)).close();
    log.info('DATABASE_URL: pg_stat_statements can be read; the budget counts the statements behind each request');
    return '${DATABASE_URL}';
  } catch (e) {
    notes.push(`DATABASE_URL is set, but ${(e as Error).message}; the budget leaves the database out`);
    return undefined;
  }
}

/** The draft measured by the gate itself; its targets. */
async function measure(text: string, targets: number, temp: string, opts: InitOptions): Promise<DraftInput['measured']> {
  writeFileSync(path.join(temp, 'draft.yml'), text);
  const { runGate } = await import('./run/gate.js');
  opts.log.info(`measuring on this machine (${plural(targets, 'target')})`);
  const outcome = await runGate({
    config: 'draft.yml',
    outDir: 'report',
    cwd: temp,
    log: opts.log,
    ...(opts.signal && { signal: opts.signal }),
    ...(opts.env && { env: opts.env }),
  });
  if (outcome.report.errors.length > 0) opts.log.warn(`measuring: ${outcome.report.errors[0]}`);
  return outcome.report.targets;
}
