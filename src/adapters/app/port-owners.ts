// Who holds a port, and which processes perf-gate started: read from /proc (Linux), so escaped daemons are found.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { processAlive } from './process-groups.js';

interface PortOwner {
  pid: number;
  port: number;
  /** The command line, for messages. */
  command: string;
}

const listenState = '0A';

/** Socket inodes listening on each of the ports (every port when absent), from /proc/net/tcp and tcp6. */
function listeningInodes(ports?: ReadonlySet<number>): Map<string, number> {
  const inodes = new Map<string, number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const row of text.split('\n').slice(1)) {
      const cols = row.trim().split(/\s+/);
      const [local, state, inode] = [cols[1], cols[3], cols[9]];
      if (!local || state !== listenState || !inode || inode === '0') continue;
      const port = Number.parseInt(local.slice(local.lastIndexOf(':') + 1), 16);
      if (!ports || ports.has(port)) inodes.set(inode, port);
    }
  }
  return inodes;
}

const numeric = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((e) => /^\d+$/.test(e));
  } catch {
    return [];
  }
};

// A process whose main thread is a zombie has no /proc/<pid>/fd of its own: its live threads' tables still do.
function fdDirs(pid: string): string[] {
  const own = `/proc/${pid}/fd`;
  return numeric(own).length > 0 ? [own] : numeric(`/proc/${pid}/task`).map((tid) => `/proc/${pid}/task/${tid}/fd`);
}

// A zombie main thread's own files read empty: its live threads' copies do not.
function readOfProcess(pid: number | string, file: 'cmdline' | 'environ' | 'comm'): string {
  for (const dir of [`/proc/${pid}`, ...numeric(`/proc/${pid}/task`).map((tid) => `/proc/${pid}/task/${tid}`)]) {
    try {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      if (text) return text;
    } catch {
      // gone, or not ours to read
    }
  }
  return '';
}

export function commandOf(pid: number): string {
  const cmd = readOfProcess(pid, 'cmdline').split('\0').filter(Boolean).join(' ') || `[${readOfProcess(pid, 'comm').trim()}]`;
  return cmd.length > 200 ? `${cmd.slice(0, 199)}…` : cmd;
}

/** The live processes that hold a listening socket on any of the ports (none found where /proc cannot say). */
export function listenersOn(ports: readonly number[]): PortOwner[] {
  const inodes = listeningInodes(new Set(ports));
  if (inodes.size === 0) return [];
  const owners = new Map<string, PortOwner>();
  for (const pid of numeric('/proc')) {
    if (Number(pid) === process.pid) continue;
    for (const dir of fdDirs(pid)) {
      for (const fd of numeric(dir)) {
        let link: string;
        try {
          link = readlinkSync(`${dir}/${fd}`);
        } catch {
          continue;
        }
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        const port = inode === undefined ? undefined : inodes.get(inode);
        if (port !== undefined && !owners.has(`${pid}:${port}`) && processAlive(Number(pid))) {
          owners.set(`${pid}:${port}`, { pid: Number(pid), port, command: commandOf(Number(pid)) });
        }
      }
      if ([...owners.values()].some((o) => o.pid === Number(pid))) break;
    }
  }
  return [...owners.values()];
}

/** The ports a process listens on (none where /proc cannot say). */
export function portsListenedBy(pid: number): number[] {
  const inodes = listeningInodes();
  const ports = new Set<number>();
  for (const dir of fdDirs(String(pid))) {
    for (const fd of numeric(dir)) {
      try {
        const port = inodes.get(/^socket:\[(\d+)\]$/.exec(readlinkSync(`${dir}/${fd}`))?.[1] ?? '');
        if (port !== undefined) ports.add(port);
      } catch {
        // closed while we looked
      }
    }
  }
  return [...ports];
}

/** Live processes whose environment holds `name=value`: what perf-gate started, even after it left the group. */
export function processesTagged(name: string, value: string): number[] {
  const needle = `${name}=${value}`;
  const pids: number[] = [];
  for (const pid of numeric('/proc')) {
    if (Number(pid) === process.pid) continue;
    if (readOfProcess(pid, 'environ').split('\0').includes(needle) && processAlive(Number(pid))) pids.push(Number(pid));
  }
  return pids;
}

export const describeOwner = (o: PortOwner): string => `pid ${o.pid} (${o.command})`;
