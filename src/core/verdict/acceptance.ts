// Accepted regressions: a pull request labelled `perf-gate:accept` (the accept-label input) by someone with triage
// rights lets its gating regressions pass, each shown as accepted with who added the label, when, and the reason its
// description gives on a `perf-gate-accept:` line. Failed budgets still fail. The label is read when the run starts,
// so a re-run after labelling counts; a label from someone without rights is said and not honoured.
import type { Acceptance, ComparisonRow } from '../report/report.js';

export const defaultAcceptLabel = 'perf-gate:accept';
/** Repository roles that may add labels: GitHub's triage role and above. */
const labelRoles = new Set(['admin', 'maintain', 'write', 'triage']);

/** The text after `perf-gate-accept:` on a line of the pull request's description. */
export function acceptReason(body: string | null | undefined): string | undefined {
  const m = /^\s*perf-gate-accept:\s*(.+?)\s*$/im.exec(body ?? '');
  return m?.[1];
}

export interface LabelEvent {
  event: string;
  label?: { name: string };
  actor?: { login: string } | null;
  created_at: string;
}

/**
 * The acceptance a pull request carries: undefined without the label. `events`: the issue's events, oldest first
 * (the last `labeled` with the label says who and when); `role`: that person's role on the repository.
 */
export function acceptanceOf(input: {
  label: string;
  labels: readonly string[];
  events: readonly LabelEvent[];
  body: string | null | undefined;
  role: (login: string) => string | undefined;
}): Acceptance | undefined {
  if (!input.labels.includes(input.label)) return undefined;
  const added = input.events.filter((e) => e.event === 'labeled' && e.label?.name === input.label).at(-1);
  const by = added?.actor?.login;
  const reason = acceptReason(input.body) ?? 'no reason given';
  const base = { label: input.label, reason, ...(by && { by }), ...(added && { at: added.created_at }) };
  if (!by) return { ...base, honoured: false, note: 'who added the label could not be read (the issue events API)' };
  const role = input.role(by);
  if (!role || !labelRoles.has(role))
    return { ...base, honoured: false, note: `@${by} has no triage rights on the repository (${role ?? 'no role'}): the label is not honoured` };
  return { ...base, honoured: true };
}

/** The gating regressions the acceptance lets pass, marked accepted; every other row as it was. */
export function acceptRegressions(rows: readonly ComparisonRow[], acceptance: Acceptance | undefined): ComparisonRow[] {
  if (!acceptance?.honoured) return [...rows];
  return rows.map((r) => (r.gating && r.verdict === 'regressed' && r.level !== 'warn' ? { ...r, accepted: true } : r));
}

/** "accepted by @alice on 2026-12-07 (label perf-gate:accept): the new search index costs 5 ms". Unescaped. */
export function acceptanceText(a: Acceptance): string {
  const who = `${a.by ? ` by @${a.by}` : ''}${a.at ? ` on ${a.at.slice(0, 10)}` : ''}`;
  if (!a.honoured) return `The label ${a.label}${who} is not honoured: ${a.note ?? 'no reason known'}.`;
  return `Regressions accepted${who} (label ${a.label}): ${a.reason}.`;
}
