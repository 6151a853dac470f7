// The app's outbound HTTP calls, with nothing configured in the app: perf-gate's hooks go into every Node and Python
// process it starts (outbound-node-hook.ts, outbound-python-hook.ts), each keeping its running totals in a file of
// a directory of this side's own; a snapshot sums the files. app.outbound: false leaves the hooks out.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nodeOutboundHook, outboundFlushMs } from './outbound-node-hook.js';
import { pythonOutboundHook } from './outbound-python-hook.js';
import type { HostCalls, OutboundSnapshot } from '../../core/work/outbound-work.js';

/** Where one side's hooks and their totals live. */
export interface OutboundHook {
  dir: string;
  /** Each process file's last whole reading. */
  last: Map<string, ProcessFile>;
  /** Removes the directory once its app has stopped. */
  remove(): void;
}

/** Writes the hooks into a new directory: the app's processes load them from there. */
export function prepareOutboundHook(): OutboundHook {
  const dir = mkdtempSync(path.join(tmpdir(), 'perf-gate-outbound-'));
  mkdirSync(path.join(dir, 'site'));
  mkdirSync(path.join(dir, 'calls'));
  mkdirSync(path.join(dir, 'ask'));
  writeFileSync(path.join(dir, 'outbound-hook.cjs'), nodeOutboundHook);
  writeFileSync(path.join(dir, 'site', 'sitecustomize.py'), pythonOutboundHook);
  return { dir, last: new Map(), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The app's environment with the hooks in: added to what NODE_OPTIONS and PYTHONPATH already hold (a diagnosis
 * pass's own), calls to `ownPort` on loopback left out. */
export function withOutboundHook(
  env: Readonly<Record<string, string | undefined>>,
  hook: OutboundHook | undefined,
  ownPort: number,
): Record<string, string | undefined> {
  if (!hook) return { ...env };
  return {
    ...env,
    NODE_OPTIONS: [env.NODE_OPTIONS, `--require ${JSON.stringify(path.join(hook.dir, 'outbound-hook.cjs'))}`].filter(Boolean).join(' '),
    PYTHONPATH: [path.join(hook.dir, 'site'), env.PYTHONPATH].filter(Boolean).join(':'),
    PERF_GATE_OUTBOUND_DIR: path.join(hook.dir, 'calls'),
    PERF_GATE_OUTBOUND_SELF: String(ownPort),
    PERF_GATE_OUTBOUND_ASK: path.join(hook.dir, 'ask'),
  };
}

type HostFile = { calls?: unknown; ms?: unknown; requests?: Record<string, unknown> };

type ProcessFile = { seq?: unknown; end?: unknown; hosts?: Record<string, HostFile> };

/** Reads a process's totals; one read while the hook wrote (its `seq` and `end` differ) is read again, and failing
 * that the last whole reading stands, so the sum never drops. */
function readProcess(file: string, last: Map<string, ProcessFile>): ProcessFile | undefined {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as ProcessFile;
      if (parsed.seq === parsed.end) {
        last.set(file, parsed);
        return parsed;
      }
    } catch {
      // written as it was read
    }
  }
  return last.get(file);
}

// How long a reading waits for the Node hooks to answer its ask (an app busy computing answers between requests).
const askWaitMs = 100;

const pidOf = (file: string) => Number(/-(\d+)\.json$/.exec(file)?.[1]);
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
function seqOf(file: string): unknown {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as ProcessFile;
    return parsed.seq === parsed.end ? parsed.seq : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the Node hooks to write (they watch the ask directory) and waits until each living one has, or the Python
 * hooks' flush interval has passed where there are any (they write every 10 ms as calls come and go). */
async function askForTotals(hook: OutboundHook, dir: string): Promise<void> {
  const files = readdirSync(dir);
  const python = files.some((f) => f.startsWith('py-'));
  // Each living Node process, until its file shows a new seq: only those not yet answered are read again.
  const waiting = new Map(files.filter((f) => /^node-\d+\.json$/.test(f) && alive(pidOf(f))).map((f) => [f, seqOf(path.join(dir, f))]));
  writeFileSync(path.join(hook.dir, 'ask', 'now'), String(Date.now()));
  const started = Date.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 2));
    const waited = Date.now() - started;
    if (waited >= askWaitMs) return;
    for (const [f, seq] of waiting) {
      const now = seqOf(path.join(dir, f));
      if ((now !== undefined && now !== seq) || !alive(pidOf(f))) waiting.delete(f);
    }
    if (waiting.size === 0 && (!python || waited >= outboundFlushMs + 5)) return;
  }
}

/** Every process's totals, summed. Read once the hooks have written what was counted until now. */
export async function readOutbound(hook: OutboundHook): Promise<OutboundSnapshot> {
  const dir = path.join(hook.dir, 'calls');
  await askForTotals(hook, dir);
  const hosts = new Map<string, { calls: number; ms: number; requests: Map<string, number> }>();
  let processes = 0;
  for (const f of readdirSync(dir)) {
    if (!/^(node|py)-\d+\.json$/.test(f)) continue;
    const parsed = readProcess(path.join(dir, f), hook.last);
    if (!parsed) continue;
    processes++;
    for (const [host, h] of Object.entries(parsed.hosts ?? {})) {
      const t = hosts.get(host) ?? { calls: 0, ms: 0, requests: new Map<string, number>() };
      t.calls += finite(h.calls);
      t.ms += finite(h.ms);
      for (const [line, n] of Object.entries(h.requests ?? {})) t.requests.set(line, (t.requests.get(line) ?? 0) + finite(n));
      hosts.set(host, t);
    }
  }
  return { processes, hosts: hosts as ReadonlyMap<string, HostCalls> };
}

const finite = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
