// The one perf-gate comment on a pull request: found again by its hidden marker (every page of comments is
// looked through), updated in place, created only when there is none.
import { apiFailure, type GitHub } from './github-client.js';

export interface StickyComment {
  owner: string;
  repo: string;
  issueNumber: number;
  /** The hidden line that identifies this gate's comment. */
  marker: string;
  body: string;
}

type CommentResult = { ok: true; id: number; url?: string; action: 'created' | 'updated' } | { ok: false; status?: number; reason: string };

export async function upsertComment(github: GitHub, c: StickyComment): Promise<CommentResult> {
  const where = { owner: c.owner, repo: c.repo };
  try {
    let existing: number | undefined;
    for await (const page of github.paginate.iterator(github.rest.issues.listComments, { ...where, issue_number: c.issueNumber, per_page: 100 })) {
      existing = page.data.find((comment) => comment.body?.includes(c.marker))?.id;
      if (existing !== undefined) break;
    }
    if (existing !== undefined) {
      const { data } = await github.rest.issues.updateComment({ ...where, comment_id: existing, body: c.body });
      return { ok: true, id: data.id, ...(data.html_url && { url: data.html_url }), action: 'updated' };
    }
    const { data } = await github.rest.issues.createComment({ ...where, issue_number: c.issueNumber, body: c.body });
    return { ok: true, id: data.id, ...(data.html_url && { url: data.html_url }), action: 'created' };
  } catch (e) {
    return apiFailure(e);
  }
}
