// Folded stacks and the base-against-head diff, on fixed profiles.
import { describe, expect, it } from '@jest/globals';
import { diffProfiles, frameLabel, growth } from '../../src/core/diagnosis/profile-diff.js';
import { explainGrowth } from '../../src/core/diagnosis/growth-path.js';
import { collapsePerfScript } from '../../src/core/diagnosis/perf-script.js';
import { whyLines } from '../../src/core/diagnosis/why.js';
import { flameGraph } from '../../src/core/diagnosis/flame-graph.js';
import { foldCpuProfile, functionSpans } from '../../src/core/diagnosis/cpu-profile.js';
import { formatFolded, functionCosts, parseFolded, perThousandRequests, shallowed, type Folded, type SideProfile } from '../../src/core/diagnosis/profile.js';

const folded = (text: string): Folded => {
  const p = parseFolded(text);
  if (!p.ok) throw new Error(p.error);
  return p.folded;
};

describe('parseFolded', () => {
  it('reads stack and count, adds repeated stacks, skips what is not a folded line', () => {
    const p = parseFolded('main;handle;parse 30\nmain;handle;parse 10\nmain;idle 5\n# a comment\nmain;bad count x\n\n');
    expect(p).toEqual({
      ok: true,
      skipped: 2,
      folded: new Map([
        ['main;handle;parse', 40],
        ['main;idle', 5],
      ]),
    });
  });

  it('keeps spaces inside frames: the last space separates the count', () => {
    expect(folded('node;JS:*list /app/server.js:12:3 7')).toEqual(new Map([['node;JS:*list /app/server.js:12:3', 7]]));
  });

  it('says a file with no folded line is not a profile', () => {
    expect(parseFolded('')).toEqual({ ok: false, error: "no line of the form 'frame;frame;… count'" });
    expect(parseFolded('<html>\n</html>')).toEqual({ ok: false, error: "no line of the form 'frame;frame;… count' (2 lines were not)" });
  });
});

describe('formatFolded', () => {
  it('writes the heaviest stacks first and drops the lightest past the size bound', () => {
    const f = folded('a;b 1\na;c 5\na;d 3');
    expect(formatFolded(f).text).toBe('a;c 5\na;d 3\na;b 1\n');
    expect(formatFolded(f, 12)).toEqual({ text: 'a;c 5\na;d 3\n', dropped: 1 });
  });

  it('keeps a deep stack to its first and last frames, saying how many it left out, and keeps the stacks it need not touch', () => {
    const deep = (leaf: string) => ['main', ...Array.from({ length: 5000 }, () => 'walk'), leaf].join(';');
    const s = shallowed(
      new Map([
        [deep('work'), 7],
        ['main;work', 1],
      ]),
      128,
    );
    const [stack, n] = [...s][0]!;
    const frames = stack.split(';');
    expect(frames).toHaveLength(128);
    expect(frames.slice(0, 2)).toEqual(['main', 'walk']);
    expect(frames[16]).toBe('[4875 frames]');
    expect(frames.at(-1)).toBe('work');
    expect(n).toBe(7);
    expect(s.get('main;work')).toBe(1);
  });
});

describe('CPU per 1,000 requests', () => {
  it('scales samples by their worth and the requests answered', () => {
    // 100 samples of 1 ms over 500 requests: 200 ms per 1,000 requests.
    const p = perThousandRequests({ folded: folded('main;work 100'), sampleMs: 1, requests: 500 });
    expect(p.get('main;work')).toBeCloseTo(200);
  });

  it('counts a recursive function once in its total', () => {
    const costs = functionCosts(
      new Map([
        ['main;walk;walk;walk', 10],
        ['main;walk;leaf', 5],
      ]),
    );
    expect(costs.get('walk')).toEqual({ self: 10, total: 15 });
    expect(costs.get('leaf')).toEqual({ self: 5, total: 5 });
    expect(costs.get('main')).toEqual({ self: 0, total: 15 });
  });
});

describe('diffProfiles', () => {
  // Base: 1,000 requests; head answered twice as many in its window, with a new hot function under the handler.
  const base = { folded: folded('main;handle;query 200\nmain;handle;render 100\nmain;gc 50'), sampleMs: 1, requests: 1000 };
  const head = { folded: folded('main;handle;query 400\nmain;handle;render 200\nmain;handle;hashPassword 600\nmain;gc 100'), sampleMs: 1, requests: 2000 };

  it('compares time per request, so a side that answered more is not read as slower', () => {
    const diff = diffProfiles(base, head);
    const query = diff.functions.find((f) => f.frame === 'query')!;
    expect(growth(query).self).toBeCloseTo(0);
    expect(diff.totals).toEqual({ base: 350, head: 650 });
  });

  it('puts the function that grew first, marked new, and names nothing else when it explains the growth', () => {
    const diff = diffProfiles(base, head);
    expect(diff.functions[0]).toMatchObject({ frame: 'hashPassword', presence: 'new', base: { self: 0 }, head: { self: 300 } });
  });

  it('marks frames only the base had as vanished', () => {
    const diff = diffProfiles(head, base);
    expect(diff.functions.find((f) => f.frame === 'hashPassword')).toMatchObject({ presence: 'vanished' });
  });
});

