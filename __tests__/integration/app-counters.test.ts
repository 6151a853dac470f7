// The app's own counters read from a real HTTP server's metrics over loopback, and what goes wrong with them: a 404,
// a page that is not metrics, a misspelt name, a worker restart that sets a counter back, a scrape that hangs, and
// a 10 MB scrape of huge label sets. Each is one line; what was measured is kept.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/run/gate.js';
import { freePort, markerVariable, processesWith, tempDir, uniqueMarker } from '../helpers/processes.js';

// Counts each /work request twice under one label and once under another; /metrics misbehaves as MODE says.
const server = `
import http from 'node:http';
const mode = process.env.MODE ?? 'ok';
let calls = 0;
let scrapes = 0;
const huge = mode === 'huge' ? Array.from({ length: 60000 }, (_, i) => 'noise_total{id="' + 'x'.repeat(120) + i + '"} 1').join('\\n') + '\\n' : '';
http.createServer((req, res) => {
  if (req.url === '/work') { calls++; res.end('ok'); return; }
  if (req.url === '/metrics') {
    scrapes++;
    if (mode === '404') { res.statusCode = 404; res.end('not found'); return; }
    if (mode === 'html') { res.setHeader('content-type', 'text/html'); res.end('<!doctype html><title>Home</title>'); return; }
    if (mode === 'slow' && scrapes > 2 && scrapes % 2 === 0) return; // never answers
    // A worker restart halfway: the counter starts again from zero.
    const shown = mode === 'reset' && scrapes > 3 ? calls - Math.floor(calls * 0.9) : calls;
    res.setHeader('content-type', 'text/plain; version=0.0.4');
    res.end('# HELP work_calls_total Calls\\n# TYPE work_calls_total counter\\nwork_calls_total{kind="a"} ' + 2 * shown + '\\nwork_calls_total{kind="b"} ' + shown + '\\n' + huge);
    return;
  }
  res.statusCode = 404; res.end();
}).listen(Number(process.env.PORT), '127.0.0.1');
`;

async function run(mode: string, counters = 'calls: \'work_calls_total{kind="a"}\'', extra = '') {
  const dir = tempDir();
  const port = await freePort();
  const marker = uniqueMarker();
  writeFileSync(path.join(dir, 'server.mjs'), server);
  writeFileSync(
    path.join(dir, 'perf-budget.yml'),
    `app:
  command: ${process.execPath} server.mjs
  env: { PORT: '${port}', MODE: ${mode}, ${markerVariable}: ${marker} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /work }
  metrics: { url: /metrics, timeout: 1s }
load: { duration: 2s, warmup: 200ms, samples: 4, connections: 2 }
counters: { ${counters} }
${extra}endpoints:
  - { name: work, url: /work }
`,
  );
  const warnings: string[] = [];
  const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: dir, log: { info: () => {}, warn: (m) => warnings.push(m) } });
  expect(processesWith(marker)).toEqual([]);
  return { out, dir, warnings, work: out.report.targets[0]! };
}

describe("the app's own counters", () => {
  it('reads 2 calls a request from the series its selector matches, one sample a burst', async () => {
    const { out, work } = await run('ok');
    expect(out.report.errors).toEqual([]);
    expect(work.metrics['calls-per-request']!.value).toBeCloseTo(2, 1);
    expect(work.metrics['calls-per-request']!.samples).toHaveLength(4);
    expect(work.endpoint!.counters).toEqual([{ name: 'calls', perRequest: expect.closeTo(2, 1) }]);
  });

  it('says in one line that the metrics URL answered 404, and keeps the load results', async () => {
    const { out, work } = await run('404');
    expect(out.report.errors).toEqual([
      expect.stringMatching(/^app\.metrics: GET http:\/\/127\.0\.0\.1:\d+\/metrics answered 404: expected the app's Prometheus metrics there$/),
    ]);
    expect(out.exitCode).toBe(3);
    expect(work.metrics.requests!.value).toBeGreaterThan(0);
    expect(work.metrics['calls-per-request']).toBeUndefined();
  });

  it('says a page is not metrics', async () => {
    const { out } = await run('html');
    expect(out.report.errors).toEqual([expect.stringContaining("is not in the Prometheus text format (it begins '<!doctype html><title>Home</title>')")]);
  });

  it('names a misspelt metric and the nearest name found, and keeps no 0-a-request metric for it', async () => {
    const { out, work } = await run('ok', "calls: 'work_call_total'");
    expect(out.report.errors).toEqual([
      expect.stringContaining("counters work_call_total: no metric 'work_call_total' in any scrape (did you mean 'work_calls_total'?)"),
    ]);
    // A right name nothing counted is absent from the same scrapes: the line says how to make it read 0.
    expect(out.report.errors[0]).toMatch(/create its series when the app starts so it reads 0/);
    expect(out.exitCode).toBe(3);
    expect(work.metrics['calls-per-request']).toBeUndefined();
    expect(work.metrics.requests!.value).toBeGreaterThan(0);
  });

  it('drops the burst in which a counter went down, and says so', async () => {
    const { out, work } = await run('reset');
    expect(out.report.errors).toEqual([]);
    expect(work.endpoint!.workNotes).toEqual([
      expect.stringMatching(/^calls: the counter went down in 1 burst \(a worker restarted\?\); its sample was dropped$/),
    ]);
    expect(work.metrics['calls-per-request']!.samples).toHaveLength(3);
    expect(readFileSync(path.join(out.paths!.dir, 'report.md'), 'utf8')).toContain('calls: the counter went down in 1 burst');
  });

  it('bounds a scrape that never answers: the bursts around it lose their sample, noted', async () => {
    const { out, work } = await run('slow');
    expect(out.report.errors).toEqual([]);
    expect(work.endpoint!.workNotes).toEqual([
      expect.stringContaining('app.metrics: a scrape took longer than 1 s; the bursts around it have no counter sample'),
    ]);
    expect(work.metrics['calls-per-request']!.samples.length).toBeLessThan(4);
    expect(work.metrics.requests!.value).toBeGreaterThan(0);
  });

  it('reads a 10 MB scrape of huge label sets with a warning', async () => {
    const { out, work, warnings } = await run('huge');
    expect(out.report.errors).toEqual([]);
    // The app is busy building each 10 MB answer, and on a busy runner perf-gate takes a while to read the answers
    // it already has when the scrape comes back: bursts of few requests, each a few answers off (2.29 and 2.57 seen
    // beside another suite), which the warning says. A tenth of a call either way is what the ordinary scrape is
    // held to, above.
    expect(work.metrics['calls-per-request']!.value).toBeGreaterThan(1.4);
    expect(work.metrics['calls-per-request']!.value).toBeLessThan(3);
    expect(warnings).toEqual([
      expect.stringMatching(/^app\.metrics: the scrape is [\d.]+ MB \(.* to read\): each burst boundary reads it while the load runs/),
    ]);
  });
});
