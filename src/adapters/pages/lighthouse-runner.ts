// Lighthouse itself, and a page's setup script before it. In dist/ both are bundled with their worker entry into
// lighthouse-worker.js (see lighthouse-client).
import { initiatorsOf, type ProtocolEvent } from '../../core/pages/page-facts.js';
import lighthouse, { desktopConfig, generateReport, startFlow } from 'lighthouse';
import type { FlowStepPlan } from '../../core/budget/plan.js';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { SetupFailure } from './setup-failure.js';
import { firstLineOf } from '../../core/errors.js';

/** A page's setup script: the module, and what it is handed. */
export interface SetupSettings {
  file: string;
  /** As the budget wrote it, for messages. */
  name: string;
  values: Record<string, string>;
  target: { name: string; url: string };
  /** Told once the script has finished, before Lighthouse starts (the script's timeout ends there). */
  onDone?: () => void;
  /** How long the script may take; the worker's client enforces it by ending the worker. */
  timeoutMs?: number;
}

/** A page as a user flow: steps from the budget, or the user's module driving the flow itself. */
export type FlowSettings =
  | { kind: 'steps'; steps: FlowStepPlan[]; stepTimeoutMs: number }
  | { kind: 'script'; file: string; name: string; values: Record<string, string>; timeoutMs: number };

export interface AuditSettings {
  port: number;
  preset: 'mobile' | 'desktop';
  throttling: 'simulate' | 'devtools' | 'provided';
  categories: string[];
  headers: Record<string, string>;
  setup?: Omit<SetupSettings, 'onDone'>;
  flow?: FlowSettings;
  /** The page's name, for the flow's report. */
  name?: string;
}

export interface AuditOutput {
  /** The Lighthouse result, as Lighthouse writes it; of a flow, its first navigation's (else its first step's). */
  lhr: Record<string, unknown> & { runtimeError?: { code: string; message: string } };
  /** The report as JSON (of a flow, the flow result) and HTML. */
  json: string;
  html: string;
  /** A flow's interactions: inp, timespan-tbt, timespan-cls. */
  flowMetrics?: Record<string, number | null>;
  /** What requested each request (URLs without query), from the navigation's protocol log. */
  initiators?: Record<string, string>;
}

const flagsOf = (s: AuditSettings) => ({
  logLevel: 'error' as const,
  onlyCategories: s.categories,
  throttlingMethod: s.throttling,
  extraHeaders: s.headers,
  // What the setup script stored (a session cookie, localStorage) must survive into the audit.
  ...(s.setup && { disableStorageReset: true }),
});

export async function runLighthouse(url: string, s: AuditSettings, onSetupDone?: () => void): Promise<AuditOutput> {
  if (s.setup) await runSetup(s.port, { ...s.setup, ...(onSetupDone && { onDone: onSetupDone }) });
  if (s.flow) return runFlow(url, s, s.flow);
  const result = await lighthouse(url, { port: s.port, output: ['json', 'html'], ...flagsOf(s) }, s.preset === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error('Lighthouse returned no result');
  const [json = '', html = ''] = Array.isArray(result.report) ? result.report : [result.report];
  const log = (result.artifacts as { DevtoolsLog?: ProtocolEvent[] } | undefined)?.DevtoolsLog ?? [];
  return { lhr: result.lhr as unknown as AuditOutput['lhr'], json, html, initiators: initiatorsOf(log) };
}

type Browser = Awaited<ReturnType<typeof puppeteer.connect>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;
type Flow = Awaited<ReturnType<typeof startFlow>>;
interface StepResult {
  lhr: AuditOutput['lhr'] & { gatherMode?: string; audits?: Record<string, { numericValue?: number } | undefined> };
}

/** The page as a Lighthouse user flow on the audited Chrome: a navigation of url, then the steps. */
async function runFlow(url: string, s: AuditSettings, f: FlowSettings): Promise<AuditOutput> {
  return withPage(s.port, async (_browser, page) => {
    const flow = await startFlow(page as never, { name: s.name ?? url, ...(s.preset === 'desktop' && { config: desktopConfig }), flags: flagsOf(s) });
    if (f.kind === 'script') await runFlowScript(f, flow, page, url, s.name ?? url);
    else await runFlowSteps(f, flow, page, url);
    const result = (await flow.createFlowResult()) as unknown as { steps: StepResult[] };
    const main = result.steps.find((st) => st.lhr.gatherMode === 'navigation') ?? result.steps[0];
    if (!main) throw new SetupFailure('the flow measured nothing: expected a navigation, a timespan or a snapshot');
    return { lhr: main.lhr, json: JSON.stringify(result), html: generateReport(result as never, 'html'), flowMetrics: interactionMetrics(result.steps) };
  });
}

/** A fresh tab in the audited Chrome for `use`; then every tab it opened is closed (Lighthouse's way stays clear)
 * and Puppeteer lets go of the browser, which stays up for the audit. */
async function withPage<T>(port: number, use: (browser: Browser, page: Page) => Promise<T>): Promise<T> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  const before = new Set(await browser.pages());
  try {
    return await use(browser, await browser.newPage());
  } finally {
    for (const p of await browser.pages().catch(() => [])) if (!before.has(p)) await p.close().catch(() => {});
    await browser.disconnect();
  }
}

