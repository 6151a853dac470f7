// A pure function from the plan's thresholds and the measured targets to check records.
import { defaultErrorThreshold } from '../budget/defaults.js';
import type { EndpointPlan, GatePlan, LocatedThreshold, PagePlan } from '../budget/plan.js';
import { finalUrlMetric, type CheckResult, type TargetResult } from '../report/report.js';
import { parseThreshold, satisfies } from '../budget/threshold.js';
import { formatValue } from '../units.js';

/** Applied to an endpoint whose budget says nothing of errors: a gate should not pass an endpoint that fails. */

export function evaluateChecks(plan: Pick<GatePlan, 'endpoints' | 'pages'>, targets: readonly TargetResult[]): CheckResult[] {
  const byName = new Map(targets.map((t) => [t.name, t]));
  const checks: CheckResult[] = [];
  for (const target of [...plan.endpoints, ...plan.pages]) {
    const result = byName.get(target.name);
    if (!result) continue; // not measured: the run stopped before it, and the report says why
    for (const { threshold, origin } of thresholdsOf(target)) checks.push(check(target, threshold, result, origin));
    if (target.kind === 'page' && target.finalUrl !== undefined) checks.push(finalUrlCheck(target, target.finalUrl, result));
    const hang = target.kind === 'endpoint' ? hangCheck(target, result) : undefined;
    if (hang) checks.push(hang);
  }
  return checks;
}

// An endpoint that answered nothing in its measured time fails whatever its thresholds say: with no response
// there is no latency to break a budget and no error to count while requests just wait.
function hangCheck(target: EndpointPlan, result: TargetResult): CheckResult | undefined {
  const d = result.endpoint;
  if (!d || result.status === 'error') return undefined;
  const answered = Object.values(d.statusCodes).reduce((n, c) => n + c, 0);
  if (answered > 0) return undefined;
  const seconds = d.bursts.reduce((ms, b) => ms + b.durationMs, 0) / 1000;
  const failed = result.metrics.errors?.value ?? 0;
  const waiting = d.inFlight ?? 0;
  const what = [`${waiting} still waiting`, ...(failed > 0 ? [`${failed} failed`] : [])].join(', ');
  return {
    target: target.name,
    kind: 'endpoint',
    metric: 'answered',
    threshold: 'answers a request',
    op: '>',
    limit: 0,
    unit: 'count',
    actual: 0,
    outcome: 'fail',
    message: `${target.name}: hang: no request answered in ${formatValue(seconds * 1000, 'ms')}; ${what}`,
    origin: 'default',
  };
}

const sameUrl = (a: string, b: string) => a.replace(/#.*$/, '') === b.replace(/#.*$/, '');

// A page that must end where it was sent (a login that lands on the login page again fails here, not silently).
function finalUrlCheck(target: PagePlan, expected: string, result: TargetResult): CheckResult {
  const ended = (result.page?.runs ?? []).filter((r) => r.ok && r.finalUrl !== undefined).map((r) => r.finalUrl as string);
  const elsewhere = ended.filter((u) => !sameUrl(u, expected));
  const actual = ended.length === 0 ? null : elsewhere.length;
  const passed = actual === 0;
  const message =
    actual === null
      ? `${target.name}: no run completed, so where it ends was not seen${result.error ? ` (${result.error})` : ''}; expected ${expected}`
      : passed
        ? `${target.name}: every run ended on ${expected}`
        : `${target.name}: ${elsewhere.length} of ${ended.length} runs ended on ${elsewhere[0]}, not ${expected} (finalUrl)`;
  return {
    target: target.name,
    kind: 'page',
    metric: finalUrlMetric,
    threshold: `final URL ${expected}`,
    op: '==',
    limit: 0,
    unit: 'count',
    actual,
    outcome: passed ? 'pass' : 'fail',
    message,
    origin: 'budget',
    ...(target.finalUrlLine !== undefined && { line: target.finalUrlLine }),
  };
}

/** A target's thresholds, with the error-rate one perf-gate adds when the budget is silent on errors. */
export function thresholdsOf(target: EndpointPlan | PagePlan): { threshold: LocatedThreshold; origin: CheckResult['origin'] }[] {
  const own: { threshold: LocatedThreshold; origin: CheckResult['origin'] }[] = target.thresholds.map((threshold) => ({
    threshold,
    origin: 'budget',
  }));
  // '' the whole target; else a phase, or a mix's kind of request.
  const watched = new Set(
    target.thresholds
      .filter((t) => /^(errors|error-rate|spike-error-rate|journey-errors|journey-error-rate)(@|$)/.test(t.metric))
      .map((t) => t.metric.split('@')[1] ?? ''),
  );
  // A capacity search breaks its app on purpose; its objective holds the errors (load-profile-plan.ts).
  if (target.kind !== 'endpoint' || target.load.profile.kind === 'capacity') return own;
  // A mix that watches some kinds' errors and not the whole mix's: each other kind gets the default on its own row.
  const kinds = watched.size === 0 ? [''] : target.mix && !watched.has('') ? target.mix.parts.map((p) => p.name).filter((k) => !watched.has(k)) : [];
  for (const k of kinds) {
    const parsed = parseThreshold('endpoint', k ? defaultErrorThreshold.replace(/^(\S+)/, `$1@${k}`) : defaultErrorThreshold);
    if (parsed.ok) own.push({ threshold: parsed.value, origin: 'default' });
  }
  return own;
}

// A repeats row that fails names the statement that ran most often a request.
function repeatedStatement(metric: string, result: TargetResult): string {
  if (metric !== 'db-repeats-per-request') return '';
  const top = [...(result.endpoint?.statements ?? [])].sort((a, b) => b.callsPerRequest - a.callsPerRequest)[0];
  if (!top) return '';
  const text = top.query.replace(/\s+/g, ' ');
  return `: ${text.length > 120 ? `${text.slice(0, 119)}…` : text} runs ${formatValue(top.callsPerRequest, 'count')} times a request`;
}

function check(target: EndpointPlan | PagePlan, t: LocatedThreshold, result: TargetResult, origin: CheckResult['origin']): CheckResult {
  const actual = result.metrics[t.metric]?.value ?? null;
  const passed = actual !== null && satisfies(actual, t.op, t.value);
  const limit = `${t.op} ${formatValue(t.value, t.unit)}`;
  const message =
    actual === null
      ? `${target.name}: ${t.metric} was not measured${result.error ? ` (${result.error})` : ''}; budget ${limit}`
      : `${target.name}: ${t.metric} ${formatValue(actual, t.unit)} ${passed ? 'meets' : 'breaks'} budget ${limit}${passed ? '' : repeatedStatement(t.metric, result)}`;
  return {
    target: target.name,
    kind: target.kind,
    metric: t.metric,
    threshold: t.source,
    op: t.op,
    limit: t.value,
    unit: t.unit,
    actual,
    outcome: passed ? 'pass' : t.level === 'warn' ? 'warn' : 'fail',
    message: t.level === 'warn' && !passed ? `${message} (warn)` : message,
    origin,
    ...(t.level && { level: t.level }),
    ...(t.line !== undefined && { line: t.line }),
  };
}
