// The environment a GitHub runner gives a JavaScript action, built from scratch (nothing from npm leaks in).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface RunnerFiles {
  env: NodeJS.ProcessEnv;
  outputFile: string;
  summaryFile: string;
}

export function runnerEnv(workspace: string, temp: string, inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): RunnerFiles {
  const outputFile = path.join(temp, 'github_output');
  const summaryFile = path.join(temp, 'step_summary.md');
  const eventFile = path.join(temp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify({ ref: 'refs/heads/main', after: 'f'.repeat(40) }));
  const env: NodeJS.ProcessEnv = {
    PATH: `${path.dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
    HOME: process.env.HOME ?? '/root',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: path.join(temp, 'github_env'),
    GITHUB_PATH: path.join(temp, 'github_path'),
    GITHUB_STATE: path.join(temp, 'github_state'),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: path.join(temp, 'toolcache'),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...extra,
  };
  return { env, outputFile, summaryFile };
}

/** Parses the runner's outputs file (name<<delimiter … delimiter). */
export function readOutputs(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1] as string] = m[3] as string;
  return out;
}
