// The apps of a run without processes: this checkout's app alone, a base checkout that is a directory name, and an
// app pair that answers on two made-up ports (the fake load generator tells the sides apart by them).
import type { RunningApp } from '../src/adapters/app/app-process.js';
import type { AppPair, AppSeams, Arm } from '../src/run/measure.js';

export const fakePorts: Record<Arm, number> = { head: 40001, base: 40002 };

export interface FakeApps extends AppSeams {
  /** What the run did to the apps, in order: 'start one', 'start pair', 'restart', 'stop one', 'stop pair'. */
  events: string[];
  /** The environment each restart of the pair was given. */
  restartEnv: Readonly<Record<string, string>>[];
}

/** `lost`: what the apps say when asked whether one stopped serving (an app that died under load). */
export function fakeApps({ lost }: { lost?: string } = {}): FakeApps {
  const events: string[] = [];
  const restartEnv: Readonly<Record<string, string>>[] = [];
  const one: RunningApp = {
    stop: async () => void events.push('stop one'),
    lost: async () => lost,
    usage: () => undefined,
    pids: () => [],
  };
  return {
    events,
    restartEnv,
    startOne: async () => {
      events.push('start one');
      return one;
    },
    prepareBase: async (_plan, opts) => ({ root: '/fake/base', headRoot: opts.headDir, description: 'a fake base', dispose: () => {} }),
    startPair: async (_plan, _base, checkout): Promise<AppPair> => {
      events.push('start pair');
      const after: (() => void)[] = [];
      return {
        ports: { ...fakePorts },
        restart: async (env) => {
          events.push('restart');
          restartEnv.push(env ?? {});
        },
        pids: () => [],
        roots: { head: checkout.headRoot, base: checkout.root },
        lost: async () => lost,
        usage: () => undefined,
        work: {},
        workErrors: [],
        sharedDatabase: false,
        stop: async () => {
          events.push('stop pair');
          for (const f of after) f();
        },
        afterStop: (f) => void after.push(f),
      };
    },
  };
}
