// The app under test as a real process group: readiness, early exit, taken port, and teardown of the whole tree.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { startApp } from '../../src/adapters/app/app-process.js';
import { listenersOn } from '../../src/adapters/app/port-owners.js';
import { processAlive } from '../../src/adapters/app/process-groups.js';
import type { AppPlan } from '../../src/core/budget/plan.js';
import { ConfigError, RunError } from '../../src/core/errors.js';
import { exampleAppDir, freePort, markerVariable, processesWith, repoRoot, tempDir, uniqueMarker } from '../helpers/processes.js';

async function appPlan(command: string | undefined, extra: Partial<AppPlan> = {}, marker = uniqueMarker()): Promise<AppPlan> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}/`;
  return {
    ...(command !== undefined && { command }),
    cwd: exampleAppDir,
    env: { PORT: String(port), [markerVariable]: marker },
    baseUrl,
    readyUrl: `${baseUrl}health`,
    readyStatus: [],
    readyTimeoutMs: 10_000,
    stopTimeoutMs: 2_000,
    portEnv: 'PORT',
    ...extra,
  };
}

const opts = (warnings: string[] = []) => ({ logFile: path.join(tempDir(), 'app.log'), budgetFile: 'b.yml', warn: (m: string) => warnings.push(m) });

const slowExitServer = path.join(repoRoot, '__tests__', 'servers', 'slow-exit-server.py');

/** Whether anything accepts a connection on the port now. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

const threadStates = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
  } catch {
    return undefined;
  }
};

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
}

describe('startApp', () => {
  it('starts the app, waits for readiness, and ends the whole process group', async () => {
    const marker = uniqueMarker();
    // A forked helper in the same group must end too.
    const app = await startApp(await appPlan('sleep 300 & node server.js', {}, marker), opts());
    expect(processesWith(marker).length).toBeGreaterThanOrEqual(1);
    await app.stop();
    expect(processesWith(marker)).toEqual([]);
    await app.stop(); // twice is harmless
  });

  it('reports an early exit with the last lines of the log', async () => {
    const e = await failure(startApp(await appPlan(`node -e "console.log('cannot load config'); process.exit(4)"`), opts()));
    expect(e).toBeInstanceOf(RunError);
    expect(e.message).toMatch(/^the app exited with code 4 before it was ready\nlast lines of the app's log \(.*app\.log\):\ncannot load config$/);
  });

  it('says when the port is already taken', async () => {
    const plan = await appPlan('node server.js');
    const squatter = createServer((_q, s) => s.end('other')).listen(Number(new URL(plan.baseUrl).port), '127.0.0.1');
    try {
      const e = await failure(startApp(plan, opts()));
      expect(e).toBeInstanceOf(RunError);
      expect(e.message).toBe(
        `${new URL(plan.baseUrl).origin} already accepts connections before the app starts: another process holds the port; stop it or change app.baseUrl`,
      );
    } finally {
      squatter.close();
    }
  });

  it('times out readiness, shows the log and leaves no process behind', async () => {
    const marker = uniqueMarker();
    const e = await failure(startApp(await appPlan('echo starting; sleep 300', { readyTimeoutMs: 600 }, marker), opts()));
    expect(e.message).toMatch(
      /^the app did not answer 2xx at http:\/\/127\.0\.0\.1:\d+\/health within 0\.6s \(the last try: ECONNREFUSED\)\nlast lines of the app's log .*:\nstarting$/,
    );
    expect(processesWith(marker)).toEqual([]);
  });

  it('kills an app that ignores SIGTERM after the grace period', async () => {
    const marker = uniqueMarker();
    const script = `process.on('SIGTERM', () => {}); require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT, '127.0.0.1')`;
    const app = await startApp(await appPlan(`node -e "${script}"`, { stopTimeoutMs: 300 }, marker), opts());
    await app.stop();
    expect(processesWith(marker)).toEqual([]);
  });

  it('uses an app that is already running when there is no command', async () => {
    const plan = await appPlan(undefined);
    const server = createServer((_q, s) => s.end('ok')).listen(Number(new URL(plan.baseUrl).port), '127.0.0.1');
    try {
      const app = await startApp(plan, opts());
      await app.stop();
    } finally {
      server.close();
    }
    const e = await failure(startApp({ ...plan, readyTimeoutMs: 300 }, opts()));
    expect(e.message).toMatch(
      /^the app at http:\/\/127\.0\.0\.1:\d+\/ \(no app\.command: perf-gate expects it already running\) did not answer 2xx at .* within 0\.3s \(the last try: ECONNREFUSED\)$/,
    );
  });

  it('waits for a deployment that is still coming up until its page shows the ready text', async () => {
    // A "remote" host: another loopback address, so no traffic leaves the machine.
    const port = await freePort();
    const started = Date.now();
    const server = createServer((_q, s) => s.end(Date.now() - started < 700 ? 'Building your preview…' : 'Shop — home')).listen(port, '127.0.0.2');
    const plan = await appPlan(undefined, { baseUrl: `http://127.0.0.2:${port}/`, readyUrl: `http://127.0.0.2:${port}/`, readyText: 'Shop' });
    try {
      const app = await startApp(plan, opts());
      expect(Date.now() - started).toBeGreaterThanOrEqual(700);
      await app.stop();
      const e = await failure(startApp({ ...plan, readyText: 'Checkout', readyTimeoutMs: 300 }, opts()));
      expect(e.message).toMatch(
        /^the app at http:\/\/127\.0\.0\.2:\d+\/ \(no app\.command: perf-gate expects it already running\) answered 200 but never showed 'Checkout' \(app\.ready\.text\) at .* within 0\.3s$/,
      );
    } finally {
      server.close();
    }
  });

  it('says which process holds the port when it is taken before the start', async () => {
    const plan = await appPlan('node server.js');
    const port = new URL(plan.baseUrl).port;
    const holder = spawn(process.execPath, ['-e', `require('net').createServer().listen(${port}, '127.0.0.1', () => console.log('up'))`], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
      await new Promise((r) => holder.stdout!.once('data', r));
      const e = await failure(startApp(plan, opts()));
      expect(e).toBeInstanceOf(RunError);
      expect(e.message).toBe(
        `http://127.0.0.1:${port} already accepts connections before the app starts: pid ${holder.pid} (${process.execPath} -e require('net').createServer().listen(${port}, '127.0.0.1', () => console.log('up'))) holds port ${port}; stop it or change app.baseUrl`,
      );
    } finally {
      holder.kill();
    }
  });

  it('rejects a missing working directory as a configuration error', async () => {
    const e = await failure(startApp(await appPlan('node server.js', { cwd: '/nonexistent/dir' }), opts()));
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toBe("b.yml: app.cwd: expected an existing directory, got '/nonexistent/dir'");
  });
});

