// A small stand-in for GitHub's REST API on 127.0.0.1, for the real Octokit to talk to. It records every
// request, and can be told to fail the next requests to a path.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeArtifact {
  id: number;
  name: string;
  created_at: string;
  expired?: boolean;
  run: { id: number; head_branch: string; head_sha: string; conclusion: string | null };
  /** The zip served for it; undefined gives a 404 on download. */
  zip?: Uint8Array;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
}

export class FakeGitHub {
  readonly artifacts: FakeArtifact[] = [];
  readonly requests: RecordedRequest[] = [];
  mergeBase: Record<string, string> = {};
  /** Status codes to answer, in turn, for requests whose path starts with the key. */
  readonly faults = new Map<string, number[]>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({ method: req.method ?? 'GET', path: `${url.pathname}${url.search}`, ...(req.headers.authorization && { authorization: req.headers.authorization }) });
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    for (const [prefix, statuses] of this.faults) {
      if (url.pathname.startsWith(prefix) && statuses.length > 0) return json(statuses.shift()!, { message: 'fault injected' });
    }
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts$/.exec(url.pathname))) {
      const name = url.searchParams.get('name');
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = this.artifacts.filter((a) => !name || a.name === name);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = `<${this.url}${url.pathname}?name=${name ?? ''}&per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return json(
        200,
        {
          total_count: all.length,
          artifacts: slice.map((a) => ({
            id: a.id,
            name: a.name,
            expired: a.expired ?? false,
            created_at: a.created_at,
            workflow_run: { id: a.run.id, head_branch: a.run.head_branch, head_sha: a.run.head_sha },
          })),
        },
        headers,
      );
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)$/.exec(url.pathname))) {
      const a = this.artifacts.find((x) => x.run.id === Number(m![1]));
      return a ? json(200, { id: a.run.id, conclusion: a.run.conclusion, head_sha: a.run.head_sha }) : json(404, { message: 'Not Found' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname))) {
      // GitHub answers with a redirect to short-lived blob storage.
      res.writeHead(302, { location: `${this.url}/blobs/${m[1]}.zip` });
      return void res.end();
    }
    if ((m = /^\/blobs\/(\d+)\.zip$/.exec(url.pathname))) {
      const a = this.artifacts.find((x) => x.id === Number(m![1]));
      if (!a?.zip) return json(404, { message: 'BlobNotFound' });
      res.writeHead(200, { 'content-type': 'application/zip' });
      return void res.end(Buffer.from(a.zip));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/compare\/(.+)$/.exec(url.pathname))) {
      const sha = this.mergeBase[decodeURIComponent(m[1]!)];
      return sha ? json(200, { merge_base_commit: { sha } }) : json(404, { message: 'Not Found' });
    }
    json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }
}
