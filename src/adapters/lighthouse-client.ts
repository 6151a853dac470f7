// Runs Lighthouse in a worker thread from dist/lighthouse-worker.js: an API-only gate never loads its 6 MB, and
// each page's audits run in a heap of their own, dropped afterwards.
// Where no built worker is found, the same runner is used in this thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AuditOutput, AuditSettings } from './lighthouse-runner.js';
import type { AuditReply, AuditRequest } from './lighthouse-worker.js';

export interface LighthouseClient {
  audit(url: string, settings: AuditSettings): Promise<AuditOutput>;
  close(): Promise<void>;
}

export async function openLighthouse(): Promise<LighthouseClient> {
  // Beside this bundle in dist/; from source (the tests), the one `npm run build` made, so tests run what ships
  // and Lighthouse's own pending timers end with its worker.
  const candidates = [new URL('./lighthouse-worker.js', import.meta.url), new URL('../../dist/lighthouse-worker.js', import.meta.url)];
  const workerFile = candidates.find((f) => f.protocol === 'file:' && existsSync(fileURLToPath(f)));
  if (workerFile) return workerClient(workerFile);
  const runner = await import('./lighthouse-runner.js');
  return { audit: runner.runLighthouse, close: async () => {} };
}

function workerClient(file: URL): LighthouseClient {
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (o: AuditOutput) => void; reject: (e: Error) => void }>();
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const start = (): Worker => {
    // A small young generation: with V8's default, a Lighthouse run took 120 MB more at its peak.
    const w = new Worker(file, { resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    w.on('message', (reply: AuditReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (!reply.ok) return p.reject(new Error(reply.error));
      p.resolve({ lhr: JSON.parse(reply.json) as AuditOutput['lhr'], json: reply.json, html: reply.html });
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
        pending.set(id, { resolve, reject });
        worker ??= start();
        worker.postMessage({ id, url, settings } satisfies AuditRequest);
      }),
    close: async () => {
      const w = worker;
      worker = undefined;
      await w?.terminate();
    },
  };
}
