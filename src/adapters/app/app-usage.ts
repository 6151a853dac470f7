// What the app under test spent, read from /proc for every process perf-gate started for it: CPU time (user +
// system) and resident memory. Linux only; elsewhere there is nothing to read and no cost metric is reported.
import { readFileSync } from 'node:fs';
import type { AppUsage } from '../../core/load/app-cost.js';
import type { MachineCpu } from '../../core/verdict/runner-speed.js';

// The kernel reports CPU time in USER_HZ ticks, 100 a second on every Linux ABI Node runs on.
const ticksPerMs = 100 / 1000;

function usageOf(pid: number): AppUsage | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command.
    const cpuMs = (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kB = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { cpuMs, rssBytes: kB('VmRSS'), peakRssBytes: kB('VmHWM') };
  } catch {
    return undefined; // ended while we looked
  }
}

/** The processes' usage added up; undefined when none could be read. */
export function usageOfProcesses(pids: readonly number[]): AppUsage | undefined {
  const each = pids.map(usageOf).filter((u): u is AppUsage => u !== undefined);
  if (each.length === 0) return undefined;
  return each.reduce((sum, u) => ({ cpuMs: sum.cpuMs + u.cpuMs, rssBytes: sum.rssBytes + u.rssBytes, peakRssBytes: sum.peakRssBytes + u.peakRssBytes }));
}

/** The whole machine's CPU time since boot. */
export function machineCpu(): MachineCpu | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
    // cpu user nice system idle iowait irq softirq steal (guest time is already in user)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number) as number[];
    const busy = user! + nice! + system! + irq! + softirq! + (steal ?? 0);
    return { busyMs: busy / ticksPerMs, totalMs: (busy + idle! + (iowait ?? 0)) / ticksPerMs };
  } catch {
    return undefined; // not Linux
  }
}
