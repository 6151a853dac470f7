// Sends a check run: created with the first 50 annotations, the rest added 50 at a time (the API's limit a request).
import type { CheckRunPayload } from '../../core/report/check-run.js';
import { apiFailure, type GitHub } from './github-client.js';

const perRequest = 50;

type CheckRunResult = { ok: true; id: number; url?: string } | { ok: false; status?: number; reason: string };

export async function publishCheckRun(
  github: GitHub,
  where: { owner: string; repo: string; headSha: string; detailsUrl?: string },
  payload: CheckRunPayload,
): Promise<CheckRunResult> {
  const { owner, repo } = where;
  const output = (annotations: CheckRunPayload['annotations']) => ({ title: payload.title, summary: payload.summary, annotations });
  try {
    const { data } = await github.rest.checks.create({
      owner,
      repo,
      name: payload.name,
      head_sha: where.headSha,
      status: 'completed',
      conclusion: payload.conclusion,
      completed_at: new Date().toISOString(),
      ...(where.detailsUrl && { details_url: where.detailsUrl }),
      output: output(payload.annotations.slice(0, perRequest)),
    });
    for (let i = perRequest; i < payload.annotations.length; i += perRequest) {
      await github.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(payload.annotations.slice(i, i + perRequest)) });
    }
    return { ok: true, id: data.id, ...(data.html_url && { url: data.html_url }) };
  } catch (e) {
    return apiFailure(e);
  }
}
