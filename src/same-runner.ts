// Same-runner A/B: the base's app beside this checkout's, both up at once on their own ports, bursts of each
// endpoint alternating between them in a random order per round, more rounds only while a relative rule is
// unsure. Both apps and the base's worktree are always ended and removed.
import { renameSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApp, type RunningApp } from './adapters/app-process.js';
import { prepareBase, type BaseCheckout } from './adapters/base-checkout.js';
import { newLoadTally, resultOf, runEndpointLoad, type LoadTally } from './adapters/load-runner.js';
import { auditPages } from './adapters/page-auditor.js';
import type { AppPlan, EndpointPlan, GatePlan, PagePlan, SameRunnerPlan } from './core/budget-parse.js';
import { representativeRun, summarizeRuns, type PageRunMetrics } from './core/page-metrics.js';
import type { Fingerprint, TargetResult } from './core/report.js';
import { roundOrder, stopReason, unsettledMetrics, type SamplingRecord } from './core/sampling.js';
import { formatValue } from './core/units.js';
import type { Logger } from './gate.js';

export interface SameRunnerOptions {
  /** The budget file's directory: this checkout. */
  headDir: string;
  reportDir: string;
  chromePath?: string;
  log: Logger;
  signal?: AbortSignal;
  tempDir?: string;
  /** Called once the first request is on its way. */
  onStart?: () => void;
  random?: () => number;
}

export interface SameRunnerResult {
  head: TargetResult[];
  base: TargetResult[];
  sampling: SamplingRecord[];
  description: string;
  sha?: string;
  errors: string[];
  browser?: Fingerprint['browser'];
}

// Each burst opens fresh connections: this much load first is discarded.
const rewarmMs = 100;

