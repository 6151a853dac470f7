// The pull request's accept label, read from the API when the run starts (the event's payload is the state when the
// workflow was triggered; a re-run after labelling must see the label): its labels and description, the issue events
// that say who added it and when, and that person's role on the repository.
import type { Acceptance } from '../../core/report/report.js';
import { acceptanceOf, type LabelEvent } from '../../core/verdict/acceptance.js';
import type { GitHub } from './github-client.js';
import { apiFailure } from './github-client.js';
import type { Logger } from '../../logger.js';

export async function readAcceptance(
  github: GitHub,
  where: { owner: string; repo: string; number: number },
  label: string,
  log: Pick<Logger, 'warn'>,
): Promise<Acceptance | undefined> {
  let pull;
  try {
    pull = (await github.rest.pulls.get({ owner: where.owner, repo: where.repo, pull_number: where.number })).data;
  } catch (e) {
    log.warn(`the pull request's labels could not be read (${apiFailure(e).reason}); a ${label} label is not looked for`);
    return undefined;
  }
  const labels = pull.labels.map((l) => l.name);
  if (!labels.includes(label)) return undefined;
  let events: LabelEvent[] = [];
  try {
    events = (await github.paginate(github.rest.issues.listEvents, {
      owner: where.owner,
      repo: where.repo,
      issue_number: where.number,
      per_page: 100,
    })) as LabelEvent[];
  } catch (e) {
    log.warn(`who added ${label} could not be read from the issue events (${apiFailure(e).reason}; the token needs issues: read)`);
  }
  const roles = new Map<string, string | undefined>();
  const by = events.filter((e) => e.event === 'labeled' && e.label?.name === label).at(-1)?.actor?.login;
  if (by) {
    try {
      const permission = (await github.rest.repos.getCollaboratorPermissionLevel({ owner: where.owner, repo: where.repo, username: by })).data;
      roles.set(by, permission.role_name);
    } catch (e) {
      log.warn(`the repository role of @${by} could not be read (${apiFailure(e).reason})`);
    }
  }
  return acceptanceOf({ label, labels, events, body: pull.body, role: (login) => roles.get(login) });
}
