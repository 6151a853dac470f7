// The guardian on the default branch: after a push's run compared against the stored run of the commit before it,
// one issue says what regressed (opened, or the open one updated), and a later push back within the rules closes it
// with a comment. The pull requests in the push come from the commits' pulls API. A token without issues: write is
// one warning; nothing here fails the run.
import type { Report } from '../../core/report/report.js';
import { gatingRegressions } from '../../core/verdict/outcome.js';
import { guardedBy, guardianClosing, guardianIssue, guardianTitle, type GuardedPush } from '../../core/render/render-guardian.js';
import { apiFailure, type GitHub } from './github-client.js';
import type { Logger } from '../../logger.js';

interface Where {
  owner: string;
  repo: string;
}

/** Open issues scanned for the guardian's marker: its issue is among the newest. */
const maxIssuesScanned = 300;
/** Commits whose pull requests are looked up. */
const maxCommitsLooked = 20;

/** The guardian's open issue for the budget, and the good commit it compares against; undefined when none is open. */
export async function findGuardianIssue(github: GitHub, where: Where, key: string): Promise<{ number: number; good?: string } | undefined> {
  let seen = 0;
  for await (const page of github.paginate.iterator(github.rest.issues.listForRepo, { ...where, state: 'open', per_page: 100 })) {
    for (const i of page.data) {
      const guarded = i.pull_request ? undefined : guardedBy(i.body ?? '', key);
      if (guarded) return { number: i.number, ...guarded };
    }
    seen += page.data.length;
    if (seen >= maxIssuesScanned) return undefined;
  }
  return undefined;
}

async function pullsOf(github: GitHub, where: Where, commits: GuardedPush['commits']): Promise<GuardedPush['pulls']> {
  const byNumber = new Map<number, string>();
  for (const c of commits.slice(-maxCommitsLooked)) {
    try {
      const { data } = await github.rest.repos.listPullRequestsAssociatedWithCommit({ ...where, commit_sha: c.sha });
      for (const p of data) if (p.merged_at) byNumber.set(p.number, p.title);
    } catch {
      // a commit the API does not know (force-pushed away): its pull requests go unnamed
    }
  }
  return [...byNumber].map(([number, title]) => ({ number, title }));
}

/** `push.before`: the commit compared against (the open issue's good commit, else the one before the push). */
export async function guardDefaultBranch(
  report: Report,
  push: Omit<GuardedPush, 'pulls'>,
  open: number | undefined,
  github: GitHub,
  where: Where,
  log: Logger,
): Promise<void> {
  if (report.baseline?.status !== 'used') return; // nothing compared: nothing to say either way
  const regressed = gatingRegressions(report.comparisons).length > 0;
  try {
    if (regressed) {
      const full = { ...push, pulls: await pullsOf(github, where, push.commits) };
      const text = { title: guardianTitle(report, full), body: guardianIssue(report, full) };
      if (open) {
        await github.rest.issues.update({ ...where, issue_number: open, ...text });
        log.info(`updated issue #${open}: ${text.title}`);
      } else {
        const { data } = await github.rest.issues.create({ ...where, ...text });
        log.info(`opened issue #${data.number}: ${text.title}`);
      }
    } else if (open) {
      await github.rest.issues.createComment({ ...where, issue_number: open, body: guardianClosing({ ...push, pulls: [] }) });
      await github.rest.issues.update({ ...where, issue_number: open, state: 'closed', state_reason: 'completed' });
      log.info(`closed issue #${open}: ${push.branch} is back within the rules`);
    }
  } catch (e) {
    const failure = apiFailure(e);
    log.warn(
      `the regression issue on ${push.branch} was not ${regressed ? 'opened or updated' : 'closed'} (${failure.reason})${failure.status === 403 ? ': the token needs permissions: issues: write' : ''}`,
    );
  }
}
