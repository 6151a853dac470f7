// Every input of the action, read and checked in one place.
import type { FailOn } from '../../core/verdict/outcome.js';
import * as core from '@actions/core';
import path from 'node:path';
import { ConfigError } from '../../core/errors.js';
import { artifactNameFor } from '../baseline/baseline-store.js';
import { parseShard, type ShardSpec } from '../../core/report/shard.js';
import { defaultAcceptLabel } from '../../core/verdict/acceptance.js';

export interface ActionSettings {
  /** The budget file, relative to workingDirectory. */
  config: string;
  /** Absolute directory the gate runs in. */
  workingDirectory: string;
  /** The report directory, relative to workingDirectory. */
  outDir: string;
  /** Replaces the budget's app.baseUrl: a preview deployment's URL from an earlier step (the budget must opt in with app.remote). */
  baseUrl?: string;
  /** Chrome for page audits; found by chrome-launcher when absent. */
  chromePath?: string;
  /** The runner's temp directory, for Chrome's profile. */
  tempDir?: string;
  /** Baseline report.json files the workflow provides, relative to workingDirectory: the baseline, then stored runs. */
  baseline?: string[];
  /** For the GitHub API: reading the base branch's artifacts. Masked in logs. */
  token?: string;
  /** The artifact the report is stored under and looked up by. */
  artifactName: string;
  /** When to upload the report as this run's baseline artifact. */
  storeBaseline: 'auto' | 'always' | 'never';
  baselineMaxAgeDays: number;
  /** Further stored runs of the base branch fetched to measure run-to-run noise. */
  baselineHistory: number;
  /** What fails the step: failed budgets, regressions, both, or nothing. */
  failOn: FailOn;
  /** Post the sticky comment on pull requests. */
  comment: boolean;
  /** Create a check run for the budget file (needs checks: write). */
  checkRun: boolean;
  /** The pull-request label that lets its regressions pass, shown as accepted. */
  acceptLabel: string;
  /** gate: measure and report; comment-only: post the comment of a report another run measured; merge: join the shards' reports. */
  mode: 'gate' | 'comment-only' | 'merge';
  /** This job measures one part of the budget's targets (a matrix job); the merge job reports for all. */
  shard?: ShardSpec;
  /** mode: merge: the shards' report directories the workflow downloaded; absent: this run's shard artifacts. */
  shardReports?: string[];
}

const failOnWords = ['budget', 'regression', 'never'] as const;

function readFailOn(): ActionSettings['failOn'] {
  const raw = core.getInput('fail-on') || 'budget, regression';
  const words = raw.split(/[\s,]+/).filter(Boolean);
  const bad = words.find((w) => !(failOnWords as readonly string[]).includes(w));
  if (bad !== undefined || words.length === 0 || (words.includes('never') && words.length > 1)) {
    throw new ConfigError([`Invalid input 'fail-on': expected budget, regression, both (budget, regression) or never, got '${raw}'`]);
  }
  return { budget: words.includes('budget'), regression: words.includes('regression') };
}

function readChoice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!(choices as readonly string[]).includes(value)) throw new ConfigError([`Invalid input '${name}': expected ${choices.join(', ')}, got '${value}'`]);
  return value as T;
}

// store-baseline, baseline-max-age-days, baseline-history.
function readBaselineInputs(): Pick<ActionSettings, 'storeBaseline' | 'baselineMaxAgeDays' | 'baselineHistory'> {
  const store = core.getInput('store-baseline') || 'auto';
  if (store !== 'auto' && store !== 'always' && store !== 'never') {
    throw new ConfigError([`Invalid input 'store-baseline': expected auto, always or never, got '${store}'`]);
  }
  const maxAge = core.getInput('baseline-max-age-days') || '30';
  if (!/^\d+$/.test(maxAge) || Number(maxAge) < 1) {
    throw new ConfigError([`Invalid input 'baseline-max-age-days': expected a whole number of days (1 or more), got '${maxAge}'`]);
  }
  const history = core.getInput('baseline-history') || '4';
  if (!/^\d+$/.test(history) || Number(history) > 20) {
    throw new ConfigError([`Invalid input 'baseline-history': expected a whole number of stored runs from 0 to 20, got '${history}'`]);
  }
  return { storeBaseline: store, baselineMaxAgeDays: Number(maxAge), baselineHistory: Number(history) };
}

// shard (a gate's part) and shard-reports (the merge job's inputs), each only in its mode.
function readShardInputs(mode: ActionSettings['mode']): { shard?: ShardSpec; shardReports: string[] } {
  const shardInput = core.getInput('shard');
  let shard: ShardSpec | undefined;
  if (shardInput) {
    const parsed = parseShard(shardInput);
    if (!parsed.ok) throw new ConfigError([`Invalid input 'shard': ${parsed.error}`]);
    if (mode !== 'gate') throw new ConfigError([`Invalid input 'shard': a shard measures (mode: gate), got mode '${mode}'; the merge job takes no shard`]);
    shard = parsed.spec;
  }
  const shardReports = core.getMultilineInput('shard-reports');
  if (shardReports.length > 0 && mode !== 'merge') {
    throw new ConfigError([`Invalid input 'shard-reports': goes with mode: merge, got mode '${mode}'`]);
  }
  return { ...(shard && { shard }), shardReports };
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = path.resolve(workspace, core.getInput('working-directory') || '.');
  const config = core.getInput('config') || 'perf-budget.yml';
  const outDir = core.getInput('out-dir') || 'perf-gate-report';
  if (/[\0\n]/.test(config)) throw new ConfigError([`Invalid input 'config': expected a file path, got '${config}'`]);
  if (/[\0\n]/.test(outDir)) throw new ConfigError([`Invalid input 'out-dir': expected a directory path, got '${outDir}'`]);
  const baseUrl = core.getInput('base-url');
  if (baseUrl && !/^https?:\/\/[^\s/]+/.test(baseUrl)) {
    throw new ConfigError([`Invalid input 'base-url': expected an http(s) URL like https://pr-12.preview.example.com, got '${baseUrl}'`]);
  }
  const chromePath = core.getInput('chrome-path');
  const baseline = core.getMultilineInput('baseline');
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  const stored = readBaselineInputs();
  const failOn = readFailOn();
  const comment = readChoice('comment', ['true', 'false'], 'true') === 'true';
  const checkRun = readChoice('check-run', ['true', 'false'], 'true') === 'true';
  const acceptLabel = core.getInput('accept-label').trim() || defaultAcceptLabel;
  const modeInput = readChoice('mode', ['auto', 'gate', 'comment-only', 'merge'], 'auto');
  const mode = modeInput === 'auto' ? (env.GITHUB_EVENT_NAME === 'workflow_run' ? 'comment-only' : 'gate') : modeInput;
  const { shard, shardReports } = readShardInputs(mode);
  return {
    config,
    workingDirectory,
    outDir,
    ...(baseUrl && { baseUrl }),
    ...(chromePath && { chromePath: path.resolve(workspace, chromePath) }),
    ...(env.RUNNER_TEMP && { tempDir: env.RUNNER_TEMP }),
    ...(baseline.length > 0 && { baseline }),
    ...(token && { token }),
    artifactName: core.getInput('artifact-name') || artifactNameFor(config),
    ...stored,
    failOn,
    comment,
    checkRun,
    acceptLabel,
    mode,
    ...(shard && { shard }),
    ...(shardReports.length > 0 && { shardReports }),
  };
}