describe('startApp on start-ups that are not a plain foreground server', () => {
  it('counts a process as running while a thread of it holds the port, though its main thread is a zombie', async () => {
    const port = await freePort();
    const server = spawn('python3', [slowExitServer], { env: { ...process.env, PORT: String(port), HOLD_S: '2' }, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((r) => server.stdout!.once('data', r));
    const pid = server.pid as number;
    server.kill('SIGTERM');
    for (let i = 0; i < 100 && threadStates(pid) !== 'Z'; i++) await new Promise((r) => setTimeout(r, 10));
    expect(threadStates(pid)).toBe('Z');
    expect(processAlive(pid)).toBe(true);
    expect(await accepts(port)).toBe(true);
    expect(listenersOn([port])).toEqual([{ pid, port, command: expect.stringMatching(/python3 .*slow-exit-server\.py$/) }]);
    await new Promise((r) => server.once('exit', r));
    expect(processAlive(pid)).toBe(false);
  });

  it('restarts a slow-exiting multi-threaded server 15 times on the same port without a failure', async () => {
    const marker = uniqueMarker();
    const plan = await appPlan(`exec python3 ${slowExitServer}`, { env: {}, stopTimeoutMs: 5000 }, marker);
    const port = Number(new URL(plan.baseUrl).port);
    plan.env = { PORT: String(port), HOLD_S: '0.7', [markerVariable]: marker };
    plan.readyUrl = plan.baseUrl;
    const o = opts();
    for (let i = 0; i < 15; i++) {
      const app = await startApp(plan, { ...o, append: i > 0 });
      expect(await app.lost()).toBeUndefined();
      await app.stop();
      // Stopped means the port refuses connections, not only that the main thread has ended.
      expect(await accepts(port)).toBe(false);
    }
    expect(readFileSync(o.logFile, 'utf8').match(/slow-exit server listening/g)).toHaveLength(15);
    expect(processesWith(marker)).toEqual([]);
  }, 180_000);

  it('waits for a command that launches the app and returns, and ends it with app.stop', async () => {
    const marker = uniqueMarker();
    const dir = tempDir();
    const warnings: string[] = [];
    const app = await startApp(
      await appPlan(
        `setsid node server.js > '${dir}/daemon.log' 2>&1 & echo $! > '${dir}/app.pid'`,
        { stop: { command: `kill $(cat '${dir}/app.pid')`, timeoutMs: 5000 } },
        marker,
      ),
      opts(warnings),
    );
    const [pid] = processesWith(marker);
    expect(pid).toBe(Number(readFileSync(path.join(dir, 'app.pid'), 'utf8')));
    expect(await app.lost()).toBeUndefined();
    await app.stop();
    expect(processesWith(marker)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('ends what escaped the process group when there is no app.stop, and says so', async () => {
    const marker = uniqueMarker();
    const warnings: string[] = [];
    const app = await startApp(await appPlan('setsid node server.js > /dev/null 2>&1 &', {}, marker), opts(warnings));
    const [pid] = processesWith(marker);
    await app.stop();
    expect(processesWith(marker)).toEqual([]);
    expect(warnings).toEqual([
      `the app: pid ${pid} (node server.js) was still running after the app was stopped (it left perf-gate's process group): ending it`,
    ]);
  });

  it("ends a process that holds the app's port though it dropped perf-gate's mark, and says so", async () => {
    const marker = uniqueMarker();
    const warnings: string[] = [];
    const plan = await appPlan('env -u PERF_GATE_APP_ID setsid node server.js > /dev/null 2>&1 &', {}, marker);
    const app = await startApp(plan, opts(warnings));
    const [pid] = processesWith(marker);
    await app.stop();
    expect(processesWith(marker)).toEqual([]);
    expect(warnings).toEqual([
      `the app: pid ${pid} (node server.js) still listened on port ${new URL(plan.baseUrl).port} after the app was stopped: ending it`,
    ]);
  });

  it('reports a daemonizing start that never becomes ready, and leaves nothing behind', async () => {
    const marker = uniqueMarker();
    const e = await failure(startApp(await appPlan('setsid sleep 300 > /dev/null 2>&1 &', { readyTimeoutMs: 600 }, marker), opts()));
    expect(e).toBeInstanceOf(RunError);
    expect(e.message).toMatch(
      /^the app did not answer 2xx at http:\/\/127\.0\.0\.1:\d+\/health within 0\.6s \(the last try: ECONNREFUSED\) \(app\.command returned with code 0; what it launched never became ready\) \(the app's log .* is empty\)$/,
    );
    expect(processesWith(marker)).toEqual([]);
  });

  it.each([
    [
      'fails',
      'echo cannot reach the daemon; exit 3',
      5000,
      /^app\.stop 'echo cannot reach the daemon; exit 3' exited with code 3\nlast lines of the app's log .*:\n(.*\n)*cannot reach the daemon$/,
    ],
    ['hangs', 'sleep 300', 300, /^app\.stop 'sleep 300' did not finish within 0\.3s and was ended\nlast lines of the app's log/],
  ])('reports an app.stop that %s, and still ends the app', async (_how, command, timeoutMs, message) => {
    const marker = uniqueMarker();
    const app = await startApp(await appPlan('node server.js', { stop: { command, timeoutMs } }, marker), opts());
    const e = await failure(app.stop());
    expect(e).toBeInstanceOf(RunError);
    expect(e.message).toMatch(message);
    expect(processesWith(marker)).toEqual([]);
  });

  it('is ready on a configured status, and says what the URL answered when it is not', async () => {
    const marker = uniqueMarker();
    const script = `require('http').createServer((q, s) => { s.statusCode = 401; s.end('login first') }).listen(process.env.PORT, '127.0.0.1')`;
    const app = await startApp(await appPlan(`node -e "${script}"`, { readyStatus: [401] }, marker), opts());
    await app.stop();
    const e = await failure(startApp(await appPlan(`node -e "${script}"`, { readyTimeoutMs: 600 }, marker), opts()));
    expect(e.message).toMatch(/^the app did not answer 2xx at http:\/\/127\.0\.0\.1:\d+\/health within 0\.6s \(it answered 401\)/);
    expect(processesWith(marker)).toEqual([]);
  });

  it('is ready on a log line, and names the line that never came', async () => {
    const marker = uniqueMarker();
    const { readyUrl: _url, ...plan } = await appPlan(
      "echo booting; sleep 0.2; echo 'worker 1 listening on :8080'; sleep 300",
      { readyLog: 'listening on :\\d+' },
      marker,
    );
    const app = await startApp(plan, opts());
    await app.stop();
    const e = await failure(startApp({ ...plan, readyLog: 'ready to serve', readyTimeoutMs: 600 }, opts()));
    expect(e.message).toMatch(
      /^the app printed no line matching \/ready to serve\/ \(app\.ready\.log\) within 0\.6s\nlast lines of the app's log .*:\nbooting\nworker 1 listening on :8080$/,
    );
    expect(processesWith(marker)).toEqual([]);
  });

  it('tells when the app died after it was ready', async () => {
    const marker = uniqueMarker();
    const app = await startApp(await appPlan('node server.js; echo server gone; exit 7', {}, marker), opts());
    for (const pid of processesWith(marker)) if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('node')) process.kill(pid, 'SIGKILL');
    let lost: string | undefined;
    for (let i = 0; i < 50 && lost === undefined; i++) {
      lost = await app.lost();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(lost).toMatch(/^the app exited with code 7 while it was measured\nlast lines of the app's log .*:\n(.*\n)*server gone$/);
    await app.stop();
    expect(processesWith(marker)).toEqual([]);
  });
});
