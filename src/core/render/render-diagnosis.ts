// The diagnosis in the views: under each profiled endpoint its "why" (at most six lines: the functions whose CPU per
// request grew, the statement or counter that grew, any note); in report.html also the functions table and the
// differential flame graph; the folded files for speedscope or flamegraph.pl named in each.
import { appFramesOf, diagnosisOf, endpointGrowth, endpointWhy, profileDiffOf, sidesOf } from '../diagnosis/diagnosis.js';
import { flameGraph } from '../diagnosis/flame-graph.js';
import { frameLabel, growth, type FunctionChange } from '../diagnosis/profile-diff.js';
import { namedLines } from '../diagnosis/why.js';
import { escapeMarkdown as esc } from './markdown-escape.js';
import type { ComparisonRow, EndpointDiagnosis, MemoryDiagnosis, Report } from '../report/report.js';
import { pageChanges, pageWhyLines } from '../pages/page-facts.js';
import { causeSubject, codeSpan, workCauses } from './render-shared.js';
import { escapeHtml as h } from './svg-chart.js';
import { formatValue, signed } from '../units.js';

/**
 * What grew behind the endpoint's regressed per-request rows, as one why line: the first cause of each kind (a
 * statement, a host called, a counter, Redis, the body), at most three: a lost cache shows as the model call and the
 * statement it now runs, not the statement alone.
 */
function workCauseLine(report: Report, target: string, rows: readonly ComparisonRow[]): string | undefined {
  const kinds = new Set<string>();
  const found = workCauses(
    report,
    rows.filter((r) => r.target === target),
  ).filter(({ cause }) => {
    const kind = cause.statement ? 'statement' : cause.call ? 'call' : cause.counter ? 'counter' : (cause.what ?? '');
    if (kinds.has(kind)) return false;
    kinds.add(kind);
    return true;
  });
  if (found.length === 0) return undefined;
  return found
    .slice(0, maxCausesALine)
    .map(({ row, cause }) => `${esc(row.metric)}: ${causeSubject(cause)}: ${esc(cause.change)}`)
    .join('; ');
}

const maxCausesALine = 3;

// What the diagnosis did for the endpoint, in a few words.
const howDiagnosed = (report: Report, d: EndpointDiagnosis) =>
  [
    ...(d.memory ? [`${d.memory.snapshots.length || 'no'} ${d.memory.by === 'tracemalloc' ? 'tracemalloc' : 'heap'} snapshots of head`] : []),
    ...(!d.memory || d.profiler || d.base ? [`base and head profiled side by side, ${formatValue(report.diagnosis!.durationMs, 'ms')} a side`] : []),
  ].join('; ');

const heading = (report: Report, d: EndpointDiagnosis, rows: readonly ComparisonRow[]) => {
  const regressed = rows.some((r) => r.target === d.target && r.verdict === 'regressed');
  return `**${regressed ? 'Why' : 'What changed:'} ${codeSpan(d.target)}** (${howDiagnosed(report, d)})`;
};

/** One block per profiled endpoint: its why as bullets (markdown: report.md and the PR comment). */
export function diagnosisSection(report: Report, rows: readonly ComparisonRow[] = report.comparisons): string {
  if (!report.diagnosis) return '';
  const blocks = report.diagnosis.endpoints.map((d) => {
    const lines = endpointWhy(d, workCauseLine(report, d.target, rows));
    const files = d.files ? [`- folded stacks: ${codeSpan(d.files.base)}, ${codeSpan(d.files.head)} (speedscope, flamegraph.pl)`] : [];
    return [heading(report, d, report.comparisons), '', ...lines.map((l) => `- ${l}`), ...files].join('\n');
  });
  return blocks.length ? `${blocks.join('\n\n')}\n\n` : '';
}

/** A page's why, against the base's median run: what was added or grew; or why there is nothing to compare. */
export function pageWhy(report: Report, target: string): string[] {
  const head = report.targets.find((t) => t.kind === 'page' && t.name === target)?.page?.facts;
  const base = report.baseline?.pageFacts?.[target];
  if (!head || base === undefined) return [];
  if (base === null) return ['the baseline kept no page facts (an older perf-gate stored it): what changed on the page shows from the next stored run'];
  return pageWhyLines(pageChanges(base, head));
}

/** One block per page that has a why: report.md under the pages, the PR comment under the rows that decide. */
export function pagesWhySection(report: Report, rows: readonly ComparisonRow[] = report.comparisons): string {
  const blocks = report.targets
    .filter((t) => t.kind === 'page' && rows.some((r) => r.kind === 'page' && r.target === t.name))
    .flatMap((t) => {
      const lines = pageWhy(report, t.name);
      if (lines.length === 0) return [];
      const regressed = rows.some((r) => r.kind === 'page' && r.target === t.name && r.verdict === 'regressed');
      return [
        [`**${regressed ? 'Why' : 'What changed:'} ${codeSpan(t.name)}** (its median run against the base's)`, '', ...lines.map((l) => `- ${l}`)].join('\n'),
      ];
    });
  return blocks.length ? `${blocks.join('\n\n')}\n\n` : '';
}

