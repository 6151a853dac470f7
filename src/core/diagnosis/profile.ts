// CPU profiles as folded stacks (Brendan Gregg's collapsed format, what `perf script | stackcollapse-perf.pl`,
// austin, py-spy and speedscope read and write): one line a distinct stack, root first, frames joined by `;`, then
// a space and how many samples ended in it.
//
//   line  = frame { ";" frame } " " count
//   frame = any text without ";" or a line break (the last space of the line separates the count)
//
// A profile is normalized to CPU milliseconds per 1,000 answered requests, so base and head compare however many
// requests each side answered while it was sampled.

/** Samples per distinct stack, root first. */
export type Folded = ReadonlyMap<string, number>;

export type FoldedParse = { ok: true; folded: Folded; skipped: number } | { ok: false; error: string };

/** Parses folded stacks; lines that are not `stack count` are skipped and counted, a file with none is an error. */
export function parseFolded(text: string): FoldedParse {
  const folded = new Map<string, number>();
  let skipped = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line === '') continue;
    const cut = line.lastIndexOf(' ');
    const count = cut > 0 ? Number(line.slice(cut + 1)) : Number.NaN;
    if (!Number.isInteger(count) || count < 0) {
      skipped++;
      continue;
    }
    const stack = line.slice(0, cut);
    folded.set(stack, (folded.get(stack) ?? 0) + count);
  }
  if (folded.size === 0) return { ok: false, error: `no line of the form 'frame;frame;… count'${skipped > 0 ? ` (${skipped} lines were not)` : ''}` };
  return { ok: true, folded, skipped };
}

/**
 * Stacks deeper than `maxFrames` with their middle left out: the first frames (where the request came in) and the
 * last (what ran), with one frame saying how many were left out. Deep recursion would otherwise make one stack longer
 * than what the report keeps of a whole profile. Perf stops at 127 frames of its own accord.
 */
export function shallowed(folded: Folded, maxFrames = 128): Folded {
  const head = 16;
  const out = new Map<string, number>();
  for (const [stack, n] of folded) {
    const frames = stack.split(';');
    const kept =
      frames.length <= maxFrames
        ? stack
        : [...frames.slice(0, head), `[${frames.length - maxFrames + 1} frames]`, ...frames.slice(frames.length - (maxFrames - head - 1))].join(';');
    out.set(kept, (out.get(kept) ?? 0) + n);
  }
  return out;
}

/** Folded stacks as text, heaviest first (stable for equal counts), at most `maxBytes` long: the lightest go first. */
export function formatFolded(folded: Folded, maxBytes = Number.POSITIVE_INFINITY): { text: string; dropped: number } {
  const lines = [...folded.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([stack, n]) => `${stack} ${n}\n`);
  let size = 0;
  let kept = 0;
  for (const line of lines) {
    const bytes = utf8Length(line);
    if (size + bytes > maxBytes) break;
    size += bytes;
    kept++;
  }
  return { text: lines.slice(0, kept).join(''), dropped: lines.length - kept };
}

// The core has no Buffer: count UTF-8 bytes from code points.
function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** A side's profile: its stacks, what one sample is worth, and how many requests it answered meanwhile. */
export interface SideProfile {
  folded: Folded;
  /** CPU milliseconds one sample stands for (1000 / the sampling frequency). */
  sampleMs: number;
  /** Requests answered while it was sampled. */
  requests: number;
}

/** CPU ms per 1,000 requests of each stack. */
export function perThousandRequests(p: SideProfile): Map<string, number> {
  const scale = p.requests > 0 ? (p.sampleMs * 1000) / p.requests : 0;
  return new Map([...p.folded].map(([stack, n]) => [stack, n * scale]));
}

/** A function's CPU: self (the stacks it ends) and total (the stacks it is in, counted once however often it recurs). */
export interface FunctionCost {
  self: number;
  total: number;
}

/** Each frame's self and total over weighted stacks. */
export function functionCosts(stacks: ReadonlyMap<string, number>): Map<string, FunctionCost> {
  const out = new Map<string, FunctionCost>();
  const cost = (frame: string) => {
    let c = out.get(frame);
    if (!c) out.set(frame, (c = { self: 0, total: 0 }));
    return c;
  };
  for (const [stack, w] of stacks) {
    const frames = stack.split(';');
    for (const frame of new Set(frames)) cost(frame).total += w;
    cost(frames[frames.length - 1]!).self += w;
  }
  return out;
}
