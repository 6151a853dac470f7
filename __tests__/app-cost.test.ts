// The app's own cost, read from the processes perf-gate started: CPU time per request follows the work a request
// takes; memory is the app's, not perf-gate's.
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { runGate } from '../src/gate.js';
import { writeExampleBudget } from './helpers/budgets.js';
import { tempDir, uniqueMarker } from './helpers/processes.js';

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
    expect(cpu.samples).toHaveLength(4);
    expect(cpu.value).toBeGreaterThan(0);
    expect(plain['app-rss']!.value).toBeGreaterThan(10 * 2 ** 20);
    expect(plain['app-rss']!.samples).toHaveLength(4);
    // 300 µs of CPU work a request shows as at least a quarter of a millisecond more CPU a request.
    const busy = await costOf({ EXAMPLE_WORK_US: '300' });
    expect(busy['cpu-per-request']!.value! - cpu.value!).toBeGreaterThan(0.25);
  });
});
