// An access log read a line at a time (a gigabyte of log never held at once), each line into the core's tally.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { AccessLogTally } from '../../core/workload/access-log.js';

export async function readAccessLog(file: string): Promise<AccessLogTally> {
  const tally = new AccessLogTally();
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  for await (const line of lines) tally.add(line);
  return tally;
}
