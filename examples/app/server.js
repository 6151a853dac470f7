// The example app perf-gate gates: a zero-dependency Node server with JSON endpoints and HTML pages.
// EXAMPLE_DELAY_MS adds latency to every API response, so a regression can be made on demand;
// EXAMPLE_WORK_US adds that many microseconds of CPU work to each, for regressions finer than a millisecond;
// EXAMPLE_FAIL_EVERY=N makes every Nth /api/orders request fail with a 500; GET /api/orders/<id> reads one created;
// EXAMPLE_INP_MS keeps the main thread busy that long on each click of /filter's button, so its INP rises.
// /api/checkout is a service with a concurrency limit: EXAMPLE_SLOTS requests in service at once (default 4), each
// for EXAMPLE_SERVICE_MS (default 20), the rest queued, so it tops out at SLOTS × 1000 / SERVICE_MS req/s (200): a
// knee at a known rate. Once a request has queued longer than a service time, it stays slow (+2 × SERVICE_MS a
// response) until EXAMPLE_RECOVERY_MS after the last such wait: a slow recovery after overload.
// EXAMPLE_LEAK_KB keeps that many KB of every API request for good: a memory leak.
// EXAMPLE_SCRIPT_KB makes the home page load /static/extra.js, a script of that many KB; EXAMPLE_HERO_KB makes the
// gallery's first photo that many KB larger: a page that grew.
// /api/items/<id> (ids 1–5000) answers from a per-id cache of EXAMPLE_CACHE_ITEMS (default 500, least recently used
// out); a miss costs EXAMPLE_MISS_US microseconds of CPU (default 200): one id always hits, varied ids mostly miss.
// /metrics counts the cache's hits and misses (Prometheus text).
// /api/recommendations answers from what a recommender service said once (a cache): the service is
// EXAMPLE_RECOMMEND_HOSTS listeners on loopback started here (default 1), each answering POST /v1/recommend after
// EXAMPLE_RECOMMEND_MS (default 5). EXAMPLE_RECOMMEND_CACHE_OFF=1 asks it on every request, EXAMPLE_RECOMMEND_CALLS
// times (default 1, spread over the listeners, at once): outbound calls a request that were none.
// EXAMPLE_RECOMMEND_HANG_EVERY=N: the service never answers every Nth call (an upstream that hangs).
// /login takes user 'demo' and EXAMPLE_PASSWORD (default 'demo-password') and sets a session cookie; /account needs it.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const delayMs = Number(process.env.EXAMPLE_DELAY_MS ?? 0);
const failEvery = Number(process.env.EXAMPLE_FAIL_EVERY ?? 0);
const workUs = Number(process.env.EXAMPLE_WORK_US ?? 0);
const inpMs = Number(process.env.EXAMPLE_INP_MS ?? 0);
const password = process.env.EXAMPLE_PASSWORD || 'demo-password';
const slots = Number(process.env.EXAMPLE_SLOTS ?? 4);
const serviceMs = Number(process.env.EXAMPLE_SERVICE_MS ?? 20);
const recoveryMs = Number(process.env.EXAMPLE_RECOVERY_MS ?? 0);
const leakKb = Number(process.env.EXAMPLE_LEAK_KB ?? 0);
const scriptKb = Number(process.env.EXAMPLE_SCRIPT_KB ?? 0);
const heroKb = Number(process.env.EXAMPLE_HERO_KB ?? 0);
const sessions = new Set();
const recommend = {
  ms: Number(process.env.EXAMPLE_RECOMMEND_MS ?? 5),
  hosts: Number(process.env.EXAMPLE_RECOMMEND_HOSTS ?? 1),
  calls: Number(process.env.EXAMPLE_RECOMMEND_CALLS ?? 1),
  cacheOff: process.env.EXAMPLE_RECOMMEND_CACHE_OFF === '1',
  hangEvery: Number(process.env.EXAMPLE_RECOMMEND_HANG_EVERY ?? 0),
  served: 0,
  urls: [],
  cached: undefined,
};

// Code that got slower: the CPU is busy, as it would be with a costlier algorithm.
function extraWork() {
  const until = process.hrtime.bigint() + BigInt(Math.round(workUs * 1000));
  while (process.hrtime.bigint() < until);
}

