// Audits pages with Lighthouse: one Chrome for every run, failed runs retried, the median run's reports kept.
import { maskSecrets } from '../../core/budget/env-references.js';
import type { Logger } from '../../logger.js';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PagePlan } from '../../core/budget/plan.js';
import { RunError, messageOf } from '../../core/errors.js';
import { extractPageMetrics, pageResult, summarizeRuns, type LhrLike, type PageRunMetrics } from '../../core/pages/page-metrics.js';
import { pageFactsOf } from '../../core/pages/page-facts.js';
import type { PageFacts } from '../../core/report/report.js';
import type { Fingerprint, PageRun, TargetResult, ThresholdSampling } from '../../core/report/report.js';
import { thresholdStop } from '../../core/load/threshold-sampling.js';
import { median } from '../../core/verdict/statistics.js';
import { formatValue } from '../../core/units.js';
import { findChrome, launchChrome, type Chrome } from './chrome.js';
import { chromeTlsFlags, type TlsTrust } from '../app/tls-trust.js';
import { openLighthouse, type LighthouseClient } from './lighthouse-client.js';
import type { AuditOutput } from './lighthouse-runner.js';
import { SetupFailure } from './setup-failure.js';

interface PageAuditOptions {
  /** The report directory; Lighthouse reports go to its pages/ folder. */
  reportDir: string;
  chromePath?: string;
  /** Where Chrome's profile and temp files go (removed afterwards). */
  tempDir?: string;
  /** Extra attempts at a failed run before the page is reported as an error. */
  retries?: number;
  signal?: AbortSignal;
  log: Logger;
  /** Values from `${NAME}` references: Lighthouse keeps the headers it sent in its report, so they are masked there. */
  secrets?: readonly string[];
  /** app.tls: Chrome trusts the app's certificate as it says. */
  tls?: TlsTrust;
  budgetFile?: string;
}

interface PageAuditResult {
  targets: TargetResult[];
  browser?: Fingerprint['browser'];
}

const installHint = 'install one (Debian/Ubuntu: apt-get install chromium) or give its path with chrome-path, --chrome-path or CHROME_PATH';

/** One Chrome kept for many audits: the same-runner mode alternates pages on it run by run. */
export interface PageAuditor {
  /** Audits one page for its planned runs on the open Chrome and Lighthouse worker; its reports are named
   * after the page unless a name is given. */
  audit(page: PagePlan, reportName?: string): Promise<TargetResult>;
  /** Drops the Lighthouse worker, so the memory of the audits so far is returned before the next. */
  recycle(): Promise<void>;
  /** The browser of the runs so far, for the report's fingerprint. */
  browser(): Fingerprint['browser'] | undefined;
  close(): Promise<void>;
}

export async function openPageAuditor(opts: PageAuditOptions): Promise<PageAuditor> {
  const chromePath = findChrome(opts.chromePath);
  if (!chromePath) throw new RunError(`no Chrome or Chromium found to audit pages: ${installHint}`);
  if (!existsSync(chromePath)) throw new RunError(`Chrome not found at '${chromePath}': ${installHint}`);

  const tlsFlags = chromeTlsFlags(opts.tls, opts.budgetFile ?? 'the budget');
  const launch = async (): Promise<Chrome> => {
    try {
      return await launchChrome(chromePath, opts.tempDir, tlsFlags);
    } catch (e) {
      throw new RunError(`Chrome at '${chromePath}' did not start: ${messageOf(e)}`);
    }
  };
  let chrome = await launch();
  // Interrupted mid-run: end Chrome now, which ends the Lighthouse run too.
  const stop = () => void chrome.kill();
  opts.signal?.addEventListener('abort', stop, { once: true });
  let lighthouse: LighthouseClient | undefined;
  const environments: RunEnvironment[] = [];
  const slugs = new Set<string>();
  const recycle = async () => {
    const open = lighthouse;
    lighthouse = undefined;
    await open?.close();
  };
  return {
    async audit(page, reportName) {
      lighthouse ??= await openLighthouse({ logFile: path.join(opts.reportDir, 'setup.log') });
      const audited = await auditPage(page, {
        lighthouse,
        chrome: () => chrome,
        relaunch: async () => {
          await chrome.kill();
          chrome = await launch();
          return chrome;
        },
        opts,
        slug: reportName ? slugOf(reportName) : uniqueSlug(page.name, slugs),
      });
      environments.push(...audited.environments);
      return audited.target;
    },
    recycle,
    browser() {
      const first = environments[0];
      if (!first) return undefined;
      const benchmarkIndex = median(environments.map((e) => e.benchmarkIndex).filter((v): v is number => typeof v === 'number'));
      return { lighthouse: first.lighthouse, userAgent: first.userAgent, benchmarkIndex };
    },
    async close() {
      opts.signal?.removeEventListener('abort', stop);
      await recycle();
      await chrome.kill();
    },
  };
}

