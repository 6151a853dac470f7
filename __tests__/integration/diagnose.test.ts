// The diagnosis pass on real processes: the example app's base and head (3 ms more CPU a request) side by side in
// same-runner mode, profiled after the rounds; perf refused; nothing suspicious, nothing profiled; a leak named from
// heap snapshots; a Node cluster's workers.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/run/gate.js';
import { exampleAppDir, markerVariable, processesWith, repoRoot, tempDir, uniqueMarker } from '../helpers/processes.js';
import { ownRows } from '../helpers/rows.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' }).trim();

/**
 * The example app as base, and a head commit that spends `workUs` more CPU on each API request (or has other
 * EXAMPLE_* settings); `rule` is the endpoint's relative rule.
 */
function repository(marker: string, workUs: number, command = 'node server.js', head: Record<string, number> = {}, rule = "p95: '+20% or +1ms'"): string {
  const repo = tempDir();
  cpSync(exampleAppDir, path.join(repo, 'app'), { recursive: true });
  writeFileSync(
    path.join(repo, 'perf-budget.yml'),
    `app:
  command: ${command}
  cwd: app
  env: { PORT: 3000, ${markerVariable}: ${marker} }
  baseUrl: http://127.0.0.1:3000
  ready: { url: /health, timeout: 20s }
sameRunner: { ref: HEAD~1, minSamples: 3, maxSamples: 4, timeBudget: 5s, restartEvery: 10 }
diagnose: { duration: 2s }
load: { duration: 1s, warmup: 200ms, samples: 4, connections: 2 }
endpoints:
  - { name: ping, url: /api/ping, relative: { ${rule} } }
`,
  );
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'base');
  const settings = { ...(workUs > 0 && { EXAMPLE_WORK_US: workUs }), ...head };
  if (Object.keys(settings).length > 0) {
    const server = path.join(repo, 'app', 'server.js');
    const lines = Object.entries(settings).map(([k, v]) => `process.env.${k} ??= '${v}';\n`);
    writeFileSync(server, `${lines.join('')}${readFileSync(server, 'utf8')}`);
  }
  git(repo, 'commit', '-qam', 'head', '--allow-empty');
  return repo;
}

const quiet = { info: () => {}, warn: () => {} };

/**
 * A repository of one Node app (`server.mjs` in app/) whose head commit differs from its base in `head`'s text; the
 * budget measures `url` beside HEAD~1 and diagnoses `diagnose`.
 */
function nodeAppRepository(marker: string, app: { base: string; head: string; url: string; ready?: string; diagnose?: string; rules?: string }): string {
  const repo = tempDir();
  mkdirSync(path.join(repo, 'app'));
  writeFileSync(path.join(repo, 'app', 'server.mjs'), app.base);
  writeFileSync(
    path.join(repo, 'perf-budget.yml'),
    `app:
  command: node server.mjs
  cwd: app
  env: { PORT: 3000, ${markerVariable}: ${marker} }
  baseUrl: http://127.0.0.1:3000
  ready: { url: ${app.ready ?? app.url}, timeout: 20s }
sameRunner: { ref: HEAD~1, minSamples: 3, maxSamples: 4, timeBudget: 5s, restartEvery: 10 }
diagnose: ${app.diagnose ?? '{ duration: 2s }'}
load: { duration: 1s, warmup: 200ms, samples: 4, connections: 2 }
endpoints:
  - { name: app, url: ${app.url}, relative: { ${app.rules ?? "p95: '+20% or +1ms'"} } }
`,
  );
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'base');
  writeFileSync(path.join(repo, 'app', 'server.mjs'), app.head);
  git(repo, 'commit', '-qam', 'head');
  return repo;
}

