// Scrapes the app's Prometheus / OpenMetrics endpoint for the counters the budget names. The text is parsed with
// parse-prometheus-text-format (small, no native parts, handles escaping and groups histogram and summary series)
// after a line filter keeps only the families asked for, so a scrape of huge label sets costs a scan, not a parse.
import parsePrometheus from 'parse-prometheus-text-format';
import { Agent, request } from 'undici';
import { readCounter, familyNames, type CounterReading, type CounterSnapshot, type MetricFamily } from '../../core/work/counter-work.js';
import type { CounterSelector } from '../../core/work/counter-selector.js';
import { RunError } from '../../core/errors.js';
import type { AppPlan } from '../../core/budget/plan.js';
import { formatValue } from '../../core/units.js';
import { connectOptions, describeRequestError } from '../app/tls-trust.js';

/** A scrape larger than this is cut: no counter is read from it. */
const maxScrapeBytes = 50 * 1024 * 1024;
/** A scrape larger than this is said once: each read costs the load generator a scan of it. */
const largeScrapeBytes = 2 * 1024 * 1024;

export interface CounterReader {
  /** Every counter's reading as of now; undefined when the scrape failed (said once in notes). */
  /** `answering` is called when the scrape's answer begins: the app read its counters then, whatever the body's size. */
  snapshot(answering?: () => void): Promise<CounterSnapshot | undefined>;
  /** What went wrong while reading, once each. */
  notes(): string[];
  /** The selectors whose metric was in no scrape so far (a misspelt name reads 0 until then), each with its line. */
  unseen(): { source: string; message: string }[];
  close(): Promise<void>;
}

interface CounterOptions {
  budgetFile: string;
  tls?: AppPlan['tls'];
  warn: (message: string) => void;
}

/** Reads the metrics once to check every counter is there; a problem is one line naming the counter and what was found. */
export async function openCounterReader(
  metrics: NonNullable<AppPlan['metrics']>,
  counters: Readonly<Record<string, CounterSelector>>,
  opts: CounterOptions,
): Promise<CounterReader> {
  const reader = new Scraper(metrics, counters, opts);
  try {
    const first = await reader.scrape().catch((e: unknown) => {
      throw e instanceof RunError ? e : new RunError(`app.metrics: cannot read ${metrics.url}: ${describeRequestError(e).text}`);
    });
    if (first.notMetrics) throw new RunError(`app.metrics: ${metrics.url} is not in the Prometheus text format (it begins '${first.notMetrics}')`);
    const checked = reader.read(first);
    if (checked.problems.length > 0) throw new RunError(checked.problems.map((p) => `${p} of ${metrics.url}`).join('; '));
  } catch (e) {
    await reader.close();
    throw e;
  }
  return reader;
}

// A name right but never counted in the run (an error counter on a healthy app) is absent too, in exporters that
// write a series only once it is counted; creating the series at start makes it read 0 (checked with prometheus_client).
const notCountedYet = '; if it is right and nothing counted it, create its series when the app starts so it reads 0 (prometheus_client: call .labels(…) once)';

type Scrape = { families: MetricFamily[]; names: string[]; notMetrics?: string };

class Scraper implements CounterReader {
  private readonly dispatcher: Agent;
  private readonly wanted: Set<string>;
  private readonly noted = new Set<string>();
  private warnedLarge = false;
  // A counter no worker has counted yet is not in the scrape (prometheus_client's multiprocess mode writes nothing
  // for it): it reads 0. One that never shows in any scrape of the run is a misspelt name, said at the end.
  private readonly seen = new Set<string>();
  private lastNames: string[] = [];

  constructor(
    private readonly metrics: NonNullable<AppPlan['metrics']>,
    private readonly counters: Readonly<Record<string, CounterSelector>>,
    private readonly opts: CounterOptions,
  ) {
    this.dispatcher = new Agent({ connect: { ...connectOptions(opts.tls, opts.budgetFile), timeout: metrics.timeoutMs } });
    this.wanted = new Set(Object.values(counters).flatMap((c) => familyNames(c.name)));
  }

