// The diagnosis pass: after same-runner or confirmation measured the base beside this checkout, the endpoints that
// came out suspicious (or all, with diagnose.when: always) are profiled on both apps while they are still up. Both
// apps are restarted once with what names their functions (V8's profiler in Node, perf-gate's sampler in Python,
// perf's needs); then for each endpoint both are warmed, the profiler samples both sides' processes while the
// endpoint's load alternates between them in slices (as same-runner's bursts do), and each side's stacks are folded
// from its own processes. A Node app's V8 profile runs in each process from its start to the end of the pass, and
// each endpoint's stacks are the samples of its window, cut by time once the pass is over. A suspicious memory rule gets heap snapshots of head instead, or as well. A diagnosis never
// fails a run or changes a verdict: what goes wrong is a note on the endpoint.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pythonSamplerEnv, pythonSampler } from '../adapters/profiling/python-sampler.js';
import { performance } from 'node:perf_hooks';
import { openHeapSnapshots, type HeapSnapshots } from '../adapters/profiling/heap-snapshots.js';
import { openTracemalloc } from '../adapters/profiling/python-memory.js';
import { nodeProfilingEnv, openV8Pass, profileClockUs, type ProfileWindow, type V8Pass } from '../adapters/profiling/inspector-profiler.js';
import { perfProfiler, type ProfileResult, type ProfileSession, type Profiler } from '../adapters/profiling/perf-profiler.js';
import { writeProfileFiles } from '../adapters/files/report-files.js';
import { onPortUrl } from './app-pair.js';
import { arms, type AppPair, type Arm } from './measure.js';
import { profiledSide, relocated } from '../core/diagnosis/diagnosis.js';
import { shallowed } from '../core/diagnosis/profile.js';
import { grownClasses, type Snapshot as HeapPoint } from '../core/diagnosis/memory-growth.js';
import type { MemoryDiagnosis } from '../core/report/report.js';
import { firstLineOf } from '../core/errors.js';
import { answeredCounter } from '../core/work/request-work.js';
import type { AppPlan, DiagnosePlan, EndpointPlan, GatePlan } from '../core/budget/plan.js';
import { evaluateChecks } from '../core/verdict/checks.js';
import type { CheckResult, ComparisonRow, Diagnosis, EndpointDiagnosis, TargetResult } from '../core/report/report.js';
import { burst, roundOrder } from '../core/load/sampling.js';
import { isSuspect } from '../core/verdict/suspicion.js';
import { formatValue, plural } from '../core/units.js';
import type { SameRunnerOptions } from './measure.js';
import { inGroup } from '../logger.js';

// The endpoint's load alternates between the sides in slices this long.
const sliceMs = 1000;
// Warm-up of each side before sampling (JIT, caches, connection pools).
const warmMs = 1000;
// Heap snapshots of head per endpoint: growth in every one of them is what names a class.
const heapSnapshots = 3;
// perf gets this much beyond both sides' load before its window is cut.
const windowSlackMs = 20_000;

export interface DiagnoseContext {
  plan: GatePlan & { diagnose: DiagnosePlan };
  apps: AppPair;
  opts: SameRunnerOptions;
  random: () => number;
}

// Metrics a heap snapshot can explain; the others a CPU profile.
const memoryMetrics = new Set(['app-rss', 'rss-growth']);

/** An endpoint to diagnose: a CPU profile of both sides, heap snapshots of head, or both. */
export interface DiagnosisItem {
  endpoint: EndpointPlan;
  cpu: boolean;
  memory: boolean;
}

/**
 * What each endpoint gets: a CPU profile when a rule other than memory is suspicious (every endpoint with when:
 * always), heap snapshots when app-rss or rss-growth is (with when: always, whenever they are measured) or when a
 * budget on them failed (`failedMemory`: endpoint names).
 */