export async function auditPages(pages: readonly PagePlan[], opts: PageAuditOptions): Promise<PageAuditResult> {
  const auditor = await openPageAuditor(opts);
  const targets: TargetResult[] = [];
  try {
    for (const page of pages) {
      if (opts.signal?.aborted) break;
      // A fresh worker per page: the memory of one page's audits is returned before the next.
      targets.push(await auditor.audit(page).finally(() => auditor.recycle()));
    }
  } finally {
    await auditor.close();
  }
  const browser = auditor.browser();
  return { targets, ...(browser && { browser }) };
}

/** What a run says of the machine and browser, for the report's fingerprint. */
interface RunEnvironment {
  lighthouse: string;
  userAgent: string;
  benchmarkIndex: number | undefined;
}

interface PageContext {
  lighthouse: LighthouseClient;
  chrome: () => Chrome;
  relaunch: () => Promise<Chrome>;
  opts: PageAuditOptions;
  slug: string;
}

/** What every Lighthouse run of the page is asked for. */
interface AuditRequest {
  categories: string[];
  options: Omit<Parameters<LighthouseClient['audit']>[1], 'port'>;
}

/** The page's runs so far: each attempt, the good ones with their reports, and why sampling ended. */
interface PageRuns {
  runs: PageRun[];
  // Only what the report needs is kept of each run: Lighthouse results are large.
  good: { metrics: PageRunMetrics; reports: Pick<AuditOutput, 'json' | 'html'>; index: number; facts: PageFacts }[];
  environments: RunEnvironment[];
  error?: string;
  sampling?: ThresholdSampling;
}

async function auditPage(page: PagePlan, ctx: PageContext): Promise<{ target: TargetResult; environments: RunEnvironment[] }> {
  const request = auditRequest(page);
  const state: PageRuns = { runs: [], good: [], environments: [] };
  for (let run = 1; run <= page.runs && !state.error && !state.sampling && !ctx.opts.signal?.aborted; run++) {
    await runWithRetries(page, ctx, request, run, state);
  }
  return { target: pageTarget(page, request.categories, state, ctx), environments: state.environments };
}

function auditRequest(page: PagePlan): AuditRequest {
  const categories = [...new Set(['performance', ...page.categories])];
  const headers = { ...page.headers };
  if (page.cookies?.length) headers.Cookie = page.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const flow = page.flow && { flow: page.flow, name: page.name };
  const setup = page.setup && {
    setup: {
      file: page.setup.file,
      name: page.setup.name,
      values: page.setup.values,
      target: { name: page.name, url: page.url },
      timeoutMs: page.setup.timeoutMs,
    },
  };
  return { categories, options: { preset: page.preset, throttling: page.throttling, categories, headers, ...setup, ...flow } };
}

/** One run of the page: attempts until one succeeds or the retries are spent; what it found goes into `state`. */
async function runWithRetries(page: PagePlan, ctx: PageContext, request: AuditRequest, run: number, state: PageRuns): Promise<void> {
  const { opts } = ctx;
  const retries = opts.retries ?? 2;
  const planned = page.minRuns === page.runs ? `${page.runs}` : `${page.minRuns}–${page.runs}`;
  const label = `  ${page.name} run ${run}/${planned}`;
  for (let attempt = 1; !opts.signal?.aborted; attempt++) {
    const { output, failure, setupFailed, durationMs } = await attemptAudit(page, ctx, request);
    if (setupFailed) {
      // Running it again gives the same answer (a wrong selector, a missing file); a hang would cost its timeout twice more.
      state.runs.push({ run, attempt, ok: false, error: failure!, durationMs });
      opts.log.warn(`  ${page.name} run ${run}: ${failure}`);
      state.error = failure;
      return;
    }
    if (output && !failure) {
      keepRun(page, ctx, state, { run, attempt, durationMs, output, label });
      return;
    }
    state.runs.push({ run, attempt, ok: false, error: failure ?? 'unknown error', durationMs });
    opts.log.warn(`${label} failed (attempt ${attempt} of ${retries + 1}): ${failure}`);
    if (attempt > retries) {
      state.error = failure ?? 'unknown error';
      return;
    }
  }
}

