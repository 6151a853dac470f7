// The app's own cost, read from the processes perf-gate started: CPU time per request follows the work a request
// takes; memory is the app's, not perf-gate's.
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { runGate } from '../../src/run/gate.js';
import { writeExampleBudget } from '../helpers/budgets.js';
import { freePort, markerVariable, tempDir, uniqueMarker } from '../helpers/processes.js';
import { writeFileSync } from 'node:fs';

const quiet = { info: () => {}, warn: () => {} };

async function costOf(env: Record<string, string>) {
  const dir = tempDir();
  const budget = await writeExampleBudget(dir, {
    marker: uniqueMarker(),
    env,
    endpoints: "  - { name: ping, url: /api/ping, thresholds: ['cpu-per-request < 50ms', 'app-rss < 2GB'] }\n",
  });
  const out = await runGate({ config: path.basename(budget.file), outDir: 'out', cwd: dir, log: quiet });
  expect(out.report.errors).toEqual([]);
  return out.report.targets[0]!.metrics;
}

describe('cost metrics of the app', () => {
  it('reads CPU time per request and resident memory per burst, usable in thresholds', async () => {
    const plain = await costOf({});
    const cpu = plain['cpu-per-request']!;
    expect(cpu.unit).toBe('ms');
    // One a burst; a burst whose reading a busy machine delayed past its end has none.
    expect(cpu.samples.length).toBeGreaterThanOrEqual(2);
    // The kernel counts CPU in 10 ms ticks: a starved app's burst can read none.
    expect(cpu.value).toBeGreaterThanOrEqual(0);
    expect(plain['app-rss']!.value).toBeGreaterThan(10 * 2 ** 20);
    expect(plain['app-rss']!.samples.length).toBeGreaterThanOrEqual(2);
    // 300 µs of work a request shows as more CPU a request: the work spins on the clock, so beside CPU hogs the app,
    // descheduled part of the time, spends less than 300 µs of CPU on it (0.23 ms read); 0.1 ms is far from both.
    const busy = await costOf({ EXAMPLE_WORK_US: '300' });
    expect(busy['cpu-per-request']!.value! - cpu.value!).toBeGreaterThan(0.1);
  });

  it('pins memory on the endpoint that grew it, not on those measured after it', async () => {
    const dir = tempDir();
    // One endpoint keeps 64 KB of every request; the other keeps nothing.
    writeFileSync(
      path.join(dir, 'leaky.mjs'),
      `import http from 'node:http';
const kept = [];
http.createServer((req, res) => {
  if (req.url === '/leak') kept.push(Buffer.alloc(64 * 1024, 1));
  res.end('ok');
}).listen(Number(process.env.PORT), '127.0.0.1');
`,
    );
    const port = await freePort();
    writeFileSync(
      path.join(dir, 'perf-budget.yml'),
      `app: { command: node leaky.mjs, env: { PORT: ${port}, ${markerVariable}: ${uniqueMarker()} }, baseUrl: 'http://127.0.0.1:${port}' }
load: { duration: 1s, warmup: 200ms, samples: 2, connections: 4 }
endpoints:
  - { name: leak, url: /leak }
  - { name: fine, url: /fine }
`,
    );
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: quiet });
    expect(out.report.errors).toEqual([]);
    const [leak, fine] = out.report.targets;
    const mb = 2 ** 20;
    // Hundreds of requests at 64 KB each on the slowest machine (thousands on a quiet one): the leak grew the app by
    // tens of MB, and none of it is pinned on the endpoint measured after it.
    expect(leak!.metrics['app-rss']!.value! - fine!.metrics['app-rss']!.value!).toBeGreaterThan(20 * mb);
    expect(fine!.endpoint!.memory).toBe('own growth');
  });
});
