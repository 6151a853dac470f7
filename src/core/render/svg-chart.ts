// Charts for the HTML report as SVG strings made here, not by a charting library: the report stays one static file
// with no script (it opens from an artifact zip, offline, under a strict content policy), nothing is added to dist/,
// and a chart is a string the tests read like any other rendering.

/** Text and attribute values made inert. */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

export interface Axis {
  /** Where values are placed: linear, or log10 (values must be positive). */
  scale: 'linear' | 'log';
  min: number;
  max: number;
  ticks: { value: number; label: string }[];
  label: string;
}

export interface Series {
  name: string;
  color: string;
  points: [number, number][];
  dashed?: boolean;
  /** Draw each point as a dot, without a line. */
  dotsOnly?: boolean;
}

export interface ChartOptions {
  title: string;
  x: Axis;
  y: Axis;
  series: Series[];
  /** Horizontal reference lines, e.g. a budget. */
  rules?: { y: number; label: string; color: string }[];
  /** Points called out with a label, e.g. the median run. */
  marks?: { x: number; y: number; label: string; color: string }[];
  width?: number;
  height?: number;
}

const fmt = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 10) / 10) : '0');

/** The plot's frame: where a value lands in pixels. */
interface Frame {
  width: number;
  height: number;
  pad: { left: number; right: number; top: number; bottom: number };
  plotW: number;
  plotH: number;
  px: (v: number) => number;
  py: (v: number) => number;
}

/** A line chart with axes, ticks, a legend, reference lines and marks. */
export function lineChart(o: ChartOptions): string {
  const f = frameOf(o);
  const { pad, plotW, plotH } = f;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" role="img" aria-label="${escapeHtml(o.title)}">`,
    `<text x="${pad.left}" y="16" class="title">${escapeHtml(o.title)}</text>`,
    `<rect x="${pad.left}" y="${pad.top}" width="${plotW}" height="${plotH}" class="plot"/>`,
    ...axes(o, f),
    ...(o.rules ?? []).flatMap((r) => {
      const y = fmt(f.py(r.y));
      return [
        `<line x1="${pad.left}" x2="${pad.left + plotW}" y1="${y}" y2="${y}" stroke="${r.color}" stroke-dasharray="6 4" class="rule"/>`,
        `<text x="${pad.left + plotW - 4}" y="${Number(y) - 4}" class="tick" text-anchor="end" fill="${r.color}">${escapeHtml(r.label)}</text>`,
      ];
    }),
    ...o.series.flatMap((s) => seriesMarks(s, f)),
    ...(o.marks ?? []).flatMap((m) => [
      `<circle cx="${fmt(f.px(m.x))}" cy="${fmt(f.py(m.y))}" r="7" fill="none" stroke="${m.color}" stroke-width="2" class="mark"/>`,
      `<text x="${fmt(f.px(m.x) + 9)}" y="${fmt(f.py(m.y) - 8)}" class="tick" fill="${m.color}">${escapeHtml(m.label)}</text>`,
    ]),
    ...legend(o.series, f),
    '</svg>',
  ].join('');
}

