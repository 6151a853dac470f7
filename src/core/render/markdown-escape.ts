// Text from budget files and reports goes into markdown inert: no HTML, no mentions, no table breaks.
const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '@': '&#64;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '#': '&#35;',
  '~': '&#126;',
};

export function escapeMarkdown(text: string): string {
  return text.replace(/[&<>"'|@`*_[\]\\#~]/g, (c) => entities[c] ?? c).replace(/\r?\n/g, ' ');
}