  async scrape(answering?: () => void): Promise<Scrape> {
    const { metrics } = this;
    const began = performance.now();
    const res = await request(metrics.url, {
      dispatcher: this.dispatcher,
      headers: { accept: 'text/plain;version=0.0.4, application/openmetrics-text;q=0.5', ...metrics.headers },
      headersTimeout: metrics.timeoutMs,
      bodyTimeout: metrics.timeoutMs,
      signal: AbortSignal.timeout(metrics.timeoutMs),
    });
    answering?.();
    if (res.statusCode !== 200) {
      await res.body.dump().catch(() => {});
      throw new RunError(`app.metrics: GET ${metrics.url} answered ${res.statusCode}: expected the app's Prometheus metrics there`);
    }
    const text = await boundedText(res.body);
    if (text === undefined)
      throw new RunError(`app.metrics: ${metrics.url} sent more than ${formatValue(maxScrapeBytes, 'bytes')}; no counter is read from a scrape that large`);
    const parsed = filteredParse(text, this.wanted);
    const head = text.trimStart().slice(0, 40);
    // An empty scrape is an app that has counted nothing yet; a page is not metrics.
    if (parsed.names.length === 0 && head !== '') return { ...parsed, notMetrics: head.split('\n')[0] as string };
    if (text.length > largeScrapeBytes && !this.warnedLarge) {
      this.warnedLarge = true;
      this.opts.warn(
        `app.metrics: the scrape is ${formatValue(text.length, 'bytes')} (${formatValue(performance.now() - began, 'ms')} to read): each burst boundary reads it while the load runs; exposing fewer series costs less`,
      );
    }
    return parsed;
  }

  read({ families, names }: Scrape): { out: CounterSnapshot; problems: string[] } {
    this.lastNames = names;
    const out = new Map<string, CounterReading>();
    const problems: string[] = [];
    for (const [source, selector] of Object.entries(this.counters)) {
      const r = readCounter(selector, families, names);
      if (r.ok) {
        this.seen.add(source);
        out.set(source, r.reading);
      } else if (r.missing) out.set(source, { count: 0 });
      else problems.push(`counters ${source}: ${r.error}`);
    }
    return { out, problems };
  }

  async snapshot(answering?: () => void): Promise<CounterSnapshot | undefined> {
    try {
      const { out, problems } = this.read(await this.scrape(answering));
      for (const p of problems) this.noted.add(p);
      return out;
    } catch (e) {
      const timedOut = (e as { name?: string }).name === 'TimeoutError' || /timeout/i.test((e as Error).message);
      this.noted.add(
        timedOut
          ? `app.metrics: a scrape took longer than ${formatValue(this.metrics.timeoutMs, 'ms')}; the bursts around it have no counter sample`
          : `app.metrics: a scrape failed (${e instanceof RunError ? e.message : describeRequestError(e).text}); the bursts around it have no counter sample`,
      );
      return undefined;
    }
  }

  notes(): string[] {
    return [...this.noted];
  }

  unseen(): { source: string; message: string }[] {
    return Object.entries(this.counters)
      .filter(([source]) => !this.seen.has(source))
      .map(([source, selector]) => {
        const r = readCounter(selector, [], this.lastNames);
        return {
          source,
          message: `counters ${source}: ${r.ok ? 'never counted' : r.error.replace('in the scrape', 'in any scrape')} of ${this.metrics.url} during the run${r.ok ? '' : notCountedYet}`,
        };
      });
  }

  close(): Promise<void> {
    return this.dispatcher.close().catch(() => {});
  }
}

async function boundedText(body: AsyncIterable<Buffer> & { destroy?: () => void }): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > maxScrapeBytes) {
      body.destroy?.();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// A sample line's metric name: up to its labels or its value.
const sampleName = (line: string) => /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(line)?.[0];
const suffixes = ['', '_total', '_count', '_sum', '_created'];

/** Only the families asked for reach the parser; every family's name is kept for "did you mean". */
export function filteredParse(text: string, wanted: ReadonlySet<string>): { families: MetricFamily[]; names: string[] } {
  const names = new Set<string>();
  const kept: string[] = [];
  const keptNames = new Set([...wanted].flatMap((w) => suffixes.map((s) => w + s)));
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) {
      const m = /^#\s+(TYPE|HELP)\s+(\S+)/.exec(line);
      if (!m) continue;
      if (m[1] === 'TYPE') names.add(m[2] as string);
      if (keptNames.has(m[2] as string)) kept.push(line);
      continue;
    }
    const name = sampleName(line);
    if (!name) continue;
    if (names.size < 10_000) names.add(name.replace(/_(total|count|sum|bucket|created)$/, ''));
    if (keptNames.has(name)) kept.push(line);
  }
  // The parser drops a last line without its newline.
  const parsed = kept.length > 0 ? parsePrometheus(`${kept.join('\n')}\n`) : [];
  const families = parsed.map((f): MetricFamily => ({
    name: f.name,
    type: f.type.toLowerCase(),
    series: f.metrics.map((s) => ({
      labels: s.labels ?? {},
      ...(s.value !== undefined && { value: Number(s.value) }),
      ...(s.count !== undefined && { count: Number(s.count) }),
      ...(s.sum !== undefined && { sum: Number(s.sum) }),
    })),
  }));
  // Families the parser groups under another name (an OpenMetrics counter's samples end in _total).
  return { families, names: [...new Set([...names, ...families.map((f) => f.name)])] };
}
