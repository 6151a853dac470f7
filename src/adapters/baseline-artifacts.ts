// Finds the base branch's stored result among the repository's artifacts and downloads it (fflate unzips it:
// small, pure JavaScript, no native parts to bundle).
import { unzipSync } from 'fflate';
import { validateBaseline, type BaselineCheck } from '../core/baseline.js';
import type { Report } from '../core/report.js';
import type { GitHub } from './github-client.js';

export interface BaselineQuery {
  owner: string;
  repo: string;
  /** The artifact name perf-gate stores under. */
  artifactName: string;
  /** The pull request's base branch, e.g. "main". */
  baseRef: string;
  /** The commit the pull request branched from, when known: its result is preferred. */
  mergeBaseSha?: string;
  maxAgeDays: number;
  /** Further stored runs of the base branch to download for measuring run-to-run noise. */
  history?: number;
  now?: Date;
}

export interface FoundBaseline {
  artifactId: number;
  runId?: number;
  sha?: string;
  createdAt?: string;
  /** How it was chosen, for the report. */
  match: 'merge-base' | 'newest on base branch';
}

export type FetchedBaseline =
  | (BaselineCheck & { ok: true; found: FoundBaseline; history: Report[]; warnings: string[] })
  | { ok: false; reason: string };

interface ArtifactRow {
  id: number;
  name: string;
  expired: boolean;
  created_at: string | null;
  workflow_run?: { id?: number; head_branch?: string | null; head_sha?: string } | null;
}

// Runs looked at for a successful conclusion before giving up on the fallback.
const maxRunLookups = 10;

export async function fetchBaseline(github: GitHub, q: BaselineQuery): Promise<FetchedBaseline> {
  let rows: ArtifactRow[];
  try {
    rows = (await github.paginate(github.rest.actions.listArtifactsForRepo, { owner: q.owner, repo: q.repo, name: q.artifactName, per_page: 100 })) as ArtifactRow[];
  } catch (e) {
    return { ok: false, reason: `the artifact list could not be read (${describe(e)})` };
  }
  const oldest = (q.now ?? new Date()).getTime() - q.maxAgeDays * 86_400_000;
  const candidates = rows
    .filter((a) => a.name === q.artifactName && !a.expired && a.created_at && Date.parse(a.created_at) >= oldest)
    .sort((a, b) => Date.parse(b.created_at as string) - Date.parse(a.created_at as string));

  let chosen: { row: ArtifactRow; match: FoundBaseline['match'] } | undefined;
  const atMergeBase = q.mergeBaseSha ? candidates.find((a) => a.workflow_run?.head_sha === q.mergeBaseSha) : undefined;
  if (atMergeBase) chosen = { row: atMergeBase, match: 'merge-base' };
  else {
    for (const a of candidates.filter((c) => c.workflow_run?.head_branch === q.baseRef).slice(0, maxRunLookups)) {
      if (await succeeded(github, q, a.workflow_run?.id)) {
        chosen = { row: a, match: 'newest on base branch' };
        break;
      }
    }
  }
  if (!chosen) {
    return {
      ok: false,
      reason: `no artifact '${q.artifactName}' from a successful run on ${q.baseRef} in the last ${q.maxAgeDays} days${rows.length ? ` (${rows.length} looked at)` : ''}`,
    };
  }

  const { row, match } = chosen;
  const found: FoundBaseline = {
    artifactId: row.id,
    match,
    ...(row.workflow_run?.id !== undefined && { runId: row.workflow_run.id }),
    ...(row.workflow_run?.head_sha && { sha: row.workflow_run.head_sha }),
    ...(row.created_at && { createdAt: row.created_at }),
  };
  const check = await downloadReport(github, q, row);
  if (!check.ok) return check;
  const { history, warnings } = await fetchHistory(github, q, candidates, row);
  return { ...check, found, history, warnings };
}

// Other successful runs on the base branch, newest first: their spread is the run-to-run noise.
async function fetchHistory(github: GitHub, q: BaselineQuery, candidates: ArtifactRow[], chosen: ArtifactRow): Promise<{ history: Report[]; warnings: string[] }> {
  const history: Report[] = [];
  const warnings: string[] = [];
  const others = candidates.filter((c) => c.id !== chosen.id && c.workflow_run?.head_branch === q.baseRef).slice(0, maxRunLookups);
  for (const row of others) {
    if (history.length >= (q.history ?? 0)) break;
    if (!(await succeeded(github, q, row.workflow_run?.id))) continue;
    const check = await downloadReport(github, q, row);
    if (check.ok) history.push(check.report);
    else warnings.push(`stored run left out: ${check.reason}`);
  }
  return { history, warnings };
}

async function downloadReport(github: GitHub, q: BaselineQuery, row: ArtifactRow): Promise<BaselineCheck> {
  let zip: Uint8Array;
  try {
    const res = await github.rest.actions.downloadArtifact({ owner: q.owner, repo: q.repo, artifact_id: row.id, archive_format: 'zip' });
    zip = new Uint8Array(res.data as ArrayBuffer);
  } catch (e) {
    return { ok: false, reason: `artifact ${row.id} could not be downloaded (${describe(e)})` };
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, { filter: (f) => f.name === 'report.json' || f.name.endsWith('/report.json') });
  } catch (e) {
    return { ok: false, reason: `artifact ${row.id} is not a readable zip (${describe(e)})` };
  }
  const entry = Object.entries(files).sort(([a], [b]) => a.length - b.length)[0];
  if (!entry) return { ok: false, reason: `artifact ${row.id} has no report.json` };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(entry[1]));
  } catch (e) {
    return { ok: false, reason: `report.json in artifact ${row.id} is not JSON (${describe(e)})` };
  }
  const check = validateBaseline(json);
  if (!check.ok) return { ok: false, reason: `artifact ${row.id}: ${check.reason}` };
  return check;
}

async function succeeded(github: GitHub, q: BaselineQuery, runId: number | undefined): Promise<boolean> {
  if (runId === undefined) return false;
  try {
    const { data } = await github.rest.actions.getWorkflowRun({ owner: q.owner, repo: q.repo, run_id: runId });
    return data.conclusion === 'success';
  } catch {
    return false;
  }
}

function describe(e: unknown): string {
  const status = (e as { status?: number }).status;
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return status ? `HTTP ${status}: ${message}` : (message ?? 'unknown error');
}
