// Where the growth lives: the deepest frame holding most of it, native work named with its caller, and the share each
// named function explains.
import { describe, expect, it } from '@jest/globals';
import { dominantPath, explainGrowth } from '../../src/core/diagnosis/growth-path.js';

const stacks = (text: string) =>
  new Map(
    text
      .trim()
      .split('\n')
      .map((l) => {
        const cut = l.lastIndexOf(' ');
        return [l.slice(0, cut).trim(), Number(l.slice(cut + 1))] as [string, number];
      }),
  );

const handle = 'handle (app/server.js:5)';
const list = 'listInvoices (app/invoices.js:12)';
const each = '(anonymous) (app/invoices.js:13)';
const total = 'invoiceTotal (app/invoices.js:3)';
const line = 'lineTotal (app/invoices.js:1)';

describe('explainGrowth', () => {
  it('descends to the deepest frame holding most of the growth: a helper inlined in a map callback, new on this path', () => {
    const base = stacks(`${handle};${list};${each} 100\n${handle} 50`);
    const head = stacks(`${handle};${list};${each} 100\n${handle} 50\n${handle};${list};${each};${total};${line} 500\n${handle};${list};${each};${total} 200`);
    expect(dominantPath(base, head)).toEqual([handle, list, each, total, line]);
    const { growth, lines } = explainGrowth(base, head);
    expect(growth).toBe(700);
    expect(lines[0]).toEqual({
      frame: line,
      callers: [total, each],
      self: { base: 0, head: 500 },
      total: { base: 0, head: 500 },
      share: 500 / 700,
      fresh: true,
    });
    // Off the path, the next whose own time grew: none here but the path's own frames.
    expect(lines.map((l) => l.frame)).toEqual([line]);
  });

  it('stops where no child holds half of the growth, and names the others after it with their shares', () => {
    const a = 'priceA (app/p.js:1)';
    const b = 'priceB (app/p.js:9)';
    const base = stacks(`${handle};${list} 100`);
    const head = stacks(`${handle};${list} 100\n${handle};${list};${a} 300\n${handle};${list};${b} 300\n${handle};${list};${total} 200`);
    const { lines } = explainGrowth(base, head);
    expect(lines.map((l) => [l.frame, Math.round(l.share * 100)])).toEqual([
      [list, 100],
      [a, 38],
      [b, 38],
    ]);
    expect(lines[1]!.callers).toEqual([list, handle]);
  });

  it('names native work with the source function that called it', () => {
    const render = 'render (app/server.js:20)';
    const base = stacks(`${handle};${render};JSON.stringify 100`);
    const head = stacks(`${handle};${render};JSON.stringify 900`);
    const [first] = explainGrowth(base, head).lines;
    expect(first).toMatchObject({ frame: render, within: 'JSON.stringify', callers: [handle], share: 1, fresh: false });
  });

  it('names at most three: the frame holding the growth, then those whose own time grew most', () => {
    const base = stacks('m;a 10\nm;b 10\nm;c 10\nm;d 10\nm;e 10');
    const head = stacks('m;a 50\nm;b 40\nm;c 30\nm;d 20\nm;e 10');
    expect(explainGrowth(base, head).lines.map((l) => [l.frame, Math.round(l.share * 100)])).toEqual([
      ['m', 100],
      ['a', 40],
      ['b', 30],
    ]);
  });

  it('names nothing when nothing grew, or less than the floor', () => {
    const same = stacks(`${handle} 100`);
    expect(explainGrowth(same, same).lines).toEqual([]);
    expect(explainGrowth(same, stacks(`${handle} 101`), { floor: 5 }).lines).toEqual([]);
  });
});