const catalogue = Array.from({ length: 500 }, (_, i) => ({
  id: i + 1,
  name: `item-${(i * 7919) % 1000}`,
  price: ((i * 104729) % 10000) / 100,
}));

let orders = 0;

const itemCount = 5000;
const cacheItems = Number(process.env.EXAMPLE_CACHE_ITEMS ?? 500);
const missUs = Number(process.env.EXAMPLE_MISS_US ?? 200);
const itemCache = new Map();
const cacheLookups = { hit: 0, miss: 0 };
function item(id) {
  const cached = itemCache.get(id);
  cacheLookups[cached ? 'hit' : 'miss']++;
  if (cached) {
    itemCache.delete(id);
    itemCache.set(id, cached);
    return cached;
  }
  const until = process.hrtime.bigint() + BigInt(Math.round(missUs * 1000));
  while (process.hrtime.bigint() < until);
  const built = { id, name: `item-${(id * 7919) % 10000}`, price: ((id * 104729) % 10000) / 100 };
  itemCache.set(id, built);
  if (itemCache.size > cacheItems) itemCache.delete(itemCache.keys().next().value);
  return built;
}

// The leak writes N KB of every request into memory kept for good: 1 MB chunks filled as they go, so resident
// memory grows by N KB a request, not by a Buffer object's own overhead (~2 KB each for small ones).
const leakChunk = 1024 * 1024;
const leaked = [];
let leakOffset = leakChunk;
function leak() {
  for (let left = Math.round(leakKb * 1024); left > 0;) {
    if (leakOffset >= leakChunk) {
      leaked.push(Buffer.allocUnsafeSlow(leakChunk));
      leakOffset = 0;
    }
    const n = Math.min(left, leakChunk - leakOffset);
    leaked.at(-1).fill(1, leakOffset, leakOffset + n);
    leakOffset += n;
    left -= n;
  }
}

// Each slot is free again at a planned time, and the next request starts then: the timer's own lateness delays
// answers but not the next start, so the service holds its rate of SLOTS × 1000 / SERVICE_MS exactly.
const freeAt = Array.from({ length: slots }, () => 0);
let overloadedUntil = 0;
function checkout(reply) {
  const now = performance.now();
  let slot = 0;
  for (let i = 1; i < freeAt.length; i++) if (freeAt[i] < freeAt[slot]) slot = i;
  const start = Math.max(now, freeAt[slot]);
  const end = start + serviceMs;
  freeAt[slot] = end;
  if (start - now > serviceMs) overloadedUntil = Math.max(overloadedUntil, start + recoveryMs);
  const slow = recoveryMs > 0 && start < overloadedUntil ? 2 * serviceMs : 0;
  setTimeout(() => reply(200, { status: 'paid' }), end + slow - now);
}

const api = {
  '/api/ping': () => [200, { ok: true }],
  '/api/recommendations': () => [500, { error: 'answered by recommendations()' }],
  // Real work: filter, sort, hash and serialise a catalogue page.
  '/api/items': (url) => {
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 50), 500);
    const items = catalogue
      .filter((item) => item.price > 10)
      .sort((a, b) => b.price - a.price || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map((item) => ({ ...item, etag: createHash('sha256').update(JSON.stringify(item)).digest('hex').slice(0, 16) }));
    return [200, { count: items.length, items }];
  },
  '/api/checkout': () => [200, {}], // answered by checkout() below
  '/api/orders': () => {
    orders += 1;
    if (failEvery > 0 && orders % failEvery === 0) return [500, { error: 'order service unavailable' }];
    return [201, { id: orders, status: 'accepted' }];
  },
};

// What the API serves, as OpenAPI 3 describes it: what perf-gate init reads to write a first budget.
const openapi = JSON.stringify({
  openapi: '3.0.3',
  info: { title: 'perf-gate example app', version: '1.0.0' },
  paths: {
    '/api/ping': { get: { summary: 'liveness of the API', responses: { 200: { description: 'ok' } } } },
    '/api/items': {
      get: {
        summary: 'a page of the catalogue, dearest first',
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', maximum: 500, default: 50 } }],
        responses: { 200: { description: 'the items' } },
      },
    },
    '/api/items/{id}': {
      get: {
        summary: 'one item',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'integer', minimum: 1, maximum: itemCount },
            examples: { first: { value: 1 }, popular: { value: 42 } },
          },
        ],
        responses: { 200: { description: 'the item' }, 404: { description: 'no such item' } },
      },
    },
    '/api/orders': { post: { summary: 'place an order', responses: { 201: { description: 'accepted' } } } },
    '/api/orders/{id}': {
      get: {
        summary: 'one order',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: { 200: { description: 'the order' } },
      },
    },
  },
});

const lightPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Example shop</title><meta name="description" content="A light page of the perf-gate example app">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;color:#222}</style></head>
<body><h1>Example shop</h1><p>A light page: no images, no scripts.</p><p><a href="/heavy">The heavy page</a></p>${scriptKb > 0 ? '<script src="/static/extra.js"></script>' : ''}</body></html>`;

// A script of EXAMPLE_SCRIPT_KB: a table the browser parses and walks once.
const extraScript = `const table = [${Array.from({ length: Math.ceil((scriptKb * 1024) / 21) }, (_, i) => `'row-${String(i).padStart(14, '0')}'`).join(',')}];
document.title += ' ' + table.length;
`;

// Heavy page: large images and a script that keeps the main thread busy.
const heavyPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Example shop — gallery</title><meta name="description" content="A heavy page of the perf-gate example app">
<script src="/static/app.js"></script></head>
<body><h1>Gallery</h1>
${Array.from({ length: 6 }, (_, i) => `<img src="/static/photo-${i}.svg" alt="Photo ${i}" width="800" height="600">`).join('\n')}
</body></html>`;

const appScript = `// Busy work standing in for a large framework bundle: a long task on the main thread.
const data = ${JSON.stringify(Array.from({ length: 8000 }, (_, i) => ({ i, label: 'row-' + i })))};
let acc = 0;
for (let round = 0; round < 600; round++) for (const row of data) acc += row.label.length * round;
document.addEventListener('DOMContentLoaded', () => { document.title += ' ' + (acc % 7); });
`;

const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><meta name="description" content="${title}, a page of the perf-gate example app">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:40rem;color:#222}label,input,button{display:block;margin:.5rem 0}</style></head>
<body>${body}</body></html>`;

const loginPage = (failed) =>
  page(
    'Sign in',
    `<h1>Sign in</h1>${failed ? '<p role="alert">Wrong user or password.</p>' : ''}
<form method="post" action="/login"><label>User <input name="user" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label><button type="submit">Sign in</button></form>`,
  );

const accountPage = page('Your account', '<h1>Your account</h1><p>Signed in as demo.</p><p>Orders: 3 · Wishlist: 12</p>');

// A list and a button whose handler blocks the main thread for EXAMPLE_INP_MS: a slow interaction on purpose.
const filterPage = page(
  'Filter',
  `<h1>Filter</h1><button id="only-cheap" type="button">Only items under 20</button><ul id="list">${catalogue
    .slice(0, 60)
    .map((i) => `<li data-price="${i.price}">${i.name} — ${i.price.toFixed(2)}</li>`)
    .join('')}</ul>
<script>document.getElementById('only-cheap').addEventListener('click', () => {
  const until = performance.now() + ${inpMs};
  while (performance.now() < until);
  for (const li of document.querySelectorAll('#list li')) li.hidden = Number(li.dataset.price) >= 20;
});</script>`,
);

const cookieOf = (req, name) => new RegExp(`(?:^|;\\s*)${name}=([^;]*)`).exec(req.headers.cookie ?? '')?.[1];

function login(req, res) {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const form = new URLSearchParams(body);
    if (form.get('user') !== 'demo' || form.get('password') !== password) return send(res, 401, 'text/html; charset=utf-8', loginPage(true));
    const id = randomBytes(16).toString('hex');
    sessions.add(id);
    res.writeHead(303, { location: '/account', 'set-cookie': `session=${id}; HttpOnly; Path=/; SameSite=Lax` });
    res.end();
  });
}

const photo = (seed) => {
  const rects = Array.from({ length: 1500 }, (_, i) => {
    const v = (seed * 31 + i * 17) % 255;
    return `<rect x="${(i * 37) % 800}" y="${(i * 53) % 600}" width="40" height="30" fill="rgb(${v},${(v * 3) % 255},${(v * 7) % 255})"/>`;
  }).join('');
  const padding = seed === 0 && heroKb > 0 ? `<desc>${'hero '.repeat(Math.ceil((heroKb * 1024) / 5))}</desc>` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">${padding}${rects}</svg>`;
};