/** The interactions of every timespan: the slowest INP, all the blocking time, the largest layout shift. */
function interactionMetrics(steps: readonly StepResult[]): Record<string, number | null> {
  const spans = steps.filter((st) => st.lhr.gatherMode === 'timespan');
  const values = (audit: string) =>
    spans.map((st) => st.lhr.audits?.[audit]?.numericValue).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const inp = values('interaction-to-next-paint');
  const tbt = values('total-blocking-time');
  const cls = values('cumulative-layout-shift');
  return {
    inp: inp.length ? Math.max(...inp) : null,
    'timespan-tbt': tbt.length ? tbt.reduce((a, b) => a + b, 0) : null,
    'timespan-cls': cls.length ? Math.max(...cls) : null,
  };
}

const describeStep = (step: FlowStepPlan): string => {
  switch (step.kind) {
    case 'navigate':
      return `navigate ${step.url}`;
    case 'click':
      return `click '${step.selector}'`;
    case 'type':
      return `type into '${step.selector}'`;
    case 'scroll':
      return step.selector !== undefined ? `scroll to '${step.selector}'` : `scroll ${step.pixels}px`;
    case 'wait':
      return step.selector !== undefined ? `wait for '${step.selector}'` : `wait ${step.ms} ms`;
    case 'snapshot':
      return `snapshot '${step.name}'`;
  }
};

// Interactions between navigations and snapshots are measured as one timespan each.
async function runFlowSteps(f: Extract<FlowSettings, { kind: 'steps' }>, flow: Flow, page: Page, url: string): Promise<void> {
  await flow.navigate(url);
  let inTimespan = false;
  const endTimespan = async () => {
    if (inTimespan) {
      await settle(page);
      await flow.endTimespan();
    }
    inTimespan = false;
  };
  for (const [i, step] of f.steps.entries()) {
    const label = `flow step ${i + 1} (${describeStep(step)})`;
    if (step.kind === 'navigate' || step.kind === 'snapshot') {
      await endTimespan();
      if (step.kind === 'navigate') await flow.navigate(step.url);
      else await flow.snapshot({ name: step.name });
      continue;
    }
    if (!inTimespan) await flow.startTimespan({ name: `interactions from step ${i + 1}` });
    inTimespan = true;
    try {
      await runStep(page, step, f.stepTimeoutMs);
    } catch (e) {
      const timedOut = e instanceof Error && e.name === 'TimeoutError';
      const reason = timedOut ? `no element matched within ${f.stepTimeoutMs / 1000}s` : firstLineOf(e);
      throw new SetupFailure(`${label}: ${reason}`);
    }
  }
  await endTimespan();
}

// Chrome records an interaction once its next frame is painted and writes it to the trace a moment later: a timespan
// ended right after a click missed it (INP not applicable) in 3 of 3 tries, and saw it after half a second.
const settleMs = 500;

async function settle(page: Page): Promise<void> {
  // Two frames: the one the interaction's work ends in, and its paint. A string: it runs in the page, not in Node.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))').catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, settleMs));
}

