// Where the numbers were measured: machine, runtime and commit, so later comparisons can judge them comparable.
import { gitAnswer } from './git.js';
import os from 'node:os';
import type { Fingerprint } from '../../core/report/report.js';
import { perfGateVersion } from '../../version.js';

export function fingerprint(cwd: string, env: NodeJS.ProcessEnv = process.env): Fingerprint {
  const cpus = os.cpus();
  const sha = env.GITHUB_SHA || gitAnswer(cwd, ['rev-parse', 'HEAD']);
  const ref = env.GITHUB_REF || gitAnswer(cwd, ['symbolic-ref', '-q', 'HEAD']);
  const result: Fingerprint = {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    os: { platform: os.platform(), release: os.release(), arch: os.arch() },
    node: process.version,
    perfGate: perfGateVersion,
  };
  if (sha || ref) result.git = { ...(sha && { sha }), ...(ref && { ref }) };
  if (env.GITHUB_ACTIONS === 'true') {
    result.ci = { provider: 'github', ...(env.GITHUB_RUN_ID && { runId: env.GITHUB_RUN_ID }), ...(env.GITHUB_EVENT_NAME && { event: env.GITHUB_EVENT_NAME }) };
  }
  return result;
}
