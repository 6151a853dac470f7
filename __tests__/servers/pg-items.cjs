/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, so NODE_PATH finds pg from a copy outside the repository */
// A Node API on PostgreSQL through node-postgres, as Node apps are written: a pool, a list endpoint that reads 20
// items. ITEMS_N_PLUS_ONE=1 reads each item's name with a statement of its own (2 -> 21 statements a request).
const http = require('node:http');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
const nPlusOne = process.env.ITEMS_N_PLUS_ONE === '1';

async function prepare() {
  await pool.query('CREATE TABLE IF NOT EXISTS items (id int PRIMARY KEY, name text NOT NULL)');
  await pool.query("INSERT INTO items SELECT i, 'item ' || i FROM generate_series(1, 500) i ON CONFLICT DO NOTHING");
}

async function list() {
  const ids = (await pool.query('SELECT id FROM items ORDER BY id LIMIT 20')).rows.map((r) => r.id);
  if (nPlusOne) {
    const out = [];
    for (const id of ids) out.push((await pool.query('SELECT id, name FROM items WHERE id = $1', [id])).rows[0]);
    return out;
  }
  return (await pool.query('SELECT id, name FROM items WHERE id = ANY($1)', [ids])).rows;
}

const server = http.createServer((req, res) => {
  if (req.url === '/health') return res.end('ok');
  if (req.url === '/api/items')
    return list().then(
      (rows) => res.setHeader('content-type', 'application/json').end(JSON.stringify(rows)),
      (e) => res.writeHead(500).end(String(e)),
    );
  res.writeHead(404).end();
});

prepare().then(() => server.listen(Number(process.env.PORT), '127.0.0.1'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
