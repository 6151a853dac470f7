// Benches that take hours keep each pair's rows in bench/results/<name>.jsonl as it ends, so a later
// `npm run bench` goes on from there (BENCH_<NAME>_FRESH=1, or any other configuration, starts over: rows measured
// with other changes or load are moved aside, never mixed in).
import { appendFileSync, existsSync, readFileSync, renameSync } from 'node:fs';

/** The pairs measured so far with this configuration; rows of another are moved aside. */
export function pairsSoFar(file, config, fresh = false) {
  if (!existsSync(file) || fresh) return [];
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  if (rows.every((r) => r.config === config)) return rows;
  renameSync(file, `${file}.${Date.now()}.old`);
  return [];
}

/** One pair's rows, appended as a line. */
export function appendPair(file, config, pair, rows) {
  appendFileSync(file, `${JSON.stringify({ config, pair, at: new Date().toISOString(), ...rows })}\n`);
}
