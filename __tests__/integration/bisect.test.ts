// perf-gate bisect on a real repository: 8 commits of the example app where the 5th slows an endpoint, one commit
// that does not build (skipped, as git bisect skip), a range of one commit, and a good commit that is not an
// ancestor of the bad one. Each step measures a commit beside the good one on this runner.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
import { exampleAppDir, markerVariable, processesWith, tempDir, uniqueMarker } from '../helpers/processes.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' }).trim();

async function cli(cwd: string, ...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), cwd, interactive: () => false });
  return { code, out, err };
}

/** c1 the example app and its budget; c2…c8 small commits, c5 makes every answer wait 60 ms, c6 breaks the build (c7 mends it). */
function history(marker: string): string[] {
  const repo = tempDir('perf-gate-bisect-');
  cpSync(exampleAppDir, path.join(repo, 'app'), { recursive: true });
  writeFileSync(
    path.join(repo, 'perf-budget.yml'),
    `app:
  command: node server.js
  cwd: app
  env: { PORT: 3000, ${markerVariable}: ${marker} }
  portEnv: PORT
  baseUrl: http://127.0.0.1:3000
  ready: { url: /health, timeout: 10s }
confirm: { build: 'test ! -f broken', timeBudget: 10s }
load: { duration: 1s, warmup: 200ms, samples: 5, connections: 4 }
endpoints:
  - { name: ping, url: /api/ping, relative: { p95: '+50% or +5ms' } }
`,
  );
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'c1: the app');
  for (let i = 2; i <= 8; i++) {
    writeFileSync(path.join(repo, 'NOTES'), `note ${i}\n`);
    if (i === 5) {
      const server = path.join(repo, 'app', 'server.js');
      writeFileSync(server, "process.env.EXAMPLE_DELAY_MS ??= '60';\n" + readFileSync(server, 'utf8'));
    }
    if (i === 6) writeFileSync(path.join(repo, 'broken'), 'the build fails while this is here\n');
    if (i === 7) rmSync(path.join(repo, 'broken'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', `c${i}: ${i === 5 ? 'wait 60 ms an answer' : i === 6 ? 'break the build' : 'notes'}`);
  }
  return [repo, ...git(repo, 'rev-list', '--reverse', 'HEAD').split('\n')];
}

describe('perf-gate bisect', () => {
  it('finds the 5th of 8 commits, stepping around one that does not build', async () => {
    const marker = uniqueMarker();
    const [repo, ...shas] = history(marker);
    const r = await cli(repo!, 'bisect', '--good', shas[0]!, '--bad', 'main', '-q');
    expect({ code: r.code, out: r.out, err: r.err }).toMatchObject({ code: 0 });
    expect(r.out).toMatch(new RegExp(`^first bad commit: ${shas[4]} c5: wait 60 ms an answer$`, 'm'));
    expect(r.out).toMatch(new RegExp(`^step 1: ${shas[7]!.slice(0, 12)} c8: notes: regressed \\(ping p95 \\+`, 'm'));
    expect(r.out).toMatch(/ c6: break the build: skipped \(the build \(test ! -f broken\) exited with code 1\)$/m);
    expect(r.out).toMatch(/ c4: notes: not regressed$/m);
    // The worktrees are gone, and so is everything the steps started.
    expect(git(repo!, 'worktree', 'list').split('\n')).toHaveLength(1);
    expect(processesWith(marker)).toEqual([]);
  });

  it('with a range of one commit measures it alone; says when the good commit is not an ancestor of the bad one', async () => {
    const marker = uniqueMarker();
    const [repo, ...shas] = history(marker);
    const one = await cli(repo!, 'bisect', '--good', shas[3]!, '--bad', shas[4]!, '-q');
    expect({ code: one.code, out: one.out, err: one.err }).toMatchObject({ code: 0 });
    expect(one.out).toMatch(new RegExp(`^step 1: ${shas[4]!.slice(0, 12)} c5: wait 60 ms an answer: regressed`, 'm'));
    expect(one.out).toContain(`first bad commit: ${shas[4]} c5: wait 60 ms an answer\n`);
    const swapped = await cli(repo!, 'bisect', '--good', 'main', '--bad', shas[0]!);
    expect(swapped).toMatchObject({
      code: 2,
      err: `perf-gate: --good main: not an ancestor of --bad ${shas[0]}; expected the good commit in the bad one's history\n`,
    });
    const nowhere = await cli(repo!, 'bisect', '--good', 'v9', '--bad', 'main');
    expect(nowhere).toMatchObject({ code: 2, err: 'perf-gate: --good v9: not a commit of this repository; expected a sha, a branch or a tag\n' });
    expect(processesWith(marker)).toEqual([]);
  });
});
