import { describe, expect, it } from '@jest/globals';
import type { TargetResult } from '../../src/core/report/report.js';
import { endedElsewhere } from '../../src/core/render/render-shared.js';

const page = (name: string, url: string, ends: (string | undefined)[]): TargetResult => ({
  kind: 'page',
  name,
  url,
  status: 'ok',
  metrics: {},
  page: {
    preset: 'mobile',
    throttling: 'simulate',
    categories: ['performance'],
    runsPlanned: ends.length,
    representativeRun: 0,
    runs: ends.map((finalUrl, i) => ({ run: i + 1, attempt: 1, ok: true, durationMs: 1, ...(finalUrl && { finalUrl }) })),
  },
});

describe('endedElsewhere', () => {
  it('names each page whose runs ended somewhere other than the URL requested, once per place', () => {
    expect(
      endedElsewhere([
        page('home', 'http://h/', ['http://h/', 'http://h/']),
        page('account', 'http://h/account', ['http://h/login?next=/account', 'http://h/account', 'http://h/login?next=/account']),
        page('old', 'http://h/old', [undefined]),
      ]),
    ).toEqual(['account: requested http://h/account, ended on http://h/login?next=/account']);
  });
});