export function endpointsToDiagnose(
  plan: GatePlan & { diagnose: DiagnosePlan },
  rows: readonly ComparisonRow[],
  failedMemory: ReadonlySet<string> = new Set(),
): DiagnosisItem[] {
  const always = plan.diagnose.when === 'always';
  return plan.endpoints.flatMap((endpoint) => {
    const own = rows.filter((r) => r.kind === 'endpoint' && r.target === endpoint.name);
    const suspects = always ? own : own.filter((r) => isSuspect(r));
    const cpu = always || suspects.some((r) => !memoryMetrics.has(r.metric));
    const memory = failedMemory.has(endpoint.name) || suspects.some((r) => memoryMetrics.has(r.metric));
    return cpu || memory ? [{ endpoint, cpu, memory }] : [];
  });
}

/** The endpoints whose memory budget (app-rss, rss-growth) failed: a leak gets heap snapshots whatever its rules say. */
export function failedMemoryBudgets(checks: readonly CheckResult[]): Set<string> {
  return new Set(checks.filter((c) => c.kind === 'endpoint' && c.outcome === 'fail' && memoryMetrics.has(c.metric)).map((c) => c.target));
}

/**
 * What each runtime needs to name its functions, over the app's own settings: Node's inspector and V8's profiler
 * from each process's start (heap snapshots too), CPython 3.12's perf trampolines, perf-gate's sampler for older
 * CPython. Native code names itself. The files these need go in `dir`, removed once the apps stop.
 */
function profilingEnv(app: AppPlan, dir: string): Record<string, string> {
  return {
    ...nodeProfilingEnv(dir, app.env.NODE_OPTIONS ?? process.env.NODE_OPTIONS),
    PYTHONPERFSUPPORT: '1',
    ...pythonSamplerEnv(dir, app.env.PYTHONPATH ?? process.env.PYTHONPATH),
  };
}

export async function diagnose(items: readonly DiagnosisItem[], ctx: DiagnoseContext): Promise<Diagnosis> {
  const endpoints = items.map((i) => i.endpoint);
  const { plan, apps, opts } = ctx;
  const began = performance.now();
  const diagnosis: Diagnosis = { when: plan.diagnose.when, durationMs: plan.diagnose.durationMs, wallMs: 0, endpoints: [] };
  const profiled = new Set<number>();
  // What perf-gate puts into the apps for the pass, and where the Python sampler writes its counts.
  const samples = mkdtempSync(path.join(opts.tempDir ?? os.tmpdir(), 'perf-gate-diagnosis-'));
  // The apps write into these until they stop (samplers' counts, the perf maps runtimes write for perf-gate).
  apps.afterStop(() => {
    for (const pid of profiled) rmSync(`/tmp/perf-${pid}.map`, { force: true });
    rmSync(samples, { recursive: true, force: true });
  });
  opts.log.info(
    `profiling ${plural(endpoints.length, 'endpoint')} on both apps (${formatValue(plan.diagnose.durationMs, 'ms')} a side): ${endpoints.map((e) => e.name).join(', ')}`,
  );
  let v8: V8Pass | undefined;
  try {
    await apps.restart(profilingEnv(plan.app, samples));
    // A Node app's one V8 profile a process, from its start to the end of the pass: each endpoint a window of it.
    const pass =
      opts.profiler || !items.some((i) => i.cpu)
        ? undefined
        : await openV8Pass({ head: apps.pids('head'), base: apps.pids('base') }, [apps.ports.head, apps.ports.base]);
    v8 = pass && !('ok' in pass) ? pass : undefined;
    if (pass && 'ok' in pass) opts.log.info(`V8's profiler: ${pass.reason}; each endpoint is profiled by the next profiler that answers`);
    const windows = await endpointPasses(items, { ...ctx, samples }, profiled, v8, diagnosis);
    if (v8) await cutWindows(v8, windows, { ...ctx, samples }, diagnosis);
  } catch (e) {
    v8?.close();
    // The apps would not restart, or stopped: the verdicts stand, the diagnosis says why it has less.
    const note = `the diagnosis pass stopped: ${firstLineOf(e)}`;
    opts.log.warn(note);
    for (const ep of endpoints) if (!diagnosis.endpoints.some((d) => d.target === ep.name)) diagnosis.endpoints.push({ target: ep.name, note });
  }
  diagnosis.wallMs = Math.round(performance.now() - began);
  return diagnosis;
}