/** One Lighthouse run in a live Chrome (a new one when it crashed). */
async function attemptAudit(
  page: PagePlan,
  ctx: PageContext,
  request: AuditRequest,
): Promise<{ output?: AuditOutput; failure?: string; setupFailed: boolean; durationMs: number }> {
  const chrome = ctx.chrome().alive() ? ctx.chrome() : await ctx.relaunch();
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  try {
    if (page.setup && !existsSync(page.setup.file)) throw new SetupFailure(`setup script ${page.setup.name}: no such file (looked at ${page.setup.file})`);
    const output = await ctx.lighthouse.audit(page.url, { port: chrome.port, ...request.options });
    const runtime = output.lhr.runtimeError;
    return { output, ...(runtime && { failure: `${runtime.code}: ${runtime.message}` }), setupFailed: false, durationMs: took() };
  } catch (e) {
    return { failure: messageOf(e), setupFailed: e instanceof SetupFailure, durationMs: took() };
  }
}

/** A good run: its metrics and reports kept, its environment noted, and whether the thresholds are clear enough to stop. */
function keepRun(
  page: PagePlan,
  ctx: PageContext,
  state: PageRuns,
  r: { run: number; attempt: number; durationMs: number; output: AuditOutput; label: string },
): void {
  const lhr = r.output.lhr as LhrLike;
  const metrics = { ...extractPageMetrics(lhr), ...r.output.flowMetrics };
  state.runs.push({
    run: r.run,
    attempt: r.attempt,
    ok: true,
    durationMs: r.durationMs,
    metrics,
    ...(lhr.finalDisplayedUrl && { finalUrl: lhr.finalDisplayedUrl }),
  });
  const secrets = ctx.opts.secrets ?? [];
  state.good.push({
    metrics,
    reports: { json: maskSecrets(r.output.json, secrets), html: maskSecrets(r.output.html, secrets) },
    index: state.runs.length - 1,
    facts: pageFactsOf(lhr, r.output.initiators),
  });
  state.environments.push({
    lighthouse: lhr.lighthouseVersion ?? 'unknown',
    userAgent: lhr.environment?.hostUserAgent ?? 'unknown',
    benchmarkIndex: lhr.environment?.benchmarkIndex,
  });
  ctx.opts.log.info(
    `${r.label} ${formatValue(r.durationMs, 'ms')} · performance ${formatValue(metrics.performance, 'score')} · LCP ${formatValue(metrics.lcp, 'ms')}`,
  );
  const range = { min: page.minRuns, max: page.runs };
  const taken = state.good.length;
  const stop = thresholdStop({ kind: 'page', taken, ...range, thresholds: page.thresholds, metrics: summarizeRuns(state.good.map((g) => g.metrics)) });
  if (stop) state.sampling = { taken, ...range, ...stop };
}

function pageTarget(page: PagePlan, categories: string[], state: PageRuns, ctx: PageContext): TargetResult {
  const { runs, good, error, sampling } = state;
  const result = pageResult(runs);
  const range = { min: page.minRuns, max: page.runs };
  const target: TargetResult = {
    kind: 'page',
    name: page.name,
    url: page.url,
    status: error ? 'error' : 'ok',
    ...(error && { error }),
    // A page that could not be audited has no figures to check: partial runs would judge it on a subset.
    metrics: error ? {} : result.metrics,
    page: { preset: page.preset, throttling: page.throttling, categories, runsPlanned: page.runs, runs, representativeRun: null },
    sampling: sampling ?? { taken: good.length, ...range, stop: error ? 'error' : 'interrupted' },
  };
  const chosen = good.find((g) => g.index === result.representativeRun);
  if (chosen && target.page) {
    target.page.representativeRun = chosen.index;
    target.page.artifacts = writeArtifacts(ctx.opts.reportDir, ctx.slug, chosen.reports);
    target.page.facts = chosen.facts;
  }
  return target;
}

function writeArtifacts(reportDir: string, slug: string, output: Pick<AuditOutput, 'json' | 'html'>): { html: string; json: string } {
  const dir = path.join(reportDir, 'pages');
  mkdirSync(dir, { recursive: true });
  const files = { html: `pages/${slug}.report.html`, json: `pages/${slug}.report.json` };
  writeFileSync(path.join(reportDir, files.html), output.html);
  writeFileSync(path.join(reportDir, files.json), output.json);
  return files;
}

const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'page';

function uniqueSlug(name: string, taken: Set<string>): string {
  const base = slugOf(name);
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}
