// What `perf-gate calibrate` prints: each relative rule beside what A/A runs on this machine say of it.
import type { CalibrationRow } from '../verdict/calibration.js';
import { table } from './render-terminal.js';

const amount = (v: number | null, score: boolean) => (v === null ? '–' : score ? `${v.toFixed(1)} pts` : `${v < 10 ? v.toFixed(1) : Math.round(v)}%`);

export function renderCalibration(rows: readonly CalibrationRow[], runNoise: number | null, runs: number): string {
  const head = ['target', 'metric', 'rule today', 'A/A spread', 'caught from', 'suggested rule'];
  const body = rows.map((r) => {
    const score = r.rule.unit === 'score';
    const changed = r.suggested !== r.rule.source;
    return [
      r.target,
      r.metric,
      r.rule.source,
      r.exact ? 'exact' : amount(r.spread, score),
      r.exact ? 'any change' : amount(r.detectable, score),
      r.exact ? '(a count: as it is)' : r.spread === null ? '(too few runs)' : changed ? r.suggested : `${r.suggested} (as it is)`,
    ];
  });
  const out = [`${runs} A/A runs of this build on this machine:`, '', ...table([head, ...body], new Set([3, 4])), ''];
  out.push(
    'A/A spread: how far apart the run means land (σ); the suggested rule allows 3·√2·σ, which two runs of one build',
    'cross about once in 700; caught from: the change the suggested rule catches nearly every time.',
  );
  if (runNoise !== null) out.push(`relative.runNoise: ${runNoise}% (the between-run noise measured here; perf-gate assumes 5% without it)`);
  return `${out.join('\n')}\n`;
}
