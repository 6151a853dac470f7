// The profiler for Python apps on CPython before 3.12, which perf sees only as the interpreter's C frames: a
// sampler thread perf-gate puts into each Python process of the app for the diagnosis pass (a sitecustomize on
// PYTHONPATH that then runs the one it shadows). Every 10 ms it records the Python stack of each thread that is not
// waiting for work, and every second writes its running counts to <dir>/py-<pid>.folded; a forked worker (gunicorn)
// starts its own. A window's stacks are the counts at its end less those at its start. What it measures is the
// threads' time in Python code and what it calls (a database query included), per request: wall time, not CPU.
// Asked through a file, the same thread also starts tracemalloc and writes its snapshots (python-memory.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFolded, type Folded } from '../../core/diagnosis/profile.js';
import type { Profiler, SideStacks } from './perf-profiler.js';
import { pythonSiteChain } from '../app/python-site-chain.js';

export const samplerIntervalMs = 10;
// How soon a thread computing in Python lets the sampler have the GIL, for the pass (CPython's default: 5 ms).
const switchIntervalS = 0.0002;
// tracemalloc: frames kept of each allocation's traceback (enough to reach a Django view from the ORM's allocation),
// and tracebacks written a snapshot, the largest first.
const tracemallocFrames = 32;
const tracemallocLines = 5000;

// A thread is idle when its innermost Python frame waits for work: a selector, a queue, a lock, gunicorn's sleeps.
const sitecustomize = `# Written by perf-gate for its diagnosis pass: samples this process's Python stacks.
import os, sys

def _perf_gate_sampler():
    import collections, threading, time
    out_dir = os.environ.get('PERF_GATE_PY_SAMPLES')
    if not out_dir:
        return
    idle_anywhere = {'select', 'poll', 'accept', '_wait_for_tstate_lock'}
    idle_in = {('wait', 'threading.py'), ('get', 'queue.py'), ('sleep', 'arbiter.py'), ('wait', 'sync.py'), ('serve_forever', 'socketserver.py')}

    def is_idle(code):
        return code.co_name in idle_anywhere or (code.co_name, os.path.basename(code.co_filename)) in idle_in
    interval = ${samplerIntervalMs / 1000}
    state = {'counts': collections.Counter(), 'pid': os.getpid()}

    def frame_name(code):
        return '%s (%s:%d)' % (code.co_name, code.co_filename, code.co_firstlineno)

    def write():
        path = os.path.join(out_dir, 'py-%d.folded' % state['pid'])
        tmp = path + '.tmp'
        with open(tmp, 'w') as f:
            for stack, n in state['counts'].items():
                f.write('%s %d\\n' % (stack, n))
        os.replace(tmp, path)

    def tracemalloc_step():
        # perf-gate asks for memory snapshots by writing tracemalloc.want: 0 starts tracing, each next number is a
        # snapshot of what is still held (after a collection), 'stop' ends it. Each is answered in tm-<pid>-<want>.txt.
        try:
            with open(os.path.join(out_dir, 'tracemalloc.want')) as f:
                want = f.read().strip()
        except OSError:
            return
        if not want or want == state.get('want'):
            return
        state['want'] = want
        import gc, tracemalloc
        lines = []
        if want == 'stop':
            tracemalloc.stop()
            return
        if want == '0':
            tracemalloc.start(${tracemallocFrames})
        else:
            gc.collect()
            ignore = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, __file__)]
            stats = tracemalloc.take_snapshot().filter_traces(ignore).statistics('traceback')
            for st in stats[:${tracemallocLines}]:
                frames = ';'.join('%s:%d' % (fr.filename.replace(';', ':'), fr.lineno) for fr in st.traceback)
                lines.append('%d %d %s' % (st.size, st.count, frames))
        path = os.path.join(out_dir, 'tm-%d-%s.txt' % (os.getpid(), want))
        with open(path + '.tmp', 'w') as f:
            f.write('traced %d\\n' % tracemalloc.get_traced_memory()[0])
            f.write('\\n'.join(lines))
        os.replace(path + '.tmp', path)

    def loop():
        me = threading.get_ident()
        last = time.monotonic()
        ticks = 0
        while True:
            time.sleep(interval)
            ticks += 1
            if ticks % 10 == 0:
                try:
                    tracemalloc_step()
                except Exception:
                    pass
            for tid, frame in sys._current_frames().items():
                if tid == me or is_idle(frame.f_code):
                    continue
                names = []
                while frame is not None and len(names) < 128:
                    names.append(frame_name(frame.f_code).replace(';', ':'))
                    frame = frame.f_back
                state['counts'][';'.join(reversed(names))] += 1
            if time.monotonic() - last >= 1:
                last = time.monotonic()
                try:
                    write()
                except OSError:
                    return

    def start():
        # This thread takes the GIL from a busy thread only when that thread lets go of it: at I/O, or when asked
        # after the switch interval (5 ms by default). A request computing for less than that would be seen only at
        # its socket writes; asked after 0.2 ms, the busy thread is caught in the code it runs.
        sys.setswitchinterval(${switchIntervalS})
        state['counts'] = collections.Counter()
        state['pid'] = os.getpid()
        threading.Thread(target=loop, name='perf-gate-sampler', daemon=True).start()

    start()
    os.register_at_fork(after_in_child=start)

try:
    _perf_gate_sampler()
except Exception:
    pass
${pythonSiteChain('sampler')}`;