export async function measureSameRunner(plan: GatePlan & { sameRunner: SameRunnerPlan }, opts: SameRunnerOptions): Promise<SameRunnerResult> {
  const sr = plan.sameRunner;
  const random = opts.random ?? Math.random;
  const result: SameRunnerResult = { head: [], base: [], sampling: [], description: '', errors: [] };
  let checkout: BaseCheckout | undefined;
  const apps: RunningApp[] = [];
  try {
    opts.log.info(sr.dir ? `base: ${sr.dir}` : `base: making a worktree of the merge-base of HEAD and ${sr.ref}`);
    checkout = await prepareBase(sr, {
      headDir: opts.headDir,
      budgetFile: plan.file,
      buildLog: path.join(opts.reportDir, 'base-build.log'),
      ...(opts.tempDir && { tempDir: opts.tempDir }),
      ...(opts.signal && { signal: opts.signal }),
    });
    result.description = checkout.description;
    if (checkout.sha) result.sha = checkout.sha;
    const [headPort, basePort] = await freePorts(2);
    const headApp = onPort(plan.app, headPort as number);
    const baseApp = { ...onPort(plan.app, basePort as number), cwd: path.join(checkout.root, path.relative(checkout.headRoot, plan.app.cwd)) };
    opts.log.info(`starting this checkout's app on port ${headPort} and the base's on port ${basePort}: ${plan.app.command}`);
    const start = (app: AppPlan, log: string) => startApp(app, { logFile: path.join(opts.reportDir, log), budgetFile: plan.file, ...(opts.signal && { signal: opts.signal }) });
    apps.push(await start(headApp, 'app.log'));
    apps.push(await start(baseApp, 'base-app.log'));

    // Time spent beyond each target's minimum, shared by all targets.
    let extraMs = 0;
    for (const ep of plan.endpoints) {
      if (opts.signal?.aborted) break;
      const arms = { head: onPortUrl(ep, plan.app.baseUrl, headPort as number), base: onPortUrl(ep, plan.app.baseUrl, basePort as number) };
      const tallies: Record<'head' | 'base', LoadTally> = { head: newLoadTally(), base: newLoadTally() };
      const burstMs = ep.load.durationMs / ep.load.samples;
      const min = sr.minSamples ?? ep.load.samples;
      const max = Math.max(min, sr.maxSamples ?? 4 * min);
      opts.log.info(`${ep.name}: ${ep.method} base and head interleaved · ${ep.load.connections} connections · bursts of ${burstMs} ms · ${min}–${max} a side`);
      try {
        // Warm both up before anything counts.
        for (const arm of ['base', 'head'] as const) {
          await runEndpointLoad(burst(arms[arm], 0, ep.load.warmupMs), { ...(opts.signal && { signal: opts.signal }), onStart: () => opts.onStart?.() });
        }
        let samples = 0;
        let record: SamplingRecord | undefined;
        while (!record) {
          if (opts.signal?.aborted) {
            record = { target: ep.name, samples, stop: 'interrupted' };
            break;
          }
          const roundStarted = performance.now();
          for (const arm of roundOrder(random)) {
            await runEndpointLoad(burst(arms[arm], rewarmMs, burstMs), opts.signal ? { signal: opts.signal } : {}, tallies[arm]);
          }
          samples++;
          if (samples > min) extraMs += performance.now() - roundStarted;
          const head = resultOf(ep, tallies.head);
          const base = resultOf(ep, tallies.base);
          const last = (t: TargetResult) => formatValue(t.endpoint?.bursts.at(-1)?.p95, 'ms');
          opts.log.info(`  ${ep.name} ${samples}/${min}${max > min ? `–${max}` : ''} · p95 base ${last(base)} · head ${last(head)}`);
          const stop = stopReason({
            samples,
            min,
            max,
            outOfTime: extraMs >= sr.timeBudgetMs,
            unsettled: samples >= min ? unsettledMetrics(ep, head, base, rulesInRun(plan)) : ep.relative.map((r) => r.metric),
            hasRules: ep.relative.length > 0,
          });
          if (stop) record = { target: ep.name, samples, stop };
        }
        result.sampling.push(record);
        result.head.push(resultOf(ep, tallies.head));
        result.base.push(resultOf(ep, tallies.base));
        const p95 = (t: LoadTally) => formatValue(resultOf(ep, t).metrics.p95?.value, 'ms');
        opts.log.info(`  ${ep.name}: ${record.samples} bursts a side (${record.stop}) · p95 base ${p95(tallies.base)} · head ${p95(tallies.head)}`);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        result.errors.push(`${ep.name}: the load could not run: ${message}`);
        result.head.push({ kind: 'endpoint', name: ep.name, url: ep.url, status: 'error', error: message, metrics: {} });
      }
    }
    for (const page of plan.pages) {
      if (opts.signal?.aborted) break;
      await pageRounds(page, { head: headPort as number, base: basePort as number }, plan, opts, random, result, () => extraMs, (ms) => (extraMs += ms));
    }
  } finally {
    await Promise.all(apps.map((a) => a.stop()));
    checkout?.dispose();
  }
  return result;
}

// A page's runs alternate between the two apps, one Lighthouse run at a time, in the same rounds as the bursts.
async function pageRounds(
  page: PagePlan,
  ports: Record<'head' | 'base', number>,
  plan: GatePlan & { sameRunner: SameRunnerPlan },
  opts: SameRunnerOptions,
  random: () => number,
  result: SameRunnerResult,
  spent: () => number,
  spend: (ms: number) => void,
): Promise<void> {
  const sr = plan.sameRunner;
  const min = sr.minSamples ?? page.runs;
  const max = Math.max(min, sr.maxSamples ?? 4 * min);
  const arms = {
    head: { ...onPortUrl(page, plan.app.baseUrl, ports.head), runs: 1 },
    base: { ...onPortUrl(page, plan.app.baseUrl, ports.base), name: `${page.name} (base)`, runs: 1 },
  };
  const parts: Record<'head' | 'base', TargetResult[]> = { head: [], base: [] };
  opts.log.info(`${page.name}: Lighthouse runs on base and head interleaved · ${min}–${max} a side`);
  let record: SamplingRecord | undefined;
  while (!record) {
    if (opts.signal?.aborted) {
      record = { target: page.name, samples: parts.head.length, stop: 'interrupted' };
      break;
    }
    const roundStarted = performance.now();
    for (const arm of roundOrder(random)) {
      const audited = await auditPages([arms[arm]], {
        reportDir: opts.reportDir,
        log: { info: () => {}, warn: (m) => opts.log.warn(m) },
        ...(opts.chromePath && { chromePath: opts.chromePath }),
        ...(opts.tempDir && { tempDir: opts.tempDir }),
        ...(opts.signal && { signal: opts.signal }),
      });
      if (audited.browser && arm === 'head') result.browser ??= audited.browser;
      parts[arm].push(...audited.targets.map((t) => keepReports(t, opts.reportDir, parts[arm].length + 1)));
    }
    const samples = parts.head.length;
    if (samples > min) spend(performance.now() - roundStarted);
    const head = mergeRuns(page.name, parts.head);
    const base = mergeRuns(page.name, parts.base);
    if (head.status === 'error' || base.status === 'error') {
      record = { target: page.name, samples, stop: 'interrupted' };
      break;
    }
    const stop = stopReason({
      samples,
      min,
      max,
      outOfTime: spent() >= sr.timeBudgetMs,
      unsettled: samples >= min ? unsettledMetrics(page, head, base, rulesInRun(plan)) : page.relative.map((r) => r.metric),
      hasRules: page.relative.length > 0,
    });
    if (stop) record = { target: page.name, samples, stop };
  }
  const head = mergeRuns(page.name, parts.head);
  result.sampling.push(record);
  result.head.push(head);
  result.base.push(mergeRuns(page.name, parts.base));
  if (head.status === 'error') result.errors.push(`${page.name}: ${head.error}`);
  opts.log.info(`  ${page.name}: ${record.samples} runs a side (${record.stop})`);
}

