// Runs a page takes with `runs` as a range (the default, { min: 2, max: 5 }) against a fixed 3, on the example
// budget's pages and the gallery near an LCP budget, alternated; and whether the two reach the same check outcomes. Each is a whole gate run of the
// pages alone (the endpoints and confirmation left out), so wall time is what a user waits for.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse, stringify } from 'yaml';

const rounds = Number(process.env.BENCH_PAGE_SAMPLING_ROUNDS ?? 6);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function runCli(cli, args) {
  return new Promise((resolve) => {
    const began = performance.now();
    spawn(process.execPath, [cli, ...args], { stdio: 'ignore' }).once('close', () => resolve(performance.now() - began));
  });
}

export async function pageSamplingQuality({ cli, root, work, freePort }) {
  const example = parse(readFileSync(path.join(root, 'examples', 'perf-budget.yml'), 'utf8'));
  const port = await freePort();
  const budget = (runs) => ({
    ...example,
    app: { ...example.app, cwd: path.join(root, 'examples', 'app'), env: { PORT: port }, baseUrl: `http://127.0.0.1:${port}` },
    endpoints: [],
    confirm: undefined,
    relative: undefined,
    // And the gallery held to an LCP budget it only just meets (5.66–5.77 s measured): where more runs pay.
    pages: [...example.pages, { name: 'gallery-near', url: '/heavy', thresholds: ['lcp < 5.8s'] }].map((p) => ({ ...p, ...(runs !== undefined && { runs }) })),
  });
  const files = { range: path.join(work, 'pages-range.yml'), fixed: path.join(work, 'pages-fixed.yml') };
  writeFileSync(files.range, stringify(budget(undefined)));
  writeFileSync(files.fixed, stringify(budget(3)));
  const rows = { range: [], fixed: [] };
  for (let i = 0; i < rounds; i++) {
    for (const kind of i % 2 ? ['fixed', 'range'] : ['range', 'fixed']) {
      const out = path.join(work, `pages-${kind}-${i}`);
      const wallMs = await runCli(cli, ['run', '-q', '-c', files[kind], '-o', out]);
      const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
      rows[kind].push({
        wallMs,
        runs: Object.fromEntries(report.targets.map((t) => [t.name, { taken: t.page.runs.filter((r) => r.ok).length, stop: t.sampling?.stop }])),
        outcomes: Object.fromEntries(report.checks.map((c) => [`${c.target}: ${c.threshold}`, c.outcome])),
      });
    }
  }
  const pages = [...example.pages.map((p) => p.name), 'gallery-near'];
  const checks = Object.keys(rows.fixed[0].outcomes);
  // Agreement: each check's outcome in the range run against the fixed run of the same round.
  const agreeing = rows.range.flatMap((r, i) => checks.map((c) => r.outcomes[c] === rows.fixed[i].outcomes[c])).filter(Boolean).length;
  return {
    rounds,
    pages: Object.fromEntries(
      pages.map((name) => [
        name,
        {
          rangeRuns: rows.range.map((r) => r.runs[name].taken),
          stops: rows.range.map((r) => r.runs[name].stop),
          fixedRuns: rows.fixed.map((r) => r.runs[name].taken),
        },
      ]),
    ),
    totalRuns: {
      range: rows.range.reduce((s, r) => s + pages.reduce((t, p) => t + r.runs[p].taken, 0), 0),
      fixed: rows.fixed.reduce((s, r) => s + pages.reduce((t, p) => t + r.runs[p].taken, 0), 0),
    },
    medianWallS: { range: median(rows.range.map((r) => r.wallMs)) / 1000, fixed: median(rows.fixed.map((r) => r.wallMs)) / 1000 },
    agreement: { agreeing, of: rows.range.length * checks.length },
  };
}
