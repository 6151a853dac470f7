// Bundles src/ into a self-contained dist/ (the action and the CLI) and writes perf-budget.schema.json.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { banner, buildLighthouseWorker, common, root } from './bundle-options.mjs';
import { mapBegin, mapEnd, moduleMap } from './module-map.mjs';

const dist = path.join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
// Lighthouse runs in a worker thread from a file of its own; the main bundle never contains it.
const lighthouseExternal = {
  name: 'lighthouse-external',
  setup(b) {
    b.onResolve({ filter: /\/lighthouse-runner\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};
await build({
  ...common,
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli-entry.ts', 'access-log-worker': 'src/adapters/files/access-log-worker.ts' },
  outdir: dist,
  // Every output file sits in dist/ itself, so import.meta.url means the same folder in all of them.
  splitting: true,
  chunkNames: '[name]-[hash]',
  banner: { js: banner },
  plugins: [lighthouseExternal],
  // Halves dist/; Lighthouse stays unminified (its page functions travel to the browser as source).
  minify: true,
});
await buildLighthouseWorker(dist);
// No package.json travels with dist/ when the action is copied alone: mark its files as ES modules.
writeFileSync(path.join(dist, 'package.json'), '{ "type": "module" }\n');

// The JSON Schema comes from the zod schema, so editors and perf-gate agree on the budget file.
const schemaBundle = await build({ ...common, absWorkingDir: root, entryPoints: ['src/core/budget/budget-schema.ts'], write: false });
const mod = await import(`data:text/javascript;base64,${Buffer.from(schemaBundle.outputFiles[0].text).toString('base64')}`);
mkdirSync(root, { recursive: true });
writeFileSync(path.join(root, 'perf-budget.schema.json'), `${JSON.stringify(mod.budgetJsonSchema(), null, 2)}\n`);

// The docs' table of defaults comes from the defaults module, between its markers in docs/budget-file.md.
const defaultsBundle = await build({ ...common, absWorkingDir: root, entryPoints: ['src/core/budget/defaults-doc.ts'], write: false });
const defaults = await import(`data:text/javascript;base64,${Buffer.from(defaultsBundle.outputFiles[0].text).toString('base64')}`);
const budgetDoc = path.join(root, 'docs', 'budget-file.md');
const doc = readFileSync(budgetDoc, 'utf8');
const [before, rest] = doc.split(defaults.defaultsBegin);
if (rest === undefined || !rest.includes(defaults.defaultsEnd))
  throw new Error(`docs/budget-file.md has no '${defaults.defaultsBegin}' … '${defaults.defaultsEnd}' section`);
const after = rest.slice(rest.indexOf(defaults.defaultsEnd));
writeFileSync(budgetDoc, `${before}${defaults.defaultsBegin}\n${defaults.defaultsMarkdown()}\n${after}`);

// The module map in docs/development.md comes from each file's opening comment, between its markers.
const devDoc = path.join(root, 'docs', 'development.md');
const dev = readFileSync(devDoc, 'utf8');
const mapAt = dev.indexOf(mapBegin);
const mapUntil = dev.indexOf(mapEnd);
if (mapAt < 0 || mapUntil < mapAt) throw new Error(`docs/development.md: the module map's markers are missing (${mapBegin} … ${mapEnd})`);
writeFileSync(devDoc, `${dev.slice(0, mapAt + mapBegin.length)}\n${moduleMap(root)}${dev.slice(mapUntil)}`);
