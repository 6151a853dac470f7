// `perf script` output folded into stacks, as FlameGraph's stackcollapse-perf.pl does: each sample is a header line
// (command, pid, time, event) and its frames innermost first, one a line (address, symbol+offset, (object)); a
// blank line ends it.
//
//   sample = header NL { frame NL } NL
//   header = comm " " pid [ "/" tid ] [ " [" cpu "]" ] " " time ": " [ period " " ] event ":" ...
//   frame  = WS address " " symbol [ "+0x" offset ] " (" object ")"
//
// The root of each stack is the command (a gunicorn worker, node's MainThread); offsets are dropped so that one
// function is one frame; a symbol perf could not name is its object in brackets ([libfoo.so]), so a stripped
// binary still compares by library.
import type { Folded } from './profile.js';

const headerRe = /^(\S.*?)\s+(\d+)(?:\/(\d+))?\s+(?:\[\d+\]\s+)?\d+\.\d+:/;
const frameRe = /^\s+([0-9a-f]+)\s+(.*?)\s+\((.*)\)$/;

export interface CollapseOptions {
  /** Only samples of these processes (the app's); every sample when absent. */
  pids?: ReadonlySet<number>;
}

export function collapsePerfScript(text: string, opts: CollapseOptions = {}): { folded: Folded; samples: number } {
  const folded = new Map<string, number>();
  let samples = 0;
  let comm: string | undefined;
  let frames: string[] = [];
  const flush = () => {
    if (comm !== undefined && frames.length > 0) {
      const stack = [comm, ...frames.reverse()].join(';');
      folded.set(stack, (folded.get(stack) ?? 0) + 1);
      samples++;
    }
    comm = undefined;
    frames = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const header = headerRe.exec(line);
    if (header) {
      flush();
      comm = opts.pids && !opts.pids.has(Number(header[2])) ? undefined : clean(header[1]!);
      continue;
    }
    const frame = comm === undefined ? null : frameRe.exec(line);
    if (frame) frames.push(frameName(frame[2]!, frame[3]!));
  }
  flush();
  return { folded, samples };
}

function frameName(symbol: string, object: string): string {
  const name = symbol.replace(/\+0x[0-9a-f]+$/, '');
  if (name === '[unknown]' || name === '') {
    const file = object.split('/').pop() ?? object;
    // A runtime's perf map is named for its pid: JIT code, the same on either side.
    return `[${object === '[unknown]' ? 'unknown' : /^perf-\d+\.map$/.test(file) ? 'JIT' : file}]`;
  }
  return clean(name);
}

// A frame may not hold the folded format's separators.
const clean = (s: string) => s.replace(/;/g, ':').replace(/\s+/g, ' ').trim();
