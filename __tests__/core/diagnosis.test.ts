// The diagnosis as the report keeps it and the views say it, on fixed stacks: frames made comparable across the
// two checkouts, the runtime's time under a source function counted as its own, the why, the rendered sections.
import { describe, expect, it } from '@jest/globals';
import { callerInApp, endpointWhy, profiledSide, relocated } from '../../src/core/diagnosis/diagnosis.js';
import { collapsePerfScript } from '../../src/core/diagnosis/perf-script.js';
import { attributedToCode, unifyFrames } from '../../src/core/diagnosis/profile-diff.js';
import { parseFolded, type Folded } from '../../src/core/diagnosis/profile.js';
import { diagnosisHtml, diagnosisSection } from '../../src/core/render/render-diagnosis.js';
import { renderComment } from '../../src/core/render/render-comment.js';
import { validateReport } from '../../src/core/report/report.js';
import { minimalReport } from '../helpers/minimal-report.js';
import type { EndpointDiagnosis, Report } from '../../src/core/report/report.js';

const folded = (text: string): Folded => {
  const p = parseFolded(text);
  if (!p.ok) throw new Error(p.error);
  return p.folded;
};

// A handler whose loop the JIT inlined into it: head spends its time under it in builtins and a clock read.
const baseStacks = `node;uv_run;JS:*'handle /tmp/wt-base/app/server.js:40:3;JS:*send /tmp/wt-base/app/server.js:20:1 20
node;uv_run;JS:*'handle /tmp/wt-base/app/server.js:40:3 10
node;uv_run;epoll_wait 30`;
const headStacks = `node;uv_run;JS:*'handle /repo/app/server.js:41:3;JS:*send /repo/app/server.js:21:1 20
node;uv_run;JS:*'handle /repo/app/server.js:41:3;Builtins_LoadIC 40
node;uv_run;JS:~'handle /repo/app/server.js:41:3;__vdso_clock_gettime 140
node;uv_run;epoll_wait 30`;

const diagnosis = (over: Partial<EndpointDiagnosis> = {}): EndpointDiagnosis => ({
  target: 'ping',
  sampleMs: 10,
  base: profiledSide(relocated(folded(baseStacks), ['/tmp/wt-base']), 60, 1000),
  head: profiledSide(relocated(folded(headStacks), ['/repo/']), 230, 1000),
  files: { base: 'profiles/ping.base.folded', head: 'profiles/ping.head.folded' },
  ...over,
});

describe('frames made comparable', () => {
  it("cuts each checkout's root from paths, file:// URLs too", () => {
    const r = relocated(folded('node;JS:*a /tmp/wt/app/x.js:1:1 2\nnode;JS:*b file:///tmp/wt/app/y.mjs:3:1 1'), ['/tmp/wt']);
    expect([...r.keys()]).toEqual(['node;JS:*a app/x.js:1:1', 'node;JS:*b app/y.mjs:3:1']);
  });

  it('names a function alike whatever its JIT tier and however its lines moved, with head’s line', () => {
    const { base, head } = unifyFrames(folded("node;JS:*'handle app/s.js:40:3 1"), folded("node;JS:~'handle app/s.js:41:3 1"));
    expect([...base.keys()]).toEqual(['node;handle (app/s.js:41:3)']);
    expect([...head.keys()]).toEqual(['node;handle (app/s.js:41:3)']);
  });

  it('counts the runtime’s and native time under a source function as its own; node internals are not source', () => {
    const a = attributedToCode(
      folded("node;JS:*'handle app/s.js:4:1;Builtins_LoadIC 3\nnode;JS:*'handle app/s.js:4:1;JS:*get node:internal/x:1:1;memcpy 2\nnode;epoll_wait 5"),
    );
    expect(a).toEqual(
      new Map([
        ["node;JS:*'handle app/s.js:4:1", 5],
        ['node;epoll_wait', 5],
      ]),
    );
  });

  it("names a runtime's perf map JIT on either side, whatever its pid", () => {
    const script = ['node 41/41 1.000001: cpu-clock:ppp:', '\t    7f00 [unknown] (/tmp/perf-41.map)', ''].join('\n');
    expect([...collapsePerfScript(script).folded.keys()]).toEqual(['node;[JIT]']);
  });
});

