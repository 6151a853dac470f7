// What the benches that run perf-gate's CLI on a small git repository share: the CLI as a child process, timed, and
// a repository whose HEAD~1 is the example app with `base` settings and whose HEAD has `head` ones.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { envLines } from './changes.mjs';

/** Runs the CLI; resolves with its exit code and wall time, its output dropped. `env` over this process's. */
export function runCli(cli, args, cwd, env = {}) {
  return new Promise((resolve) => {
    const began = performance.now();
    spawn(process.execPath, [cli, ...args], { stdio: 'ignore', cwd, env: { ...process.env, ...env } }).once('close', (code) =>
      resolve({ code, wallMs: performance.now() - began }),
    );
  });
}

const git = (cwd, ...args) => execFileSync('git', ['-c', 'user.email=b@b', '-c', 'user.name=b', ...args], { cwd, stdio: 'ignore' });

/** `budget` is perf-budget.yml's text (the app at app/); `base` and `head` are EXAMPLE_* settings of each commit. */
export function exampleRepository(dir, appDir, budget, { base = {}, head = {} }) {
  cpSync(appDir, path.join(dir, 'app'), { recursive: true });
  writeFileSync(path.join(dir, 'perf-budget.yml'), budget);
  const server = path.join(dir, 'app', 'server.js');
  const original = readFileSync(server, 'utf8');
  writeFileSync(server, `${envLines(base)}${original}`);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  writeFileSync(server, `${envLines(head)}${original}`);
  git(dir, 'commit', '-qam', 'head', '--allow-empty');
}
