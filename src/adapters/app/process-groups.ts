// Process groups perf-gate starts (the app, Chrome): checked, ended, and killed if perf-gate exits without ending them.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';

const live = new Set<number>();
let exitHookInstalled = false;

/** Sends a signal to the whole group; false when the group is gone. */
function killGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

/** The state letter and process group of a /proc stat line (the command may hold spaces and parentheses). */
function statFields(stat: string): { state: string; pgrp: number } {
  const [state = '', , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state, pgrp: Number(pgrp) };
}

const ended = (state: string) => state === 'Z' || state === 'X' || state === 'x';

// A process is gone only when none of its threads is left: after SIGTERM a multi-threaded server's main thread
// can be a zombie for a second while other threads still run and hold its listening socket.
export function processAlive(pid: number): boolean {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return false;
  }
  for (const tid of tasks) {
    try {
      if (!ended(statFields(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')).state)) return true;
    } catch {
      // this thread ended while we looked
    }
  }
  return false;
}

/** Pids of the processes of a group that are not fully ended. */
export function groupMembers(pgid: number): number[] {
  if (!killGroup(pgid, 0)) return [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [pgid];
  }
  const pids: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (statFields(readFileSync(`/proc/${entry}/stat`, 'utf8')).pgrp === pgid && processAlive(Number(entry))) pids.push(Number(entry));
    } catch {
      // gone while we looked
    }
  }
  return pids;
}

// Whether any process of the group still runs. A killed process whose parent died stays a zombie until
// PID 1 reaps it, which some containers do slowly: a process whose every thread is a zombie does not count.
export function groupAlive(pgid: number): boolean {
  return groupMembers(pgid).length > 0;
}

/** Remembers a group so that it is killed synchronously if perf-gate exits before ending it. */
export function trackGroup(pgid: number): void {
  live.add(pgid);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const id of live) killGroup(id, 'SIGKILL');
  });
}

export interface GroupCommand {
  cwd?: string;
  env: NodeJS.ProcessEnv;
  /** Where its output goes; appended to when `append`. */
  logFile: string;
  append?: boolean;
}

/** `command` under /bin/sh in a process group of its own (its whole tree ends at once), its output to a log; tracked. */
export function spawnGroup(command: string, opts: GroupCommand): ChildProcess {
  const log = openSync(opts.logFile, opts.append ? 'a' : 'w');
  let child: ChildProcess;
  try {
    child = spawn('/bin/sh', ['-c', command], { cwd: opts.cwd, env: opts.env, detached: true, stdio: ['ignore', log, log] });
  } finally {
    closeSync(log);
  }
  if (child.pid !== undefined) trackGroup(child.pid);
  return child;
}

/** Forgets a group that ended by itself. */
export function untrackGroup(pgid: number): void {
  live.delete(pgid);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `done` holds or the time is up; whether it holds. */
export async function waitFor(done: () => boolean | Promise<boolean>, ms: number, pollMs = 20): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() >= deadline) return false;
    await sleep(pollMs);
  }
  return true;
}

// SIGKILL is not instant either: this long for the kernel to end what it killed.
const killWaitMs = 2000;

/** SIGTERM, then SIGKILL for whatever is left after the grace period. */
export async function endGroup(pgid: number, graceMs: number): Promise<void> {
  killGroup(pgid, 'SIGTERM');
  if (!(await waitFor(() => !groupAlive(pgid), graceMs))) {
    killGroup(pgid, 'SIGKILL');
    await waitFor(() => !groupAlive(pgid), killWaitMs);
  }
  untrackGroup(pgid);
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** Ends single processes that are not in a group perf-gate owns: SIGTERM, then SIGKILL after the grace period. */
export async function endProcesses(pids: readonly number[], graceMs: number): Promise<void> {
  for (const pid of pids) signal(pid, 'SIGTERM');
  const gone = () => pids.every((p) => !processAlive(p));
  if (await waitFor(gone, graceMs)) return;
  for (const pid of pids) if (processAlive(pid)) signal(pid, 'SIGKILL');
  await waitFor(gone, killWaitMs);
}
