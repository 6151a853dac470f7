// Stores a report directory as an artifact of this run (@actions/artifact), for later pull requests to compare against.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { firstLineOf } from '../../core/errors.js';

type StoreResult = { ok: true; id: number; size: number } | { ok: false; reason: string };

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Artifact names must be unique per run and may not hold these characters. */
export function artifactNameFor(budgetFile: string): string {
  return `perf-gate-${budgetFile.replace(/^\.\//, '').replace(/[^A-Za-z0-9._-]+/g, '-')}`;
}

export async function storeReport(reportDir: string, name: string, retentionDays?: number): Promise<StoreResult> {
  try {
    // Loaded on demand: only runs that store a baseline need the artifact client and its Azure SDK.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const { id, size } = await client.uploadArtifact(name, filesUnder(reportDir), reportDir, {
      ...(retentionDays !== undefined && { retentionDays }),
    });
    if (id === undefined) return { ok: false, reason: 'the artifact service returned no id' };
    return { ok: true, id, size: size ?? 0 };
  } catch (e) {
    return { ok: false, reason: firstLineOf(e) };
  }
}
