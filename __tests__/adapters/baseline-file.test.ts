// A baseline named on purpose (--baseline, the baseline input): read before anything is measured; one that is not
// there or is not a perf-gate report is exit 2 naming it, with how it was named.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { baselineFromFiles } from '../../src/adapters/baseline/baseline-file.js';
import { baselineSource } from '../../src/adapters/baseline/baseline-source.js';
import { ConfigError, ExitCode } from '../../src/core/errors.js';
import { sampleReport } from '../../__fixtures__/report.js';
import { tempDir } from '../helpers/processes.js';

const errorOf = (fn: () => unknown): ConfigError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
};

describe('a baseline named on purpose', () => {
  it('is read at once: the report and its history, in the order named', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify(sampleReport({ startedAt: '2026-12-01T00:00:00.000Z' })));
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify(sampleReport({ startedAt: '2026-11-30T00:00:00.000Z' })));
    const found = await baselineFromFiles(['a.json', 'b.json'], dir)();
    expect(found).toMatchObject({ ok: true, info: { source: 'a.json' }, report: { startedAt: '2026-12-01T00:00:00.000Z' } });
    expect(found.ok && found.history!.map((r) => r.startedAt)).toEqual(['2026-11-30T00:00:00.000Z']);
  });

  it('is exit 2 naming each file that is not there or not a report, as the CLI or the action named it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'half.json'), '{"schemaVersion": ');
    writeFileSync(path.join(dir, 'other.json'), '{"name": "not a report"}');
    const e = errorOf(() => baselineFromFiles(['nope.json', 'half.json', 'other.json'], dir));
    expect(e.exitCode).toBe(ExitCode.config);
    expect(e.lines).toEqual([
      `--baseline nope.json: there is no file ${path.join(dir, 'nope.json')}; expected the report.json of an earlier perf-gate run`,
      expect.stringMatching(/^--baseline half\.json: \S+half\.json is not JSON \(.+\); expected the report\.json of an earlier perf-gate run$/),
      expect.stringMatching(/^--baseline other\.json: it is not a perf-gate report \(.+\); expected the report\.json of an earlier perf-gate run$/),
    ]);
    const action = errorOf(() =>
      baselineSource(
        { baseline: ['nope.json'], workingDirectory: dir, artifactName: 'perf-gate', baselineMaxAgeDays: 30, baselineHistory: 0 },
        { name: 'push' } as never,
        undefined,
      ),
    );
    expect(action.lines).toEqual([
      `Invalid input 'baseline': nope.json: there is no file ${path.join(dir, 'nope.json')}; expected the report.json of an earlier perf-gate run`,
    ]);
  });
});
