// Ports for apps perf-gate starts side by side and restarts: outside the kernel's ephemeral range, where the load
// generator's and Chrome's outgoing connections take their local ports (one could take the app's port while it
// restarts), and free when picked.
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { listenersOn } from './port-owners.js';

const lowestPort = 10_000;

/** The kernel's ephemeral port range (Linux), or the IANA one where it cannot be read. */
function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (Number.isInteger(low) && Number.isInteger(high)) return [low as number, high as number];
  } catch {
    // not Linux
  }
  return [49152, 65535];
}

/** Whether this machine could listen on the port now. */
export function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen({ port, host: '127.0.0.1', exclusive: true }, () => s.close(() => resolve(true)));
  });
}

/** n distinct free ports outside the ephemeral range, picked at random. */
export async function freePorts(n: number, random: () => number = Math.random): Promise<number[]> {
  const [low, high] = ephemeralRange();
  const spans = [
    [lowestPort, low - 1],
    [high + 1, 65535],
  ].filter(([a, b]) => (b as number) >= (a as number)) as [number, number][];
  const size = spans.reduce((sum, [a, b]) => sum + b - a + 1, 0);
  if (size === 0) throw new Error(`no port outside the ephemeral range ${low}–${high}`);
  const picked: number[] = [];
  for (let tries = 0; picked.length < n; tries++) {
    if (tries > 200) throw new Error(`found no free port outside the ephemeral range ${low}–${high}`);
    let k = Math.floor(random() * size);
    let port = 0;
    for (const [a, b] of spans) {
      if (k <= b - a) {
        port = a + k;
        break;
      }
      k -= b - a + 1;
    }
    if (!picked.includes(port) && (await bindable(port)) && listenersOn([port]).length === 0) picked.push(port);
  }
  return picked;
}
