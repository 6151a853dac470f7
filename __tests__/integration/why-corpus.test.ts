// The why on code nobody here tuned for it: the corpus's regression shapes (__tests__/servers/corpus), each base and
// head beside each other with every route profiled, and the function each why must name first. A few shapes here;
// bench/why-corpus.mjs runs them all (fastify's too), five times, quiet and beside a CPU hog.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/run/gate.js';
import { corpusRepository, type CorpusStack } from '../servers/corpus/repository.mjs';
import { markerVariable, processesWith, tempDir, uniqueMarker } from '../helpers/processes.js';

const quiet = { info: () => {}, warn: () => {} };
const settings = `sameRunner: { ref: HEAD~1, minSamples: 3, maxSamples: 4, timeBudget: 5s, restartEvery: 10 }
diagnose: { when: always, duration: 2s }
load: { duration: 1s, warmup: 200ms, samples: 4, connections: 2 }
relative: { endpoints: { p95: +20% or +1ms } }`;

/** One gate run of `routes` of the stack's corpus: each route's first why line, against what it must name. */
async function firstLines(stack: CorpusStack, routes: string[]) {
  const dir = tempDir();
  const marker = uniqueMarker();
  const { expected } = await corpusRepository(dir, { stack, routes, settings, env: `${markerVariable}: ${marker}` });
  const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet, tempDir: tempDir() });
  expect(out.report.errors).toEqual([]);
  expect(processesWith(marker)).toEqual([]);
  const md = readFileSync(path.join(dir, 'out', 'report.md'), 'utf8');
  return routes.map((route) => {
    const first = new RegExp(`\\*\\*(?:Why|What changed:) \`${route}\`\\*\\*[^\\n]*\\n\\n- ([^\\n]*)`).exec(md)?.[1] ?? '';
    return { route, first, expected: expected[route]! };
  });
}

describe("the why's corpus of regression shapes", () => {
  it('names on node:http the helper the JIT inlined, and the function that calls pbkdf2Sync', async () => {
    for (const { first, expected } of await firstLines('node', ['taxes', 'token'])) {
      expect(first).toMatch(expected);
      // With the share of the endpoint's growth it explains.
      expect(first).toMatch(/, \d+% of the growth \(inclusive /);
    }
  });

  it("names in a WSGI app under gunicorn the helper per row, and json.dumps's library frame from the app's function", async () => {
    for (const { first, expected } of await firstLines('python', ['totals', 'export'])) expect(first).toMatch(expected);
  });
});