describe('the why of a profiled endpoint', () => {
  it('names the source function whose CPU per request grew, where it is, and by how much', () => {
    const why = endpointWhy(diagnosis());
    // 10 ms samples over 1,000 requests: handle's own (and what runs under it but send) 10 samples in base, 180 in head.
    expect(why[0]).toBe(
      '`handle` (`app/server.js:41:3`), in `__vdso_clock_gettime`, from `uv_run` in `node`: +1.7 s CPU per 1,000 requests, 100% of the growth (inclusive 300 ms → 2 s, self 100 ms → 1.8 s)',
    );
    expect(why).toHaveLength(1);
  });

  it('adds the statement that grew, and says so when no function grew: the time went to waiting', () => {
    const flat = diagnosis({ head: diagnosis().base });
    expect(endpointWhy(flat, '`SELECT 1`: 1 → 100 calls a request')).toEqual([
      'no function spent more CPU per request: the time went to waiting (the database, I/O, locks, other services)',
      '`SELECT 1`: 1 → 100 calls a request',
    ]);
  });

  it('leaves out growth a few samples could make', () => {
    // One sample more of a new frame over 1,000 requests: 10 ms per 1,000, under 5 samples' worth.
    const noisy = diagnosis({
      head: profiledSide(relocated(folded(`${baseStacks}\nnode;uv_run;schedule 1`), ['/tmp/wt-base']), 61, 1000),
    });
    expect(endpointWhy(noisy)[0]).toMatch(/^no function spent more CPU/);
  });

  it('says why there is no profile', () => {
    expect(endpointWhy({ target: 'ping', note: 'perf is not installed, so no profile was taken (…)' })).toEqual([
      'perf is not installed, so no profile was taken (…)',
    ]);
  });
});

const report = (d: EndpointDiagnosis): Report =>
  ({
    ...minimalReport,
    targets: [{ kind: 'endpoint', name: 'ping', url: 'http://127.0.0.1:3000/api/ping', status: 'ok', metrics: {} }],
    comparisons: [
      {
        target: 'ping',
        kind: 'endpoint',
        metric: 'p95',
        rule: '+20%',
        gating: true,
        reasons: [],
        verdict: 'regressed',
        baseMean: 1,
        headMean: 2,
        baseN: 5,
        headN: 5,
        delta: 1,
        deltaPercent: 100,
        interval: [0.8, 1.2],
        intervalPercent: [80, 120],
        allowed: 0.2,
        confidence: 0.95,
        pValue: 0.001,
      },
    ],
    diagnosis: { when: 'suspicious', durationMs: 10_000, wallMs: 30_000, endpoints: [d] },
    verdict: 'fail',
    errors: [],
  }) as unknown as Report;

describe('the diagnosis in the views', () => {
  it('report.md and the PR comment: the why under the regressed endpoint, and the folded files', () => {
    const md = diagnosisSection(report(diagnosis()));
    expect(md).toBe(
      [
        '**Why `ping`** (base and head profiled side by side, 10 s a side)',
        '',
        '- `handle` (`app/server.js:41:3`), in `__vdso_clock_gettime`, from `uv_run` in `node`: +1.7 s CPU per 1,000 requests, 100% of the growth (inclusive 300 ms → 2 s, self 100 ms → 1.8 s)',
        '- folded stacks: `profiles/ping.base.folded`, `profiles/ping.head.folded` (speedscope, flamegraph.pl)',
        '',
        '',
      ].join('\n'),
    );
    const comment = renderComment(report(diagnosis()), { key: 'k' });
    expect(comment).toContain('**Why `ping`**');
    expect(comment.indexOf('**Why `ping`**')).toBeLessThan(comment.indexOf('All results'));
  });

  it('names a lost cache by each kind of work that grew: the statement, the counter and the host called, one line', () => {
    const base = report(diagnosis());
    const row = (metric: string) => ({ ...base.comparisons[0]!, metric, rule: '+10% or +0.5 (default)' });
    const r = {
      ...base,
      comparisons: [row('db-queries-per-request'), row('model-calls-per-request'), row('cache-misses-per-request'), row('outbound-calls-per-request')],
      targets: [
        {
          ...base.targets[0]!,
          endpoint: {
            statements: [{ query: 'SELECT id FROM orders WHERE id = $1', callsPerRequest: 1, msPerRequest: 0.2, rowsPerRequest: 1 }],
            counters: [
              { name: 'model-calls', perRequest: 1 },
              { name: 'cache-misses', perRequest: 1 },
            ],
            outbound: [{ host: '127.0.0.1:8500', request: 'GET /summarize', callsPerRequest: 1, msPerRequest: 20 }],
          },
        },
      ],
      baseline: { status: 'used', source: 'stored', work: { ping: { statements: [], counters: [], outbound: [] } } },
    } as unknown as Report;
    const why = diagnosisSection(r)
      .split('\n')
      .find((l) => l.startsWith('- db-queries'));
    expect(why).toBe(
      '- db-queries-per-request: `SELECT id FROM orders WHERE id = $1`: 0 → 1 calls a request; model-calls-per-request: model-calls: 0 → 1 calls a request; outbound-calls-per-request: `127.0.0.1:8500` (GET /summarize): 0 → 1 calls a request',
    );
  });

  it('report.html: the why, the functions base → head, and a differential flame graph with no script', () => {
    const html = diagnosisHtml(report(diagnosis()), 'ping');
    expect(html).toContain(
      '<li><code>handle</code> (<code>app/server.js:41:3</code>), in <code>__vdso_clock_gettime</code>, from <code>uv_run</code> in <code>node</code>: +1.7 s CPU per 1,000 requests',
    );
    // The table and the flame graph name first what the why names, with the same share.
    expect(html).toMatch(
      /<table class="functions">.*?<tr class="grew named"><td><code>handle<\/code><\/td><td>app\/server.js:41:3<\/td><td>100 ms → 1.8 s<\/td><td>300 ms → 2 s<\/td><td>\+1.7 s<\/td><td>100%<\/td>/s,
    );
    expect(html).toMatch(/<title>handle \(app\/server.js:41:3\): [^<]*; the why names it: 100% of the growth<\/title><rect [^>]*class="named"/);
    expect(html).toContain('<svg');
    expect(html).not.toContain('<script');
  });

  it('report.json with a diagnosis passes the report schema', () => {
    const r = validateReport(JSON.parse(JSON.stringify(report(diagnosis()))));
    // The reason names the first field that is wrong, when one is.
    expect(r.ok ? 'ok' : r.reason).toBe('ok');
  });
});

