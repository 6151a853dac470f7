// The Node regression shapes of the why's corpus: each route's base and head differ in one shape the why must name.
// CORPUS_HEAD=1 is the head. The work is sized so that head spends about a millisecond more CPU a request.
import { pbkdf2Sync } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const head = process.env.CORPUS_HEAD === '1';

const invoices = Array.from({ length: 300 }, (_, id) => ({
  id,
  customer: `c${id % 40}`,
  lines: Array.from({ length: 12 }, (_, i) => ({ sku: `sku-${(id * 3 + i) % 60}`, qty: (i % 5) + 1, price: ((id * 7 + i) % 97) + 0.5 })),
}));

// A helper small enough for the JIT to inline into the handler's loop.
function roundCents(v) {
  return Math.round(v * 100) / 100;
}
function taxOf(line) {
  let t = line.price * line.qty;
  for (let k = 0; k < 120; k++) t = t * 1.0001 + 0.01;
  return roundCents(t * 0.2);
}
export function taxes() {
  let sum = 0;
  for (const inv of invoices) for (const l of inv.lines) sum += head ? taxOf(l) : l.price * l.qty * 0.2;
  return { sum };
}

// Work added inside map and reduce callbacks.
function addLine(sum, l) {
  let v = l.qty * l.price;
  for (let k = 0; k < 100; k++) v = Math.sqrt(v * v + k);
  return sum + v;
}
export function invoiceList() {
  return { invoices: invoices.slice(0, 150).map((inv) => ({ id: inv.id, total: head ? inv.lines.reduce(addLine, 0) : inv.lines.length })) };
}

// A class method that now scans every rate.
class PriceBook {
  constructor() {
    this.rates = Array.from({ length: 60 }, (_, i) => ({ sku: `sku-${i}`, rate: 1 - i / 1000 }));
    this.bySku = new Map(this.rates.map((r) => [r.sku, r.rate]));
  }
  quote(sku, qty) {
    if (!head) return this.bySku.get(sku) * qty;
    let best = 1;
    for (const r of this.rates) if (r.sku === sku || r.rate * qty < best) best = Math.min(best, r.rate);
    return best * qty;
  }
}
const book = new PriceBook();
export function cart() {
  let s = 0;
  for (const inv of invoices.slice(0, 150)) for (const l of inv.lines) s += book.quote(l.sku, l.qty);
  return { total: s };
}

// An async function with an await in its loop, each row scored after it.
async function enrich(rows) {
  const out = [];
  for (const r of rows) {
    if (head) await null;
    let score = 0;
    for (const l of r.lines)
      for (let k = 0; k < (head ? 6 : 1); k++) score += head ? Math.sqrt(l.price * l.qty + k) * Math.log1p(l.qty) + Math.sin(l.price) : l.qty;
    out.push({ id: r.id, score });
  }
  return out;
}
export async function scores() {
  return { rows: (await enrich(invoices)).length };
}

// A larger payload through JSON.stringify.
function renderReport(rows) {
  return JSON.stringify({ rows });
}
export function report() {
  return { bytes: renderReport(head ? invoices.slice(0, 180) : invoices.slice(0, 4)).length };
}

// A regular expression that backtracks on a title that almost matches.
const title = `${'ab'.repeat(15)}!`;
function validTitle(t) {
  return head ? /^(a|ab|b)+$/.test(t) : /^[ab]+$/.test(t);
}
export function titles() {
  return { ok: validTitle(title) };
}

// A key derived per request.
function hashToken(token) {
  return pbkdf2Sync(token, 'salt', head ? 4800 : 10, 32, 'sha256').toString('hex');
}
export function token() {
  return { token: hashToken('user-42') };
}

// A response body compressed per request.
const exported = JSON.stringify(invoices.slice(0, 40));
function compressExport() {
  return head ? gzipSync(exported).length : exported.length;
}
export function gzip() {
  return { bytes: compressExport() };
}

// A memoized function made per request: its cache lives one request.
const memoize = (fn) => {
  const cache = new Map();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key);
  };
};
function shippingCost(sku) {
  let c = 0;
  for (let i = 0; i < 6000; i++) c += Math.sqrt(i + sku.length);
  return c;
}
const sharedCost = memoize(shippingCost);
export function shipping() {
  const cost = head ? memoize(shippingCost) : sharedCost;
  let s = 0;
  for (const inv of invoices.slice(0, 30)) for (const l of inv.lines) s += cost(l.sku);
  return { s };
}

// A getter that sums the lines, now read in a loop.
class Order {
  constructor(inv) {
    this.lines = inv.lines;
  }
  get total() {
    let t = 0;
    for (const l of this.lines) t += l.qty * l.price;
    return t;
  }
}
const orders = invoices.map((inv) => new Order(inv));
export function bigOrders() {
  let n = 0;
  for (const o of orders) for (let k = 0; k < (head ? 120 : 1); k++) if (o.total > 100 + k) n++;
  return { n };
}

/** Each route: what the why must name first. */
export const expected = {
  taxes: /^`taxOf` /,
  invoices: /^`addLine` /,
  cart: /^`quote` /,
  scores: /^`enrich` /,
  report: /^`renderReport` /,
  titles: /^`validTitle` /,
  token: /^`hashToken` \([^)]*\), in `pbkdf2Sync`/,
  gzip: /^`compressExport` /,
  shipping: /^`shippingCost` /,
  'big-orders': /^`get_total` /,
};

export const routes = { taxes, invoices: invoiceList, cart, scores, report, titles, token, gzip, shipping, 'big-orders': bigOrders };
