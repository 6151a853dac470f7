// What it takes to run Lighthouse from an esbuild bundle with no node_modules beside it.
// Lighthouse finds its files relative to import.meta.url, loads audits with import(variable), lists its audit
// folders with readdirSync and reads a few assets with readFileSync. Each of those is handled here:
// its files keep their own URL inside dist/lh/ (a tree that mirrors Lighthouse's layout and holds the assets),
// audits and gatherers become static imports, and only the en-US messages are kept.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const lhRoot = path.dirname(require.resolve('lighthouse/package.json'));
const lhFilter = new RegExp(`^${lhRoot.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/.*\\.js$`);

/** Helpers every output file gets in its banner: where a Lighthouse file or asset lives under dist/lh/. */
export const lighthouseBanner = [
  "const __pgLhUrl = (rel) => new URL('./lh/' + rel, import.meta.url).href;",
  'const __pgLhPath = (rel) => __pgFileURLToPath(__pgLhUrl(rel));',
].join('\n');

// Assets Lighthouse reads at run time, copied to dist/lh/ at the same relative paths.
const assets = [
  'package.json',
  'shared/localization/locales/en-US.json',
  'report/assets/standalone-template.html',
  'dist/report/standalone.js',
  // A user flow's report (pages with a flow).
  'flow-report/assets/standalone-flow-template.html',
  'flow-report/assets/styles.css',
  'report/assets/styles.css',
  'dist/report/flow.js',
  'core/lib/legacy-javascript/polyfill-module-data.json',
  'core/lib/legacy-javascript/polyfill-graph-data.json',
];
const vendor = {
  'vendor/axe.min.js': require.resolve('axe-core/axe.min.js', { paths: [lhRoot] }),
  'vendor/libraries.js': require.resolve('js-library-detector/library/libraries.js', { paths: [lhRoot] }),
};

async function staticLists() {
  const { Runner } = await import(path.join(lhRoot, 'core/runner.js'));
  return { audits: Runner.getAuditList(), gatherers: Runner.getGathererList() };
}

const rel = (file) => path.relative(lhRoot, file);
const js = JSON.stringify;

function rewrite(file, source, lists) {
  const r = rel(file);
  let out = source;
  const swap = (from, to) => {
    if (!out.includes(from)) throw new Error(`lighthouse-bundle: '${from}' not found in ${r}; Lighthouse changed, update the build`);
    out = out.replace(from, to);
  };
  // Lighthouse tells it is bundled when lighthouse-logger does not resolve; a dist/ inside a checkout would
  // still resolve it from the checkout's node_modules, and then page functions miss esbuild's __name helper.
  if (r === 'core/config/config-helpers.js' || r === 'core/lib/page-functions.js') {
    swap("require.resolve('lighthouse-logger');\n    return false;", 'return true;');
  }
  switch (r) {
    case 'core/config/config-helpers.js': {
      const entries = [
        ...lists.audits.map((a) => `../audits/${a.replace(/\.js$/, '')}`),
        ...lists.gatherers.map((g) => `../gather/gatherers/${g.replace(/\.js$/, '')}`),
      ];
      swap('/* BUILD_REPLACE_BUNDLED_MODULES */', `[${entries.map((e) => `[${js(e)}, import(${js(`${e}.js`)})]`).join(',\n')}]`);
      break;
    }
    case 'core/runner.js':
      swap('static getAuditList() {', `static getAuditList() {\n    return ${js(lists.audits)};`);
      swap('static getGathererList() {', `static getGathererList() {\n    return ${js(lists.gatherers)};`);
      break;
    case 'shared/localization/locales.js':
      // 15 MB of messages in 50 languages; perf-gate reports in en-US.
      return "import enUS from './locales/en-US.json' with { type: 'json' };\nconst locales = { 'en-US': enUS, en: enUS };\nexport { locales };\n";
    case 'core/lib/axe.js':
      swap("require.resolve('axe-core/axe.min.js')", "__pgLhPath('vendor/axe.min.js')");
      break;
    case 'core/gather/gatherers/stacks.js':
      swap("require.resolve('js-library-detector/library/libraries.js')", "__pgLhPath('vendor/libraries.js')");
      break;
  }
  return out.replaceAll('import.meta', `({ url: __pgLhUrl(${js(r)}) })`);
}

/** The esbuild plugin; call writeLighthouseAssets(dist, metafile) after the build. */
export function lighthousePlugin() {
  let lists;
  return {
    name: 'lighthouse-bundle',
    setup(build) {
      build.onStart(async () => {
        lists ??= await staticLists();
      });
      // Sentry is only loaded when error reporting is switched on, which perf-gate never does.
      build.onResolve({ filter: /^@sentry\/node$/ }, () => ({ path: 'sentry-stub', namespace: 'perf-gate-stub' }));
      build.onLoad({ filter: /.*/, namespace: 'perf-gate-stub' }, () => ({ contents: 'export {};', loader: 'js' }));
      build.onLoad({ filter: lhFilter }, (args) => ({ contents: rewrite(args.path, readFileSync(args.path, 'utf8'), lists), loader: 'js' }));
    },
  };
}

/**
 * Copies the assets and makes every folder a bundled Lighthouse file came from: Lighthouse builds paths like
 * `<its folder>/../assets/x`, which the kernel resolves only through folders that exist (a .keep holds each in git).
 */
export function writeLighthouseAssets(dist, metafile) {
  const lhDist = path.join(dist, 'lh');
  const dirs = new Set(
    Object.keys(metafile.inputs)
      .map((input) => path.resolve(input))
      .filter((input) => input.startsWith(`${lhRoot}/`))
      .map((input) => path.dirname(rel(input))),
  );
  for (const dir of dirs) {
    mkdirSync(path.join(lhDist, dir), { recursive: true });
    writeFileSync(path.join(lhDist, dir, '.keep'), '');
  }
  for (const asset of assets) {
    mkdirSync(path.dirname(path.join(lhDist, asset)), { recursive: true });
    copyFileSync(path.join(lhRoot, asset), path.join(lhDist, asset));
  }
  for (const [to, from] of Object.entries(vendor)) {
    mkdirSync(path.dirname(path.join(lhDist, to)), { recursive: true });
    copyFileSync(from, path.join(lhDist, to));
  }
}
