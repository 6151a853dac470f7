// A check run per budget file (GitHub's Checks API): named for the budget, titled with the verdict line, its summary
// the comment's markdown, the outcome's annotations on the budget file's lines. Pure: the adapter only sends it.
import { outcomeOf, warnings, type FailOn } from '../verdict/outcome.js';
import { renderComment } from '../render/render-comment.js';
import { verdictLine } from '../render/render-shared.js';
import type { Report } from './report.js';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  title?: string;
}

export interface CheckRunPayload {
  name: string;
  /** failure: the step fails; neutral: findings fail-on leaves out, or warnings; success: nothing found. */
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

/** The Checks API's limits: the summary's characters, a title's length. */
const summaryLimit = 65_535;
const titleLimit = 255;

export function checkRunPayload(report: Report, opts: { key: string; path: string; failOn?: FailOn; runUrl?: string; artifactUrl?: string }): CheckRunPayload {
  const outcome = outcomeOf(report, opts.failOn);
  const warned = warnings(report);
  const found = outcome.failedChecks.length + outcome.regressions.length + warned.checks.length + warned.regressions.length;
  const conclusion = outcome.failing.length > 0 ? 'failure' : found > 0 ? 'neutral' : 'success';
  const title = verdictLine(report);
  return {
    name: `perf-gate (${report.budgetFile})`,
    conclusion,
    title: title.length > titleLimit ? `${title.slice(0, titleLimit - 1)}…` : title,
    summary: renderComment(report, {
      key: opts.key,
      ...(opts.runUrl && { runUrl: opts.runUrl }),
      ...(opts.artifactUrl && { artifactUrl: opts.artifactUrl }),
      maxLength: summaryLimit,
    }),
    // The Checks API wants a file and line for every annotation: notes on the run as a whole go on the budget's first line.
    annotations: outcome.annotations.map((a) => ({
      path: opts.path,
      start_line: a.line ?? 1,
      end_line: a.line ?? 1,
      annotation_level: a.level === 'error' ? 'failure' : 'warning',
      message: a.message,
      ...(a.title && { title: a.title }),
    })),
  };
}
