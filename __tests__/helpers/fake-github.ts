// A small stand-in for GitHub on 127.0.0.1: the REST API the real Octokit talks to, and the artifact service
// (twirp CreateArtifact/FinalizeArtifact and blob upload) the real @actions/artifact talks to. It records every
// request, and can be told to fail the next requests to a path. Uploaded artifacts can be listed and downloaded.
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
  body?: string;
}

/** A check run as created, with the annotations of every request together. */
export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  output: { title: string; summary: string; text?: string };
  annotations: { path: string; start_line: number; end_line: number; annotation_level: string; message: string; title?: string }[];
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string };
}

/** A canned failure: a status, or a status with the body and headers GitHub sends (e.g. a secondary rate limit). */
export type Fault = number | { status: number; message: string; headers?: Record<string, string> };

export class FakeGitHub {
  readonly artifacts: FakeArtifact[] = [];
  readonly requests: RecordedRequest[] = [];
  mergeBase: Record<string, string> = {};
  readonly comments: FakeComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly tags: string[] = [];
  /** Pull requests by number: their head commit, for checking where an artifact came from. */
  readonly pulls = new Map<number, { headSha: string }>();
  /** The run that uploads in this test belong to. */
  uploadRun = { id: 7000, head_branch: 'main', head_sha: 'f'.repeat(40), conclusion: 'success' as string | null };
  private uploads = new Map<string, { name: string; blocks: Map<string, Buffer>; body?: Buffer }>();
  private nextId = 9000;
  /** Failures to answer, in turn, for requests whose path starts with the key ("POST /repos/…" limits it to a method). */
  readonly faults = new Map<string, Fault[]>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop(): Promise<void> {
    // Keep-alive sockets of the clients would hold close() open past the test.
    this.server?.closeAllConnections();
    return new Promise((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: `${url.pathname}${url.search}`,
      ...(req.headers.authorization && { authorization: req.headers.authorization }),
      ...(body.length > 0 && !url.pathname.startsWith('/upload/') && { body: body.toString('utf8') }),
    });
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    for (const [key, faults] of this.faults) {
      const [m, prefix] = key.includes(' ') ? key.split(' ', 2) : [undefined, key];
      if ((m === undefined || m === method) && url.pathname.startsWith(prefix!) && faults.length > 0) {
        const f = faults.shift()!;
        return typeof f === 'number' ? json(f, { message: 'fault injected' }) : json(f.status, { message: f.message }, f.headers);
      }
    }
    let m: RegExpExecArray | null;
    if ((m = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(CreateArtifact|FinalizeArtifact)$/.exec(url.pathname))) {
      const request = JSON.parse(body.toString('utf8')) as { name: string };
      if (m[1] === 'CreateArtifact') {
        const uploadId = `u${this.nextId++}`;
        this.uploads.set(uploadId, { name: request.name, blocks: new Map() });
        return json(200, { ok: true, signedUploadUrl: `${this.url}/upload/${uploadId}?sig=fake` });
      }
      const entry = [...this.uploads.entries()].find(([, u]) => u.name === request.name);
      if (!entry) return json(404, { msg: 'no such upload' });
      const [, upload] = entry;
      const id = this.nextId++;
      this.artifacts.push({
        id,
        name: request.name,
        created_at: new Date().toISOString(),
        run: { ...this.uploadRun },
        ...(upload.body && { zip: new Uint8Array(upload.body) }),
      });
      return json(200, { ok: true, artifactId: String(id) });
    }
    if ((m = /^\/upload\/(\w+)$/.exec(url.pathname)) && req.method === 'PUT') {
      const upload = this.uploads.get(m[1]!);
      if (!upload) return json(404, { message: 'no such upload' });
      const comp = url.searchParams.get('comp');
      if (comp === 'block') upload.blocks.set(url.searchParams.get('blockid') ?? '', body);
      else if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map((x) => x[1]!);
        upload.body = Buffer.concat(ids.map((id) => upload.blocks.get(id) ?? Buffer.alloc(0)));
      } else upload.body = body;
      res.writeHead(201, {
        etag: '"0x1"',
        'last-modified': new Date().toUTCString(),
        'x-ms-request-id': 'fake',
        'x-ms-version': '2025-01-05',
        'x-ms-request-server-encrypted': 'true',
      });
      return void res.end();
    }
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
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(m[1]);
      if (method === 'POST') {
        const comment: FakeComment = {
          id: this.nextId++,
          issue,
          body: (JSON.parse(body.toString('utf8')) as { body: string }).body,
          user: { login: 'github-actions[bot]' },
        };
        this.comments.push(comment);
        return json(201, { ...comment, html_url: `https://github.test/pull/${issue}#issuecomment-${comment.id}` });
      }
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = this.comments.filter((c) => c.issue === issue);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = `<${this.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      return json(200, all.slice((page - 1) * perPage, page * perPage), headers);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return json(404, { message: 'Not Found' });
      comment.body = (JSON.parse(body.toString('utf8')) as { body: string }).body;
      return json(200, { ...comment, html_url: `https://github.test/pull/${comment.issue}#issuecomment-${comment.id}` });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/tags$/.test(url.pathname)) {
      return json(
        200,
        this.tags.map((name) => ({ name, commit: { sha: 'a'.repeat(40) } })),
      );
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname))) {
      const pr = this.pulls.get(Number(m[1]));
      return pr ? json(200, { number: Number(m[1]), head: { sha: pr.headSha } }) : json(404, { message: 'Not Found' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(url.pathname))) {
      const list = this.artifacts.filter((a) => a.run.id === Number(m![1]));
      return json(200, {
        total_count: list.length,
        artifacts: list.map((a) => ({ id: a.id, name: a.name, expired: a.expired ?? false, created_at: a.created_at })),
      });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(url.pathname) && method === 'POST') {
      const request = JSON.parse(body.toString('utf8')) as Omit<FakeCheckRun, 'id' | 'annotations' | 'output'> & {
        output?: FakeCheckRun['output'] & { annotations?: FakeCheckRun['annotations'] };
      };
      // GitHub takes at most 50 annotations a request.
      if ((request.output?.annotations?.length ?? 0) > 50) return json(422, { message: 'Only 50 annotations are allowed per request' });
      const { annotations = [], ...output } = request.output ?? { title: '', summary: '' };
      const run: FakeCheckRun = { ...request, id: this.nextId++, output, annotations };
      this.checkRuns.push(run);
      return json(201, { id: run.id, html_url: `https://github.test/runs/${run.id}` });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(url.pathname)) && method === 'PATCH') {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return json(404, { message: 'Not Found' });
      const request = JSON.parse(body.toString('utf8')) as { output?: FakeCheckRun['output'] & { annotations?: FakeCheckRun['annotations'] } };
      if ((request.output?.annotations?.length ?? 0) > 50) return json(422, { message: 'Only 50 annotations are allowed per request' });
      const { annotations = [], ...output } = request.output ?? { title: run.output.title, summary: run.output.summary };
      run.output = { ...run.output, ...output };
      run.annotations.push(...annotations);
      return json(200, { id: run.id, html_url: `https://github.test/runs/${run.id}` });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/compare\/(.+)$/.exec(url.pathname))) {
      const sha = this.mergeBase[decodeURIComponent(m[1]!)];
      return sha ? json(200, { merge_base_commit: { sha } }) : json(404, { message: 'Not Found' });
    }
    json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }
}

/** A runtime token as a runner gives one: a JWT whose scp claim names the run and job backends. */
export function runtimeToken(): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: 'Actions.GenericRead Actions.Results:11111111-2222-3333-4444-555555555555:66666666-7777-8888-9999-000000000000' })}.sig`;
}
