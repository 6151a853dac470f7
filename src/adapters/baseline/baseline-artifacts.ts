// Finds the stored result to compare against among the repository's artifacts and downloads it: the base
// branch's for a pull request or merge group, the previous release tag's for a tag push. fflate unzips (small,
// pure JavaScript); semver orders tags (the npm parser, so "v1.10.0" follows "v1.9.2").
import { unzipSync } from 'fflate';
import semver from 'semver';
import { validateBaseline, type BaselineCheck } from '../../core/verdict/baseline.js';
import type { Report } from '../../core/report/report.js';
import type { GitHub } from '../github/github-client.js';
import { firstLineOf } from '../../core/errors.js';

export interface BaselineQuery {
  owner: string;
  repo: string;
  /** The artifact name perf-gate stores under. */
  artifactName: string;
  /** The pull request's base branch, e.g. "main". */
  baseRef: string;
  /** A tag push: compare against the tag before this one instead of a branch. */
  tag?: string;
  /** The commit the pull request branched from, when known: its result is preferred. */
  mergeBaseSha?: string;
  /** A push to the default branch: the commit before it, whose result is preferred (the guardian). */
  parentSha?: string;
  maxAgeDays: number;
  /** Further stored runs of the base branch to download for measuring run-to-run noise. */
  history?: number;
  now?: Date;
}

interface FoundBaseline {
  artifactId: number;
  runId?: number;
  sha?: string;
  createdAt?: string;
  /** The branch or tag the storing run ran on. */
  ref?: string;
  /** How it was chosen, for the report. */
  match: 'merge-base' | 'commit before the push' | 'newest on base branch' | 'previous tag';
}

type FetchedBaseline = (BaselineCheck & { ok: true; found: FoundBaseline; history: Report[]; warnings: string[] }) | { ok: false; reason: string };

interface ArtifactRow {
  id: number;
  name: string;
  expired: boolean;
  created_at: string | null;
  workflow_run?: { id?: number; head_branch?: string | null; head_sha?: string } | null;
}

// Runs looked at for a successful conclusion before giving up on the fallback.
const maxRunLookups = 10;

export async function fetchBaseline(github: GitHub, query: BaselineQuery): Promise<FetchedBaseline> {
  let rows: ArtifactRow[];
  try {
    rows = (await github.paginate(github.rest.actions.listArtifactsForRepo, {
      owner: query.owner,
      repo: query.repo,
      name: query.artifactName,
      per_page: 100,
    })) as ArtifactRow[];
  } catch (e) {
    return { ok: false, reason: `the artifact list could not be read (${describe(e)})` };
  }
  const oldest = (query.now ?? new Date()).getTime() - query.maxAgeDays * 86_400_000;
  const usable = rows
    .filter((a) => a.name === query.artifactName && !a.expired && a.created_at)
    .sort((a, b) => Date.parse(b.created_at as string) - Date.parse(a.created_at as string));
  const candidates = query.tag === undefined ? usable.filter((a) => Date.parse(a.created_at as string) >= oldest) : usable;
  const ordered = query.tag === undefined ? branchOrder(candidates, query) : await tagOrder(github, query, query.tag, candidates);
  if (!ordered.ok) return ordered;

  let chosen: { row: ArtifactRow; match: FoundBaseline['match'] } | undefined;
  for (const c of ordered.list.slice(0, maxRunLookups)) {
    if (c.match === 'merge-base' || c.match === 'commit before the push' || (await succeeded(github, query, c.row.workflow_run?.id))) {
      chosen = c;
      break;
    }
  }
  if (!chosen) {
    const where = query.tag === undefined ? `on ${query.baseRef} in the last ${query.maxAgeDays} days` : `for a tag before ${query.tag}`;
    return { ok: false, reason: `no artifact '${query.artifactName}' from a successful run ${where}${rows.length ? ` (${rows.length} looked at)` : ''}` };
  }
  const { row, match } = chosen;
  const found: FoundBaseline = {
    artifactId: row.id,
    match,
    ...(row.workflow_run?.id !== undefined && { runId: row.workflow_run.id }),
    ...(row.workflow_run?.head_sha && { sha: row.workflow_run.head_sha }),
    ...(row.created_at && { createdAt: row.created_at }),
    ...(row.workflow_run?.head_branch && { ref: row.workflow_run.head_branch }),
  };
  const downloaded = await downloadReport(github, query, row);
  if (!downloaded.ok) return downloaded;
  // The other stored runs of the branch or of earlier tags; not the one a commit was chosen by.
  const others = ordered.list.filter((c) => c.row.id !== row.id && c.match !== 'merge-base' && c.match !== 'commit before the push').map((c) => c.row);
  const { history, warnings } = await fetchHistory(github, query, others);
  return { ...downloaded, found, history, warnings };
}

type Ordered = { ok: true; list: { row: ArtifactRow; match: FoundBaseline['match'] }[] } | { ok: false; reason: string };