describe('frameLabel', () => {
  it('splits the function from where it is, in the forms perf maps, austin and py-spy write', () => {
    expect(frameLabel('JS:*listOrders /app/server.js:42:7')).toEqual({ name: 'listOrders', where: '/app/server.js:42:7' });
    expect(frameLabel('order_list (shop/views.py:31)')).toEqual({ name: 'order_list', where: 'shop/views.py:31' });
    expect(frameLabel('shop/views.py:order_list:31')).toEqual({ name: 'order_list', where: 'shop/views.py:31' });
    expect(frameLabel('[libc.so.6]')).toEqual({ name: '[libc.so.6]' });
  });
});

describe('collapsePerfScript', () => {
  // perf script of `node --perf-basic-prof-only-functions` (trimmed): a JS function, node's own frames, a kernel
  // frame and a stripped library.
  const script = [
    'MainThread 29554  4874.964967:    5025125 cpu-clock:ppp: ',
    "\t    7f175280403d JS:*'fib /app/fib.js:1:13+0xfd (/tmp/perf-29554.map)",
    "\t    7f1752803fea JS:*'fib /app/fib.js:1:13+0xaa (/tmp/perf-29554.map)",
    '\t    7f1752803dcc JS:^ /app/fib.js:1:1+0x18c (/tmp/perf-29554.map)',
    '\t         1634654 Builtins_InterpreterEntryTrampoline+0xd4 (/usr/bin/node)',
    '',
    'MainThread 29554  4874.979374:    5025125 cpu-clock:ppp: ',
    "\t    7f1752804088 JS:*'fib /app/fib.js:1:13+0x148 (/tmp/perf-29554.map)",
    '\t    7f1752803dcc JS:^ /app/fib.js:1:1+0x18c (/tmp/perf-29554.map)',
    '\t         1634654 Builtins_InterpreterEntryTrampoline+0xd4 (/usr/bin/node)',
    '',
    'node 29600  4875.001000:    5025125 cpu-clock:ppp: ',
    '\tffffffff815a4fd1 filemap_map_pages+0x1d1 ([kernel.kallsyms])',
    '\t           2a1b3 [unknown] (/usr/lib/libcrypto.so.3)',
    '',
  ].join('\n');

  it('folds samples root first, without offsets, one stack a line', () => {
    const { folded, samples } = collapsePerfScript(script);
    expect(samples).toBe(3);
    expect([...folded]).toEqual([
      ["MainThread;Builtins_InterpreterEntryTrampoline;JS:^ /app/fib.js:1:1;JS:*'fib /app/fib.js:1:13;JS:*'fib /app/fib.js:1:13", 1],
      ["MainThread;Builtins_InterpreterEntryTrampoline;JS:^ /app/fib.js:1:1;JS:*'fib /app/fib.js:1:13", 1],
      ['node;[libcrypto.so.3];filemap_map_pages', 1],
    ]);
    expect(frameLabel("JS:*'fib /app/fib.js:1:13")).toEqual({ name: 'fib', where: '/app/fib.js:1:13' });
    expect(frameLabel('JS:^ /app/fib.js:1:1')).toEqual({ name: '(anonymous)', where: '/app/fib.js:1:1' });
  });

  it("keeps only the app's processes when told which they are", () => {
    expect(collapsePerfScript(script, { pids: new Set([29600]) }).samples).toBe(1);
  });
});