describe('heap snapshots in the views', () => {
  const MB = 1024 * 1024;
  const memory: EndpointDiagnosis['memory'] = {
    snapshots: [
      { requests: 0, heapBytes: 6_000_000 },
      { requests: 500, heapBytes: 14_000_000 },
      { requests: 1000, heapBytes: 22_000_000 },
    ],
    grown: [
      {
        className: 'ArrayBuffer',
        retained: [2 * MB, 10 * MB, 18 * MB],
        own: [2 * MB, 10 * MB, 18 * MB],
        count: [3, 11, 19],
        perThousandRequests: 16 * MB,
        heldBy: 'leaked[18]',
      },
    ],
  };

  it('says first what kept growing, then what the CPU profile found, under one heading', () => {
    const md = diagnosisSection(report({ ...diagnosis(), memory }));
    expect(md.split('\n').slice(0, 4)).toEqual([
      '**Why `ping`** (3 heap snapshots of head; base and head profiled side by side, 10 s a side)',
      '',
      '- `ArrayBuffer` kept growing: 2 MB → 10 MB → 18 MB retained, 3 → 11 → 19 objects (+16 MB per 1,000 requests), held by `leaked[18]`',
      '- `handle` (`app/server.js:41:3`), in `__vdso_clock_gettime`, from `uv_run` in `node`: +1.7 s CPU per 1,000 requests, 100% of the growth (inclusive 300 ms → 2 s, self 100 ms → 1.8 s)',
    ]);
    expect(diagnosisSection(report({ target: 'ping', memory }))).toMatch(/^\*\*Why `ping`\*\* \(3 heap snapshots of head\)\n\n- `ArrayBuffer` kept growing/);
    const html = diagnosisHtml(report({ target: 'ping', memory }), 'ping');
    expect(html).toMatch(/<td><code>ArrayBuffer<\/code><\/td><td>2 MB → 10 MB → 18 MB<\/td><td>3 → 11 → 19<\/td>.*<code>leaked\[18\]<\/code>/);
  });

  it('report.json with heap snapshots passes the report schema', () => {
    const r = validateReport(JSON.parse(JSON.stringify(report({ target: 'ping', memory }))));
    expect(r.ok ? 'ok' : r.reason).toBe('ok');
  });

  it("says a Python app's tracemalloc snapshots by source line, with the library line that allocated under it", () => {
    const { retained, own, count, perThousandRequests } = memory.grown[0]!;
    const grown = [{ className: 'shop/views.py:69', retained, own, count, perThousandRequests, allocatedIn: 'django/db/models/base.py:515' }];
    const python: EndpointDiagnosis['memory'] = { ...memory, by: 'tracemalloc', grown };
    expect(
      diagnosisSection(report({ target: 'ping', memory: python }))
        .split('\n')
        .slice(0, 3),
    ).toEqual([
      '**Why `ping`** (3 tracemalloc snapshots of head)',
      '',
      '- `shop/views.py:69` kept allocating memory that stays: 2 MB → 10 MB → 18 MB held, 3 → 11 → 19 blocks (+16 MB per 1,000 requests), allocated in `django/db/models/base.py:515`',
    ]);
    const html = diagnosisHtml(report({ target: 'ping', memory: python }), 'ping');
    expect(html).toMatch(
      /<th>Source line \(kept growing\)<\/th>.*<th>Allocated in<\/th>.*<code>shop\/views\.py:69<\/code>.*<code>django\/db\/models\/base\.py:515<\/code>/,
    );
    const r = validateReport(JSON.parse(JSON.stringify(report({ target: 'ping', memory: python }))));
    expect(r.ok ? 'ok' : r.reason).toBe('ok');
  });
});

