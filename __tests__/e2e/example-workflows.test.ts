// The example workflows are documentation users copy: every perf-gate input they set must exist, and each
// declares least-privilege permissions for what it does.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..', '..');
const inputs = Object.keys((parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
const dir = path.join(root, 'examples', 'workflows');

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
}
const workflows = readdirSync(dir).map((f) => [f, parse(readFileSync(path.join(dir, f), 'utf8')) as Workflow] as const);

describe('examples/workflows', () => {
  it.each(workflows)('%s sets only inputs action.yml declares', (_f, wf) => {
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith('perf-gate/perf-gate@')));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) for (const key of Object.keys(step.with ?? {})) expect(inputs).toContain(key);
  });

  it('gives write access only where a comment is posted, and never to a job that runs pull-request code from a fork', () => {
    const perms = Object.fromEntries(workflows.map(([f, wf]) => [f, wf.permissions]));
    expect(perms['perf-gate.yml']).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'write', checks: 'write' });
    expect(perms['perf-gate-fork.yml']).toEqual({ contents: 'read', actions: 'read' });
    expect(perms['perf-gate-comment.yml']).toEqual({ actions: 'read', 'pull-requests': 'write', checks: 'write' });
    expect(perms['perf-gate-merge-queue.yml']).toEqual({ contents: 'read', actions: 'read', checks: 'write' });
    expect(perms['perf-gate-django.yml']).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'write', checks: 'write' });
    expect(perms['perf-gate-sharded.yml']).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'write', checks: 'write' });
    const comment = workflows.find(([f]) => f === 'perf-gate-comment.yml')![1];
    expect(Object.keys(comment.on)).toEqual(['workflow_run']);
    expect(JSON.stringify(comment.jobs)).not.toContain('actions/checkout');
    for (const [, wf] of workflows) expect(Object.keys(wf.on)).not.toContain('pull_request_target');
  });

  it('runs the shards of a matrix to the end and merges after them, whatever became of them', () => {
    const wf = workflows.find(([f]) => f === 'perf-gate-sharded.yml')![1] as unknown as {
      jobs: Record<
        string,
        { needs?: string; if?: string; strategy?: { 'fail-fast': boolean; matrix: { shard: number[] } }; steps: { with?: Record<string, string> }[] }
      >;
    };
    const { measure, merge } = wf.jobs;
    expect(measure?.strategy?.['fail-fast']).toBe(false);
    expect(measure?.steps.find((s) => s.with?.shard)?.with?.shard).toBe(`\${{ matrix.shard }}/${measure?.strategy?.matrix.shard.length}`);
    expect(merge).toMatchObject({ needs: 'measure', if: 'always()' });
    expect(merge?.steps.find((s) => s.with?.mode)?.with?.mode).toBe('merge');
  });
});
