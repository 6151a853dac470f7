// What changed on a page, said from the median Lighthouse runs of base and head (no extra runs), same-runner beside
// HEAD~1 on the example app. The head adds a 300 KB script to the home page (EXAMPLE_SCRIPT_KB) and makes the
// gallery's first photo 200 KB larger (EXAMPLE_HERO_KB): is `/static/extra.js` the first line of home's why, and
// `/static/photo-0.svg` the first of the gallery's, in how many runs (target 20 of 20).
// Each run's row is appended to bench/results/page-why.jsonl as it ends, so a later run goes on from there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleRepository, runCli } from './example-repo.mjs';
import { appendPair, pairsSoFar } from './resumable.mjs';

const runs = Number(process.env.BENCH_PAGE_WHY_RUNS ?? 20);
const change = { EXAMPLE_SCRIPT_KB: 300, EXAMPLE_HERO_KB: 200 };
const expected = { home: '`/static/extra.js`', gallery: '`/static/photo-0.svg`' };
const resultsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

const budget = `app:
  command: node server.js
  cwd: app
  baseUrl: http://127.0.0.1:3000
  ready: { url: /health }
sameRunner: { ref: 'HEAD~1', minSamples: 3, maxSamples: 3 }
pages:
  - { name: home, url: /, relative: { total-bytes: +10% } }
  - { name: gallery, url: /heavy, relative: { total-bytes: +10% } }
`;

// The first line under the page's why in report.md, or null when there is none.
const firstLine = (md, page) => new RegExp(`\\*\\*(?:Why|What changed:) \`${page}\`\\*\\*[^\\n]*\\n\\n- ([^\\n]*)`).exec(md)?.[1] ?? null;

export async function pageWhyQuality({ cli, appDir, work }) {
  const dir = path.join(work, 'page-why');
  exampleRepository(dir, appDir, budget, { head: change });
  const file = path.join(resultsDir, 'page-why.jsonl');
  const config = JSON.stringify({ change, budget });
  const done = pairsSoFar(file, config, process.env.BENCH_PAGE_WHY_FRESH === '1');
  const rows = done.map((d) => d.row);
  for (let i = done.length + 1; i <= runs; i++) {
    const out = path.join(dir, `out${i}`);
    const { wallMs } = await runCli(cli, ['run', '-q', '-o', out], dir);
    const md = readFileSync(path.join(out, 'report.md'), 'utf8');
    const row = { wallMs: Math.round(wallMs), first: { home: firstLine(md, 'home'), gallery: firstLine(md, 'gallery') } };
    rows.push(row);
    appendPair(file, config, i, { row });
    console.error(`page why ${i}/${runs}: home ${row.first.home} · gallery ${row.first.gallery}`);
  }
  const named = (page) => rows.filter((r) => r.first[page]?.startsWith(expected[page])).length;
  return {
    runs: rows.length,
    change,
    named: { home: named('home'), gallery: named('gallery') },
    firsts: { home: [...new Set(rows.map((r) => r.first.home))].slice(0, 3), gallery: [...new Set(rows.map((r) => r.first.gallery))].slice(0, 3) },
    medianWallS: [...rows.map((r) => r.wallMs)].sort((a, b) => a - b)[Math.floor(rows.length / 2)] / 1000,
  };
}
