// Before tests that audit pages: the Lighthouse worker they run is built from src/ as it is. From source, the
// page auditor runs dist/lighthouse-worker.js; when a file of src/ is newer than it (an edit since the last build),
// the worker is built into node_modules/.cache and the tests are pointed at it (PERF_GATE_LIGHTHOUSE_WORKER).
// The pure and fast tiers audit no page and build nothing.
import { existsSync, readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildLighthouseWorker, root } from './bundle-options.mjs';

const newestIn = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, d) => {
    const p = path.join(dir, d.name);
    return Math.max(t, d.isDirectory() ? newestIn(p) : statSync(p).mtimeMs);
  }, 0);

export default async function setup(globalConfig) {
  const patterns = globalConfig.testPathPatterns?.patterns ?? [];
  if (patterns.length > 0 && patterns.every((p) => /__tests__\/(core|fast)\b/.test(p))) return;
  const built = path.join(root, 'dist', 'lighthouse-worker.js');
  const newest = newestIn(path.join(root, 'src'));
  if (existsSync(built) && statSync(built).mtimeMs >= newest) return;
  const cache = path.join(root, 'node_modules', '.cache', 'perf-gate-worker');
  const stamp = path.join(cache, 'stamp');
  if (!existsSync(stamp) || Number(readFileSync(stamp, 'utf8')) < newest) {
    await buildLighthouseWorker(cache);
    writeFileSync(stamp, String(newest));
  }
  process.env.PERF_GATE_LIGHTHOUSE_WORKER = path.join(cache, 'lighthouse-worker.js');
}
