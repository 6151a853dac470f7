// The app under test as a real process group: readiness, early exit, taken port, and teardown of the whole tree.
import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import path from 'node:path';
import { startApp } from '../src/adapters/app-process.js';
import type { AppPlan } from '../src/core/budget-parse.js';
import { ConfigError, RunError } from '../src/core/errors.js';
import { exampleAppDir, freePort, markerVariable, processesWith, tempDir, uniqueMarker } from './helpers/processes.js';

async function appPlan(command: string | undefined, extra: Partial<AppPlan> = {}, marker = uniqueMarker()): Promise<AppPlan> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}/`;
  return {
    ...(command !== undefined && { command }),
    cwd: exampleAppDir,
    env: { PORT: String(port), [markerVariable]: marker },
    baseUrl,
    readyUrl: `${baseUrl}health`,
    readyTimeoutMs: 10_000,
    stopTimeoutMs: 2_000,
    portEnv: 'PORT',
    ...extra,
  };
}

const opts = () => ({ logFile: path.join(tempDir(), 'app.log'), budgetFile: 'b.yml' });

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
      expect(e.message).toBe(`${new URL(plan.baseUrl).origin} already accepts connections before the app starts: another process holds the port; stop it or change app.baseUrl`);
    } finally {
      squatter.close();
    }
  });

  it('times out readiness, shows the log and leaves no process behind', async () => {
    const marker = uniqueMarker();
    const e = await failure(startApp(await appPlan('echo starting; sleep 300', { readyTimeoutMs: 600 }, marker), opts()));
    expect(e.message).toMatch(/^the app did not answer 2xx at http:\/\/127\.0\.0\.1:\d+\/health within 0\.6s\nlast lines of the app's log .*:\nstarting$/);
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
    expect(e.message).toMatch(/^the app at http:\/\/127\.0\.0\.1:\d+\/ \(no app\.command: perf-gate expects it already running\) did not answer 2xx at .* within 0\.3s$/);
  });

  it('rejects a missing working directory as a configuration error', async () => {
    const e = await failure(startApp(await appPlan('node server.js', { cwd: '/nonexistent/dir' }), opts()));
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toBe("b.yml: app.cwd: expected an existing directory, got '/nonexistent/dir'");
  });
});
