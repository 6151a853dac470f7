// The app started once for `perf-gate init` to look at: on the port PORT gives it, or wherever it listens when it
// does not read PORT (found from /proc). Its group is ended on every way out, as the gate's apps are.
import { request } from 'undici';
import { RunError } from '../../core/errors.js';
import { tailOf } from '../app/log-tail.js';
import { portsListenedBy } from '../app/port-owners.js';
import { endGroup, groupMembers, spawnGroup, waitFor } from '../app/process-groups.js';

export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

export interface ProbedApp {
  port: number;
  /** Whether it listened on the port PORT gave it. */
  honoursPort: boolean;
  get(path: string): Promise<Answer | undefined>;
  stop(): Promise<void>;
}

export interface ProbeOptions {
  cwd: string;
  port: number;
  logFile: string;
  timeoutMs: number;
  env?: Record<string, string>;
  signal?: AbortSignal;
}

// Once it listens somewhere, this long for it to listen on PORT too (a dev server binds a helper port first).
const settleMs = 1500;

function listening(pgid: number): number[] {
  return [...new Set(groupMembers(pgid).flatMap(portsListenedBy))].sort((a, b) => a - b);
}

const failure = (what: string, logFile: string) => {
  const tail = tailOf(logFile);
  return new RunError(`${what}${tail ? `\nlast lines of its log (${logFile}):\n${tail}` : ` (its log ${logFile} is empty)`}`);
};

async function get(port: number, path: string): Promise<Answer | undefined> {
  try {
    const res = await request(`http://127.0.0.1:${port}${path}`, { headersTimeout: 10_000, bodyTimeout: 10_000 });
    const body = await res.body.text();
    return { status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), body: body.slice(0, 8 * 1024 * 1024) };
  } catch {
    return undefined;
  }
}

/** PORT's port as soon as it listens there; else the lowest it listens on, once it has settled; undefined if it ended. */
async function listenedPort(pgid: number, opts: ProbeOptions, ended: () => boolean): Promise<number | undefined> {
  let port: number | undefined;
  let firstSeen: number | undefined;
  await waitFor(
    () => {
      if (ended() || opts.signal?.aborted) return true;
      const ports = listening(pgid);
      if (ports.length > 0) firstSeen ??= Date.now();
      if (ports.includes(opts.port)) port = opts.port;
      else if (firstSeen !== undefined && Date.now() - firstSeen > settleMs) port = ports[0];
      return port !== undefined;
    },
    opts.timeoutMs,
    100,
  );
  return port;
}

/** Starts `command` and waits until it listens; a RunError with its log's tail when it exits or never listens. */
export async function probeApp(command: string, opts: ProbeOptions): Promise<ProbedApp> {
  const child = spawnGroup(command, { cwd: opts.cwd, env: { ...process.env, ...opts.env, PORT: String(opts.port) }, logFile: opts.logFile });
  const pgid = child.pid as number;
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code ?? -1));
  const stop = () => endGroup(pgid, 5000);
  try {
    const port = await listenedPort(pgid, opts, () => exited !== undefined);
    if (opts.signal?.aborted) throw new RunError('interrupted while the app started');
    if (exited !== undefined) throw failure(`the app (${command}) exited with code ${exited} before it listened on a port`, opts.logFile);
    if (port === undefined) throw failure(`the app (${command}) did not listen on any port within ${Math.round(opts.timeoutMs / 1000)}s`, opts.logFile);
    // Listening is not yet answering: give it the same time to answer its first request.
    if (!(await waitFor(async () => (await get(port, '/')) !== undefined, opts.timeoutMs, 200)))
      throw failure(`the app (${command}) listened on port ${port} but answered no request within ${Math.round(opts.timeoutMs / 1000)}s`, opts.logFile);
    return { port, honoursPort: port === opts.port, get: (path) => get(port, path), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
