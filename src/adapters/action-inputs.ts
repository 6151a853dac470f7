// Every input of the action, read and checked in one place.
import * as core from '@actions/core';
import path from 'node:path';
import { ConfigError } from '../core/errors.js';

export interface ActionSettings {
  /** The budget file, relative to workingDirectory. */
  config: string;
  /** Absolute directory the gate runs in. */
  workingDirectory: string;
  /** The report directory, relative to workingDirectory. */
  outDir: string;
  /** Chrome for page audits; found by chrome-launcher when absent. */
  chromePath?: string;
  /** The runner's temp directory, for Chrome's profile. */
  tempDir?: string;
  /** A baseline report.json the workflow provides, relative to workingDirectory. */
  baseline?: string;
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = path.resolve(workspace, core.getInput('working-directory') || '.');
  const config = core.getInput('config') || 'perf-budget.yml';
  const outDir = core.getInput('out-dir') || 'perf-gate-report';
  if (/[\0\n]/.test(config)) throw new ConfigError([`Invalid input 'config': expected a file path, got '${config}'`]);
  if (/[\0\n]/.test(outDir)) throw new ConfigError([`Invalid input 'out-dir': expected a directory path, got '${outDir}'`]);
  const chromePath = core.getInput('chrome-path');
  const baseline = core.getInput('baseline');
  return {
    config,
    workingDirectory,
    outDir,
    ...(chromePath && { chromePath: path.resolve(workspace, chromePath) }),
    ...(env.RUNNER_TEMP && { tempDir: env.RUNNER_TEMP }),
    ...(baseline && { baseline }),
  };
}
