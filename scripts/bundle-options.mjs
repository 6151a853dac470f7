// What every bundle of perf-gate shares (the action and CLI, the Lighthouse worker), and the worker's own build,
// which the tests run too when src/ is newer than dist/ (scripts/jest-global-setup.mjs).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lighthouseBanner, lighthousePlugin, writeLighthouseAssets } from './lighthouse-bundle.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// CommonJS dependencies (autocannon) inside an ESM bundle need require, __filename and __dirname.
export const banner = [
  "import { createRequire as __pgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __pgFileURLToPath } from 'node:url';",
  'const require = __pgCreateRequire(import.meta.url);',
  'const __pgFilename = __pgFileURLToPath(import.meta.url);',
  "const __pgDirname = __pgFileURLToPath(new URL('.', import.meta.url));",
  lighthouseBanner,
].join('\n');

export const common = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  logLevel: 'warning',
  legalComments: 'none',
  // Free __dirname/__filename in CommonJS code; bundled ES modules may declare their own.
  define: { PERF_GATE_VERSION: JSON.stringify(pkg.version), __dirname: '__pgDirname', __filename: '__pgFilename' },
  // Lighthouse sends page functions to the browser as source text, names included.
  keepNames: true,
};

/** The Lighthouse worker, one file with its assets under `outdir`/lh (no splitting: its audits would each be a chunk). */
export async function buildLighthouseWorker(outdir) {
  const lighthouse = await build({
    ...common,
    absWorkingDir: root,
    entryPoints: { 'lighthouse-worker': 'src/adapters/pages/lighthouse-worker.ts' },
    outdir,
    banner: { js: banner },
    plugins: [lighthousePlugin()],
    metafile: true,
  });
  writeLighthouseAssets(outdir, lighthouse.metafile);
}
