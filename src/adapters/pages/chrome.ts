// Starts Chrome for page audits and ends it, with its files, however the run ends.
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tailOf } from '../app/log-tail.js';
import { endGroup, groupAlive, trackGroup } from '../app/process-groups.js';

/** Flags that work headless, as root and with no network (Chromium otherwise floods refused connections). */
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** An explicit path first, then CHROME_PATH, then what chrome-launcher finds installed. */
export function findChrome(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (explicit) return explicit;
  if (env.CHROME_PATH) return env.CHROME_PATH;
  try {
    return chromeLauncher.Launcher.getInstallations()[0];
  } catch {
    return undefined;
  }
}

export interface Chrome {
  port: number;
  pid: number;
  alive(): boolean;
  /** Ends Chrome's process group and removes its profile and temp files. Safe to call twice. */
  kill(): Promise<void>;
}

export async function launchChrome(chromePath: string, tempParent = os.tmpdir(), extraFlags: readonly string[] = []): Promise<Chrome> {
  // Its own profile and TMPDIR (Chromium leaves org.chromium.Chromium.* folders there), on short paths:
  // Chrome's singleton socket goes inside, and a Unix socket path may not exceed 107 bytes.
  const parent = tempParent.length > 48 ? os.tmpdir() : tempParent;
  const root = mkdtempSync(path.join(parent, 'pgc-'));
  const tmp = path.join(root, 't');
  const profile = path.join(root, 'p');
  mkdirSync(tmp);
  mkdirSync(profile);
  const launcher = new chromeLauncher.Launcher({
    chromePath,
    chromeFlags: [...chromeFlags, ...extraFlags],
    userDataDir: profile,
    envVars: { ...(process.env as Record<string, string>), TMPDIR: tmp },
    handleSIGINT: false, // perf-gate ends Chrome itself, after writing the report
    logLevel: 'silent',
    connectionPollInterval: 100,
    maxConnectionRetries: 250,
  });
  // chrome-launcher polls the debugging port for 25 s even when Chrome has already exited: watch for that.
  let poll: NodeJS.Timeout | undefined;
  const exited = new Promise<never>((_, reject) => {
    poll = setInterval(() => {
      const child = launcher.chromeProcess;
      if (child && (child.exitCode !== null || child.signalCode !== null)) {
        const log = tailOf(path.join(profile, 'chrome-err.log'), 3).split('\n').join(' | ');
        reject(new Error(`Chrome exited with ${child.exitCode ?? child.signalCode}${log ? `: ${log}` : ''}`));
      }
    }, 100);
  });
  const launching = launcher.launch();
  try {
    await Promise.race([launching, exited]);
  } catch (e) {
    // Stop chrome-launcher's polling, and let it read its log before the folder goes.
    (launcher as unknown as { maxConnectionRetries: number }).maxConnectionRetries = 0;
    await launching.catch(() => {});
    launcher.kill();
    rmSync(root, { recursive: true, force: true });
    throw e;
  } finally {
    clearInterval(poll);
  }
  const pid = launcher.pid as number;
  trackGroup(pid);
  let killing: Promise<void> | undefined;
  return {
    port: launcher.port as number,
    pid,
    alive: () => groupAlive(pid),
    kill: () =>
      (killing ??= (async () => {
        launcher.kill();
        await endGroup(pid, 2000);
        rmSync(root, { recursive: true, force: true });
      })()),
  };
}