// The recommender's listeners, and what it recommends: from the cache unless it is off.
function startRecommender() {
  for (let i = 0; i < recommend.hosts; i++) {
    const service = createServer((req, res) => {
      req.resume();
      if (recommend.hangEvery > 0 && ++recommend.served % recommend.hangEvery === 0) return;
      req.on('end', () => setTimeout(() => send(res, 200, 'application/json', JSON.stringify({ items: [3, 17, 42] })), recommend.ms));
    });
    service.listen(0, '127.0.0.1', () => recommend.urls.push(`http://127.0.0.1:${service.address().port}/v1/recommend`));
    service.unref();
  }
}

async function recommendations() {
  if (recommend.cached && !recommend.cacheOff) return recommend.cached;
  const calls = Array.from({ length: recommend.calls }, (_, i) =>
    fetch(recommend.urls[i % recommend.urls.length], { method: 'POST', body: '{"customer":3}' }).then((r) => r.json()),
  );
  const [first] = await Promise.all(calls);
  recommend.cached = { items: first.items };
  return recommend.cached;
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  const itemId = /^\/api\/items\/(\d+)$/.exec(url.pathname)?.[1];
  const orderId = /^\/api\/orders\/(\d+)$/.exec(url.pathname)?.[1];
  const handler = itemId
    ? () => (Number(itemId) >= 1 && Number(itemId) <= itemCount ? [200, item(Number(itemId))] : [404, { error: 'no such item' }])
    : orderId
      ? () => (Number(orderId) >= 1 && Number(orderId) <= orders ? [200, { id: Number(orderId), status: 'accepted' }] : [404, { error: 'no such order' }])
      : api[url.pathname];
  if (handler) {
    // Drain the body before answering so keep-alive connections stay usable.
    req.resume();
    req.on('end', () => {
      if (workUs > 0) extraWork();
      if (leakKb > 0) leak();
      if (url.pathname === '/api/checkout') return checkout((status, body) => send(res, status, 'application/json', JSON.stringify(body)));
      if (url.pathname === '/api/recommendations')
        return void recommendations().then(
          (body) => send(res, 200, 'application/json', JSON.stringify(body)),
          (e) => send(res, 502, 'application/json', JSON.stringify({ error: String(e) })),
        );
      const [status, body] = handler(url);
      const reply = () => send(res, status, 'application/json', JSON.stringify(body));
      if (delayMs > 0) setTimeout(reply, delayMs);
      else reply();
    });
    return;
  }
  if (url.pathname === '/health') return send(res, 200, 'text/plain', 'ok');
  if (url.pathname === '/openapi.json') return send(res, 200, 'application/json', openapi);
  if (url.pathname === '/metrics')
    return send(
      res,
      200,
      'text/plain; version=0.0.4',
      `# TYPE example_item_cache_lookups_total counter\n${Object.entries(cacheLookups)
        .map(([r, n]) => `example_item_cache_lookups_total{result="${r}"} ${n}\n`)
        .join('')}`,
    );
  if (url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', lightPage);
  if (url.pathname === '/heavy') return send(res, 200, 'text/html; charset=utf-8', heavyPage);
  if (url.pathname === '/static/app.js') return send(res, 200, 'text/javascript', appScript);
  if (url.pathname === '/static/extra.js' && scriptKb > 0) return send(res, 200, 'text/javascript', extraScript);
  if (url.pathname === '/login') return req.method === 'POST' ? login(req, res) : send(res, 200, 'text/html; charset=utf-8', loginPage(false));
  if (url.pathname === '/account') {
    if (sessions.has(cookieOf(req, 'session'))) return send(res, 200, 'text/html; charset=utf-8', accountPage);
    res.writeHead(302, { location: '/login?next=/account' });
    return res.end();
  }
  if (url.pathname === '/filter') return send(res, 200, 'text/html; charset=utf-8', filterPage);
  const m = /^\/static\/photo-(\d+)\.svg$/.exec(url.pathname);
  if (m) return send(res, 200, 'image/svg+xml', photo(Number(m[1])));
  send(res, 404, 'application/json', JSON.stringify({ error: 'not found' }));
});

startRecommender();
server.keepAliveTimeout = 30_000;
server.listen(port, host, () => console.log(`example app listening on http://${host}:${port}`));
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    console.log(`example app: ${signal}, closing`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