/** An endpoint's load while V8's profiles ran: its window, cut from them at the end of the pass. */
interface V8Window extends ProfileWindow {
  at: number;
  endpoint: EndpointPlan;
  requests: Record<Arm, number>;
}

// Each endpoint in turn: a CPU profile (its window of V8's, or perf's or the sampler's own), heap snapshots, or both.
async function endpointPasses(
  items: readonly DiagnosisItem[],
  ctx: DiagnoseContext & { samples: string },
  profiled: Set<number>,
  v8: V8Pass | undefined,
  diagnosis: Diagnosis,
): Promise<V8Window[]> {
  const { opts } = ctx;
  const windows: V8Window[] = [];
  let refused: string | undefined;
  for (const { endpoint: ep, cpu, memory } of items) {
    if (opts.signal?.aborted) break;
    let one: EndpointDiagnosis = { target: ep.name };
    if (cpu && refused) one = { target: ep.name, note: refused };
    else if (cpu && v8) windows.push({ at: diagnosis.endpoints.length, endpoint: ep, ...(await loadWindow(ep, ctx, profiled)) });
    else if (cpu) {
      const profile = await profileEndpoint(ep, ctx, profiled);
      one = profile.diagnosis;
      if (profile.refused) {
        refused = one.note;
        opts.log.warn(`no profile: ${refused}`);
      }
    }
    if (memory && !opts.signal?.aborted) one.memory = await heapGrowth(ep, ctx);
    diagnosis.endpoints.push(one);
  }
  return windows;
}

// The end of the pass: every process's profile stopped once, each endpoint's window cut from it.
async function cutWindows(v8: V8Pass, windows: readonly V8Window[], ctx: DiagnoseContext & { samples: string }, diagnosis: Diagnosis): Promise<void> {
  if (windows.length === 0) return v8.close();
  const results = await v8.collect(windows);
  const sizes = v8.sizes();
  // What a profile from each process's start costs, said so it can be watched (bench/README.md has the figures).
  if (sizes.length > 0)
    ctx.opts.log.info(
      `  V8's profiles: ${sizes.length} ${sizes.length === 1 ? 'process' : 'processes'}, ${formatValue(Math.max(...sizes), 'bytes')} the largest, ${formatValue(
        sizes.reduce((a, b) => a + b, 0),
        'bytes',
      )} in all`,
    );
  for (const [k, w] of windows.entries()) {
    const memory = diagnosis.endpoints[w.at]?.memory;
    const result = 'ok' in results ? results : results[k]!;
    const one = result.ok ? sidesDiagnosis(w.endpoint, result, w.requests, 'v8', ctx) : { target: w.endpoint.name, note: result.reason };
    diagnosis.endpoints[w.at] = { ...one, ...(memory && { memory }) };
  }
}

// Both sides warmed, then the endpoint's load alternating between them in slices: the window V8's samples count in.
async function loadWindow(ep: EndpointPlan, ctx: DiagnoseContext, profiled: Set<number>): Promise<ProfileWindow & { requests: Record<Arm, number> }> {
  const targets = sideTargets(ep, ctx);
  for (const arm of arms) for (const pid of ctx.apps.pids(arm)) profiled.add(pid);
  for (const arm of roundOrder(ctx.random)) await loadFor(targets[arm], warmMs, ctx.opts);
  const fromUs = profileClockUs();
  const requests = await slices(targets, ctx);
  return { fromUs, toUs: profileClockUs(), requests };
}

const sideTargets = (ep: EndpointPlan, { apps, plan }: DiagnoseContext) =>
  Object.fromEntries(arms.map((arm) => [arm, onPortUrl(ep, plan.app.baseUrl, apps.ports[arm])])) as Record<Arm, EndpointPlan>;

// The endpoint's load alternating between the sides in slices, for the pass's duration a side; responses a side.
async function slices(targets: Record<Arm, EndpointPlan>, { plan, opts, random }: DiagnoseContext): Promise<Record<Arm, number>> {
  const requests = { head: 0, base: 0 };
  const durationMs = plan.diagnose.durationMs;
  for (let done = 0; done < durationMs && !opts.signal?.aborted; done += sliceMs) {
    for (const arm of roundOrder(random)) requests[arm] += await loadFor(targets[arm], Math.min(sliceMs, durationMs - done), opts);
  }
  return requests;
}

