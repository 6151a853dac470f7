// Database work per request from pg_stat_statements snapshots: deltas, resets, samples per burst, the statement table.
import { describe, expect, it } from '@jest/globals';
import { dbWorkMetrics, statementDelta, statementTable, type StatementStat } from '../../src/core/work/db-work.js';

const snap = (...rows: [string, number, number, number][]) =>
  new Map(rows.map(([id, calls, totalMs, rowsRead]): [string, StatementStat] => [id, { id, query: `q${id}`, calls, totalMs, rows: rowsRead }]));

describe('database work per request', () => {
  it('takes what each statement did between snapshots; a statement reset in between counts from zero', () => {
    const before = snap(['1', 10, 5, 10], ['2', 100, 50, 100]);
    const after = snap(['1', 12, 6, 12], ['2', 3, 1, 3], ['3', 4, 2, 8]);
    expect(statementDelta(before, after).map((d) => [d.id, d.calls, d.totalMs, d.rows])).toEqual([
      ['1', 2, 1, 2],
      ['2', 3, 1, 3],
      ['3', 4, 2, 8],
    ]);
  });

  it('gives statements, time and rows per answered request, a sample a burst', () => {
    const s0 = snap(['list', 0, 0, 0], ['each', 0, 0, 0]);
    const s1 = snap(['list', 10, 20, 1000], ['each', 1000, 10, 1000]);
    const s2 = snap(['list', 30, 60, 3000], ['each', 3000, 30, 3000]);
    const m = dbWorkMetrics([
      { start: s0, end: s1, requests: 10 },
      { start: s1, end: s2, requests: 20 },
      { start: s2, end: undefined, requests: 5 }, // a snapshot that failed: no sample
    ]);
    expect(m['db-queries-per-request']).toEqual({ value: 101, unit: 'count', samples: [101, 101] });
    expect(m['db-ms-per-request']!.value).toBeCloseTo(3);
    expect(m['db-rows-per-request']!.value).toBe(200);
    // The per-row statement runs 100 times a request: an N+1 with no baseline needed.
    expect(m['db-repeats-per-request']).toEqual({ value: 100, unit: 'count', samples: [100, 100] });
    expect(dbWorkMetrics([{ start: s0, end: s1, requests: 0 }])).toEqual({});
  });

  it('names the statements that did the work, by time, with the commonest by calls too', () => {
    const first = snap(['list', 0, 0, 0], ['each', 0, 0, 0]);
    const mid = snap(['list', 4, 8, 400], ['each', 400, 4, 400]);
    const last = snap(['list', 10, 20, 1000], ['each', 1000, 10, 1000]);
    // Summed over the bursts; what ran between them (another app's bursts) is not counted.
    const other = snap(['list', 14, 28, 1400], ['each', 1400, 14, 1400]);
    const later = snap(['list', 20, 40, 2000], ['each', 2000, 20, 2000]);
    expect(
      statementTable([
        { start: first, end: mid, requests: 4 },
        { start: mid, end: last, requests: 6 },
      ]),
    ).toEqual([
      { query: 'qlist', callsPerRequest: 1, msPerRequest: 2, rowsPerRequest: 100 },
      { query: 'qeach', callsPerRequest: 100, msPerRequest: 1, rowsPerRequest: 100 },
    ]);
    expect(
      statementTable([
        { start: first, end: last, requests: 10 },
        { start: other, end: later, requests: 6 },
      ]),
    ).toEqual([
      { query: 'qlist', callsPerRequest: 1, msPerRequest: 2, rowsPerRequest: 100 },
      { query: 'qeach', callsPerRequest: 100, msPerRequest: 1, rowsPerRequest: 100 },
    ]);
  });
});
