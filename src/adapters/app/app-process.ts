// Starts the app under test in its own process group, waits until it is ready, and ends everything it started:
// its group, what app.stop ends, and whatever escaped the group or still holds the app's ports.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppPlan } from '../../core/budget/plan.js';
import { ConfigError, RunError } from '../../core/errors.js';
import { tailOf } from './log-tail.js';
import { Agent, request, type Dispatcher } from 'undici';
import { connectOptions, describeRequestError } from './tls-trust.js';
import { commandOf, describeOwner, listenersOn, processesTagged } from './port-owners.js';
import { endGroup, endProcesses, groupMembers, spawnGroup, waitFor } from './process-groups.js';
import { usageOfProcesses } from './app-usage.js';
import type { AppUsage } from '../../core/load/app-cost.js';
import { withOutboundHook, type OutboundHook } from '../work/outbound-calls.js';

export interface RunningApp {
  /**
   * Ends the app: app.stop, then its process group (SIGTERM, SIGKILL after the grace period), then anything it
   * started that is still running or holds its ports. Returns once its ports refuse connections; throws a
   * RunError when app.stop failed or a port stays held. Safe to call twice. Does nothing to an app perf-gate did not
   * start (no app.command).
   */
  stop(): Promise<void>;
  /** Why the app no longer serves (it exited, or its port refuses connections), with its log; undefined while it does. */
  lost(): Promise<string | undefined>;
  /** What the app's processes have spent so far; undefined for an app perf-gate did not start, or off Linux. */
  usage(): AppUsage | undefined;
  /** The app's processes now: its group (forked workers too) and what left it carrying perf-gate's mark. */
  pids(): number[];
}

const pollMs = 100;
/** Every process the app's command starts inherits this variable: found by it after it leaves the group. */
const tagVariable = 'PERF_GATE_APP_ID';

function withLog(message: string, logFile: string): string {
  const tail = tailOf(logFile);
  return tail ? `${message}\nlast lines of the app's log (${logFile}):\n${tail}` : `${message} (the app's log ${logFile} is empty)`;
}

const portOf = (url: string) => {
  const u = new URL(url);
  return Number(u.port || (u.protocol === 'https:' ? 443 : 80));
};

/** Whether something accepts connections on the URL's host and port. */
function accepts(url: string): Promise<boolean> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: portOf(url) });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

type ProbeAnswer = { status: number; showsText: boolean } | { error: string; certificate: boolean };

/** The status a URL answers and whether its body shows `text` (always, when no text is asked for); or what failed. */
async function probe(url: string, text: string | undefined, dispatcher: Dispatcher): Promise<ProbeAnswer> {
  try {
    // A deployment far away answers slower than an app on this machine; the readiness deadline bounds the wait.
    const res = await request(url, { dispatcher, headersTimeout: 5000, bodyTimeout: 5000 });
    const body = await res.body.text();
    return { status: res.statusCode, showsText: text === undefined || body.includes(text) };
  } catch (e) {
    const { text: error, certificate } = describeRequestError(e);
    return { error, certificate };
  }
}

export interface StartOptions {
  logFile: string;
  /** The budget file, for messages about app.* fields. */
  budgetFile: string;
  /** Add to the log file rather than begin it anew (a restart). */
  append?: boolean;
  signal?: AbortSignal;
  /** What to call the app in messages (default "the app"). */
  label?: string;
  /** Told what teardown found still running and ended. */
  warn?: (message: string) => void;
  /** perf-gate's hooks that count the app's outbound calls, into its Node and Python processes. */
  outbound?: OutboundHook;
}

/** One origin per port the app listens on: its base URL's and its ready URL's. */
function appOrigins(app: AppPlan): string[] {
  const byPort = new Map<number, string>();
  for (const url of [app.baseUrl, app.readyUrl]) if (url !== undefined && !byPort.has(portOf(url))) byPort.set(portOf(url), new URL(url).origin);
  return [...byPort.values()];
}

