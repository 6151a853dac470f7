// The "why" of a regressed endpoint: at most six lines a pull request can act on. First the deepest function that
// holds most of the growth, then up to two whose own time grew most elsewhere; each with its callers, its CPU per
// 1,000 requests base → head (inclusive and self) and the share of the endpoint's growth it explains. Then the
// statement or counter that grew when work per request is measured. One answer, not a dump: the rest is in
// report.html and the folded files.
import type { Explained, GrowthExplained } from './growth-path.js';
import { frameLabel } from './profile-diff.js';
import { codeSpan } from '../render/render-shared.js';
import { formatValue, signed } from '../units.js';

/** A why is one answer, not a dump: at most this many lines under a target. */
export const maxWhyLines = 6;

export interface WhyInput {
  /** What explains the endpoint's growth, base against head, when both were profiled. */
  growth?: GrowthExplained;
  /** Why no profile was taken, or why it is partial (perf missing, the pass cut short). */
  profileNote?: string;
  /** The statement or counter that grew most, as the work views say it. */
  workCause?: string;
  /** What the profile counts: CPU (perf, V8), or a thread's time in the code, waits included (the Python sampler). */
  measure?: 'CPU' | 'time';
  /** The app's own function a library frame is reached from, when it is not the app's. */
  via?: (frame: string) => string[];
  /** Whether a frame is the app's own code; given when the profile names the app's files. */
  inApp?: (frame: string) => boolean;
}

/** A frame as a why names it: `name` (`where`). */
export function namedFrame(frame: string): string {
  const { name, where } = frameLabel(frame);
  return `${codeSpan(name)}${where ? ` (${codeSpan(where)})` : ''}`;
}

/** The frames a why line names a function from: the app's own callers of a library frame, else its nearest two. */
export function callersOf(e: Explained, via?: (frame: string) => string[]): string[] {
  const app = via?.(e.frame) ?? [];
  return app.length > 0 ? app : e.callers;
}

/** One function of a why: where it is, what it ran in, who called it, and what it explains. */
export function explainedLine(e: Explained, measure: 'CPU' | 'time', via?: (frame: string) => string[]): string {
  const [caller, outer] = callersOf(e, via);
  const place = `${namedFrame(e.frame)}${e.within ? `, in ${codeSpan(frameLabel(e.within).name)},` : ''}${caller ? ` from ${namedFrame(caller)}` : ''}${outer ? ` in ${namedFrame(outer)}` : ''}`;
  const ms = (v: number) => formatValue(v, 'ms');
  const sides = e.fresh
    ? `inclusive ${ms(e.total.head)}, self ${ms(e.self.head)}`
    : `inclusive ${ms(e.total.base)} → ${ms(e.total.head)}, self ${ms(e.self.base)} → ${ms(e.self.head)}`;
  const grew = e.total.head - e.total.base;
  return `${place}: ${signed(grew, 'ms')} ${measure} per 1,000 requests, ${Math.round(e.share * 100)}% of the growth (${sides})${e.fresh ? ', new on this path' : ''}`;
}

/** The functions a why names: with `inApp`, only the app's own and the library frames the app reached. */
export function namedLines(growth: GrowthExplained, input: Pick<WhyInput, 'inApp' | 'via'>): Explained[] {
  const { inApp, via } = input;
  // A frame outside the app's code that no function of the app reached (the server's own socket writes) is not
  // what the pull request changed: named as such, it would point the reader away.
  return inApp ? growth.lines.filter((f) => inApp(f.frame) || (via?.(f.frame).length ?? 0) > 0) : growth.lines;
}

export function whyLines(input: WhyInput): string[] {
  const lines: string[] = [];
  const measure = input.measure ?? 'CPU';
  if (input.growth) {
    const all = input.growth.lines;
    const named = namedLines(input.growth, input);
    if (named.length === 0 && all.length > 0) {
      const outside = all.map((f) => codeSpan(frameLabel(f.frame).name)).join(', ');
      lines.push(
        `no function of the app's own code spent more ${measure} per request; what grew is outside it (${outside}: the server's or a library's own work, reached from no function of the app)`,
      );
    }
    for (const e of named) lines.push(explainedLine(e, measure, input.via));
    if (all.length === 0)
      lines.push(
        measure === 'CPU'
          ? 'no function spent more CPU per request: the time went to waiting (the database, I/O, locks, other services)'
          : 'no function took more time per request: the time went elsewhere (the server before the app, other services)',
      );
  }
  if (input.workCause) lines.push(input.workCause);
  if (input.profileNote) lines.push(input.profileNote);
  return lines.slice(0, maxWhyLines);
}
