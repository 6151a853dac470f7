// The Node corpus under fastify (from npm): GET /<route> answers what the shape returns; /health answers ok.
import Fastify from 'fastify';
import { routes } from './shapes.mjs';

const app = Fastify();
app.get('/health', async () => ({ ok: true }));
for (const [name, route] of Object.entries(routes)) app.get(`/${name}`, async () => route());
await app.listen({ port: Number(process.env.PORT ?? 3000), host: '127.0.0.1' });
