// From an access log's tally to the mix it describes: its commonest kinds of request weighted by their share, what
// share of the log they cover, and what was left out and why, for the budget's comments and the terminal.
import { mixRequestNamePattern } from '../budget/budget-schema.js';
import type { AccessLogTally } from './access-log.js';

export interface ImportedWorkload {
  budget: Record<string, unknown>;
  /** What the import says in the budget's header and on the terminal, a line each. */
  said: string[];
  leftOut: string[];
}

const count = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
const pct = (n: number, of: number) => `${of === 0 ? 0 : Math.round((n / of) * 1000) / 10}%`;

export function mixFromAccessLog(tally: AccessLogTally, opts: { top: number; baseUrl: string; name: string }): ImportedWorkload {
  const s = tally.summary;
  const kinds = tally.top(opts.top);
  const covered = kinds.reduce((n, k) => n + k.count, 0);
  const leftOut = [
    ...(s.garbage ? [`${count(s.garbage, 'line')} in neither the combined format nor JSON, skipped`] : []),
    ...(s.leftOut.static ? [`${count(s.leftOut.static, 'request')} for static files (scripts, styles, images, fonts)`] : []),
    ...(s.leftOut.status ? [`${count(s.leftOut.status, 'request')} answered outside 2xx (redirects, errors)`] : []),
    ...[...s.leftOut.method].map(([m, n]) => `${count(n, `${m} request`)}: an access log has no bodies; write them as endpoints by hand`),
    ...(s.leftOut.overflow ? [`${count(s.leftOut.overflow, 'request')} of kinds past the first 50,000 kept`] : []),
  ];
  const said = [
    kinds.length === 0
      ? `No request of the log's ${s.requests.toLocaleString('en')} could be sent again`
      : `The mix covers ${pct(covered, s.requests)} of the log's ${s.requests.toLocaleString('en')} requests (its ${count(kinds.length, 'commonest kind')} of request)`,
  ];
  const requests = kinds.map((k) => ({
    name: mixRequestNamePattern.test(k.name) ? k.name : 'request',
    url: k.url,
    ...(k.method !== 'GET' && { method: k.method }),
    ...(Object.keys(k.vars).length > 0 && { vars: Object.fromEntries(Object.entries(k.vars).map(([n, values]) => [n, { values }])) }),
    weight: Math.round((k.count / Math.max(1, covered)) * 10000) / 100,
  }));
  return {
    budget: {
      version: 1,
      app: { baseUrl: opts.baseUrl },
      ...(requests.length > 0 && { mixes: [{ name: opts.name, requests, thresholds: ['error-rate < 1%'] }] }),
    },
    said,
    leftOut,
  };
}