// The merge-base commit's result first, then the base branch's newest first.
function branchOrder(candidates: ArtifactRow[], query: BaselineQuery): Ordered {
  const preferred = query.mergeBaseSha ?? query.parentSha;
  const atMergeBase = preferred ? candidates.find((a) => a.workflow_run?.head_sha === preferred) : undefined;
  const onBranch = candidates.filter((c) => c !== atMergeBase && c.workflow_run?.head_branch === query.baseRef);
  const match = query.mergeBaseSha ? ('merge-base' as const) : ('commit before the push' as const);
  return {
    ok: true,
    list: [...(atMergeBase ? [{ row: atMergeBase, match }] : []), ...onBranch.map((row) => ({ row, match: 'newest on base branch' as const }))],
  };
}

// Results stored by tag pushes (a run's head_branch is then the tag), the highest version below this tag first;
// tags that are not versions follow, newest first.
async function tagOrder(github: GitHub, query: BaselineQuery, tag: string, candidates: ArtifactRow[]): Promise<Ordered> {
  let tags: Set<string>;
  try {
    tags = new Set((await github.paginate(github.rest.repos.listTags, { owner: query.owner, repo: query.repo, per_page: 100 })).map((t) => t.name));
  } catch (e) {
    return { ok: false, reason: `the tags could not be listed (${describe(e)})` };
  }
  const version = (name: string) => semver.valid(semver.coerce(name, { includePrerelease: true }));
  const current = version(tag);
  const tagged = candidates.filter((a) => {
    const name = a.workflow_run?.head_branch;
    if (!name || name === tag || !tags.has(name)) return false;
    const v = version(name);
    return current === null || v === null || semver.lt(v, current);
  });
  const rank = (a: ArtifactRow) => version(a.workflow_run?.head_branch ?? '');
  const sorted = [...tagged].sort((a, b) => {
    const va = rank(a);
    const vb = rank(b);
    if (va && vb) return semver.rcompare(va, vb) || Date.parse(b.created_at as string) - Date.parse(a.created_at as string);
    return va ? -1 : vb ? 1 : 0;
  });
  return { ok: true, list: sorted.map((row) => ({ row, match: 'previous tag' as const })) };
}

// Other successful stored runs, in order: their spread is the run-to-run noise.
async function fetchHistory(github: GitHub, query: BaselineQuery, others: ArtifactRow[]): Promise<{ history: Report[]; warnings: string[] }> {
  const history: Report[] = [];
  const warnings: string[] = [];
  for (const row of others.slice(0, maxRunLookups)) {
    if (history.length >= (query.history ?? 0)) break;
    if (!(await succeeded(github, query, row.workflow_run?.id))) continue;
    const downloaded = await downloadReport(github, query, row);
    if (downloaded.ok) history.push(downloaded.report);
    else warnings.push(`stored run left out: ${downloaded.reason}`);
  }
  return { history, warnings };
}

async function downloadReport(github: GitHub, query: BaselineQuery, row: ArtifactRow): Promise<BaselineCheck> {
  const read = await downloadReportJson(github, query.owner, query.repo, row.id);
  if (!read.ok) return read;
  const validated = validateBaseline(read.json);
  return validated.ok ? validated : { ok: false, reason: `artifact ${row.id}: ${validated.reason}` };
}

/** The report.json inside an artifact's zip, parsed but not yet validated. */
export async function downloadReportJson(
  github: GitHub,
  owner: string,
  repo: string,
  artifactId: number,
): Promise<{ ok: true; json: unknown } | { ok: false; reason: string }> {
  let zip: Uint8Array;
  try {
    const res = await github.rest.actions.downloadArtifact({ owner, repo, artifact_id: artifactId, archive_format: 'zip' });
    zip = new Uint8Array(res.data as ArrayBuffer);
  } catch (e) {
    return { ok: false, reason: `artifact ${artifactId} could not be downloaded (${describe(e)})` };
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, { filter: (f) => f.name === 'report.json' || f.name.endsWith('/report.json') });
  } catch (e) {
    return { ok: false, reason: `artifact ${artifactId} is not a readable zip (${describe(e)})` };
  }
  const entry = Object.entries(files).sort(([a], [b]) => a.length - b.length)[0];
  if (!entry) return { ok: false, reason: `artifact ${artifactId} has no report.json` };
  try {
    return { ok: true, json: JSON.parse(new TextDecoder().decode(entry[1])) };
  } catch (e) {
    return { ok: false, reason: `report.json in artifact ${artifactId} is not JSON (${describe(e)})` };
  }
}

async function succeeded(github: GitHub, query: BaselineQuery, runId: number | undefined): Promise<boolean> {
  if (runId === undefined) return false;
  try {
    const { data } = await github.rest.actions.getWorkflowRun({ owner: query.owner, repo: query.repo, run_id: runId });
    return data.conclusion === 'success';
  } catch {
    return false;
  }
}

function describe(e: unknown): string {
  const status = (e as { status?: number }).status;
  const message = firstLineOf(e);
  return status ? `HTTP ${status}: ${message}` : (message ?? 'unknown error');
}
