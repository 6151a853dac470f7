// Starts the app under test in its own process group, waits until it answers, and always ends the whole group.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppPlan } from '../core/budget-parse.js';
import { ConfigError, RunError } from '../core/errors.js';
import { endGroup, trackGroup } from './process-groups.js';

export interface RunningApp {
  /** Ends the app's process group: SIGTERM, then SIGKILL after the grace period. Safe to call twice. */
  stop(): Promise<void>;
}

const pollMs = 100;
const tailLines = 20;

export function tailOf(logFile: string, lines = tailLines): string {
  try {
    const all = readFileSync(logFile, 'utf8').trimEnd().split('\n');
    return all.slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function withLog(message: string, logFile: string): string {
  const tail = tailOf(logFile);
  return tail ? `${message}\nlast lines of the app's log (${logFile}):\n${tail}` : `${message} (the app's log ${logFile} is empty)`;
}

/** Whether something already accepts connections on the URL's port. */
function portInUse(url: string): Promise<boolean> {
  const u = new URL(url);
  const port = Number(u.port || (u.protocol === 'https:' ? 443 : 80));
  const host = u.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

async function answers2xx(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status >= 200 && res.status < 300;
  } catch {
    return false;
  }
}

export interface StartOptions {
  logFile: string;
  /** The budget file, for messages about app.* fields. */
  budgetFile: string;
  /** Add to the log file rather than begin it anew (a restart). */
  append?: boolean;
  signal?: AbortSignal;
}

export async function startApp(app: AppPlan, opts: StartOptions): Promise<RunningApp> {
  if (!app.command) {
    await waitReady(app, opts, undefined);
    return { stop: async () => {} };
  }
  if (!existsSync(app.cwd) || !statSync(app.cwd).isDirectory()) {
    throw new ConfigError([`${opts.budgetFile}: app.cwd: expected an existing directory, got '${app.cwd}'`]);
  }
  for (const url of new Set([app.baseUrl, app.readyUrl].map((u) => new URL(u).origin))) {
    if (await portInUse(url)) {
      throw new RunError(`${url} already accepts connections before the app starts: another process holds the port; stop it or change app.baseUrl`);
    }
  }

  const log = openSync(opts.logFile, opts.append ? 'a' : 'w');
  let child: ChildProcess;
  try {
    child = spawn('/bin/sh', ['-c', app.command], {
      cwd: app.cwd,
      env: { ...process.env, ...app.env },
      detached: true, // its own process group, so the whole tree can be ended at once
      stdio: ['ignore', log, log],
    });
  } finally {
    closeSync(log);
  }
  const pid = child.pid;
  if (pid === undefined) throw new RunError(`could not start app.command '${app.command}'`);
  trackGroup(pid);
  let stopping: Promise<void> | undefined;
  // The whole group, which can outlive the shell when the command forked.
  const running: RunningApp = { stop: () => (stopping ??= endGroup(pid, app.stopTimeoutMs)) };
  try {
    await waitReady(app, opts, child);
  } catch (e) {
    await running.stop();
    throw e;
  }
  return running;
}

async function waitReady(app: AppPlan, opts: StartOptions, child: ChildProcess | undefined): Promise<void> {
  const deadline = Date.now() + app.readyTimeoutMs;
  for (;;) {
    if (opts.signal?.aborted) throw new RunError('interrupted while waiting for the app to be ready');
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      const how = child.exitCode !== null ? `with code ${child.exitCode}` : `on ${child.signalCode}`;
      const tail = tailOf(opts.logFile);
      const portTaken = /EADDRINUSE|address already in use/i.test(tail) ? ' (its port was already in use)' : '';
      throw new RunError(withLog(`the app exited ${how} before it was ready${portTaken}`, opts.logFile));
    }
    if (await answers2xx(app.readyUrl)) return;
    if (Date.now() >= deadline) {
      const what = child ? 'the app' : `the app at ${app.baseUrl} (no app.command: perf-gate expects it already running)`;
      const message = `${what} did not answer 2xx at ${app.readyUrl} within ${app.readyTimeoutMs / 1000}s`;
      throw new RunError(child ? withLog(message, opts.logFile) : message);
    }
    await sleep(pollMs);
  }
}
