// The budget's defaults as the docs show them: a table made from defaults.ts, written into docs/budget-file.md by
// `npm run build` and checked by the docs test, so the docs cannot drift from what the parser fills in.
import {
  appDefaults,
  defaultBytesRule,
  defaultCountRule,
  defaultErrorThreshold,
  defaultRunNoisePercent,
  loadDefaults,
  pageDefaults,
  remoteMaxRate,
  runnerSpeedDefaults,
  sameRunnerDefaults,
  diagnoseDefaults,
  shapeDefaults,
} from './defaults.js';
import { formatValue } from '../units.js';

const ms = (v: number) => formatValue(v, 'ms');

/** Field, default, in the budget's own words. */
export function defaultRows(): [string, string][] {
  const { capacity, spike, soak } = shapeDefaults;
  return [
    ['load.duration', ms(loadDefaults.durationMs)],
    ['load.warmup', ms(loadDefaults.warmupMs)],
    ['load.connections', String(loadDefaults.connections)],
    ['load.samples', `{ min: ${loadDefaults.minSamples}, max: ${loadDefaults.samples} }`],
    ['load.timeout', ms(loadDefaults.timeoutMs)],
    ['load.maxBody', formatValue(loadDefaults.maxBodyBytes, 'bytes')],
    ['app.ready.timeout', ms(appDefaults.readyTimeoutMs)],
    ['app.stopTimeout', ms(appDefaults.stopTimeoutMs)],
    ['app.stop timeout', ms(appDefaults.stopCommandMs)],
    ['app.setup timeout', ms(appDefaults.setupMs)],
    ['app.metrics timeout', ms(appDefaults.scrapeTimeoutMs)],
    ['an endpoint with no error threshold', `\`${defaultErrorThreshold}\``],
    ['a per-request count with no rule', `\`${defaultCountRule.source.replace(' (default)', '')}\``],
    ['bytes-per-response with no rule', `\`${defaultBytesRule.source.replace(' (default)', '')}\``],
    ['relative.runNoise (until stored runs measure it)', `${defaultRunNoisePercent}%`],
    [
      "relative.runnerSpeed · the runner's change read as its own · others' share of its CPU",
      `true · beyond ×${runnerSpeedDefaults.within} · speed × free share^${runnerSpeedDefaults.freeShareExponent}, counted to ${Math.round(runnerSpeedDefaults.busiest * 100)}%`,
    ],
    ['pages: preset · throttling', `${pageDefaults.preset} · ${pageDefaults.throttling}`],
    ['pages: runs', `{ min: ${pageDefaults.runs.min}, max: ${pageDefaults.runs.max} }`],
    ['pages: categories', pageDefaults.categories.join(', ')],
    ['pages: setup timeout · flow step timeout', `${ms(pageDefaults.setupMs)} · ${ms(pageDefaults.flowStepMs)}`],
    ['app.remote: highest rate', `${remoteMaxRate} req/s`],
    ['diagnose: when · duration a side', `${diagnoseDefaults.when} · ${ms(diagnoseDefaults.durationMs)}`],
    ['sameRunner / confirm: time budget · samples a minute', `${ms(sameRunnerDefaults.timeBudgetMs)} · ${sameRunnerDefaults.maxSamplesPerMin}`],
    [
      'capacity: from · to · probe · resolution · repeats · time budget',
      `${capacity.from} · ${capacity.to} req/s · ${ms(capacity.probeMs)} · ${capacity.resolutionPercent}% · ${capacity.repeats} · ${ms(capacity.timeBudgetMs)}`,
    ],
    ['capacity: objective', `\`${capacity.objective}\``],
    [
      'spike: factor · before · spike · after · band',
      `×${spike.factor} · ${ms(spike.beforeMs)} · ${ms(spike.durationMs)} · ${ms(spike.afterMs)} · ±${spike.bandPercent}%`,
    ],
    ['soak: window', ms(soak.windowMs)],
  ];
}

export const defaultsBegin = '<!-- defaults: written by npm run build from src/core/budget/defaults.ts -->';
export const defaultsEnd = '<!-- /defaults -->';

/** The markdown between the markers. */
export function defaultsMarkdown(): string {
  return ['| Field | Default |', '|---|---|', ...defaultRows().map(([field, value]) => `| ${field} | ${value} |`)].join('\n');
}
