// Runs Lighthouse in a worker thread from dist/lighthouse-worker.js: an API-only gate never loads its 6 MB, and
// each page's audits run in a heap of their own, dropped afterwards. From source, the tests' build of it when src/
// is newer than dist/.
// Where no built worker is found, the same runner is used in this thread.
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
  // PERF_GATE_LIGHTHOUSE_WORKER: one the tests built from src/ newer than dist/ (scripts/jest-global-setup.mjs).
  const built = process.env.PERF_GATE_LIGHTHOUSE_WORKER;
  const candidates = [
    ...(built ? [pathToFileURL(built)] : []),
    new URL('./lighthouse-worker.js', import.meta.url),
    new URL('../../../dist/lighthouse-worker.js', import.meta.url),
  ];
  const workerFile = candidates.find((f) => f.protocol === 'file:' && existsSync(fileURLToPath(f)));
  if (workerFile) return workerClient(workerFile, options);
  const runner = await import('./lighthouse-runner.js');
  return { audit: (url, settings) => runner.runLighthouse(url, settings), close: async () => {} };
}

function workerClient(file: URL, options: LighthouseOptions): LighthouseClient {
  return new WorkerClient(file, options);
}

interface Pending {
  resolve: (o: AuditOutput) => void;
  reject: (e: Error) => void;
  setupTimer?: NodeJS.Timeout;
  flowTimer?: NodeJS.Timeout;
  onSetupDone?: () => void;
}

class WorkerClient implements LighthouseClient {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private log: WriteStream | undefined;

  constructor(
    private readonly file: URL,
    private readonly options: LighthouseOptions,
  ) {}

  audit(url: string, settings: AuditSettings): Promise<AuditOutput> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const w = (this.worker ??= this.start());
      // A script that hangs, even in a loop that never yields, ends with its worker; the next audit starts another.
      const limit = (ms: number, message: string) =>
        setTimeout(() => {
          this.settle(id)?.reject(new SetupFailure(message));
          if (this.worker === w) this.worker = undefined;
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
      this.pending.set(id, entry);
      w.postMessage({ id, url, settings: { ...settings, ...(settings.setup && { setup }) } } as AuditRequest);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
    await new Promise<void>((resolve) => (this.log ? this.log.end(resolve) : resolve()));
    this.log = undefined;
  }

  private start(): Worker {
    // A small young generation: with V8's default, a Lighthouse run took 120 MB more at its peak.
    const w = new Worker(this.file, { resourceLimits: { maxYoungGenerationSizeMb: 16 }, stdout: true, stderr: true });
    const toLog = (chunk: Buffer) => this.toLog(chunk);
    w.stdout.on('data', toLog);
    w.stderr.on('data', toLog);
    w.on('message', (reply: AuditReply) => this.onReply(reply));
    w.on('error', (e) => this.failAll(e));
    w.on('exit', (code) => {
      if (this.worker === w) this.worker = undefined;
      this.failAll(new Error(`the Lighthouse worker stopped (exit code ${code})`));
    });
    return w;
  }

  private onReply(reply: AuditReply): void {
    if ('setupDone' in reply) {
      const p = this.pending.get(reply.id);
      if (p?.setupTimer) clearTimeout(p.setupTimer);
      p?.onSetupDone?.();
      return;
    }
    const p = this.settle(reply.id);
    if (!p) return;
    if (!reply.ok) return p.reject(reply.setup ? new SetupFailure(reply.error) : new Error(reply.error));
    p.resolve({
      lhr: JSON.parse(reply.lhr ?? reply.json) as AuditOutput['lhr'],
      json: reply.json,
      html: reply.html,
      ...(reply.flowMetrics && { flowMetrics: reply.flowMetrics }),
      ...(reply.initiators && { initiators: reply.initiators }),
    });
  }

  private toLog(chunk: Buffer): void {
    if (!this.options.logFile) return void process.stderr.write(chunk);
    this.log ??= createWriteStream(this.options.logFile, { flags: 'a' });
    this.log.write(chunk);
  }

  private settle(id: number): Pending | undefined {
    const p = this.pending.get(id);
    this.pending.delete(id);
    if (p?.setupTimer) clearTimeout(p.setupTimer);
    if (p?.flowTimer) clearTimeout(p.flowTimer);
    return p;
  }

  private failAll(e: Error): void {
    for (const id of [...this.pending.keys()]) this.settle(id)?.reject(e);
  }
}