/** app.cwd must exist before anything runs in it. */
export function checkAppDir(app: AppPlan, budgetFile: string): void {
  if (!existsSync(app.cwd) || !statSync(app.cwd).isDirectory()) {
    throw new ConfigError([`${budgetFile}: app.cwd: expected an existing directory, got '${app.cwd}'`]);
  }
}

// An app perf-gate did not start: only waited for and watched.
async function awaitedApp(app: AppPlan, opts: StartOptions, label: string): Promise<RunningApp> {
  await waitReady(app, opts, undefined);
  return {
    stop: async () => {},
    usage: () => undefined,
    pids: () => [],
    lost: async () => ((await anyAccepts(app)) ? undefined : `${label} at ${app.baseUrl} no longer accepts connections`),
  };
}

/**
 * Starts app.command (when there is one) and waits until the app is ready by every sign app.ready asks for; an app
 * without a command is only waited for. A start that fails ends what it started before it throws.
 */
export async function startApp(app: AppPlan, opts: StartOptions): Promise<RunningApp> {
  const label = opts.label ?? 'the app';
  if (!app.command) return awaitedApp(app, opts, label);
  checkAppDir(app, opts.budgetFile);
  await refuseTakenPorts(app, label);

  const tag = randomUUID();
  const logStart = opts.append && existsSync(opts.logFile) ? statSync(opts.logFile).size : 0;
  const child = spawnGroup(app.command, {
    cwd: app.cwd,
    env: withOutboundHook({ ...process.env, ...app.env, [tagVariable]: tag }, opts.outbound, portOf(app.baseUrl)),
    logFile: opts.logFile,
    ...(opts.append && { append: true }),
  });
  const pid = child.pid;
  if (pid === undefined) throw new RunError(`could not start app.command '${app.command}'`);
  let stopping: Promise<void> | undefined;
  const running: RunningApp = {
    stop: () => (stopping ??= teardown(app, pid, tag, label, opts)),
    // The group, and what left it but carries perf-gate's mark (a daemon the command launched).
    usage: () => usageOfProcesses(running.pids()),
    pids: () => [...new Set([...groupMembers(pid), ...processesTagged(tagVariable, tag)])],
    lost: async () => {
      if (stopping) return undefined;
      const exit = unexpectedExit(child);
      if (exit) return withLog(`${label} exited ${exit} while it was measured`, opts.logFile);
      if (await anyAccepts(app)) return undefined;
      // The port closes a moment before the exit is seen: wait a little for it, to say why.
      await waitFor(() => child.exitCode !== null || child.signalCode !== null, 500);
      const late = unexpectedExit(child);
      if (late) return withLog(`${label} exited ${late} while it was measured`, opts.logFile);
      return withLog(`${label} no longer accepts connections at ${app.baseUrl}`, opts.logFile);
    },
  };
  try {
    await waitReady(app, { ...opts, label }, child, logStart);
  } catch (e) {
    try {
      await running.stop();
    } catch (stopError) {
      // The start's failure is the news; a failed teardown joins it.
      throw new RunError(`${(e as Error).message}\n${(stopError as Error).message}`);
    }
    throw e;
  }
  return running;
}

// A port already taken would have the app fail to bind, or worse, the load measure someone else's server.
async function refuseTakenPorts(app: AppPlan, label: string): Promise<void> {
  for (const origin of appOrigins(app)) {
    if (await accepts(origin)) {
      const owners = listenersOn([portOf(origin)]);
      const who = owners.length > 0 ? `${owners.map(describeOwner).join(', ')} holds port ${portOf(origin)}` : 'another process holds the port';
      throw new RunError(`${origin} already accepts connections before ${label} starts: ${who}; stop it or change app.baseUrl`);
    }
  }
}

async function anyAccepts(app: AppPlan): Promise<boolean> {
  return (await Promise.all(appOrigins(app).map(accepts))).some(Boolean);
}

