// The "why" of a regressed endpoint: at most six lines a pull request can act on. The functions whose CPU per
// request grew most (name, where it is when known, growth per 1,000 requests), then the statement or counter that
// grew when work per request is measured. One answer, not a dump: the rest is in report.html and the folded files.
import { frameLabel, growth, grownFunctions, type ProfileDiff } from './profile-diff.js';
import { codeSpan } from './render-shared.js';
import { signed } from './units.js';

/** A why is one answer, not a dump: at most this many lines under a target. */
export const maxWhyLines = 6;

export interface WhyInput {
  /** Base against head CPU profile of the endpoint, when one was taken. */
  profile?: ProfileDiff;
  /** Why no profile was taken, or why it is partial (perf missing, the pass cut short). */
  profileNote?: string;
  /** The statement or counter that grew most, as the work views say it. */
  workCause?: string;
  /** Growth below this (ms per 1,000 requests) is sampling noise, not an answer. */
  floor?: number;
  /** What the profile counts: CPU (perf, V8), or a thread's time in the code, waits included (the Python sampler). */
  measure?: 'CPU' | 'time';
  /** The app's own function a library frame is reached from, when it is not the app's. */
  via?: (frame: string) => string[];
  /** Whether a frame is the app's own code; given when the profile names the app's files. */
  inApp?: (frame: string) => boolean;
}

export function whyLines(input: WhyInput): string[] {
  const lines: string[] = [];
  const measure = input.measure ?? 'CPU';
  if (input.profile) {
    const all = grownFunctions(input.profile, input.floor === undefined ? {} : { floor: input.floor });
    // A frame outside the app's code that no function of the app reached (the server's own socket writes) is not
    // what the pull request changed: named as such, it would point the reader away.
    const { inApp, via } = input;
    const grown = inApp ? all.filter((f) => inApp(f.frame) || (via?.(f.frame).length ?? 0) > 0) : all;
    if (grown.length === 0 && all.length > 0) {
      const outside = all.map((f) => codeSpan(frameLabel(f.frame).name)).join(', ');
      lines.push(
        `no function of the app's own code spent more ${measure} per request; what grew is outside it (${outside}: the server's or a library's own work, reached from no function of the app)`,
      );
    }
    for (const f of grown) {
      const { name, where } = frameLabel(f.frame);
      const named = (frame: string) => {
        const { name: n, where: w } = frameLabel(frame);
        return `${codeSpan(n)}${w ? ` (${codeSpan(w)})` : ''}`;
      };
      const [caller, entered] = input.via?.(f.frame) ?? [];
      const place = `${where ? ` (${codeSpan(where)})` : ''}${caller ? ` from ${named(caller)}` : ''}${entered ? ` in ${named(entered)}` : ''}`;
      lines.push(`${codeSpan(name)}${place}: ${signed(growth(f).self, 'ms')} ${measure} per 1,000 requests${f.presence === 'new' ? ', new on this path' : ''}`);
    }
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
