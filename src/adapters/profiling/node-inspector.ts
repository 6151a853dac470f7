// A Node process's inspector (the Chrome DevTools protocol over Node's WebSocket), found among the ports the process
// listens on: the diagnosis pass starts Node apps with --inspect=127.0.0.1:0, so each process opens one at a random
// port. V8's CPU profiler and its heap snapshots are driven through it.
import { portsListenedBy } from '../app/port-owners.js';

const askTimeoutMs = 2000;

/** One Node process's inspector, connected. */
export interface Inspector {
  send(method: string, params?: object, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Calls `listener` with the params of each event of this method until the inspector closes. */
  on(method: string, listener: (params: Record<string, unknown>) => void): void;
  close(): void;
}

// Each process's inspector: a port it listens on that answers /json/list with a debugger URL.
export async function inspectorsOf(pids: readonly number[], appPorts: readonly number[]): Promise<Inspector[]> {
  const ports = pids.flatMap((pid) => portsListenedBy(pid)).filter((port) => !appPorts.includes(port));
  const urls = (await Promise.all(ports.map((port) => debuggerUrl(port)))).filter((u): u is string => !!u);
  const out: Inspector[] = [];
  for (const url of new Set(urls)) {
    try {
      out.push(await connect(url));
    } catch {
      // gone, or taken by another client
    }
  }
  return out;
}

async function debuggerUrl(port: number): Promise<string | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/json/list`, { signal: AbortSignal.timeout(askTimeoutMs) });
    if (!res.ok) return undefined;
    const list = (await res.json()) as { webSocketDebuggerUrl?: string }[];
    return Array.isArray(list) ? list.find((t) => typeof t.webSocketDebuggerUrl === 'string')?.webSocketDebuggerUrl : undefined;
  } catch {
    return undefined; // not an inspector: another port the app opened
  }
}

// The Chrome DevTools protocol over Node's WebSocket: numbered calls, each answered once.
function connect(url: string): Promise<Inspector> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
    let next = 1;
    const fail = (e: Error) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    };
    const listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();
    ws.addEventListener('message', (ev) => {
      const msg = JSON.parse(String(ev.data)) as {
        id?: number;
        method?: string;
        params?: Record<string, unknown>;
        result?: Record<string, unknown>;
        error?: { message: string };
      };
      if (msg.method) for (const l of listeners.get(msg.method) ?? []) l(msg.params ?? {});
      const p = msg.id === undefined ? undefined : pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id!);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result ?? {});
    });
    ws.addEventListener('close', () => fail(new Error('the inspector closed')));
    ws.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
    ws.addEventListener(
      'open',
      () =>
        resolve({
          send: (method, params = {}, timeoutMs = askTimeoutMs) =>
            new Promise((ok, no) => {
              const id = next++;
              const timer = setTimeout(() => {
                pending.delete(id);
                no(new Error(`${method} got no answer within ${timeoutMs} ms`));
              }, timeoutMs);
              pending.set(id, {
                resolve: (r) => (clearTimeout(timer), ok(r)),
                reject: (e) => (clearTimeout(timer), no(e)),
              });
              ws.send(JSON.stringify({ id, method, params }));
            }),
          on: (method, listener) => listeners.set(method, [...(listeners.get(method) ?? []), listener]),
          close: () => ws.close(),
        }),
      { once: true },
    );
  });
}
