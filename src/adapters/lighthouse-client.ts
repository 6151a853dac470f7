// Runs Lighthouse in a worker thread from dist/lighthouse-worker.js: an API-only gate never loads its 6 MB, and
// each page's audits run in a heap of their own, dropped afterwards.
// Where no built worker is found, the same runner is used in this thread.
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AuditOutput, AuditSettings } from './lighthouse-runner.js';
import { SetupFailure } from './setup-failure.js';
import type { AuditReply, AuditRequest } from './lighthouse-worker.js';

export interface LighthouseClient {
  audit(url: string, settings: AuditSettings): Promise<AuditOutput>;
  close(): Promise<void>;
}

export interface LighthouseOptions {
  /** Where the worker's console output goes (a setup script's console.log): appended, made on the first line. */
  logFile?: string;
}

export async function openLighthouse(options: LighthouseOptions = {}): Promise<LighthouseClient> {
  // Beside this bundle in dist/; from source (the tests), the one `npm run build` made, so tests run what ships
  // and Lighthouse's own pending timers end with its worker.
  const candidates = [new URL('./lighthouse-worker.js', import.meta.url), new URL('../../dist/lighthouse-worker.js', import.meta.url)];
  const workerFile = candidates.find((f) => f.protocol === 'file:' && existsSync(fileURLToPath(f)));
  if (workerFile) return workerClient(workerFile, options);
  const runner = await import('./lighthouse-runner.js');
  return { audit: (url, settings) => runner.runLighthouse(url, settings), close: async () => {} };
}

function workerClient(file: URL, options: LighthouseOptions): LighthouseClient {
  let worker: Worker | undefined;
  let nextId = 0;
  interface Pending {
    resolve: (o: AuditOutput) => void;
    reject: (e: Error) => void;
    setupTimer?: NodeJS.Timeout;
    flowTimer?: NodeJS.Timeout;
    onSetupDone?: () => void;
  }
  const pending = new Map<number, Pending>();
  const settle = (id: number) => {
    const p = pending.get(id);
    pending.delete(id);
    if (p?.setupTimer) clearTimeout(p.setupTimer);
    if (p?.flowTimer) clearTimeout(p.flowTimer);
    return p;
  };
  const failAll = (e: Error) => {
    for (const id of [...pending.keys()]) settle(id)?.reject(e);
  };
  let log: WriteStream | undefined;
  const toLog = (chunk: Buffer) => {
    if (!options.logFile) return void process.stderr.write(chunk);
    log ??= createWriteStream(options.logFile, { flags: 'a' });
    log.write(chunk);
  };
  const start = (): Worker => {
    // A small young generation: with V8's default, a Lighthouse run took 120 MB more at its peak.
    const w = new Worker(file, { resourceLimits: { maxYoungGenerationSizeMb: 16 }, stdout: true, stderr: true });
    w.stdout.on('data', toLog);
    w.stderr.on('data', toLog);
    w.on('message', (reply: AuditReply) => {
      if ('setupDone' in reply) {
        const p = pending.get(reply.id);
        if (p?.setupTimer) clearTimeout(p.setupTimer);
        p?.onSetupDone?.();
        return;
      }
      const p = settle(reply.id);
      if (!p) return;
      if (!reply.ok) return p.reject(reply.setup ? new SetupFailure(reply.error) : new Error(reply.error));
      p.resolve({
        lhr: JSON.parse(reply.lhr ?? reply.json) as AuditOutput['lhr'],
        json: reply.json,
        html: reply.html,
        ...(reply.flowMetrics && { flowMetrics: reply.flowMetrics }),
      });
    });
    w.on('error', (e) => failAll(e));
    w.on('exit', (code) => {
      if (worker === w) worker = undefined;
      failAll(new Error(`the Lighthouse worker stopped (exit code ${code})`));
    });
    return w;
  };
  return {
    audit: (url, settings) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        const w = (worker ??= start());
        // A script that hangs, even in a loop that never yields, ends with its worker; the next audit starts another.
        const limit = (ms: number, message: string) =>
          setTimeout(() => {
            settle(id)?.reject(new SetupFailure(message));
            if (worker === w) worker = undefined;
            void w.terminate();
          }, ms);
        const entry: Pending = { resolve, reject };
        const { timeoutMs: setupMs, ...setup } = settings.setup ?? {};
        if (settings.setup && setupMs !== undefined)
          entry.setupTimer = limit(setupMs, `setup script ${settings.setup.name} did not finish within ${setupMs / 1000}s (its timeout)`);
        const flow = settings.flow;
        if (flow?.kind === 'script') {
          const arm = () => (entry.flowTimer = limit(flow.timeoutMs, `flow script ${flow.name} did not finish within ${flow.timeoutMs / 1000}s (its timeout)`));
          if (settings.setup) entry.onSetupDone = arm;
          else arm();
        }
        pending.set(id, entry);
        w.postMessage({ id, url, settings: { ...settings, ...(settings.setup && { setup }) } } as AuditRequest);
      }),
    close: async () => {
      const w = worker;
      worker = undefined;
      await w?.terminate();
      await new Promise<void>((resolve) => (log ? log.end(resolve) : resolve()));
      log = undefined;
    },
  };
}
