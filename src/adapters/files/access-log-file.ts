// An access log read a chunk at a time (a gigabyte of log never held at once), its lines read where they stand in each
// chunk rather than copied out one by one. From the bundle it runs in a worker with a small young generation
// (access-log-worker.ts): the garbage each line leaves is what the memory of the import is made of.
import { createReadStream, existsSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AccessLogTally } from '../../core/workload/access-log.js';
import { mixFromAccessLog, type ImportedWorkload } from '../../core/workload/import-access-log.js';

export interface AccessLogImport {
  lines: number;
  requests: number;
  imported: ImportedWorkload;
}

type Options = Parameters<typeof mixFromAccessLog>[1];

export async function readAccessLog(file: string): Promise<AccessLogTally> {
  const tally = new AccessLogTally();
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) rest = tally.addChunk(rest + decoder.write(chunk));
  const last = rest + decoder.end();
  if (last !== '') tally.add(last);
  return tally;
}

export async function importAccessLogHere(file: string, options: Options): Promise<AccessLogImport> {
  const tally = await readAccessLog(file);
  return { lines: tally.summary.lines, requests: tally.summary.requests, imported: mixFromAccessLog(tally, options) };
}

/** The log's mix, read in the bundle's worker where there is one (else in this thread: from source, the tests). */
export function importAccessLog(file: string, options: Options): Promise<AccessLogImport> {
  const worker = new URL('./access-log-worker.js', import.meta.url);
  if (worker.protocol !== 'file:' || !existsSync(fileURLToPath(worker))) return importAccessLogHere(file, options);
  return new Promise((resolve, reject) => {
    const w = new Worker(worker, { workerData: { file, options }, resourceLimits: { maxYoungGenerationSizeMb: 2 } });
    w.once('message', (m: AccessLogImport) => resolve(m));
    w.once('error', reject);
    w.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the access log's reader stopped (exit ${code})`))));
  });
}
