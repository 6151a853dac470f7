// A private Redis for the tests and the benches: Debian's redis-server as a child process on a free loopback port,
// nothing saved to disk, a password when asked; restartable on the same port (a Redis restarted mid-run).
import { spawn } from 'node:child_process';
import net from 'node:net';
import { freePort } from './free-port.mjs';

const answers = (port) =>
  new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

/** `password`: clients must AUTH with it. */
export async function startRedis({ password } = {}) {
  const port = await freePort();
  let child;
  const start = async () => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', ...(password ? ['--requirepass', password] : [])];
    child = spawn('redis-server', args, { stdio: 'ignore' });
    for (let i = 0; i < 100 && !(await answers(port)); i++) await new Promise((r) => setTimeout(r, 50));
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    port,
    url: `redis://${password ? `:${encodeURIComponent(password)}@` : ''}127.0.0.1:${port}`,
    restart: async () => {
      await stop();
      await start();
    },
    stop,
  };
}
