// The A/B changes every verdict figure uses, so artifact-mode, same-runner and confirmation rows read side by side.
// Each is aimed at p95 ×1.20 on /api/items?limit=100 with 10 connections in its setting, and has its own base:
//   cpu   extra CPU work a request (EXAMPLE_WORK_US) on the example app as it is: +24 µs quiet → ×1.17–1.25,
//         +32 µs beside the hog (+30 µs → ×1.18)
//   wait  a backend call that takes 3 ms instead of 2 (EXAMPLE_DELAY_MS): ×1.23 quiet, ×1.19 beside the hog.
//         A wait on the app as it is cannot be aimed: timers keep whole milliseconds and fire in batches, and the
//         smallest, 1 ms, moves p95 ×1.44; a base that already waits 2 ms puts the next millisecond near ×1.2.
// Calibrated by hand on Node 24 (the one `npm run bench` runs), 3 alternated runs of each.

// The load of every verdict row. 3 s of warm-up, not 2: same-runner restarts re-run the warm-up, and after 2 s of
// interleaved load the example app still has one-off warm-up events ahead (it settles after 3–4 s of load); measured
// there, the 2 → 3 ms wait read p95 ×1.03–1.11 (7 runs) against ×1.2 in a run of one app, and ×1.24–1.28 with 3 s.
export const verdictLoad = 'load: { duration: 4s, warmup: 3s, samples: 16, connections: 10 }';
export const changes = {
  quiet: {
    cpu: { base: {}, head: { EXAMPLE_WORK_US: Number(process.env.BENCH_WORK_US_QUIET ?? 24) } },
    wait: { base: { EXAMPLE_DELAY_MS: 2 }, head: { EXAMPLE_DELAY_MS: 3 } },
  },
  hog: {
    cpu: { base: {}, head: { EXAMPLE_WORK_US: Number(process.env.BENCH_WORK_US_HOG ?? 32) } },
    wait: { base: { EXAMPLE_DELAY_MS: 2 }, head: { EXAMPLE_DELAY_MS: 3 } },
  },
};

/** "+24 µs of work" or "a 2 ms wait made 3 ms". */
export const describeChange = (c) =>
  c.head.EXAMPLE_WORK_US !== undefined ? `+${c.head.EXAMPLE_WORK_US} µs of work` : `a ${c.base.EXAMPLE_DELAY_MS} ms wait made ${c.head.EXAMPLE_DELAY_MS} ms`;

/** The lines a checkout's server.js starts with to carry these settings (the budget's env may still override). */
export const envLines = (env) =>
  Object.entries(env)
    .map(([k, v]) => `process.env.${k} ??= '${v}';\n`)
    .join('');

/**
 * The bench's comparisons in one setting: each A/A on the base it guards, each A/B with its change. `aa` is the
 * example app as it is; `aa-wait` the app whose backend call takes 2 ms, the base of `wait`.
 */
export const comparisonsOf = (setting) => [
  { kind: 'aa', base: {}, head: {} },
  { kind: 'cpu', ...changes[setting].cpu },
  { kind: 'aa-wait', base: changes[setting].wait.base, head: changes[setting].wait.base },
  { kind: 'wait', ...changes[setting].wait },
];