describe('whyLines', () => {
  const grown = (b: SideProfile, h: SideProfile) => explainGrowth(perThousandRequests(b), perThousandRequests(h));
  const base = { folded: folded('main;handle;query 200\nmain;handle;render 100'), sampleMs: 1, requests: 1000 };
  const head = {
    folded: folded('main;handle;query 200\nmain;handle;render 100\nmain;handle;JS:*hashPassword /app/auth.js:12:3 300'),
    sampleMs: 1,
    requests: 1000,
  };

  it('names the function that grew, where it is, and by how much a request', () => {
    expect(whyLines({ growth: grown(base, head) })).toEqual([
      '`hashPassword` (`/app/auth.js:12:3`) from `handle` in `main`: +300 ms CPU per 1,000 requests, 100% of the growth (inclusive 300 ms, self 300 ms), new on this path',
    ]);
  });

  it('says the time went to waiting when no function grew, and adds the work that grew', () => {
    const lines = whyLines({ growth: grown(base, base), workCause: '`SELECT … FROM items WHERE id = $1`: 0 → 20 calls a request' });
    expect(lines).toEqual([
      'no function spent more CPU per request: the time went to waiting (the database, I/O, locks, other services)',
      '`SELECT … FROM items WHERE id = $1`: 0 → 20 calls a request',
    ]);
  });

  it("says no function of the app's code grew when what grew is outside it and reached from none of its functions", () => {
    const server = {
      folded: folded('run;handle_request;write /usr/lib/python3/dist-packages/gunicorn/http/wsgi.py:334 100\nrun;view shop/views.py:5 200'),
      sampleMs: 1,
      requests: 1000,
    };
    const slower = {
      folded: folded('run;handle_request;write /usr/lib/python3/dist-packages/gunicorn/http/wsgi.py:334 700\nrun;view shop/views.py:5 200'),
      sampleMs: 1,
      requests: 1000,
    };
    const inApp = (frame: string) => frame.includes('shop/');
    expect(whyLines({ growth: grown(server, slower), inApp, via: () => [] })).toEqual([
      "no function of the app's own code spent more CPU per request; what grew is outside it (`write`: the server's or a library's own work, reached from no function of the app)",
    ]);
    // Reached from the app's own function, a library's frame is named as before.
    expect(whyLines({ growth: grown(server, slower), inApp, via: () => ['view shop/views.py:5'] })[0]).toMatch(/^`write` .* from `view`/);
  });

  it('says why there is no profile, and never more than six lines', () => {
    expect(whyLines({ profileNote: 'no profile: perf is not installed' })).toEqual(['no profile: perf is not installed']);
    const many = { folded: folded(Array.from({ length: 9 }, (_, i) => `m;f${i} ${100 - i}`).join('\n')), sampleMs: 1, requests: 1000 };
    const none = { folded: folded('m;idle 1'), sampleMs: 1, requests: 1000 };
    expect(whyLines({ growth: grown(none, many), workCause: 'w', profileNote: 'n' }).length).toBeLessThanOrEqual(6);
  });
});

describe('flameGraph', () => {
  const base = { folded: folded('main;handle;query 200\nmain;handle;render 100'), sampleMs: 1, requests: 1000 };
  const head = {
    folded: folded('main;handle;query 200\nmain;handle;render 100\nmain;handle;JS:*hashPassword /app/auth.js:12:3 300'),
    sampleMs: 1,
    requests: 1000,
  };

  it('draws each frame of head as wide as its CPU a request, red where it is new, with a tooltip', () => {
    const svg = flameGraph(base, head, { title: 'orders: head against base', width: 600 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('<script');
    const rect = (name: string) => new RegExp(`<title>${name}[^<]*</title><rect [^>]*width="([\\d.]+)"[^>]*fill="([^"]+)"`).exec(svg);
    // Head spends 600 ms per 1,000 requests; hashPassword 300 of them: half the width.
    expect(Number(rect('JS:\\*hashPassword')![1])).toBeCloseTo(300);
    expect(rect('JS:\\*hashPassword')![2]).toBe('rgb(220,40,40)');
    expect(svg).toContain('<title>JS:*hashPassword /app/auth.js:12:3: 300 ms CPU per 1,000 requests (new)</title>');
    expect(svg).toContain('<title>query: 200 ms CPU per 1,000 requests (±0 ms vs base)</title>');
  });

  it('leaves out frames narrower than half a pixel and escapes names', () => {
    const wide = { folded: folded('main;<big> 100000\nmain;tiny 1'), sampleMs: 1, requests: 1000 };
    const svg = flameGraph(wide, wide, { title: 't', width: 100 });
    expect(svg).toContain('&lt;big&gt;');
    expect(svg).not.toContain('tiny');
  });
});

describe('foldCpuProfile', () => {
  const frame = (functionName: string, url = '', lineNumber = -1, columnNumber = -1) => ({ functionName, scriptId: '1', url, lineNumber, columnNumber });
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 3, 4] },
      { id: 2, callFrame: frame('(idle)') },
      { id: 3, callFrame: frame('(program)') },
      { id: 4, callFrame: frame('handle', 'file:///app/server.js', 9, 2), children: [5] },
      { id: 5, callFrame: frame('', 'file:///app/server.js', 20, 14) },
    ],
    samples: [2, 4, 5, 5, 3],
    timeDeltas: [1000, 1200, 1000, 800, 500],
  };

  it('weights each sample by its time in µs, names frames as V8 does, and leaves idle out', () => {
    const { folded, samples } = foldCpuProfile(profile);
    expect(samples).toBe(4);
    expect([...folded]).toEqual([
      ['handle file:///app/server.js:10:3', 1200],
      ['handle file:///app/server.js:10:3;(anonymous) file:///app/server.js:21:15', 1800],
      ['(program)', 500],
    ]);
    expect(frameLabel('handle file:///app/server.js:10:3')).toEqual({ name: 'handle', where: 'file:///app/server.js:10:3' });
    expect(frameLabel('(anonymous) file:///app/server.js:21:15')).toEqual({ name: '(anonymous)', where: 'file:///app/server.js:21:15' });
  });

  it("leaves out the samples before a time on the profile's clock (a warm-up's)", () => {
    // Samples at 1000, 2200, 3200, 4000 and 4500 µs from a start at 0: from 3000 on, the last three.
    const { folded, samples } = foldCpuProfile({ ...profile, startTime: 0 }, 3000);
    expect(samples).toBe(3);
    expect([...folded]).toEqual([
      ['handle file:///app/server.js:10:3;(anonymous) file:///app/server.js:21:15', 1800],
      ['(program)', 500],
    ]);
  });

  it('cuts one window of a longer profile: the samples between two times', () => {
    // From 2000 to 4000 µs: the samples at 2200, 3200 and 4000.
    const { folded, samples } = foldCpuProfile({ ...profile, startTime: 0 }, 2000, 4000);
    expect(samples).toBe(3);
    expect([...folded]).toEqual([
      ['handle file:///app/server.js:10:3', 1200],
      ['handle file:///app/server.js:10:3;(anonymous) file:///app/server.js:21:15', 1800],
    ]);
  });
});

