// docs/development.md's module map, made from each file's opening comment (its first paragraph): `npm run build`
// writes it between its markers and the docs test checks it, so the map cannot drift from the code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const mapBegin = "<!-- module map: written by npm run build from each file's opening comment -->";
export const mapEnd = '<!-- /module map -->';

// Each folder's heading, in the order a reader meets them.
const folders = [
  ['src', 'The entries: the action, the CLI and its commands'],
  ['src/run', 'A gate run: one app, or base and head side by side, confirmation, the diagnosis pass'],
  ['src/core', 'The pure core: what every part shares'],
  ['src/core/budget', 'The budget file: schema, defaults, parsing to a plan, thresholds'],
  ['src/core/load', 'Load on an endpoint: the generator seam, latency and timelines, shapes, when sampling stops'],
  ['src/core/work', 'The work behind each request: statements and counters per request, and what changed'],
  ['src/core/workload', 'The workload: requests that vary (templates and the vars that fill them)'],
  ['src/core/init', 'A first budget: endpoints from OpenAPI and Django, the budget and workflow init writes'],
  ['src/core/pages', 'Pages: Lighthouse results to metrics, and what a page is made of'],
  ['src/core/verdict', 'Verdicts: checks against thresholds, base against head, baselines, noise, the outcome'],
  ['src/core/diagnosis', 'The diagnosis: CPU profiles, the why, heap and tracemalloc growth'],
  ['src/core/report', 'The report model, its validation, shards and merging, the check run'],
  ['src/core/render', "The report's views: terminal, markdown, the PR comment, HTML and its charts"],
  ['src/adapters', 'Adapters at the edge: files, processes, the network'],
  ['src/adapters/app', 'The app under test as processes: start, setup, usage, ports, signals'],
  ['src/adapters/load', 'Load generators: autocannon for steady load, undici for shapes'],
  ['src/adapters/work', "Reading the work: pg_stat_statements, the app's /metrics"],
  ['src/adapters/pages', 'Chrome and Lighthouse, in a worker thread'],
  ['src/adapters/profiling', "Profilers: V8's over the inspector, perf, the Python sampler, heap snapshots"],
  ['src/adapters/github', "GitHub: the action's inputs, the event, the REST client, the comment and the check"],
  ['src/adapters/baseline', "Where baselines live and come from: files, artifacts, the base's checkout, git"],
  ['src/adapters/init', 'What init looks at: how the app starts, the app started once, where endpoints are described'],
  ['src/adapters/files', 'The budget file, the report files, reading text'],
  ['src/types', 'Types for untyped packages'],
];

/** A file's opening comment, its first paragraph as one line. */
export function openingComment(text) {
  const lines = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#!')) continue;
    const m = /^\/\/ ?(.*)$/.exec(line) ?? /^\/?\*+ ?(.*?)\s*(\*\/)?$/.exec(line);
    if (!m || (line.startsWith('//') === false && !line.startsWith('/*') && !line.startsWith('*'))) break;
    if (m[1].trim() === '') {
      if (lines.length) break;
      continue;
    }
    lines.push(m[1].trim());
    if (line.endsWith('*/')) break;
  }
  return lines.join(' ');
}

/** The map as markdown: a table a folder, every .ts file with its opening comment. */
export function moduleMap(root) {
  const out = [];
  for (const [folder, title] of folders) {
    const dir = path.join(root, folder);
    const files = readdirSync(dir)
      .filter((f) => /\.ts$/.test(f) && statSync(path.join(dir, f)).isFile())
      .sort();
    if (files.length === 0) continue;
    out.push(`### \`${folder}/\`: ${title}`, '', '| file | what it is |', '|---|---|');
    for (const f of files) {
      const about = openingComment(readFileSync(path.join(dir, f), 'utf8')) || '(no opening comment)';
      out.push(`| \`${folder}/${f}\` | ${about.replace(/\|/g, '\\|')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Folders of src/ the map has no heading for (a new folder needs one). */
export function unmappedFolders(root) {
  const known = new Set(folders.map(([f]) => f));
  const walk = (rel) =>
    readdirSync(path.join(root, rel), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => [`${rel}/${d.name}`, ...walk(`${rel}/${d.name}`)]);
  return walk('src').filter((f) => !known.has(f));
}