/** Writes the sampler into `dir`; the variables that load it into every Python process of the app. */
export function pythonSamplerEnv(dir: string, pythonPath: string | undefined): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'sitecustomize.py'), sitecustomize);
  return { PYTHONPATH: [dir, pythonPath].filter(Boolean).join(':'), PERF_GATE_PY_SAMPLES: dir };
}

// Each process's running counts.
function countsIn(dir: string): Map<number, Folded> {
  const out = new Map<number, Folded>();
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return out;
  }
  for (const f of files) {
    const pid = /^py-(\d+)\.folded$/.exec(f)?.[1];
    if (!pid) continue;
    try {
      const parsed = parseFolded(readFileSync(path.join(dir, f), 'utf8'));
      if (parsed.ok) out.set(Number(pid), parsed.folded);
    } catch {
      // replaced while we read: the next second's is there
    }
  }
  return out;
}

/** The processes whose sampler has written its counts: Python processes of the app, with the sampler loaded. */
export function sampledPids(dir: string): Set<number> {
  return new Set(countsIn(dir).keys());
}

export function pythonSampler(dir: string): Profiler {
  return {
    async start(sides) {
      const names = Object.keys(sides);
      const running = countsIn(dir);
      if (!names.every((n) => sides[n]!.some((pid) => running.has(pid))))
        return { ok: false, reason: 'no Python sampler answered on one side (not a Python app, or PYTHONPATH is not passed on to it)' };
      // The counts reach the file a second late: a second with no load first, so that all of the warm-up is in them.
      await new Promise((r) => setTimeout(r, 1100));
      const before = countsIn(dir);
      return {
        stop: async () => {
          // The sampler writes every second: the window's last second is in the next file.
          await new Promise((r) => setTimeout(r, 1100));
          const after = countsIn(dir);
          const out: Record<string, SideStacks> = {};
          for (const name of names) {
            const folded = new Map<string, number>();
            for (const pid of sides[name]!) {
              const start = before.get(pid);
              for (const [stack, n] of after.get(pid) ?? []) {
                const d = n - (start?.get(stack) ?? 0);
                if (d > 0) folded.set(stack, (folded.get(stack) ?? 0) + d);
              }
            }
            out[name] = { folded, samples: [...folded.values()].reduce((a, n) => a + n, 0) };
          }
          return { ok: true, sides: out, sampleMs: samplerIntervalMs };
        },
      };
    },
  };
}