// perf or the Python sampler over one endpoint's window, started after the warm-up.
async function profileEndpoint(
  ep: EndpointPlan,
  ctx: DiagnoseContext & { samples: string },
  profiled: Set<number>,
): Promise<{ diagnosis: EndpointDiagnosis; refused?: boolean }> {
  const { apps, opts, plan } = ctx;
  const targets = sideTargets(ep, ctx);
  const pids = { head: apps.pids('head'), base: apps.pids('base') };
  for (const pid of [...pids.head, ...pids.base]) profiled.add(pid);
  const limits = { maxMs: 2 * plan.diagnose.durationMs + windowSlackMs + warmMs * 2, ...(opts.signal && { signal: opts.signal }) };
  for (const arm of roundOrder(ctx.random)) await loadFor(targets[arm], warmMs, opts);
  const started = await startProfiling(pids, limits, ctx.samples, opts.profiler);
  if ('ok' in started) return { diagnosis: { target: ep.name, note: started.reason }, refused: true };
  const { session, by } = started;
  const failed = await slices(targets, ctx).then(
    (requests) => ({ requests }),
    (e: unknown) => ({ error: e }),
  );
  const result = await session.stop();
  if ('error' in failed) throw failed.error;
  if (!result.ok) return { diagnosis: { target: ep.name, note: result.reason } };
  return { diagnosis: sidesDiagnosis(ep, result, failed.requests, by, ctx) };
}

// Both sides' stacks, relocated to their checkouts, written beside the report and summarized for it.
function sidesDiagnosis(
  ep: EndpointPlan,
  result: Extract<ProfileResult, { ok: true }>,
  requests: Record<Arm, number>,
  by: 'v8' | 'python' | 'perf',
  { apps, opts }: DiagnoseContext,
): EndpointDiagnosis {
  const sides = Object.fromEntries(arms.map((arm) => [arm, shallowed(relocated(result.sides[arm]!.folded, [apps.roots[arm]]))])) as Record<
    Arm,
    ReturnType<typeof relocated>
  >;
  const files = writeProfileFiles(opts.reportDir, ep.name, sides);
  const head = result.sides.head!;
  const base = result.sides.base!;
  opts.log.info(`  ${ep.name}: ${head.samples} samples over ${requests.head} requests (head) · ${base.samples} over ${requests.base} (base)`);
  return {
    target: ep.name,
    profiler: by,
    sampleMs: result.sampleMs,
    base: profiledSide(sides.base, base.samples, requests.base),
    head: profiledSide(sides.head, head.samples, requests.head),
    files,
    ...(result.cut && { note: `profile cut short: ${result.cut}` }),
  };
}

// Snapshots of head's heap at three points of the endpoint's own load: the classes that kept growing.
async function heapGrowth(ep: EndpointPlan, ctx: DiagnoseContext & { samples: string }): Promise<MemoryDiagnosis> {
  const { apps, opts, plan } = ctx;
  const target = onPortUrl(ep, plan.app.baseUrl, apps.ports.head);
  const none = (note: string): MemoryDiagnosis => ({ snapshots: [], grown: [], note });
  const opened = await openMemorySnapshots(ctx);
  if ('ok' in opened) return none(opened.reason);
  const { heap, by } = opened;
  try {
    await loadFor(target, warmMs, opts);
    const taken: HeapPoint[] = [{ requests: 0, summary: await heap.take() }];
    for (let requests = 0; taken.length < heapSnapshots && !opts.signal?.aborted;) {
      requests += await loadFor(target, plan.diagnose.durationMs / (heapSnapshots - 1), opts);
      taken.push({ requests, summary: await heap.take() });
    }
    const found = grownClasses(taken, (c) => heap.heldBy(c), by);
    const what = by === 'tracemalloc' ? 'source lines' : 'classes of object';
    opts.log.info(`  ${ep.name}: ${plural(taken.length, `${by ?? 'heap'} snapshot`)} of head, ${what}: ${found.grown.length} kept growing`);
    return taken.length < heapSnapshots ? { ...found, note: `${by ?? 'heap'} snapshots cut short: ${taken.length} of ${heapSnapshots}` } : found;
  } catch (e) {
    return none(`no ${by ?? 'heap'} snapshots: ${firstLineOf(e)}`);
  } finally {
    heap.close();
  }
}