describe('a Python app perf cannot name', () => {
  it("says perf saw CPython's interpreter, not its functions, instead of naming the interpreter's C frames", () => {
    const py = (n: number) => profiledSide(folded(`gunicorn;_PyEval_EvalFrameDefault;_PyEval_EvalFrameDefault;PyObject_Vectorcall;pqGetResult ${n}`), n, 1000);
    const why = endpointWhy({ target: 'orders', sampleMs: 10, base: py(10), head: py(200) }, '`SELECT …`: 2 → 101 calls a request');
    expect(why).toEqual(['`SELECT …`: 2 → 101 calls a request', expect.stringMatching(/^perf saw CPython's interpreter but not the Python functions/)]);
  });
});

describe('a library function reached from the app', () => {
  it("names, past a hook the library calls back (a statement counter), the app's code the library was entered from", () => {
    const lib = '_execute (/usr/lib/python3/dist-packages/django/db/backends/utils.py:77)';
    const hook = '_count_statements (shop/work.py:12)';
    const stacks = folded(
      `gunicorn;_get_response (/usr/lib/django/base.py:160);orders (shop/views.py:46);<listcomp> (shop/views.py:51);__get__ (/usr/lib/django/related.py:156);execute (/usr/lib/django/utils.py:65);${hook};${lib} 90\n` +
        `gunicorn;_get_response (/usr/lib/django/base.py:160);orders (shop/views.py:46);execute (/usr/lib/django/utils.py:65);${hook};${lib} 5`,
    );
    expect(callerInApp(stacks, lib)).toEqual([hook, '<listcomp> (shop/views.py:51)']);
    const base = profiledSide(folded('gunicorn;orders (shop/views.py:46) 5'), 5, 1000);
    const why = endpointWhy({ target: 'orders', profiler: 'python', sampleMs: 10, base, head: profiledSide(stacks, 95, 1000) });
    expect(why[0]).toMatch(/^`_execute` \(`[^`]+`\) from `_count_statements` \(`shop\/work\.py:12`\) in `<listcomp>` \(`shop\/views\.py:51`\): \+/);
  });

  it("names the app's own function it is reached from most, whose file is in the checkout", () => {
    const lib = '_execute (/usr/lib/python3/dist-packages/django/db/backends/utils.py:77)';
    const stacks = folded(
      `gunicorn;handle (/usr/lib/python3/gunicorn/sync.py:10);order_list (shop/views.py:40);__get__ (/usr/lib/python3/django/related.py:5);${lib} 90\n` +
        `gunicorn;handle (/usr/lib/python3/gunicorn/sync.py:10);health (shop/views.py:12);${lib} 10`,
    );
    expect(callerInApp(stacks, lib)).toEqual(['order_list (shop/views.py:40)']);
    expect(callerInApp(stacks, 'order_list (shop/views.py:40)')).toEqual([]);
    const base = profiledSide(folded('gunicorn;handle (/usr/lib/python3/gunicorn/sync.py:10);order_list (shop/views.py:40) 5'), 5, 1000);
    const why = endpointWhy({ target: 'orders', profiler: 'python', sampleMs: 10, base, head: profiledSide(stacks, 100, 1000) });
    expect(why[0]).toBe(
      '`_execute` (`/usr/lib/python3/dist-packages/django/db/backends/utils.py:77`) from `order_list` (`shop/views.py:40`): +1 s time per 1,000 requests, 100% of the growth (inclusive 1 s, self 1 s), new on this path',
    );
  });
});