// A command that launches the app and returns (setsid, docker compose up -d, pm2 start) exits 0: not a failure.
function unexpectedExit(child: ChildProcess): string | undefined {
  if (child.signalCode !== null) return `on ${child.signalCode}`;
  if (child.exitCode !== null && child.exitCode !== 0) return `with code ${child.exitCode}`;
  return undefined;
}

/** What the app's output holds since this start. */
function logSince(logFile: string, offset: number): string {
  let fd: number;
  try {
    fd = openSync(logFile, 'r');
  } catch {
    return '';
  }
  try {
    const size = statSync(logFile).size;
    const buf = Buffer.alloc(Math.max(0, size - offset));
    readSync(fd, buf, 0, buf.length, offset);
    return buf.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

async function waitReady(app: AppPlan, opts: StartOptions, child: ChildProcess | undefined, logStart = 0): Promise<void> {
  const label = opts.label ?? 'the app';
  const deadline = Date.now() + app.readyTimeoutMs;
  const logPattern = app.readyLog === undefined ? undefined : new RegExp(app.readyLog, 'm');
  const accepted = (s: number) => (s >= 200 && s < 300) || app.readyStatus.includes(s);
  let logSeen = logPattern === undefined;
  let lastStatus: number | undefined;
  let lastError: string | undefined;
  let textMissing = false;
  const dispatcher = new Agent({ connect: { ...connectOptions(app.tls, opts.budgetFile), timeout: 5000 } });
  try {
    for (;;) {
      if (opts.signal?.aborted) throw new RunError(`interrupted while waiting for ${label} to be ready`);
      const exit = child && unexpectedExit(child);
      if (exit) {
        const tail = tailOf(opts.logFile);
        const portTaken = /EADDRINUSE|address already in use/i.test(tail) ? ' (its port was already in use)' : '';
        throw new RunError(withLog(`${label} exited ${exit} before it was ready${portTaken}`, opts.logFile));
      }
      if (!logSeen && logPattern) logSeen = logPattern.test(logSince(opts.logFile, logStart));
      if (logSeen) {
        if (app.readyUrl === undefined) return;
        const answer = await probe(app.readyUrl, app.readyText, dispatcher);
        if ('error' in answer) {
          [lastStatus, lastError] = [undefined, answer.error];
          // A certificate refused now is refused at the deadline too: say so at once.
          if (answer.certificate) throw new RunError(certificateRefused(app, label, answer.error));
        } else {
          [lastStatus, lastError] = [answer.status, undefined];
          if (accepted(answer.status)) {
            if (answer.showsText) return;
            textMissing = true;
          }
        }
      }
      if (Date.now() >= deadline) throw new RunError(notReady(app, label, child, { logSeen, lastStatus, lastError, textMissing }, opts.logFile));
      await sleep(pollMs);
    }
  } finally {
    await dispatcher.close().catch(() => {});
  }
}

function certificateRefused(app: AppPlan, label: string, error: string): string {
  const fix = app.tls
    ? 'app.tls.ca does not vouch for this certificate: give the CA that signed it, or the certificate itself'
    : 'for a self-signed or local CA certificate set app.tls: { ca: FILE } (the certificate or its CA, PEM), or app.tls: { insecure: true }';
  return `${label} at ${app.readyUrl}: ${error}; ${fix}`;
}

// Names which sign of readiness never came.
function notReady(
  app: AppPlan,
  label: string,
  child: ChildProcess | undefined,
  seen: { logSeen: boolean; lastStatus: number | undefined; lastError: string | undefined; textMissing: boolean },
  logFile: string,
): string {
  const within = `within ${app.readyTimeoutMs / 1000}s`;
  const answered = seen.lastStatus !== undefined ? ` (it answered ${seen.lastStatus})` : seen.lastError ? ` (the last try: ${seen.lastError})` : '';
  const showed = seen.textMissing ? `answered ${seen.lastStatus} but never showed '${app.readyText}' (app.ready.text)` : `did not answer ${okStatuses(app)}`;
  if (!child)
    return `the app at ${app.baseUrl} (no app.command: perf-gate expects it already running) ${showed} at ${app.readyUrl} ${within}${seen.textMissing ? '' : answered}`;
  const returned = child.exitCode === 0 ? ' (app.command returned with code 0; what it launched never became ready)' : '';
  let what: string;
  if (!seen.logSeen) {
    const url = app.readyUrl === undefined ? '' : `, so ${app.readyUrl} was not polled`;
    what = `${label} printed no line matching /${app.readyLog}/ (app.ready.log) ${within}${url}`;
  } else {
    what = `${label} ${showed} at ${app.readyUrl} ${within}${seen.textMissing ? '' : answered}`;
  }
  return withLog(what + returned, logFile);
}

const okStatuses = (app: AppPlan) => ['2xx', ...app.readyStatus].join(' or ');

// app.stop in its own group, bounded by its timeout; its output joins the app's log. A failure is returned.
async function runStopCommand(app: AppPlan, tag: string, opts: StartOptions): Promise<string | undefined> {
  const stop = app.stop as NonNullable<AppPlan['stop']>;
  const child = spawnGroup(stop.command, {
    cwd: app.cwd,
    env: { ...process.env, ...app.env, [tagVariable]: `${tag}-stop` },
    logFile: opts.logFile,
    append: true,
  });
  const pid = child.pid;
  if (pid === undefined) return `could not start app.stop '${stop.command}'`;
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c))),
    new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), stop.timeoutMs))),
  ]);
  clearTimeout(timer);
  await endGroup(pid, 1000);
  if (code === 'timeout') return withLog(`app.stop '${stop.command}' did not finish within ${stop.timeoutMs / 1000}s and was ended`, opts.logFile);
  if (code !== 0) return withLog(`app.stop '${stop.command}' exited with code ${code ?? child.signalCode}`, opts.logFile);
  return undefined;
}

