// A differential flame graph as SVG, drawn here like the report's other charts (no script, opens offline): the
// head's stacks laid out root at the bottom, each frame as wide as its CPU per 1,000 requests in head, coloured by
// how its time changed against base (red grew, blue shrank, the reddest new), with a <title> tooltip a frame; the
// frames the why names are outlined.
// Frames narrower than half a pixel are left out, so a huge profile draws in bounded size.
import { frameLabel } from './profile-diff.js';
import { perThousandRequests, type SideProfile } from './profile.js';
import { escapeHtml } from '../render/svg-chart.js';
import { formatValue, signed } from '../units.js';

interface Node {
  name: string;
  total: number;
  children: Map<string, Node>;
}

function treeOf(stacks: ReadonlyMap<string, number>): Node {
  const root: Node = { name: 'all', total: 0, children: new Map() };
  for (const [stack, w] of stacks) {
    root.total += w;
    let node = root;
    for (const frame of stack.split(';')) {
      let child = node.children.get(frame);
      if (!child) node.children.set(frame, (child = { name: frame, total: 0, children: new Map() }));
      child.total += w;
      node = child;
    }
  }
  return root;
}

export interface FlameOptions {
  title: string;
  /** Frames the why names, with what it says of each: outlined, and said in their tooltips. */
  named?: ReadonlyMap<string, string>;
  width?: number;
  rowHeight?: number;
}

interface Box {
  x: number;
  depth: number;
  width: number;
  head: number;
  base: number;
  name: string;
}

export function flameGraph(base: SideProfile, head: SideProfile, o: FlameOptions): string {
  const width = o.width ?? 1072;
  const row = o.rowHeight ?? 16;
  const headTree = treeOf(perThousandRequests(head));
  const baseTree = treeOf(perThousandRequests(base));
  const boxes: Box[] = [];
  const scale = headTree.total > 0 ? width / headTree.total : 0;
  const walk = (node: Node, baseNode: Node | undefined, x: number, depth: number) => {
    const w = node.total * scale;
    if (w < 0.5) return;
    boxes.push({ x, depth, width: w, head: node.total, base: baseNode?.total ?? 0, name: node.name });
    let cx = x;
    // Widest first, as a reader scans them; the order within a level carries no meaning.
    for (const child of [...node.children.values()].sort((a, b) => b.total - a.total || (a.name < b.name ? -1 : 1))) {
      walk(child, baseNode?.children.get(child.name), cx, depth + 1);
      cx += child.total * scale;
    }
  };
  walk(headTree, baseTree, 0, 0);
  const depth = Math.max(0, ...boxes.map((b) => b.depth)) + 1;
  const top = 24;
  const height = top + depth * row;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="flame" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(o.title)}">`,
    `<text x="0" y="16" class="title">${escapeHtml(o.title)}</text>`,
  ];
  for (const b of boxes) {
    const y = height - (b.depth + 1) * row;
    const label = b.depth === 0 ? 'all' : frameLabel(b.name).name;
    const change = b.base === 0 && b.depth > 0 ? 'new' : `${signed(b.head - b.base, 'ms')} vs base`;
    const named = b.depth > 0 ? o.named?.get(b.name) : undefined;
    const tip = `${b.name}: ${formatValue(b.head, 'ms')} CPU per 1,000 requests (${change})${named ? `; the why names it: ${named}` : ''}`;
    const outline = named ? ' stroke="#000" stroke-width="2" class="named"' : '';
    out.push(
      `<g><title>${escapeHtml(tip)}</title><rect x="${b.x.toFixed(1)}" y="${y}" width="${b.width.toFixed(1)}" height="${row - 1}" fill="${colourOf(b)}"${outline}/>` +
        (b.width > 40 ? `<text x="${(b.x + 3).toFixed(1)}" y="${y + row - 5}" class="frame">${escapeHtml(fit(label, b.width))}</text>` : '') +
        '</g>',
    );
  }
  out.push('</svg>');
  return out.join('');
}

// Red for time that grew, blue for time that shrank, grey for the same; stronger the larger the change is against
// the frame's own time.
function colourOf(b: Box): string {
  if (b.depth > 0 && b.base === 0) return 'rgb(220,40,40)';
  const change = (b.head - b.base) / Math.max(b.head, b.base, 1e-9);
  const strength = Math.min(1, Math.abs(change) * 2);
  const fade = (full: number) => Math.round(225 - (225 - full) * strength);
  return change >= 0 ? `rgb(235,${fade(60)},${fade(60)})` : `rgb(${fade(60)},${fade(110)},235)`;
}

// About 6.5 px a character at 11 px.
const fit = (label: string, width: number) => {
  const chars = Math.floor((width - 6) / 6.5);
  return label.length <= chars ? label : `${label.slice(0, Math.max(1, chars - 1))}…`;
};
