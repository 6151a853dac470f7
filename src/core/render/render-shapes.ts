// Each shaped endpoint's headline numbers in one line: per stage, the capacity found, the spike and its recovery,
// the soak's growth and drift. The terminal, report.md and the comment show the same lines.
import type { PhaseSummary, TargetResult } from '../report/report.js';
import { formatValue, signedPct, plural } from '../units.js';

const phaseText = (p: PhaseSummary) =>
  `${p.name} ${formatValue(p.rps, 'rps')}, p95 ${formatValue(p.p95, 'ms')}${p.errors ? `, ${formatValue(p.errorRate, 'percent')} errors` : ''}`;

/** One line per endpoint that ran a load shape other than steady, in report order. */
export function shapeLines(targets: readonly TargetResult[]): string[] {
  return targets.flatMap((t) => {
    const s = t.endpoint?.shape;
    if (!s || t.status === 'error') return [];
    switch (s.kind) {
      case 'stages':
        return [`${t.name} stages: ${s.stages.map(phaseText).join(' · ')}`];
      case 'capacity': {
        const estimates = s.estimates.length > 1 ? ` (searches: ${s.estimates.map((e) => formatValue(e, 'rps')).join(', ')})` : '';
        const bound = s.belowLower
          ? `; the lowest rate probed, ${formatValue(Math.min(...s.probes.map((p) => p.rate)), 'rps')}, broke it`
          : s.aboveUpper
            ? '; it held at the highest rate probed, so capacity is at least that'
            : '';
        const stop = s.stop === 'found' ? '' : ` (stopped: ${s.stop})`;
        return [
          `${t.name} capacity: ${formatValue(s.capacityRps, 'rps')}${estimates} at ${s.objective.join(' and ')}${bound}; ${plural(s.probes.length, 'probe')}${stop}`,
        ];
      }
      case 'spike': {
        const during = s.phases.find((p) => p.name === 'spike');
        const recovered = s.recovered
          ? `back within ${s.bandPercent}% of p95 ${formatValue(s.baselineP95, 'ms')} after ${formatValue(s.recoveryMs, 'ms')}`
          : `not back within ${s.bandPercent}% of p95 ${formatValue(s.baselineP95, 'ms')} by the end (${formatValue(s.recoveryMs, 'ms')})`;
        return [
          `${t.name} spike ${formatValue(s.baseRate, 'rps')} → ${formatValue(s.peakRate, 'rps')}: p95 ${formatValue(during?.p95, 'ms')} during, ${formatValue(during?.errorRate, 'percent')} errors; ${recovered}`,
        ];
      }
      case 'soak': {
        const first = s.windows[0];
        const last = s.windows.at(-1);
        const errors = s.windows.reduce((n, w) => n + w.errors, 0);
        return [
          `${t.name} soak: memory ${s.rssGrowthPerMin === null ? '–' : `${s.rssGrowthPerMin >= 0 ? '+' : '−'}${formatValue(Math.abs(s.rssGrowthPerMin), 'bytes/min')}`} (last ${s.fittedWindows} of ${s.windows.length} windows), p95 ${formatValue(first?.p95, 'ms')} → ${formatValue(last?.p95, 'ms')} (${s.p95DriftPercent === null ? '–' : signedPct(s.p95DriftPercent)}) over ${s.windows.length} windows, ${errors} errors`,
        ];
      }
    }
  });
}