// V8's heap snapshots for a Node app, tracemalloc through perf-gate's sampler for a Python one.
async function openMemorySnapshots(
  ctx: DiagnoseContext & { samples: string },
): Promise<{ heap: HeapSnapshots; by?: 'tracemalloc' } | { ok: false; reason: string }> {
  const { apps } = ctx;
  const node = await openHeapSnapshots(apps.pids('head'), [apps.ports.head, apps.ports.base]);
  if (!('ok' in node)) return { heap: node };
  const python = await openTracemalloc(ctx.samples, apps.pids('head'), apps.roots.head);
  if (!('ok' in python)) return { heap: python, by: 'tracemalloc' };
  return { ok: false, reason: 'no Node inspector or Python sampler answered (memory snapshots are for Node and Python apps; other runtimes: not yet)' };
}

/**
 * The Python sampler when both sides run it, else perf (a Node app's V8 profiles run from its start: openV8Pass).
 * PERF_GATE_PERF names a perf binary of its own (a runner whose perf wrapper does not match its kernel).
 */
async function startProfiling(
  pids: Record<Arm, number[]>,
  limits: { maxMs: number; signal?: AbortSignal },
  samples: string,
  given?: Profiler,
): Promise<{ session: ProfileSession; by: 'v8' | 'python' | 'perf' } | { ok: false; reason: string }> {
  if (given) {
    const s = await given.start(pids, limits);
    return 'ok' in s ? s : { session: s, by: 'perf' };
  }
  const python = await pythonSampler(samples).start(pids, limits);
  if (!('ok' in python)) return { session: python, by: 'python' };
  const perf = await perfProfiler(process.env.PERF_GATE_PERF ? { perf: process.env.PERF_GATE_PERF } : {}).start(pids, limits);
  return 'ok' in perf ? perf : { session: perf, by: 'perf' };
}

// The endpoint's own load (its connections) on one side for a while; how many responses came back.
async function loadFor(ep: EndpointPlan, ms: number, opts: SameRunnerOptions): Promise<number> {
  const counted = answeredCounter({ response: () => {}, failure: () => {} });
  await opts.load.run(burst(ep, 0, ms), { sink: counted.sink, ...(opts.signal && { signal: opts.signal }) });
  return counted.answered();
}

/**
 * The diagnosis as a same-runner pass's last step: what its rounds found suspicious, or whose memory budget failed,
 * profiled before both apps stop. The pass's `leaks`: endpoints whose memory budget failed in the run before it
 * (confirmation): heap snapshots for each, alone for those the pass did not measure.
 */
export async function diagnoseBeside(
  pass: { plan: GatePlan; leaks?: readonly EndpointPlan[] },
  apps: AppPair,
  measured: { targets: readonly TargetResult[] },
  rows: readonly ComparisonRow[],
  opts: SameRunnerOptions,
  random: () => number,
): Promise<Diagnosis | undefined> {
  const { plan, leaks = [] } = pass;
  if (!withDiagnose(plan)) return undefined;
  // An endpoint that answered nothing has no work to profile.
  const answered = new Set(measured.targets.filter((t) => t.status === 'ok' && t.metrics.requests?.value !== 0).map((t) => t.name));
  const failed = failedMemoryBudgets(evaluateChecks(plan, measured.targets));
  for (const e of leaks) failed.add(e.name);
  const items = [
    ...endpointsToDiagnose(plan, rows, failed).filter((i) => answered.has(i.endpoint.name)),
    ...leaks.filter((e) => !answered.has(e.name)).map((endpoint) => ({ endpoint, cpu: false, memory: true })),
  ];
  if (items.length === 0) return undefined;
  return inGroup(opts.log, 'Diagnosis: profiling base and head', () => diagnose(items, { plan, apps, opts, random }));
}

const withDiagnose = (plan: GatePlan): plan is GatePlan & { diagnose: DiagnosePlan } => plan.diagnose !== undefined;
