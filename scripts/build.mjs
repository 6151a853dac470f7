// Bundles src/ into a self-contained dist/ (the action and the CLI) and writes perf-budget.schema.json.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const dist = path.join(root, 'dist');

// CommonJS dependencies (autocannon) inside an ESM bundle need require, __filename and __dirname.
const banner = [
  "import { createRequire as __pgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __pgFileURLToPath } from 'node:url';",
  'const require = __pgCreateRequire(import.meta.url);',
  'const __filename = __pgFileURLToPath(import.meta.url);',
  "const __dirname = __pgFileURLToPath(new URL('.', import.meta.url));",
].join('\n');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  logLevel: 'warning',
  legalComments: 'none',
  define: { PERF_GATE_VERSION: JSON.stringify(pkg.version) },
};

rmSync(dist, { recursive: true, force: true });
await build({
  ...common,
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli-entry.ts' },
  outdir: dist,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: banner },
});
// No package.json travels with dist/ when the action is copied alone: mark its files as ES modules.
writeFileSync(path.join(dist, 'package.json'), '{ "type": "module" }\n');

// The JSON Schema comes from the zod schema, so editors and perf-gate agree on the budget file.
const schemaBundle = await build({ ...common, absWorkingDir: root, entryPoints: ['src/core/budget-schema.ts'], write: false });
const mod = await import(`data:text/javascript;base64,${Buffer.from(schemaBundle.outputFiles[0].text).toString('base64')}`);
mkdirSync(root, { recursive: true });
writeFileSync(path.join(root, 'perf-budget.schema.json'), `${JSON.stringify(mod.budgetJsonSchema(), null, 2)}\n`);
