// The work behind each request over the spans a load measured (a steady load's bursts, a shape's phases): a snapshot
// asked for at each boundary while the load goes on, each span's answered requests, then the work per request. The
// one way all three ways of loading (one app, beside the base, a shape) put work into a result.
import { requestWork, type WorkSnapshot, type WorkSpan } from './request-work.js';
import type { CounterSelector } from './counter-selector.js';
import type { EndpointDetails, MetricResult, TargetResult } from '../report/report.js';
import { suffixedMetrics } from '../load/load-metrics.js';

/** What reads the work: a snapshot as of now (a part that failed left out), and what went wrong along the way. */
export interface WorkSource {
  /** `answered`: the requests answered so far, stamped on a part read through the app (its scrape) as it comes back. */
  snapshot(answered?: () => number): Promise<WorkSnapshot>;
  notes(): string[];
}

/** A boundary of the load: the snapshot asked for at it. */
export type Boundary = Promise<WorkSnapshot> | undefined;

type Work = { metrics: Record<string, MetricResult>; details: Pick<EndpointDetails, 'statements' | 'counters' | 'outbound' | 'cache' | 'workNotes'> };

export class WorkSpans {
  private readonly spans: (WorkSpan & { phase?: string })[] = [];
  private pending: Promise<unknown>[] = [];

  constructor(
    private readonly source: WorkSource,
    private readonly counters: Readonly<Record<string, CounterSelector>> = {},
  ) {}

  /** Asks for a snapshot now, at a boundary of the load; it is read while the load goes on. */
  boundary(answered?: () => number): Boundary {
    return this.source.snapshot(answered);
  }

  /** The work between two boundaries counts (a measured burst, or a phase named for its own metrics), over the requests answered in it. */
  add(start: Boundary, end: Boundary, requests: number, phase?: string): void {
    const at = this.spans.push({ start: undefined, end: undefined, requests, ...(phase !== undefined && { phase }) }) - 1;
    this.pending.push(
      Promise.all([start, end]).then(([s, e]) => {
        this.spans[at] = { ...this.spans[at]!, start: s, end: e };
      }),
    );
  }

  /** Once every span added so far has both its snapshots. */
  async settle(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    await Promise.all(pending);
  }

  /** Per request over the spans settled: one sample a span (and each phase's own metrics, with `phases`), the tables, the notes. */
  work(phases = false): Work {
    const whole = requestWork(this.spans, this.counters);
    const metrics = { ...whole.metrics };
    if (phases)
      for (const s of this.spans) if (s.phase !== undefined) Object.assign(metrics, suffixedMetrics(requestWork([s], this.counters).metrics, s.phase));
    const notes = [...(whole.details.workNotes ?? []), ...this.source.notes()];
    return { metrics, details: { ...whole.details, ...(notes.length > 0 && { workNotes: notes }) } };
  }

  /** The work into an endpoint's result: its metrics, and the tables that name what did it. */
  async addTo(result: TargetResult, phases = false): Promise<void> {
    await this.settle();
    const { metrics, details } = this.work(phases);
    Object.assign(result.metrics, metrics);
    if (result.endpoint) Object.assign(result.endpoint, details);
  }
}
