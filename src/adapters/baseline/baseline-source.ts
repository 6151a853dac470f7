// Which stored result a run compares against, decided once and handed to the gate as a ready baseline source: the
// files the workflow named (the baseline input), else for a pull request or merge group the base branch's stored
// result (the merge-base commit's first, then the base branch's newest), for a tag push the previous tag's.
import type { ActionSettings } from '../github/action-inputs.js';
import { fetchBaseline } from './baseline-artifacts.js';
import { baselineFromFiles } from './baseline-file.js';
import type { GitHub } from '../github/github-client.js';
import type { GitHubEvent } from '../github/github-event.js';
import type { BaselineProvider } from '../../core/verdict/baseline.js';

type BaselineSettings = Pick<ActionSettings, 'baseline' | 'workingDirectory' | 'artifactName' | 'baselineMaxAgeDays' | 'baselineHistory'>;

/** Undefined when there is nothing to compare against (a push to a branch stores rather than compares). */
export function baselineSource(settings: BaselineSettings, event: GitHubEvent, github: GitHub | undefined): BaselineProvider | undefined {
  return settings.baseline
    ? baselineFromFiles(settings.baseline, settings.workingDirectory, "Invalid input 'baseline':")
    : artifactBaseline(settings, event, github);
}

// What a run compares against: for a pull request or merge group the base branch's stored result (the
// merge-base commit's first), for a push to the default branch the commit before it's (the guardian), for a tag push
// the previous tag's.
function artifactBaseline(settings: BaselineSettings, event: GitHubEvent, github: GitHub | undefined): BaselineProvider | undefined {
  const push = event.defaultBranchPush;
  const target = event.pullRequest ?? event.mergeGroup ?? (push && { baseRef: push.branch, baseSha: push.before });
  const tag = event.name === 'push' ? /^refs\/tags\/(.+)$/.exec(event.ref ?? '')?.[1] : undefined;
  if ((!target && !tag) || !event.owner || !event.repo) return undefined;
  const { owner, repo } = event;
  return async () => {
    if (!github) return { ok: false, reason: 'no github-token to read the stored results with' };
    let mergeBaseSha = push ? undefined : target?.baseSha;
    if (event.pullRequest) {
      try {
        const { baseSha, headSha } = event.pullRequest;
        const { data } = await github.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${baseSha}...${headSha}`, per_page: 1 });
        mergeBaseSha = data.merge_base_commit.sha;
      } catch {
        // the base branch's head at the time of the event is the next best commit
      }
    }
    const found = await fetchBaseline(github, {
      owner,
      repo,
      artifactName: settings.artifactName,
      baseRef: target?.baseRef ?? '',
      ...(mergeBaseSha && { mergeBaseSha }),
      ...(push && { parentSha: push.before }),
      ...(tag !== undefined && { tag }),
      maxAgeDays: settings.baselineMaxAgeDays,
      history: settings.baselineHistory,
    });
    if (!found.ok) return { ok: false, reason: found.reason, source: `artifact '${settings.artifactName}'` };
    const f = found.found;
    return {
      ok: true,
      report: found.report,
      history: found.history,
      warnings: found.warnings,
      info: {
        source: `artifact '${settings.artifactName}' #${f.artifactId}${f.runId ? ` of run ${f.runId}` : ''} (${f.match})`,
        ...(f.sha && { sha: f.sha }),
        ref: tag !== undefined ? `refs/tags/${f.ref ?? '?'}` : `refs/heads/${target?.baseRef}`,
      },
    };
  };
}