describe('diagnose beside the base', () => {
  it('profiles a regressed endpoint on both apps and names the source that grew, with the folded stacks saved', async () => {
    const marker = uniqueMarker();
    const repo = repository(marker, 3000);
    const temp = tempDir();
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: repo, log: quiet, tempDir: temp });
    expect(out.report.errors).toEqual([]);
    // Regressed; beside CPU hogs the few rounds may leave it unsure leaning worse, which is profiled as well.
    expect(ownRows(out.report.comparisons).map((r) => [r.target, r.verdict === 'unsure' ? 'regressed' : r.verdict])).toEqual([['ping', 'regressed']]);
    const d = out.report.diagnosis!;
    expect(d).toMatchObject({ when: 'suspicious', durationMs: 2000, endpoints: [{ target: 'ping', files: { base: 'profiles/ping.base.folded' } }] });
    const [ping] = d.endpoints;
    expect(ping!.note).toBeUndefined();
    // V8's profiler over the app's inspector: it names the helper the JIT inlined into the request handler.
    expect(ping!.profiler).toBe('v8');
    expect(ping!.head!.requests).toBeGreaterThan(0);
    expect(ping!.head!.samples).toBeGreaterThan(0);
    // 3 ms of CPU a request in the example's extraWork: named first, where it is relative to either checkout.
    expect(out.markdown).toMatch(
      /\*\*(Why|What changed:) `ping`\*\*.*\n\n- `extraWork` \(`app\/server\.js:\d+:\d+`\)(,? [^\n]*)?: \+[\d.,]+ (ms|s) CPU per 1,000 requests, \d+% of the growth/,
    );
    for (const side of ['base', 'head']) expect(readFileSync(path.join(repo, 'out', 'profiles', `ping.${side}.folded`), 'utf8')).toMatch(/ \d+\n/);
    expect(readFileSync(path.join(repo, 'out', 'report.html'), 'utf8')).toContain('<table class="functions">');
    // Nothing of the pass is left in the checkout (a runtime's log files, perf-gate's preloads): only the report.
    expect(git(repo, 'status', '--porcelain')).toBe('?? out/');
    // Nor in the temp dir, once the apps have stopped (the base's checkout, the pass's preload and samples).
    expect(readdirSync(temp)).toEqual([]);
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);

  it('says in one warning what to run when perf is refused; the verdict stands and the run goes on', async () => {
    const marker = uniqueMarker();
    // Without NODE_OPTIONS the app opens no inspector, so perf is what profiles it.
    const repo = repository(marker, 3000, 'env -u NODE_OPTIONS node server.js');
    const bin = tempDir('perf-gate-fake-perf-');
    writeFileSync(
      path.join(bin, 'perf'),
      '#!/bin/sh\necho "Error:" >&2\necho "Access to performance monitoring and observability operations is limited." >&2\nexit 255\n',
    );
    chmodSync(path.join(bin, 'perf'), 0o755);
    const warnings: string[] = [];
    process.env.PERF_GATE_PERF = path.join(bin, 'perf');
    try {
      const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: repo, log: { info: () => {}, warn: (m) => void warnings.push(m) } });
      expect(out.report.errors).toEqual([]);
      // The verdict is the rows' (regressed, or unsure leaning worse: either is profiled), not the profiler's.
      expect(out.exitCode).toBe(out.report.comparisons.some((r) => r.verdict === 'regressed') ? 1 : 0);
      expect(out.report.diagnosis!.endpoints).toEqual([{ target: 'ping', note: expect.stringMatching(/^perf record failed \(Error: Access to performance/) }]);
      expect(warnings.filter((w) => w.startsWith('no profile: perf record failed'))).toHaveLength(1);
      // "Why" for a regressed endpoint, "What changed" when a busy machine left it unsure: the note is under either,
      // after the work that grew, if any did.
      expect(out.markdown).toMatch(/\*\*(Why|What changed:) `ping`\*\*.*\n\n(- .*\n)*- perf record failed .*sudo sysctl kernel\.perf_event_paranoid=1\)?/);
      expect(existsSync(path.join(repo, 'out', 'profiles'))).toBe(false);
    } finally {
      delete process.env.PERF_GATE_PERF;
    }
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);

  it('profiles nothing when nothing is suspicious', async () => {
    const marker = uniqueMarker();
    const repo = repository(marker, 0);
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: repo, log: quiet });
    expect(out.report.errors).toEqual([]);
    expect(ownRows(out.report.comparisons).map((r) => r.verdict)).not.toContain('regressed');
    // An A/A run can lean worse by chance (then it is profiled, as it should be); most often it does not.
    if (out.report.diagnosis === undefined) expect(existsSync(path.join(repo, 'out', 'profiles'))).toBe(false);
    else expect(out.report.diagnosis.endpoints.map((e) => e.target)).toEqual(['ping']);
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);
});

