// V8's profiler and heap snapshots over the inspectors of real Node processes: a program that recurses thousands of
// frames deep, a program that leaks, and a process that is not Node.
import { describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { openHeapSnapshots } from '../../src/adapters/profiling/heap-snapshots.js';
import { inspectorProfiler, nodeProfilingEnv } from '../../src/adapters/profiling/inspector-profiler.js';
import type { SideStacks } from '../../src/adapters/profiling/perf-profiler.js';
import { portsListenedBy } from '../../src/adapters/app/port-owners.js';
import { endpointWhy, profiledSide, reportStacksBytes } from '../../src/core/diagnosis/diagnosis.js';
import { grownClasses } from '../../src/core/diagnosis/memory-growth.js';
import { shallowed } from '../../src/core/diagnosis/profile.js';
import { tempDir } from '../helpers/processes.js';

/**
 * A Node program started as the diagnosis pass starts an app's, once its inspector listens; with `NODE_OPTIONS`, one
 * whose options came from elsewhere.
 */
async function inspected(source: string, NODE_OPTIONS = nodeProfilingEnv(tempDir('perf-gate-diagnosis-'), undefined).NODE_OPTIONS): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', source], { stdio: 'ignore', env: { ...process.env, NODE_OPTIONS } });
  for (let i = 0; i < 200 && portsListenedBy(child.pid!).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
  return child;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A second of both processes' profile, after 300 ms left out as a warm-up. */
async function profiled(head: ChildProcess, base: ChildProcess) {
  const session = await inspectorProfiler().start({ head: [head.pid!], base: [base.pid!] }, { maxMs: 30_000 });
  if ('ok' in session) throw new Error(session.reason);
  await sleep(300);
  await session.discard!();
  await sleep(1000);
  const result = await session.stop();
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe("V8's profiler over the inspector", () => {
  it('keeps a stack thousands of frames deep to its ends, within what the report keeps, and names the function at its leaf', async () => {
    const deep = await inspected(`
function leafWork() { let s = 0; for (let i = 0; i < 5_000_000; i++) s += Math.sqrt(i); return s; }
function nest(n) { return n === 0 ? leafWork() : nest(n - 1) + 1; }
// It runs before the profile starts: what the JIT optimized by then is still named to its inlined functions.
setInterval(() => nest(3000), 1);`);
    const idle = await inspected('setInterval(() => {}, 1000);');
    try {
      const result = await profiled(deep, idle);
      const head = shallowed(result.sides.head!.folded);
      expect(Math.max(...[...head.keys()].map((s) => s.split(';').length))).toBeLessThanOrEqual(128);
      expect([...head.keys()].some((s) => /;\[\d+ frames\];/.test(s))).toBe(true);
      const side = (folded: typeof head, samples: number) => profiledSide(folded, samples, 1000);
      const d = {
        target: 'deep',
        profiler: 'v8' as const,
        sampleMs: result.sampleMs,
        base: side(shallowed(result.sides.base!.folded), result.sides.base!.samples),
        head: side(head, result.sides.head!.samples),
      };
      expect(d.head.stacks.length).toBeLessThanOrEqual(reportStacksBytes);
      expect(d.head.stacks.length).toBeGreaterThan(0);
      expect(endpointWhy(d)[0]).toMatch(/^`leafWork` \(`[^`]*\[eval1\]:2:\d+`\)(,? .*)?: \+/);
    } finally {
      deep.kill('SIGKILL');
      idle.kill('SIGKILL');
    }
  });

  it('names a small helper the JIT inlines into its caller, hot before the window began, in a window of the one profile', async () => {
    // An invoice list whose totals are recomputed by a small helper in a map callback, hot for a second and a half
    // before the window: the window is cut by time from the profile the process has run since its start.
    const invoices = await inspected(`
const invoices = Array.from({ length: 400 }, (_, id) => ({ id, lines: Array.from({ length: 20 }, (_, i) => ({ qty: i % 5 + 1, price: (id * 7 + i) % 97 + 0.5 })) }));
function lineTotal(l) { return l.qty * l.price; }
function invoiceTotal(inv) { return Math.round(inv.lines.map(lineTotal).reduce((a, b) => a + b, 0) * 100) / 100; }
function listInvoices(n) { return invoices.slice(0, n).map((inv) => ({ id: inv.id, total: invoiceTotal(inv) })); }
function handleRequest() { return listInvoices(200).length; }
setInterval(() => { for (let i = 0; i < 20; i++) handleRequest(); }, 1);`);
    const idle = await inspected('setInterval(() => {}, 1000);');
    try {
      await sleep(1500);
      const result = await profiled(invoices, idle);
      const side = (s: SideStacks) => profiledSide(shallowed(s.folded), s.samples, 1000);
      const d = { target: 'invoices', profiler: 'v8' as const, sampleMs: result.sampleMs, base: side(result.sides.base!), head: side(result.sides.head!) };
      expect(endpointWhy(d)[0]).toMatch(/^`(lineTotal|invoiceTotal|\(anonymous\)|listInvoices)` /);
    } finally {
      invoices.kill('SIGKILL');
      idle.kill('SIGKILL');
    }
  });

  it("profiles a process whose inspector is open without perf-gate's preload, from the window's start", async () => {
    // e.g. an app started by a launcher that sets NODE_OPTIONS of its own; what the JIT optimized before is still named.
    const spin = `function spinWork() { let s = 0; for (let i = 0; i < 2_000_000; i++) s += Math.sqrt(i); return s; }
setInterval(spinWork, 1);`;
    const [head, base] = await Promise.all([inspected(spin, '--inspect=127.0.0.1:0'), inspected('setInterval(() => {}, 1000);', '--inspect=127.0.0.1:0')]);
    try {
      // The JIT optimizes spinWork (inlined into the timers' loop) before the profile starts.
      await sleep(1000);
      const result = await profiled(head, base);
      const side = (s: SideStacks) => profiledSide(shallowed(s.folded), s.samples, 1000);
      const d = { target: 'spin', profiler: 'v8' as const, sampleMs: result.sampleMs, base: side(result.sides.base!), head: side(result.sides.head!) };
      expect(d.head.samples).toBeGreaterThan(0);
      expect(endpointWhy(d)[0]).toMatch(/^`spinWork` \(`[^`]*\[eval1\]:1:\d+`\)(,? .*)?: \+/);
    } finally {
      head.kill('SIGKILL');
      base.kill('SIGKILL');
    }
  });

  it('says so when a side has no Node inspector', async () => {
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      expect(await inspectorProfiler().start({ head: [other.pid!], base: [other.pid!] }, { maxMs: 1000 })).toEqual({
        ok: false,
        reason: expect.stringMatching(/^no Node inspector answered on one side/),
      });
      expect(await openHeapSnapshots([other.pid!], [])).toEqual({
        ok: false,
        reason: expect.stringMatching(/^no Node inspector answered \(heap snapshots are for Node apps/),
      });
    } finally {
      other.kill('SIGKILL');
    }
  });
});

describe('heap snapshots over the inspector', () => {
  it('names the class a leaking program keeps growing, and where it keeps it', async () => {
    // Every 10 ms it keeps 10 Order objects with their items in a Map that is never emptied.
    const leaking = await inspected(`
class Order { constructor(id) { this.id = id; this.items = Array.from({ length: 20 }, (_, i) => 'item-' + id + '-' + i); } }
const recent = new Map();
let next = 0;
setInterval(() => { for (let i = 0; i < 10; i++) { next++; recent.set(next, new Order(next)); } }, 10);`);
    try {
      const heap = await openHeapSnapshots([leaking.pid!], []);
      if ('ok' in heap) throw new Error(heap.reason);
      try {
        const taken = [];
        for (let i = 0; i < 3; i++) {
          if (i > 0) await sleep(500);
          taken.push({ requests: i * 1000, summary: await heap.take() });
        }
        const m = grownClasses(taken, (c) => heap.heldBy(c));
        expect(m.grown[0]).toMatchObject({ className: 'Order', heldBy: expect.stringMatching(/^recent/) });
        expect(m.grown[0]!.count[2]).toBeGreaterThan(m.grown[0]!.count[1]!);
        expect(m.grown[0]!.count[1]).toBeGreaterThan(m.grown[0]!.count[0]!);
      } finally {
        heap.close();
      }
    } finally {
      leaking.kill('SIGKILL');
    }
  });
});