const rulesInRun = (plan: GatePlan) => [...plan.endpoints, ...plan.pages].reduce((n, t) => n + t.relative.length, 0);

// Each single-run audit writes the page's report under the same name: give it the run's own.
function keepReports(t: TargetResult, reportDir: string, run: number): TargetResult {
  const a = t.page?.artifacts;
  if (!a || !t.page) return t;
  const renamed = { html: a.html.replace(/\.report\.html$/, `-run${run}.report.html`), json: a.json.replace(/\.report\.json$/, `-run${run}.report.json`) };
  renameSync(path.join(reportDir, a.html), path.join(reportDir, renamed.html));
  renameSync(path.join(reportDir, a.json), path.join(reportDir, renamed.json));
  return { ...t, page: { ...t.page, artifacts: renamed } };
}

// Single-run audits of one side as one page result: every run kept, metrics the median, the median run's report.
function mergeRuns(name: string, parts: readonly TargetResult[]): TargetResult {
  const first = parts[0] as TargetResult;
  const runs = parts.flatMap((p, i) => (p.page?.runs ?? []).map((r) => ({ ...r, run: i + 1 })));
  const ok = runs.map((r, i) => ({ r, i })).filter((x) => x.r.ok && x.r.metrics);
  const perRun = ok.map((x) => x.r.metrics as PageRunMetrics);
  const rep = representativeRun(perRun);
  const repPart = rep >= 0 ? parts[(ok[rep] as { r: { run: number } }).r.run - 1] : undefined;
  const failed = parts.find((p) => p.status === 'error');
  return {
    ...first,
    name,
    status: ok.length === 0 ? 'error' : 'ok',
    ...(ok.length === 0 && failed?.error && { error: failed.error }),
    metrics: summarizeRuns(perRun),
    ...(first.page && {
      page: {
        ...first.page,
        runsPlanned: parts.length,
        runs,
        representativeRun: rep >= 0 ? (ok[rep] as { i: number }).i : null,
        ...(repPart?.page?.artifacts && { artifacts: repPart.page.artifacts }),
      },
    }),
  };
}

function burst(ep: EndpointPlan, warmupMs: number, durationMs: number): EndpointPlan {
  return { ...ep, load: { ...ep.load, warmupMs, durationMs, samples: 1 } };
}

const withPort = (url: string, port: number) => {
  const u = new URL(url);
  u.port = String(port);
  return u.href;
};

function onPort(app: AppPlan, port: number): AppPlan {
  return { ...app, env: { ...app.env, [app.portEnv]: String(port) }, baseUrl: withPort(app.baseUrl, port), readyUrl: withPort(app.readyUrl, port) };
}

// Only URLs on the app's own origin move with it.
function onPortUrl<T extends { url: string }>(target: T, baseUrl: string, port: number): T {
  return new URL(target.url).origin === new URL(baseUrl).origin ? { ...target, url: withPort(target.url, port) } : target;
}

async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const s = net.createServer();
          s.once('error', reject);
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}
