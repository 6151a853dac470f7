// The two apps of a same-runner comparison: this checkout's and the base's, side by side on their own ports, each
// with what reads the work behind its requests; stopped together, restarted together in a random order.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startApp, type RunningApp, type StartOptions } from '../adapters/app/app-process.js';
import { runAppSetup } from '../adapters/app/app-setup.js';
import type { BaseCheckout } from '../adapters/baseline/base-checkout.js';
import { freePorts } from '../adapters/app/free-ports.js';
import { openWorkReader, type WorkReader } from '../adapters/work/work-reader.js';
import { prepareOutboundHook, type OutboundHook } from '../adapters/work/outbound-calls.js';
import { RunError, messageOf } from '../core/errors.js';
import type { AppPlan, EndpointPlan, GatePlan, PagePlan, SameRunnerPlan } from '../core/budget/plan.js';
import { roundOrder } from '../core/load/sampling.js';
import { formatValue } from '../core/units.js';
import { arms, keepRunError, type AppPair, type Arm, type SameRunnerOptions } from './measure.js';

const logs: Record<Arm, string> = { head: 'app.log', base: 'base-app.log' };
const labels: Record<Arm, string> = { head: "this checkout's app", base: "the base's app" };

/** What of the work behind each request cannot be read is in the pair's `workErrors` (a line each): the rest goes on. */
export async function startAppPair(
  plan: GatePlan,
  basePlan: SameRunnerPlan,
  checkout: BaseCheckout,
  opts: SameRunnerOptions,
  random: () => number,
): Promise<AppPair> {
  const [head, base] = (await freePorts(2)) as [number, number];
  // The base's own variables (sameRunner.env / confirm.env), e.g. a database of its own.
  const sideEnv = basePlan.env ?? {};
  const ports = { head, base };
  const plans = sidePlans(plan.app, checkout, ports, sideEnv);
  const apps: Partial<Record<Arm, RunningApp>> = {};
  let extraEnv: Readonly<Record<string, string>> = {};
  // Each side's outbound calls counted apart, from its first start to its last stop.
  const outbound = plan.app.outbound ? { head: prepareOutboundHook(), base: prepareOutboundHook() } : undefined;
  const cleanups: (() => void)[] = outbound ? [outbound.head.remove, outbound.base.remove] : [];
  const start = async (arm: Arm, again: boolean) => {
    apps[arm] = await startApp({ ...plans[arm], env: { ...plans[arm].env, ...extraEnv } }, startOptions(plan, opts, arm, again, outbound?.[arm]));
  };
  opts.log.info(`starting this checkout's app on port ${head} and the base's on port ${base}: ${plan.app.command}`);
  try {
    await setUpApps(plan, plans, opts);
    await start('head', false);
    await start('base', false);
  } catch (e) {
    await stopApps(apps).catch(() => {}); // the start's failure is the news
    for (const cleanup of cleanups) cleanup();
    throw e;
  }
  const { work, errors: workErrors } = await openSideReaders(plan, plans, sideEnv, opts, outbound);
  let starts = 1;
  return {
    ports,
    restart: async (env) => {
      if (env) extraEnv = env;
      const began = performance.now();
      await stopApps(apps);
      for (const arm of roundOrder(random)) await start(arm, true);
      starts++;
      opts.log.info(`  restarted both apps in ${formatValue(performance.now() - began, 'ms')} (start ${starts})`);
    },
    lost: async () => (await Promise.all(arms.map((arm) => apps[arm]?.lost()))).find((m) => m !== undefined),
    usage: (arm) => apps[arm]?.usage(),
    pids: (arm) => apps[arm]?.pids() ?? [],
    roots: { head: checkout.headRoot, base: checkout.root },
    work,
    workErrors,
    sharedDatabase: plan.database !== undefined && databaseUrl(sideDatabase(plan, sideEnv, 'base').database) === databaseUrl(plan.database),
    stop: () => stopAndCleanUp(apps, work, cleanups),
    afterStop: (cleanup) => void cleanups.push(cleanup),
  };
}

function startOptions(plan: GatePlan, opts: SameRunnerOptions, arm: Arm, again: boolean, outbound: OutboundHook | undefined): StartOptions {
  return {
    logFile: path.join(opts.reportDir, `${opts.logPrefix ?? ''}${logs[arm]}`),
    append: again,
    budgetFile: plan.file,
    label: labels[arm],
    warn: (m) => opts.log.warn(m),
    ...(outbound && { outbound }),
    ...(opts.signal && { signal: opts.signal }),
  };
}

// Each side's app: on its own port, the base's in its checkout with its own variables.
function sidePlans(app: AppPlan, checkout: BaseCheckout, ports: Record<Arm, number>, sideEnv: Readonly<Record<string, string>>): Record<Arm, AppPlan> {
  const base = onPort(app, ports.base);
  return {
    head: onPort(app, ports.head),
    base: { ...base, cwd: path.join(checkout.root, path.relative(checkout.headRoot, app.cwd)), env: { ...base.env, ...sideEnv } },
  };
}

