// The issue the guardian keeps on the default branch: what regressed between the commit before a push and the
// push's head, the commits and pull requests in that range, and the why (the comment's own sections). One issue at a
// time, found again by its marker; a later push back within the rules closes it with a comment.
import type { Report } from '../report/report.js';
import { gatingRegressions } from '../verdict/outcome.js';
import { escapeMarkdown as esc } from './markdown-escape.js';
import { commentMarker, renderComment } from './render-comment.js';
import { plural } from '../units.js';

export interface GuardedPush {
  /** The artifact name: one guardian issue a budget. */
  key: string;
  branch: string;
  before: string;
  after: string;
  commits: readonly { sha: string; subject: string }[];
  pulls: readonly { number: number; title: string }[];
  /** https://github.com/owner/repo, for the compare link. */
  repoUrl?: string;
  runUrl?: string;
  /** The first bad commit, when the range was bisected. */
  firstBad?: { sha: string; subject: string };
}

/** The issue's first line: the budget it guards, and the good commit every later push compares against until it closes. */
export const guardianMarker = (key: string, good?: string) => `<!-- perf-gate-guardian:${key}${good ? ` good=${good}` : ''} -->`;

/** The good commit an open issue's marker names, when `body` is the guardian's issue for `key`. */
export function guardedBy(body: string, key: string): { good?: string } | undefined {
  const m = /^<!-- perf-gate-guardian:(\S+?)(?: good=([0-9a-f]{7,40}))? -->/.exec(body);
  return m && m[1] === key ? { ...(m[2] && { good: m[2] }) } : undefined;
}

const short = (sha: string) => sha.slice(0, 7);

export function guardianTitle(report: Report, push: GuardedPush): string {
  const rows = gatingRegressions(report.comparisons);
  const first = rows[0];
  const more = rows.length > 1 ? ` and ${plural(rows.length - 1, 'more')}` : '';
  return `perf-gate: ${first ? `${first.target} ${first.metric}` : 'a metric'}${more} regressed on ${push.branch}`;
}

function rangeLine(push: GuardedPush): string {
  const range = `${short(push.before)}…${short(push.after)}`;
  const link = push.repoUrl ? `[${range}](${push.repoUrl}/compare/${push.before}...${push.after})` : `\`${range}\``;
  return `\`${esc(push.branch)}\` regressed against the stored run of ${short(push.before)}, the last good commit: ${link}. Later pushes compare against it until this closes.`;
}

export function guardianIssue(report: Report, push: GuardedPush): string {
  const lines = [guardianMarker(push.key, push.before), rangeLine(push), ''];
  if (push.firstBad) lines.push(`**First bad commit** (bisected on the runner): ${short(push.firstBad.sha)} ${esc(push.firstBad.subject)}`, '');
  lines.push(
    push.pulls.length > 0
      ? `Pull requests merged in it: ${push.pulls.map((p) => `#${p.number} ${esc(p.title)}`).join(', ')}.`
      : 'No pull request: the commits were pushed directly.',
    '',
  );
  if (push.commits.length > 1) lines.push(...push.commits.map((c) => `- ${short(c.sha)} ${esc(c.subject)}`), '');
  // The comment's sections say what regressed and why; its own marker would make the issue look like a comment.
  const comment = renderComment(report, { key: push.key, ...(push.runUrl && { runUrl: push.runUrl }) }).replace(`${commentMarker(push.key)}\n`, '');
  return `${lines.join('\n')}\n${comment}`;
}

export function guardianClosing(push: GuardedPush): string {
  return `Back within the rules at ${short(push.after)} on \`${esc(push.branch)}\`: closing.${push.runUrl ? ` ([run](${push.runUrl}))` : ''}`;
}
