// Budgets with a bad load.profile and the one line each must get, for the parser's tests and the CLI's.

export const shapeBudget = (profile: string, extra = '', app = '') => `app:
  baseUrl: http://127.0.0.1:3000
${app}endpoints:
  - name: checkout
    url: /api/checkout
    load:
      profile: ${profile}
${extra}`;

/** Bad load shapes, each with the one line it must get: file, line, column, field, what was expected. */
export const badShapes: [string, string, string][] = [
  [
    'a stage of no time',
    shapeBudget('{ stages: [{ duration: 0s, rate: 10 }] }'),
    'b.yml:7:39: endpoints[0].load.profile.stages[0].duration: expected stage time above 0, like 10s',
  ],
  [
    'a stage of negative time',
    shapeBudget('{ stages: [{ duration: 5s, rate: 10 }, { duration: -5s, rate: 20 }] }'),
    "b.yml:7:67: endpoints[0].load.profile.stages[1].duration: expected a duration like 10s or 500ms, got '-5s'",
  ],
  [
    'a stage with neither rate nor connections',
    shapeBudget('{ stages: [{ duration: 5s }] }'),
    'b.yml:7:27: endpoints[0].load.profile.stages[0]: expected exactly one of rate (req/s, open loop) or connections (closed loop)',
  ],
  [
    'a rate above the remote cap',
    shapeBudget('{ spike: { rate: 10, factor: 5 } }', '', '  remote: true\n').replace('http://127.0.0.1:3000', 'https://staging.example.com'),
    "b.yml:8:16: endpoints[0].load.profile: the spike reaches 50 req/s against the remote host 'staging.example.com', above the cap of 20 req/s: lower it, or raise app.remote.maxRate",
  ],
  [
    'capacity bounds the wrong way round',
    shapeBudget("{ capacity: { objective: 'p95 < 50ms', from: 500, to: 100 } }"),
    'b.yml:7:70: endpoints[0].load.profile.capacity.to: expected to above from (500 req/s): the bounds are the wrong way round',
  ],
  [
    'an objective on an unknown metric',
    shapeBudget("{ capacity: { objective: ['p95 < 50ms', 'p96 < 80ms'] } }"),
    "b.yml:7:56: endpoints[0].load.profile.capacity.objective[1]: unknown endpoint metric 'p96' (did you mean 'p95'?)",
  ],
  [
    'an objective on a metric a probe does not measure',
    shapeBudget("{ capacity: { objective: 'rps > 100' } }"),
    "b.yml:7:41: endpoints[0].load.profile.capacity.objective: an objective holds for one probe's answers: expected one of p50, p75, p90, p95, p99, p99.9, mean, max, error-rate, errors, timeouts, non2xx-rate, non2xx, got 'rps'",
  ],
  [
    'a soak shorter than two windows',
    shapeBudget('{ soak: { duration: 15s, window: 10s, rate: 50 } }'),
    'b.yml:7:36: endpoints[0].load.profile.soak.duration: expected a soak of at least two windows (2 × 10s) to fit a trend: lengthen duration or shorten window',
  ],
  [
    'a shape on a page',
    `app:
  baseUrl: http://127.0.0.1:3000
pages:
  - name: home
    url: /
    load: { profile: { soak: { duration: 60s } } }
`,
    'b.yml:6:5: pages[0].load: a page has no load: Lighthouse audits it; load shapes (load.profile) apply to endpoints: move this to an endpoint',
  ],
  [
    'a shape metric on an endpoint of another shape',
    shapeBudget('steady', '    thresholds: [capacity-rps > 100]\n'),
    "b.yml:8:18: endpoints[0].thresholds[0]: capacity-rps is measured under load.profile capacity; this endpoint's load is steady: set load.profile to { capacity: … } or use another metric",
  ],
  [
    'a phase that is not there',
    shapeBudget('{ stages: [{ name: peak, duration: 5s, rate: 10 }] }', '    thresholds: [p95@peek < 20ms]\n'),
    "b.yml:8:18: endpoints[0].thresholds[0]: p95@peek: no phase 'peek' in this endpoint's load.profile; expected one of peak",
  ],
];