function frameOf(o: ChartOptions): Frame {
  // Two side by side fill the report's width.
  const width = o.width ?? 536;
  const height = o.height ?? 280;
  // Room for the rotated axis title and the widest tick label (about 6.5 px a character at 11 px).
  const widest = Math.max(0, ...o.y.ticks.map((t) => t.label.length));
  const pad = { left: Math.max(56, 30 + Math.ceil(widest * 6.5)), right: 30, top: 28, bottom: 44 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const place = (axis: Axis, v: number) => {
    const t =
      axis.scale === 'log' ? (Math.log10(v) - Math.log10(axis.min)) / (Math.log10(axis.max) - Math.log10(axis.min)) : (v - axis.min) / (axis.max - axis.min);
    return Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  };
  return { width, height, pad, plotW, plotH, px: (v) => pad.left + place(o.x, v) * plotW, py: (v) => pad.top + (1 - place(o.y, v)) * plotH };
}

// Grid lines and tick labels on both axes, and the axes' titles.
function axes(o: ChartOptions, f: Frame): string[] {
  const { pad, plotW, plotH } = f;
  const out: string[] = [];
  for (const t of o.x.ticks) {
    const x = fmt(f.px(t.value));
    out.push(`<line x1="${x}" x2="${x}" y1="${pad.top}" y2="${pad.top + plotH}" class="grid"/>`);
    out.push(`<text x="${x}" y="${pad.top + plotH + 14}" class="tick" text-anchor="middle">${escapeHtml(t.label)}</text>`);
  }
  for (const t of o.y.ticks) {
    const y = fmt(f.py(t.value));
    out.push(`<line x1="${pad.left}" x2="${pad.left + plotW}" y1="${y}" y2="${y}" class="grid"/>`);
    out.push(`<text x="${pad.left - 6}" y="${y}" class="tick" text-anchor="end" dominant-baseline="middle">${escapeHtml(t.label)}</text>`);
  }
  out.push(`<text x="${pad.left + plotW / 2}" y="${f.height - 6}" class="axis" text-anchor="middle">${escapeHtml(o.x.label)}</text>`);
  out.push(
    `<text x="14" y="${pad.top + plotH / 2}" class="axis" text-anchor="middle" transform="rotate(-90 14 ${pad.top + plotH / 2})">${escapeHtml(o.y.label)}</text>`,
  );
  return out;
}

function seriesMarks(s: ChartOptions['series'][number], f: Frame): string[] {
  const out: string[] = [];
  const pts = s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (!s.dotsOnly && pts.length > 1) {
    const d = pts.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${fmt(f.px(x))} ${fmt(f.py(y))}`).join(' ');
    out.push(
      `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''} class="series" data-series="${escapeHtml(s.name)}"/>`,
    );
  }
  for (const [x, y] of pts)
    out.push(
      `<circle cx="${fmt(f.px(x))}" cy="${fmt(f.py(y))}" r="${s.dotsOnly ? 4 : 2.5}" fill="${s.color}" class="point" data-series="${escapeHtml(s.name)}"/>`,
    );
  return out;
}

// The legend, along the top right.
function legend(series: ChartOptions['series'], f: Frame): string[] {
  const out: string[] = [];
  let lx = f.width - f.pad.right;
  for (const s of [...series].reverse()) {
    const w = 18 + s.name.length * 6.5;
    lx -= w + 10;
    out.push(`<line x1="${fmt(lx)}" x2="${fmt(lx + 14)}" y1="12" y2="12" stroke="${s.color}" stroke-width="3"${s.dashed ? ' stroke-dasharray="4 2"' : ''}/>`);
    out.push(`<text x="${fmt(lx + 18)}" y="16" class="tick">${escapeHtml(s.name)}</text>`);
  }
  return out;
}

/** Round ticks between min and max (about `count`), for a linear axis. */
export function linearTicks(min: number, max: number, count: number, label: (v: number) => string): Axis['ticks'] {
  if (!(max > min)) return [{ value: min, label: label(min) }];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: Axis['ticks'] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push({ value: v, label: label(Math.round(v / step) * step) });
  return ticks;
}

/** Ticks at 1, 2 and 5 of each decade between min and max (min > 0), for a log axis. */
export function logTicks(min: number, max: number, label: (v: number) => string): Axis['ticks'] {
  const ticks: Axis['ticks'] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= min && v <= max) ticks.push({ value: v, label: label(v) });
    }
  }
  return ticks;
}

/**
 * One comparison's interval of "how much worse", in percent of base, against the allowed worsening: the band past
 * the allowed line is shaded, zero is the base, the dot the estimate.
 */
export function intervalBar(o: { low: number; high: number; estimate: number; allowed: number; color: string; width?: number }): string {
  const width = o.width ?? 320;
  const height = 30;
  const span = Math.max(Math.abs(o.low), Math.abs(o.high), o.allowed * 2, 1) * 1.1;
  const x = (v: number) => fmt(8 + ((v + span) / (2 * span)) * (width - 16));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="interval" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="interval ${fmt(o.low)} % to ${fmt(o.high)} %, allowed ${fmt(o.allowed)} %">`,
    `<rect x="${x(o.allowed)}" y="2" width="${fmt(Number(x(span)) - Number(x(o.allowed)))}" height="${height - 4}" class="beyond"/>`,
    `<line x1="${x(0)}" x2="${x(0)}" y1="2" y2="${height - 2}" class="zero"/>`,
    `<line x1="${x(o.allowed)}" x2="${x(o.allowed)}" y1="2" y2="${height - 2}" class="allowed"/>`,
    `<line x1="${x(o.low)}" x2="${x(o.high)}" y1="${height / 2}" y2="${height / 2}" stroke="${o.color}" stroke-width="6" stroke-linecap="round" class="range"/>`,
    `<circle cx="${x(o.estimate)}" cy="${height / 2}" r="4" fill="#222" class="estimate"/>`,
    '</svg>',
  ].join('');
}