// Stops both apps, then removes what they wrote into until then: leftover temp files are not worth failing a run over.
async function stopAndCleanUp(apps: Partial<Record<Arm, RunningApp>>, work: AppPair['work'], cleanups: (() => void)[]): Promise<void> {
  try {
    await Promise.all(arms.map((arm) => work[arm]?.close()));
    await stopApps(apps);
  } finally {
    for (const cleanup of cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // left to the system's temp cleaning
      }
    }
  }
}

// Each side's app.setup, in its own log.
async function setUpApps(plan: GatePlan, plans: Record<Arm, AppPlan>, opts: SameRunnerOptions): Promise<void> {
  for (const arm of arms) {
    const setup = plans[arm].setup;
    if (!setup) continue;
    opts.log.info(`setting up ${labels[arm]}: ${setup.command}`);
    await runAppSetup(plans[arm], {
      logFile: path.join(opts.reportDir, `${opts.logPrefix ?? ''}${logs[arm].replace(/\.log$/, '-setup.log')}`),
      budgetFile: plan.file,
      label: labels[arm],
      ...(opts.signal && { signal: opts.signal }),
    });
  }
}

// Each side's own reader: its counters come from its own port; the statements are told apart by the bursts' turns.
async function openSideReaders(
  plan: GatePlan,
  plans: Record<Arm, AppPlan>,
  sideEnv: Readonly<Record<string, string>>,
  opts: SameRunnerOptions,
  outbound: Record<Arm, OutboundHook> | undefined,
): Promise<{ work: Partial<Record<Arm, WorkReader>>; errors: string[] }> {
  const work: Partial<Record<Arm, WorkReader>> = {};
  const failed: Record<Arm, string[]> = { head: [], base: [] };
  for (const arm of arms) {
    const reader = await openWorkReader({ ...plan, ...sideDatabase(plan, sideEnv, arm) }, plans[arm], {
      budgetFile: plan.file,
      warn: (m) => opts.log.warn(m),
      keep: (e) => keepRunError(e, failed[arm]),
      outbound: outbound?.[arm],
    });
    if (reader) work[arm] = reader;
  }
  // Both sides read the same things: the base's lines only when the head's reading had none.
  return { work, errors: failed.head.length > 0 ? failed.head : failed.base.map((m) => `${labels.base}: ${m}`) };
}

/** The database a side's app is given: the base reads another when its env (sameRunner.env / confirm.env) gives
 * the variable that carries the database URL in app.env another value. */
function sideDatabase(plan: GatePlan, sideEnv: Readonly<Record<string, string>>, arm: Arm): Pick<GatePlan, 'database'> {
  if (!plan.database || arm === 'head') return plan.database ? { database: plan.database } : {};
  const url = databaseUrl(plan.database);
  const carrier = Object.keys(plan.app.env).find((k) => plan.app.env[k] === url && sideEnv[k] !== undefined);
  if (!carrier) return { database: plan.database };
  const other = sideEnv[carrier] as string;
  return { database: plan.database.postgres !== undefined ? { postgres: other } : { mysql: other } };
}

const databaseUrl = (database: GatePlan['database']): string | undefined => database?.postgres ?? database?.mysql;

// Both apps at once, each forgotten once stopped; what failed to stop is reported in one error.
async function stopApps(apps: Partial<Record<Arm, RunningApp>>): Promise<void> {
  const stopping = arms.flatMap((arm) => {
    const app = apps[arm];
    delete apps[arm];
    return app ? [app.stop()] : [];
  });
  const failed = (await Promise.allSettled(stopping)).flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failed.length === 1) throw failed[0];
  if (failed.length > 1) throw new RunError(failed.map((e) => messageOf(e)).join('\n'));
}

const withPort = (url: string, port: number) => {
  const u = new URL(url);
  u.port = String(port);
  return u.href;
};

// A URL on the app's own origin moves to the side's port; another host's stays where it is.
const moved = (url: string, origin: string, port: number) => (new URL(url).origin === origin ? withPort(url, port) : url);

// Every URL of the app's own origin moves with the side: its base, readiness and metrics.
function onPort(app: AppPlan, port: number): AppPlan {
  const origin = new URL(app.baseUrl).origin;
  return {
    ...app,
    env: { ...app.env, [app.portEnv]: String(port) },
    baseUrl: withPort(app.baseUrl, port),
    ...(app.readyUrl !== undefined && { readyUrl: moved(app.readyUrl, origin, port) }),
    ...(app.metrics && { metrics: { ...app.metrics, url: moved(app.metrics.url, origin, port) } }),
  };
}

/** A target on one side's port: its URL, and a page's final URL and flow's steps, where they are on the app's origin
 * (a setup script is given the moved URL as its target). */
export function onPortUrl<T extends EndpointPlan | PagePlan>(target: T, baseUrl: string, port: number): T {
  const origin = new URL(baseUrl).origin;
  const url = moved(target.url, origin, port);
  if (target.kind === 'endpoint') return { ...target, url };
  const page: PagePlan = {
    ...target,
    url,
    ...(target.finalUrl !== undefined && { finalUrl: moved(target.finalUrl, origin, port) }),
    ...(target.flow?.kind === 'steps' && {
      flow: { ...target.flow, steps: target.flow.steps.map((s) => (s.kind === 'navigate' ? { ...s, url: moved(s.url, origin, port) } : s)) },
    }),
  };
  return page as T;
}
