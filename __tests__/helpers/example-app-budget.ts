// A budget for the example app (examples/app) written to `dir`: the app on a free port with the run's marker in its
// environment (so no process of it outlives the test unseen), then the rest of the budget.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exampleAppDir, freePort, markerVariable } from './processes.js';

export async function exampleAppBudget(dir: string, marker: string, opts: { env?: Record<string, string>; app?: string; rest: string }): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const env = Object.entries({ PORT: String(port), [markerVariable]: marker, ...opts.env })
    .map(([k, v]) => `${k}: '${v}'`)
    .join(', ');
  writeFileSync(
    path.join(dir, 'perf-budget.yml'),
    `app:
  command: node server.js
  cwd: ${exampleAppDir}
  env: { ${env} }
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 10s }
${opts.app ?? ''}${opts.rest}`,
  );
}