describe('functions the JIT inlined, told apart by their lines', () => {
  // taxOf (lines 2–5) and roundCents (line 1) inlined into taxes (lines 6–9): V8 counts their samples as taxes'
  // own, on their own lines.
  const source = [
    'function roundCents(v) { return Math.round(v * 100) / 100; }',
    'function taxOf(l) {',
    '  let t = l.price;',
    '  for (let k = 0; k < 120; k++) t = t * 1.0001;',
    '  return roundCents(t);',
    '}',
    'function taxes(lines) {',
    '  let sum = 0;',
    '  for (const l of lines) sum += taxOf(l);',
    '  return sum;',
    '}',
  ].join('\n');
  const at = (text: string) => source.indexOf(text);
  const coverage = [
    { functionName: '', ranges: [{ startOffset: 0, endOffset: source.length }] },
    { functionName: 'roundCents', ranges: [{ startOffset: at('function roundCents'), endOffset: at('function taxOf') - 1 }] },
    { functionName: 'taxOf', ranges: [{ startOffset: at('function taxOf'), endOffset: at('function taxes') - 1 }] },
    { functionName: 'taxes', ranges: [{ startOffset: at('function taxes'), endOffset: source.length }] },
  ];
  const url = 'file:///app/taxes.mjs';
  const functions = new Map([[url, functionSpans(source, coverage)]]);

  it("reads each function's lines from its coverage range, the top level left out", () => {
    expect(functions.get(url)).toEqual([
      { name: 'roundCents', startLine: 1, startColumn: 1, endLine: 1, endColumn: 60 },
      { name: 'taxOf', startLine: 2, startColumn: 1, endLine: 6, endColumn: 1 },
      { name: 'taxes', startLine: 7, startColumn: 1, endLine: 11, endColumn: 1 },
    ]);
  });

  it("gives a node's own time on another function's lines to that function, under the node", () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 }, children: [2] },
        // taxes: 90 ticks on taxOf's loop (line 4), 10 on its own loop (line 9); roundCents' line 1 is its own
        // one-liner, shared with no other code, yet not strictly inside it: left to the node.
        {
          id: 2,
          callFrame: { functionName: 'taxes', url, lineNumber: 6, columnNumber: 14 },
          positionTicks: [
            { line: 4, ticks: 90 },
            { line: 9, ticks: 10 },
          ],
        },
      ],
      samples: [2, 2, 2, 2],
      timeDeltas: [1000, 1000, 1000, 1000],
    };
    const { folded, samples } = foldCpuProfile(profile, -Infinity, Infinity, functions);
    expect(samples).toBe(4);
    expect([...folded]).toEqual([
      [`taxes ${url}:7:15;taxOf ${url}:2:1`, 3600],
      [`taxes ${url}:7:15`, 400],
    ]);
    // Without the scripts' functions, as V8 names them.
    expect([...foldCpuProfile(profile).folded]).toEqual([[`taxes ${url}:7:15`, 4000]]);
  });
});
