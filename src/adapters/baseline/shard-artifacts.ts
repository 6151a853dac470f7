// The shards of a matrix hand their reports to the merge job as artifacts of the same workflow run.
import { RunError, firstLineOf } from '../../core/errors.js';
import type { ShardSpec } from '../../core/report/shard.js';
import type { ShardInput } from '../../core/report/merge-reports.js';
import { downloadReportJson } from './baseline-artifacts.js';
import type { GitHub } from '../github/github-client.js';

/** The artifact a shard uploads its report as: unique in the run, and naming its part. */
export const shardArtifactName = (name: string, shard: ShardSpec) => `${name}-shard-${shard.index}-of-${shard.total}`;

const describe = firstLineOf;

/** Every shard report this run's jobs uploaded under `artifactName`, downloaded; none at all is an error. */
export async function downloadShardReports(
  github: GitHub,
  where: { owner: string; repo: string; runId: number; artifactName: string },
): Promise<{ read: ShardInput[]; unreadable: string[] }> {
  const pattern = new RegExp(`^${where.artifactName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-shard-\\d+-of-\\d+$`);
  let rows: { id: number; name: string; expired: boolean }[];
  try {
    rows = await github.paginate(github.rest.actions.listWorkflowRunArtifacts, { owner: where.owner, repo: where.repo, run_id: where.runId, per_page: 100 });
  } catch (e) {
    throw new RunError(`mode: merge: the artifacts of run ${where.runId} could not be listed (${describe(e)})`);
  }
  const shards = rows.filter((a) => pattern.test(a.name) && !a.expired).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  if (shards.length === 0) {
    throw new RunError(
      `mode: merge: run ${where.runId} has no artifact '${where.artifactName}-shard-I-of-N': run the gate jobs with shard: I/N, and give this job needs: on them`,
    );
  }
  const read: ShardInput[] = [];
  const unreadable: string[] = [];
  for (const a of shards) {
    const got = await downloadReportJson(github, where.owner, where.repo, a.id);
    // An unreadable shard is left out, said why, and named by the merge as missing.
    if (got.ok) read.push({ source: `artifact '${a.name}'`, json: got.json });
    else unreadable.push(`artifact '${a.name}' left out: ${got.reason}`);
  }
  return { read, unreadable };
}
