// Worker thread entry: runs a page's setup script and Lighthouse for the page auditor, one request at a time.
import { parentPort } from 'node:worker_threads';
import { runLighthouse, type AuditSettings } from './lighthouse-runner.js';
import { SetupFailure } from './setup-failure.js';
import { messageOf } from '../../core/errors.js';

export interface AuditRequest {
  id: number;
  url: string;
  settings: AuditSettings;
}

export type AuditReply =
  // A flow's report is the flow result: its main step's result and the interactions' metrics come beside it.
  | { id: number; ok: true; json: string; html: string; lhr?: string; flowMetrics?: Record<string, number | null>; initiators?: Record<string, string> }
  | { id: number; ok: false; error: string; setup?: boolean }
  // The setup script finished: its timeout is over, Lighthouse starts.
  | { id: number; setupDone: true };

parentPort?.on('message', async ({ id, url, settings }: AuditRequest) => {
  let reply: AuditReply;
  try {
    const out = await runLighthouse(url, settings, () => parentPort?.postMessage({ id, setupDone: true } satisfies AuditReply));
    reply = {
      id,
      ok: true,
      json: out.json,
      html: out.html,
      ...(out.flowMetrics && { lhr: JSON.stringify(out.lhr), flowMetrics: out.flowMetrics }),
      ...(out.initiators && { initiators: out.initiators }),
    };
  } catch (e) {
    reply = { id, ok: false, error: messageOf(e), ...(e instanceof SetupFailure && { setup: true }) };
  }
  parentPort?.postMessage(reply);
});