describe('diagnose a server nobody here wrote', () => {
  it("names the function a fastify app's slowed handler now calls, and the class its quote history keeps growing", async () => {
    const marker = uniqueMarker();
    const fastify = path.join(repoRoot, 'node_modules', 'fastify', 'fastify.js');
    // Head prices each quote (CPU) and keeps every quote with 4 KB of its workings in a Map that is never emptied.
    const app = (work: string) => `import Fastify from '${fastify}';
function priceQuote(n) { let s = 0; for (let i = 0; i < n; i++) s += Math.sqrt(i) * Math.sin(i); return s; }
class Quote { constructor(id, value) { this.id = id; this.value = value; this.workings = Array.from({ length: 512 }, (_, i) => value + i); } }
const history = new Map();
let next = 0;
const app = Fastify();
app.get('/quote', async () => ({ quote: ${work} }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
`;
    const head = '(history.set(++next, new Quote(next, priceQuote(300_000))), history.get(next).value)';
    // when: always takes heap snapshots because app-rss is measured, whatever its verdict.
    const repo = nodeAppRepository(marker, {
      base: app('0'),
      head: app(head),
      url: '/quote',
      rules: "p95: '+20% or +1ms', app-rss: '+10%'",
      diagnose: '{ duration: 2s, when: always }',
    });
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: repo, log: quiet });
    expect(out.report.errors).toEqual([]);
    const [quote] = out.report.diagnosis!.endpoints;
    expect(quote!.profiler).toBe('v8');
    // Under fastify's routing and hooks, the app's own function that grew is named first (after what memory grew).
    expect(out.markdown).toMatch(/`app`\*\*.*\n\n(- `\w+` kept growing: .*\n)*- `priceQuote` \(`app\/server\.mjs:\d+:\d+`\)(,? .*)?: \+/);
    // Among fastify's own objects, the app's class that kept growing, and the Map that holds it.
    expect(quote!.memory!.note).toBeUndefined();
    expect(quote!.memory!.grown[0]).toMatchObject({ className: 'Quote', heldBy: expect.stringMatching(/^history/) });
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);
});

describe('diagnose a memory regression', () => {
  it('takes heap snapshots of head and names the class that kept growing and where it is held', async () => {
    const marker = uniqueMarker();
    // Head keeps 8 KB of every API request for good, in 1 MB ArrayBuffers held by the array `leaked`. A busy runner
    // serves a few hundred requests a second: a few MB over ~60 MB, so the rule is +3%.
    const repo = repository(marker, 0, 'node server.js', { EXAMPLE_LEAK_KB: 8 }, "app-rss: '+3%'");
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: repo, log: quiet });
    expect(out.report.errors).toEqual([]);
    expect(ownRows(out.report.comparisons).map((r) => [r.metric, r.verdict === 'unsure' ? 'regressed' : r.verdict])).toEqual([['app-rss', 'regressed']]);
    const [ping] = out.report.diagnosis!.endpoints;
    // Only memory was suspicious: heap snapshots, no CPU profile.
    expect(ping!.profiler).toBeUndefined();
    expect(ping!.memory!.note).toBeUndefined();
    expect(ping!.memory!.snapshots).toHaveLength(3);
    expect(ping!.memory!.grown[0]).toMatchObject({ className: 'ArrayBuffer', heldBy: expect.stringMatching(/^leaked\[\d+\]$/) });
    expect(out.markdown).toMatch(
      /\*\*(Why|What changed:) `ping`\*\* \(3 heap snapshots of head\)\n\n- `ArrayBuffer` kept growing: .*, held by `leaked\[\d+\]`/,
    );
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);
});

describe('diagnose an app that forks its workers after it starts', () => {
  it('profiles the workers (a Node cluster) and names the function that grew in them', async () => {
    const marker = uniqueMarker();
    const app = (extra: string) => `import cluster from 'node:cluster';
import http from 'node:http';
function hashRounds(n) { let h = 0; for (let i = 0; i < n; i++) h = (h * 31 + i) | 0; return h; }
if (cluster.isPrimary) {
  // Workers come a moment after the primary starts, as gunicorn's and pm2's do.
  setTimeout(() => { cluster.fork(); cluster.fork(); }, 300);
} else {
  http.createServer((req, res) => res.end(String(${extra}))).listen(Number(process.env.PORT), '127.0.0.1');
}
`;
    const repo = nodeAppRepository(marker, { base: app('0'), head: app('hashRounds(3_000_000)'), url: '/', diagnose: '{ duration: 2s, when: always }' });
    const out = await runGate({ config: 'perf-budget.yml', outDir: 'out', cwd: repo, log: quiet });
    expect(out.report.errors).toEqual([]);
    const [hash] = out.report.diagnosis!.endpoints;
    expect(hash!.note).toBeUndefined();
    expect(hash!.head!.requests).toBeGreaterThan(0);
    // The workers' function that grew, though the JIT inlines it into the handler.
    expect(out.markdown).toMatch(/`app`\*\*.*\n\n- `hashRounds` \(`app\/server\.mjs:\d+:\d+`\)(,? .*)?: \+/);
    expect(processesWith(marker)).toEqual([]);
  }, 120_000);
});