async function runStep(page: Page, step: Exclude<FlowStepPlan, { kind: 'navigate' | 'snapshot' }>, timeout: number): Promise<void> {
  // What is clicked, typed into or scrolled to must be visible; what is waited for need only exist (it may be hidden).
  const element = async (selector: string, visible = true) => {
    const el = await page.waitForSelector(selector, { visible, timeout });
    if (!el) throw new Error(`no element matched '${selector}'`);
    return el;
  };
  switch (step.kind) {
    case 'click':
      return (await element(step.selector)).click();
    case 'type':
      return (await element(step.selector)).type(step.text);
    case 'scroll':
      if (step.selector !== undefined) return (await element(step.selector)).scrollIntoView();
      return page.mouse.wheel({ deltaY: step.pixels ?? 0 });
    case 'wait':
      if (step.selector !== undefined) return void (await element(step.selector, false));
      return new Promise((resolve) => setTimeout(resolve, step.ms ?? 0));
  }
}

async function runFlowScript(f: Extract<FlowSettings, { kind: 'script' }>, flow: Flow, page: Page, url: string, name: string): Promise<void> {
  const fn = await loadUserFunction(f.file, f.name, 'flow script', 'export default async (flow, { page, url, values }) => { … }');
  try {
    // The script's timespans get the same moment to see their last interaction as the budget's steps do.
    const settled = new Proxy(flow, {
      get: (target, key, receiver) =>
        key === 'endTimespan' ? async () => (await settle(page), target.endTimespan()) : (Reflect.get(target, key, receiver) as unknown),
    });
    await fn(settled, { url, page, target: { name, url }, values: f.values });
  } catch (e) {
    throw new SetupFailure(`flow script ${f.name} failed: ${firstLineWhere(e, pathToFileURL(f.file).href, f.name)}`);
  }
}

type UserFunction = (first: unknown, context: { url: string; page: unknown; target: { name: string; url: string }; values: Record<string, string> }) => unknown;

/** The default export of a user's module (or the module itself, for CommonJS), or a one-line failure. */
async function loadUserFunction(file: string, name: string, what: string, shape: string): Promise<UserFunction> {
  const fileUrl = pathToFileURL(file).href;
  try {
    const mod = (await import(fileUrl)) as { default?: unknown };
    const candidate = typeof mod.default === 'function' ? mod.default : mod;
    if (typeof candidate !== 'function') throw new SetupFailure(`${what} ${name} exports no function: expected ${shape}`);
    return candidate as UserFunction;
  } catch (e) {
    if (e instanceof SetupFailure) throw e;
    throw new SetupFailure(`${what} ${name} could not be loaded: ${firstLineWhere(e, fileUrl, name)}`);
  }
}

/** Runs the user's module in the audited Chrome: Lighthouse CI's puppeteerScript shape, plus a page to use. */
export async function runSetup(port: number, setup: SetupSettings): Promise<void> {
  const fileUrl = pathToFileURL(setup.file).href;
  const fn = await loadUserFunction(setup.file, setup.name, 'setup script', 'export default async (browser, context) => { … }');
  console.log(`--- setup ${setup.name} for page '${setup.target.name}' (${setup.target.url}) ---`);
  await withPage(port, async (browser, page) => {
    try {
      await fn(browser, { url: setup.target.url, page, target: setup.target, values: setup.values });
    } catch (e) {
      throw new SetupFailure(`setup script ${setup.name} failed: ${firstLineWhere(e, fileUrl, setup.name)}`);
    }
  });
  setup.onDone?.();
}

/** An error's first line, and where in the user's script it was thrown ("login.mjs:12:9") when the stack says. */
function firstLineWhere(e: unknown, fileUrl: string, name: string): string {
  const first = (e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e)).split('\n')[0] ?? '';
  const stack = e instanceof Error ? (e.stack ?? '') : '';
  const escaped = fileUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack) ?? (e instanceof SyntaxError ? new RegExp(`${escaped}:(\\d+)`).exec(stack) : null);
  return at ? `${first} (${name}:${at.slice(1).join(':')})` : first;
}
