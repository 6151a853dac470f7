// Relative rules changed in a budget's text, and nothing else: each rule's value is spliced in where it stands (its
// line, and its key, spelt as written), so comments, layout, quoting and every other line stay byte for byte.
// `relative.runNoise` is set where it stands, or added to the top-level relative map.
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Scalar } from 'yaml';
import { findMetric, type TargetKind } from './metric-catalog.js';

export interface RuleEdit {
  kind: TargetKind;
  metric: string;
  /** The line of the rule's value, as the plan located it. */
  line: number;
  rule: string;
}

type Splice = { start: number; end: number; text: string };

/** The value as written in the scalar's style: quoted when it was. */
function styled(node: Scalar, source: string, value: string): string {
  const q = source[node.range![0]];
  if (q === '"') return JSON.stringify(value);
  if (q === "'") return `'${value.replace(/'/g, "''")}'`;
  return value;
}

export function rewriteRules(text: string, edits: readonly RuleEdit[], runNoisePercent?: number): string {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: true });
  const splices: Splice[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !isScalar(pair.value) || !pair.value.range) return;
      const line = lines.linePos(pair.value.range[0]).line;
      const key = String(pair.key.value);
      const edit = edits.find((e) => e.line === line && findMetric(e.kind, key)?.id === e.metric);
      if (edit) splices.push({ start: pair.value.range[0], end: pair.value.range[1], text: styled(pair.value, text, edit.rule) });
    },
  });
  if (runNoisePercent !== undefined) splices.push(runNoiseSplice(doc, text, `${runNoisePercent}%`));
  let out = text;
  for (const s of splices.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

function runNoiseSplice(doc: ReturnType<typeof parseDocument>, text: string, value: string): Splice {
  const relative = doc.get('relative', true);
  if (isMap(relative)) {
    const existing = relative.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'runNoise');
    if (existing && isScalar(existing.value) && existing.value.range)
      return { start: existing.value.range[0], end: existing.value.range[1], text: styled(existing.value, text, value) };
    const [start] = relative.range!;
    if (relative.flow) {
      // `relative: { … }`: before the closing brace.
      const close = text.lastIndexOf('}', relative.range![1]);
      const at = text.slice(0, close).trimEnd().length;
      return { start: at, end: at, text: `${relative.items.length > 0 ? ',' : ''} runNoise: ${value}` };
    }
    // A block map: a line of its own above its first key, at that key's indentation.
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const indent = text.slice(lineStart, start);
    return { start: lineStart, end: lineStart, text: `${indent}runNoise: ${value}\n` };
  }
  // No relative map: one at the end of the file.
  const end = text.length;
  return { start: end, end, text: `${text.endsWith('\n') ? '' : '\n'}relative:\n  runNoise: ${value}\n` };
}
