// The Node corpus on node:http: GET /<route> answers what the shape returns, as JSON; /health answers ok.
import http from 'node:http';
import { routes } from './shapes.mjs';

const port = Number(process.env.PORT ?? 3000);
// Ended by Ctrl-C, it exits as a program does, so a profile asked for with --cpu-prof is written.
process.once('SIGINT', () => process.exit(0));
http
  .createServer(async (req, res) => {
    const name = (req.url ?? '/').slice(1).split('?')[0];
    const route = routes[name];
    if (!route && name !== 'health') {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.stringify(route ? await route() : { ok: true });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  })
  .listen(port, '127.0.0.1');