/** The targets whose why the diagnosis section already gives (their work cause need not be said twice). */
export function diagnosedTargets(report: Report): Set<string> {
  return new Set(report.diagnosis?.endpoints.map((d) => d.target) ?? []);
}

const functionRows = 12;

// A why line as HTML: markdown's escapes undone, code spans as <code>.
const inline = (md: string) => h(md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')).replace(/`([^`]*)`/g, '<code>$1</code>');

/** report.html: what changed on a page, against the base's median run. */
export function pageWhyHtml(report: Report, target: string): string {
  const lines = pageWhy(report, target);
  return lines.length
    ? `<h4>What changed on the page (its median run against the base's)</h4><ul class="why">${lines.map((l) => `<li>${inline(l)}</li>`).join('')}</ul>`
    : '';
}

/** report.html: the endpoint's why, its functions base → head, and the differential flame graph. */
export function diagnosisHtml(report: Report, target: string): string {
  const d = diagnosisOf(report.diagnosis, target);
  if (!d) return '';
  const why = endpointWhy(d, workCauseLine(report, target, report.comparisons));
  const out = [`<h4>Why (${h(howDiagnosed(report, d))})</h4>`];
  out.push(`<ul class="why">${why.map((l) => `<li>${inline(l)}</li>`).join('')}</ul>`);
  if (d.memory?.grown.length) out.push(heapTable(d.memory));
  const diff = profileDiffOf(d, { byCode: true });
  const sides = sidesOf(d);
  if (diff && sides) {
    // The functions the why names first, with the share each explains, then the others whose own time changed most.
    const growthOf = endpointGrowth(d);
    const named = growthOf ? namedLines(growthOf, appFramesOf(d)) : [];
    const share = new Map(named.map((e) => [e.frame, `${Math.round(e.share * 100)}%`]));
    const byFrame = new Map(diff.functions.map((f) => [f.frame, f]));
    const first = named.map((e) => byFrame.get(e.frame)).filter((f): f is FunctionChange => f !== undefined);
    const rest = diff.functions.filter((f) => !share.has(f.frame) && (f.base.self > 0 || f.head.self > 0));
    const rows = [...first, ...rest].slice(0, functionRows).map((f) => functionRow(f, share.get(f.frame)));
    out.push(
      `<table class="functions"><tr><th>Function (with what runs under it)</th><th>Where</th><th>Self, base → head</th><th>Inclusive, base → head</th><th>Δ self</th><th>Share of the growth</th></tr>${rows.join('')}</table>`,
      flameGraph(sides.base, sides.head, {
        title: `${target}: head's CPU per 1,000 requests, coloured by change against base`,
        named: new Map(named.map((e) => [e.frame, `${Math.round(e.share * 100)}% of the growth`])),
      }),
    );
  }
  if (d.files) out.push(`<p class="note">Folded stacks: ${h(d.files.base)}, ${h(d.files.head)} (open in speedscope or flamegraph.pl)</p>`);
  return out.join('\n');
}

// A function of the table: base → head, self and inclusive; the share of the growth where the why names it.
function functionRow(f: FunctionChange, share: string | undefined): string {
  const { name, where } = frameLabel(f.frame);
  const g = growth(f);
  const ms = (v: number) => h(formatValue(v, 'ms'));
  const cls = share ? ' class="grew named"' : g.self > 0 ? ' class="grew"' : '';
  return `<tr${cls}><td><code>${h(name)}</code></td><td>${h(where ?? '')}</td><td>${ms(f.base.self)} → ${ms(f.head.self)}</td><td>${ms(f.base.total)} → ${ms(f.head.total)}</td><td>${h(signed(g.self, 'ms'))}</td><td>${share ?? ''}</td></tr>`;
}

// The classes (tracemalloc: the source lines) that kept growing, at each snapshot of head.
function heapTable(m: MemoryDiagnosis): string {
  const at = (xs: number[], unit: 'bytes' | 'count') => xs.map((x) => h(unit === 'bytes' ? formatValue(x, 'bytes') : String(x))).join(' → ');
  const python = m.by === 'tracemalloc';
  const rows = m.grown.map((g) => {
    const place = python ? g.allocatedIn : g.heldBy;
    return `<tr class="grew"><td><code>${h(g.className)}</code></td><td>${at(g.retained, 'bytes')}</td><td>${at(g.count, 'count')}</td><td>${h(formatValue(g.perThousandRequests, 'bytes'))}</td><td>${place ? `<code>${h(place)}</code>` : ''}</td></tr>`;
  });
  const head = python
    ? ['Source line (kept growing)', 'Held at each snapshot', 'Blocks', 'Growth per 1,000 requests', 'Allocated in']
    : ['Class (kept growing)', 'Retained at each snapshot', 'Objects', 'Own growth per 1,000 requests', 'Held by'];
  return `<table class="functions"><tr>${head.map((t) => `<th>${t}</th>`).join('')}</tr>${rows.join('')}</table>`;
}
