// Worker thread entry: runs Lighthouse for the page auditor, one request at a time.
import { parentPort } from 'node:worker_threads';
import { runLighthouse, type AuditSettings } from './lighthouse-runner.js';

export interface AuditRequest {
  id: number;
  url: string;
  settings: AuditSettings;
}

export type AuditReply = { id: number; ok: true; json: string; html: string } | { id: number; ok: false; error: string };

parentPort?.on('message', async ({ id, url, settings }: AuditRequest) => {
  let reply: AuditReply;
  try {
    const { json, html } = await runLighthouse(url, settings);
    reply = { id, ok: true, json, html };
  } catch (e) {
    reply = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(reply);
});
