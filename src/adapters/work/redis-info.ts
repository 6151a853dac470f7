// Reads Redis's INFO (stats and commandstats) for the cache work behind each request (cache.redis). INFO is one
// command with one bulk-string reply, so this speaks RESP itself over node:net / node:tls rather than bundling a
// client library for it. The password in the URL is masked in every message. A Redis that stops answering mid-run
// (restarted) is reconnected at the next boundary; what it missed is left out by the core (cache-work.ts).
import net from 'node:net';
import tls from 'node:tls';
import { RunError } from '../../core/errors.js';
import { parseRedisInfo, type RedisSnapshot } from '../../core/work/cache-work.js';

const connectTimeoutMs = 5000;
const commandTimeoutMs = 5000;

export interface RedisReader {
  snapshot(): Promise<RedisSnapshot>;
  close(): Promise<void>;
}

/** The URL as it may be shown: its password replaced. */
export function maskedRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the cache.redis URL';
  }
}

/** Connects and reads once; a Redis that cannot be reached or refuses is one line (exit 3). */
export async function openRedisReader(url: string): Promise<RedisReader> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new RunError(`cache.redis: expected a URL like redis://:password@host:6379, got '${maskedRedisUrl(url)}'`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new RunError(`cache.redis: expected a redis:// or rediss:// URL, got ${maskedRedisUrl(url)}`);
  let conn: RespConnection | undefined;
  const read = async () => {
    conn ??= await RespConnection.open(u);
    try {
      const [stats, commands] = await Promise.all([conn.command('INFO', 'stats'), conn.command('INFO', 'commandstats')]);
      return parseRedisInfo(`${stats}\n${commands}`);
    } catch (e) {
      conn.close();
      conn = undefined;
      throw e;
    }
  };
  try {
    await read();
  } catch (e) {
    conn?.close();
    throw new RunError(`cache.redis: cannot read INFO from ${maskedRedisUrl(url)}: ${reason(e)}`);
  }
  return {
    snapshot: read,
    close: async () => conn?.close(),
  };
}

/** One connection, commands answered in order (RESP replies come back in the order sent). */
class RespConnection {
  private buffer = Buffer.alloc(0);
  private readonly waiting: { resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  private closed: Error | undefined;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    const fail = (e: Error) => {
      this.closed ??= e;
      for (const w of this.waiting.splice(0)) w.reject(e);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('the connection closed')));
    // A Redis that stops answering (paused, or gone without a close) fails the reading rather than holding the run.
    socket.setTimeout(commandTimeoutMs, () => {
      if (this.waiting.length > 0) socket.destroy(new Error(`no answer within ${commandTimeoutMs / 1000} s`));
    });
  }

  static async open(u: URL): Promise<RespConnection> {
    const port = Number(u.port || 6379);
    const host = u.hostname.replace(/^\[|\]$/g, '');
    const socket = await new Promise<net.Socket>((resolve, reject) => {
      const s = u.protocol === 'rediss:' ? tls.connect({ host, port, servername: host }) : net.connect({ host, port });
      s.setTimeout(connectTimeoutMs, () => s.destroy(new Error(`no answer within ${connectTimeoutMs / 1000} s`)));
      s.once(u.protocol === 'rediss:' ? 'secureConnect' : 'connect', () => {
        s.setTimeout(0);
        s.removeAllListeners('timeout');
        resolve(s);
      });
      s.once('error', reject);
    });
    const conn = new RespConnection(socket);
    const password = decodeURIComponent(u.password);
    if (password) await (u.username ? conn.command('AUTH', decodeURIComponent(u.username), password) : conn.command('AUTH', password));
    return conn;
  }

  command(...args: string[]): Promise<string> {
    // A destroyed socket takes writes without an error event: a closed connection fails the command at once.
    if (this.closed) return Promise.reject(this.closed);
    const text = `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.socket.write(text);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  // Replies as they are whole: +simple, -error, $bulk.
  private drain(): void {
    for (;;) {
      const end = this.buffer.indexOf('\r\n');
      if (end < 0 || this.waiting.length === 0) return;
      const type = String.fromCharCode(this.buffer[0]!);
      const line = this.buffer.subarray(1, end).toString();
      let value: string | Error;
      let used = end + 2;
      if (type === '$') {
        const length = Number(line);
        if (length >= 0 && this.buffer.length < used + length + 2) return;
        value = length < 0 ? '' : this.buffer.subarray(used, used + length).toString();
        used += length < 0 ? 0 : length + 2;
      } else value = type === '-' ? new Error(line) : line;
      this.buffer = this.buffer.subarray(used);
      const w = this.waiting.shift()!;
      if (value instanceof Error) w.reject(value);
      else w.resolve(value);
    }
  }
}

// A socket error's own words (node's errors come from another realm under test runners: no instanceof).
const reason = (e: unknown): string => (typeof (e as { message?: unknown })?.message === 'string' ? (e as Error).message : String(e));
