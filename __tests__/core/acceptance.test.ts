// Accepted regressions: who may accept, the reason read from the description, the rows marked, the outcome and
// what the comment says.
import { describe, expect, it } from '@jest/globals';
import { acceptReason, acceptRegressions, acceptanceOf, acceptanceText } from '../../src/core/verdict/acceptance.js';
import { outcomeOf, verdictOf } from '../../src/core/verdict/outcome.js';
import { renderComment } from '../../src/core/render/render-comment.js';
import type { Report } from '../../src/core/report/report.js';
import { comparisonRow } from '../../__fixtures__/report.js';
import { minimalReport } from '../helpers/minimal-report.js';

const labeled = (actor: string, at: string) => ({ event: 'labeled', label: { name: 'perf-gate:accept' }, actor: { login: actor }, created_at: at });
const roles: Record<string, string> = { alice: 'triage', bob: 'admin', mallory: 'read' };
const body = 'Adds search.\n\nperf-gate-accept: the new index costs 5 ms, agreed with ops\n';

describe('an accept label', () => {
  it('is honoured from someone with triage rights, with the last labeller, the time and the reason', () => {
    const a = acceptanceOf({
      label: 'perf-gate:accept',
      labels: ['feature', 'perf-gate:accept'],
      events: [
        labeled('mallory', '2026-12-01T10:00:00Z'),
        { event: 'unlabeled', created_at: '2026-12-01T11:00:00Z' },
        labeled('alice', '2026-12-02T09:30:00Z'),
      ],
      body,
      role: (l) => roles[l],
    });
    expect(a).toEqual({
      label: 'perf-gate:accept',
      honoured: true,
      by: 'alice',
      at: '2026-12-02T09:30:00Z',
      reason: 'the new index costs 5 ms, agreed with ops',
    });
    expect(acceptanceText(a!)).toBe('Regressions accepted by @alice on 2026-12-02 (label perf-gate:accept): the new index costs 5 ms, agreed with ops.');
  });

  it('is not honoured from someone without rights, nor when nobody can be named; absent without the label', () => {
    const mallory = acceptanceOf({
      label: 'perf-gate:accept',
      labels: ['perf-gate:accept'],
      events: [labeled('mallory', '2026-12-01T10:00:00Z')],
      body: null,
      role: (l) => roles[l],
    });
    expect(mallory).toMatchObject({
      honoured: false,
      reason: 'no reason given',
      note: '@mallory has no triage rights on the repository (read): the label is not honoured',
    });
    expect(acceptanceText(mallory!)).toBe(
      'The label perf-gate:accept by @mallory on 2026-12-01 is not honoured: @mallory has no triage rights on the repository (read): the label is not honoured.',
    );
    expect(acceptanceOf({ label: 'perf-gate:accept', labels: ['perf-gate:accept'], events: [], body, role: () => 'admin' })).toMatchObject({ honoured: false });
    expect(acceptanceOf({ label: 'perf-gate:accept', labels: ['bug'], events: [], body, role: () => 'admin' })).toBeUndefined();
    expect(acceptReason('PERF-GATE-ACCEPT:   cost of the audit log  ')).toBe('cost of the audit log');
  });
});

const row = comparisonRow;

describe('regressions under an honoured label', () => {
  const acceptance = { label: 'perf-gate:accept', honoured: true, by: 'alice', at: '2026-12-02T09:30:00Z', reason: 'agreed' };
  const rows = [row({}), row({ target: 'list', level: 'warn' }), row({ target: 'home', verdict: 'unchanged' })];

  it('pass the step as accepted, and say who accepted them, and why', () => {
    const accepted = acceptRegressions(rows, acceptance);
    expect(accepted.map((r) => r.accepted)).toEqual([true, undefined, undefined]);
    expect(verdictOf([], [], accepted)).toBe('pass');
    const report = { ...minimalReport, comparisons: accepted, acceptance, verdict: 'pass' } as Report;
    const outcome = outcomeOf(report);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.annotations).toContainEqual(expect.objectContaining({ level: 'warning', title: 'perf-gate regression (accepted)' }));
    const comment = renderComment(report, { key: 'k' });
    // Named, not mentioned: no notification for every push.
    expect(comment).toContain('Regressions accepted by &#64;alice on 2026-12-02 (label perf-gate:accept): agreed.');
    expect(comment).toMatch(/^\| ⚠️ \| search \| p95 \|.*\| accepted \|$/m);
    expect(acceptRegressions(rows, { ...acceptance, honoured: false }).some((r) => r.accepted)).toBe(false);
  });
});