async function teardown(app: AppPlan, pid: number, tag: string, label: string, opts: StartOptions): Promise<void> {
  const failures: string[] = [];
  if (app.stop) {
    const failed = await runStopCommand(app, tag, opts);
    if (failed) failures.push(failed);
  }
  await endGroup(pid, app.stopTimeoutMs);

  const origins = appOrigins(app);
  const ports = origins.map(portOf);
  const leftovers = () => ({ tagged: processesTagged(tagVariable, tag), listening: listenersOn(ports) });
  const settled = async () => {
    const left = leftovers();
    return left.tagged.length === 0 && left.listening.length === 0 && !(await anyAccepts(app));
  };
  // What app.stop ends may take its grace period to go; with no app.stop nothing else will end it.
  if (!(await waitFor(settled, app.stop ? app.stopTimeoutMs : 0))) {
    const { tagged, listening } = leftovers();
    for (const p of tagged) {
      opts.warn?.(`${label}: pid ${p} (${commandOf(p)}) was still running after the app was stopped (it left perf-gate's process group): ending it`);
    }
    for (const o of listening.filter((l) => !tagged.includes(l.pid))) {
      opts.warn?.(`${label}: ${describeOwner(o)} still listened on port ${o.port} after the app was stopped: ending it`);
    }
    await endProcesses([...new Set([...tagged, ...listening.map((o) => o.pid)])], app.stopTimeoutMs);
    // A socket lingers a moment after its process ends.
    if (!(await waitFor(async () => !(await anyAccepts(app)), 1000))) {
      const owners = listenersOn(ports);
      const held = origins.filter((_, i) => owners.some((o) => o.port === ports[i]));
      failures.push(
        owners.length > 0
          ? `${held.join(', ')} still accepts connections after ${label} was stopped: held by ${owners.map(describeOwner).join(', ')}`
          : `${origins.join(', ')} still accepts connections after ${label} was stopped, from a process perf-gate cannot see (another user or container?)`,
      );
    }
  }
  if (failures.length > 0) throw new RunError(failures.join('\n'));
}
