// The access log's import in a worker thread of its own (dist/access-log-worker.js), its young generation kept small:
// a line's garbage is short-lived, and V8 would otherwise grow the nursery to tens of MB for a 1 GB log.
import { parentPort, workerData } from 'node:worker_threads';
import { importAccessLogHere, type AccessLogImport } from './access-log-file.js';

const { file, options } = workerData as { file: string; options: Parameters<typeof importAccessLogHere>[1] };
parentPort?.postMessage((await importAccessLogHere(file, options)) satisfies AccessLogImport);
