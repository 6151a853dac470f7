// Short budgets for tests: the example app on a free port, a unique marker in its environment.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { exampleAppDir, freePort, markerVariable } from './processes.js';

export interface TestBudget {
  file: string;
  port: number;
}

/** The example budget's endpoints with a p95 budget of 20 ms on ping: broken for certain by EXAMPLE_DELAY_MS of 100. */
export const tightPingEndpoints = `  - name: ping
    url: /api/ping
    thresholds: ['p95 < 20ms', 'errors == 0']
  - name: items
    url: /api/items
    thresholds: ['p99 < 2s', 'rps > 5']
`;

export async function writeExampleBudget(
  dir: string,
  opts: { marker: string; env?: Record<string, string>; endpoints?: string; pages?: string; load?: string; name?: string; relative?: string },
): Promise<TestBudget> {
  const port = await freePort();
  const env = { PORT: String(port), [markerVariable]: opts.marker, ...opts.env };
  const file = path.join(dir, opts.name ?? 'perf-budget.yml');
  writeFileSync(
    file,
    `app:
  command: node server.js
  cwd: ${exampleAppDir}
  env: ${JSON.stringify(env)}
  baseUrl: http://127.0.0.1:${port}
  ready: { url: /health, timeout: 10s }
load: ${opts.load ?? '{ duration: 1s, warmup: 200ms, samples: 4, connections: 4 }'}
${opts.relative ? `relative: ${opts.relative}\n` : ''}endpoints:
${
  opts.endpoints ??
  `  - name: ping
    url: /api/ping
    thresholds: ['p95 < 1s', 'errors == 0']
  - name: items
    url: /api/items
    thresholds: ['p99 < 2s', 'rps > 5']
`
}${opts.pages ? `pages:\n${opts.pages}` : ''}`,
  );
  return { file, port };
}
