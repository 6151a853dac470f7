// Process groups perf-gate starts (the app, Chrome): checked, ended, and killed if perf-gate exits without ending them.
import { readdirSync, readFileSync } from 'node:fs';

const live = new Set<number>();
let exitHookInstalled = false;

/** Sends a signal to the whole group; false when the group is gone. */
export function killGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

// Whether any process of the group still runs. A killed process whose parent died stays a zombie until
// PID 1 reaps it, which some containers do slowly: on Linux, zombies do not count.
export function groupAlive(pgid: number): boolean {
  if (!killGroup(pgid, 0)) return false;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return true;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') return true;
    } catch {
      // gone while we looked
    }
  }
  return false;
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

export function untrackGroup(pgid: number): void {
  live.delete(pgid);
}

/** SIGTERM, then SIGKILL for whatever is left after the grace period. */
export async function endGroup(pgid: number, graceMs: number, pollMs = 20): Promise<void> {
  killGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && groupAlive(pgid)) await new Promise((r) => setTimeout(r, pollMs));
  if (groupAlive(pgid)) {
    killGroup(pgid, 'SIGKILL');
    // SIGKILL is not instant either: return once the kernel has ended them all.
    const killDeadline = Date.now() + 2000;
    while (Date.now() < killDeadline && groupAlive(pgid)) await new Promise((r) => setTimeout(r, pollMs));
  }
  untrackGroup(pgid);
}
