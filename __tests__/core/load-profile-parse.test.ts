import { describe, expect, it } from '@jest/globals';
import { parseBudget } from '../../src/core/budget/budget-parse.js';
import { budgetErrors } from '../helpers/budget-errors.js';
import { badShapes, shapeBudget as budget } from '../helpers/bad-shapes.js';

const errorsOf = budgetErrors;

describe('load.profile', () => {
  it.each(badShapes)('refuses %s in one line naming file, line, field and what was expected', (_what, text, line) => {
    expect(errorsOf(text)).toEqual([line]);
  });

  it('resolves each shape with its defaults', () => {
    const plan = (profile: string) => parseBudget(budget(profile), 'b.yml', '/r').endpoints[0]?.load.profile;
    expect(plan('steady')).toEqual({ kind: 'steady' });
    expect(plan('{ stages: [{ duration: 5s, rate: 10 }, { name: peak, duration: 10s, connections: 20 }] }')).toEqual({
      kind: 'stages',
      stages: [
        { name: '1', durationMs: 5000, rate: 10 },
        { name: 'peak', durationMs: 10_000, connections: 20 },
      ],
    });
    expect(plan("{ capacity: { objective: 'p95 < 50ms' } }")).toMatchObject({
      kind: 'capacity',
      objective: [{ source: 'p95 < 50ms' }, { source: 'error-rate < 1%' }],
      fromRate: 10,
      toRate: 10_000,
      probeMs: 5000,
      resolutionPercent: 5,
      repeats: 3,
      timeBudgetMs: 120_000,
    });
    expect(plan("{ capacity: { objective: ['p99 < 80ms', 'errors == 0'] } }")).toMatchObject({
      objective: [{ source: 'p99 < 80ms' }, { source: 'errors == 0' }],
    });
    expect(plan('{ spike: { rate: 40 } }')).toEqual({ kind: 'spike', rate: 40, factor: 5, beforeMs: 10_000, spikeMs: 5000, afterMs: 20_000, bandPercent: 25 });
    expect(plan('{ soak: { duration: 2m } }')).toEqual({ kind: 'soak', durationMs: 120_000, windowMs: 10_000, connections: 10 });
  });

  it('takes a top-level profile as every endpoint’s default and leaves out default rules a shape does not measure', () => {
    const plan = parseBudget(
      `app:
  baseUrl: http://127.0.0.1:3000
load:
  profile: { soak: { duration: 30s, rate: 20 } }
relative:
  endpoints: { p95: +10%, rss-growth: +1MB/min, capacity-rps: -10% }
endpoints:
  - { name: a, url: /a }
  - { name: b, url: /b, load: { profile: { capacity: { objective: 'p95 < 9ms' } } } }
`,
      'b.yml',
      '/r',
    );
    expect(plan.endpoints.map((e) => [e.load.profile.kind, e.relative.map((r) => r.metric)])).toEqual([
      ['soak', ['p95', 'rss-growth']],
      ['capacity', ['capacity-rps']],
    ]);
  });
});
