// Makes sure a Chrome or Chromium is there for page audits; installs Debian's chromium when none is found.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Launcher } from 'chrome-launcher';

function found() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  try {
    return Launcher.getInstallations()[0];
  } catch {
    return undefined;
  }
}

let chrome = found();
if (!chrome) {
  const root = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!root || !hasApt) {
    console.error('perf-gate: no Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH');
    process.exit(1);
  }
  console.error('perf-gate: no Chrome found; installing Debian chromium (about 30 s)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  chrome = found();
  if (!chrome) {
    console.error('perf-gate: chromium was installed but chrome-launcher cannot find it; set CHROME_PATH');
    process.exit(1);
  }
}
if (process.env.PERF_GATE_VERBOSE) console.error(`perf-gate: using ${chrome}`);
