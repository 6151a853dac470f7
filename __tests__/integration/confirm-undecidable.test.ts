// Confirmation passes over a rule flagged as undecidable (core/verdict/decidability.ts): no time spent on it.
import { describe, expect, it } from '@jest/globals';
import { compareAll } from '../../src/core/verdict/compare.js';
import { undecidableNote } from '../../src/core/verdict/decidability.js';
import { confirmSuspects } from '../../src/run/confirm.js';

const judged = (base: number[], head: number[]) => ({
  ...compareAll([{ target: 'home', metric: 'tbt', better: 'lower' as const, percent: 20, base, head }])[0]!,
  kind: 'page' as const,
  metric: 'tbt',
});

describe('confirmation and undecidable rules', () => {
  it('is not confirmed: confirmation spends no time on it', async () => {
    const row = judged([40, 900, 120], [850, 60, 300]);
    const flagged = { ...row, target: 'home', rule: '+20%', gating: true, reasons: [], undecidable: undecidableNote(row) };
    const plan = { confirm: {} } as unknown as Parameters<typeof confirmSuspects>[0];
    const out = await confirmSuspects(plan, [flagged], [], {} as Parameters<typeof confirmSuspects>[3]);
    expect(out.confirmation.status).toBe('not needed');
    expect(out.comparisons).toEqual([flagged]);
  });
});
