// The A/B changes every verdict figure uses, so artifact-mode, same-runner and confirmation rows read side by side.
// Each is aimed at p95 ×1.20 on /api/items?limit=100 with 10 connections in its setting (calibrated by hand,
// 4–5 alternated runs each; the achieved ratio is reported beside every figure):
//   cpu   extra CPU work a request (EXAMPLE_WORK_US): quiet +60 µs → ×1.22; beside the hog +40 µs → ×1.21
//   wait  an added wait a request, an extra call to a backend (EXAMPLE_DELAY_MS): +2 ms → ×1.22 quiet, ×1.18 hog.
//         A 1 ms wait moves p95 by nothing: the closed loop keeps the CPU saturated and the wait hides in the queue.
export const changes = {
  quiet: { cpu: { workUs: Number(process.env.BENCH_WORK_US_QUIET ?? 60) }, wait: { delayMs: Number(process.env.BENCH_DELAY_MS_QUIET ?? 2) } },
  hog: { cpu: { workUs: Number(process.env.BENCH_WORK_US_HOG ?? 40) }, wait: { delayMs: Number(process.env.BENCH_DELAY_MS_HOG ?? 2) } },
};

/** "+60 µs of work" or "+2 ms of waiting". */
export const describeChange = (c) => (c.workUs ? `+${c.workUs} µs of work` : `+${c.delayMs} ms of waiting`);

/** The line a checkout's server.js gets to carry the change. */
export const changeLine = (c) => (c.workUs ? `process.env.EXAMPLE_WORK_US ??= '${c.workUs}';\n` : `process.env.EXAMPLE_DELAY_MS ??= '${c.delayMs}';\n`);
