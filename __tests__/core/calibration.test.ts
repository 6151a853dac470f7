// Calibration's maths (the spread of A/A run means to a suggested rule) and the budget rewritten where its rules
// stand, every other byte kept.
import { describe, expect, it } from '@jest/globals';
import { calibrate, suggestedRunNoise } from '../../src/core/verdict/calibration.js';
import { rewriteRules } from '../../src/core/budget/rule-rewrite.js';
import { parseRelativeRule } from '../../src/core/budget/threshold.js';
import { renderCalibration } from '../../src/core/render/render-calibration.js';

const rule = (kind: 'endpoint' | 'page', metric: string, text: string, line = 3) => {
  const r = parseRelativeRule(kind, metric, text);
  if (!r.ok) throw new Error(r.error);
  return { ...r.value, line };
};

describe('calibration of a rule from A/A runs', () => {
  it('allows 3·√2·σ of the run means, rounded up, keeping the absolute floor', () => {
    // Run means 10, 11, 9, 10, 10: σ = 0.707 ms, 7.07 % of 10 ms; 3·√2·7.07 = 30 % → 30.
    const runs = [10, 11, 9, 10, 10].map((m) => [m - 0.5, m + 0.5]);
    const row = calibrate({ target: 'items', kind: 'endpoint', rule: rule('endpoint', 'p95', '+25% or +2ms'), runs });
    expect(row.spread).toBeCloseTo(7.07, 2);
    expect(row.suggested).toBe('+30% or +2ms');
    expect(row.detectable).toBeCloseTo(30 + 2 * 1.6449 * Math.SQRT2 * 7.07, 1);
    expect(row.runNoise).not.toBeNull();
  });

  it('signs a rule the way its metric gets worse, and moves a score by points', () => {
    const rps = calibrate({ target: 'items', kind: 'endpoint', rule: rule('endpoint', 'rps', '-20%'), runs: [[1000], [1010], [990]] });
    expect(rps.suggested).toBe('-5%'); // σ 1 %: 3·√2·1 = 4.2 → 5
    const perf = calibrate({ target: 'home', kind: 'page', rule: rule('page', 'performance', '-10'), runs: [[95], [97], [96]] });
    expect(perf.suggested).toBe('-5'); // σ 1 point: 4.2 → 5 points
    // On a machine noisy enough for a rate to fall by more than all of it, the loosest rule that can be written.
    const wild = calibrate({ target: 'items', kind: 'endpoint', rule: rule('endpoint', 'rps', '-20%'), runs: [[1000], [200], [1800]] });
    expect(wild.suggested).toBe('-95%');
    const p95 = calibrate({
      target: 'items',
      kind: 'endpoint',
      rule: rule('endpoint', 'p95', '+25%'),
      runs: [
        [1, 1.1],
        [9, 9.5],
        [30, 31],
      ],
    });
    expect(suggestedRunNoise([p95])).toBe(100);
  });

  it('leaves a count as it is, and says when runs are too few', () => {
    const count = calibrate({ target: 'a', kind: 'endpoint', rule: rule('endpoint', 'db-statements-per-request', '+10% or +1'), runs: [[3], [3]] });
    expect(count).toMatchObject({ exact: true, suggested: '+10% or +1', spread: 0 });
    const one = calibrate({ target: 'a', kind: 'endpoint', rule: rule('endpoint', 'p95', '+25%'), runs: [[1, 2]] });
    expect(one).toMatchObject({ spread: null, suggested: '+25%' });
    expect(suggestedRunNoise([count])).toBeNull();
    const text = renderCalibration([count, one], null, 1);
    expect(text).toContain('(a count: as it is)');
    expect(text).toContain('(too few runs)');
  });
});

describe('rules rewritten in the budget', () => {
  const budget = `# the team's budget
relative:
  endpoints: { p95: +25% or +2ms, rps: '-20%' }   # agreed in March
  pages: { performance: -10 }

endpoints:
  # the list view
  - name: items
    url: /api/items
    relative:
      p95: "+40%"
`;

  it('splices each new rule where it stands, quoting kept, comments and blank lines untouched', () => {
    const out = rewriteRules(
      budget,
      [
        { kind: 'endpoint', metric: 'p95', line: 3, rule: '+30% or +2ms' },
        { kind: 'endpoint', metric: 'rps', line: 3, rule: '-10%' },
        { kind: 'endpoint', metric: 'p95', line: 11, rule: '+35%' },
      ],
      7,
    );
    expect(out).toBe(`# the team's budget
relative:
  runNoise: 7%
  endpoints: { p95: +30% or +2ms, rps: '-10%' }   # agreed in March
  pages: { performance: -10 }

endpoints:
  # the list view
  - name: items
    url: /api/items
    relative:
      p95: "+35%"
`);
  });

  it('sets runNoise where it is, in a flow map, or in a relative map of its own', () => {
    expect(rewriteRules('relative: { runNoise: 5%, endpoints: { p95: +25% } }\n', [], 9)).toBe('relative: { runNoise: 9%, endpoints: { p95: +25% } }\n');
    expect(rewriteRules('relative: { endpoints: { p95: +25% } }\n', [], 9)).toBe('relative: { endpoints: { p95: +25% }, runNoise: 9% }\n');
    expect(rewriteRules('endpoints: []\n', [], 9)).toBe('endpoints: []\nrelative:\n  runNoise: 9%\n');
  });
});
