// A small stand-in for GitHub on 127.0.0.1: the REST API the real Octokit talks to, and the artifact service
// (twirp CreateArtifact/FinalizeArtifact and blob upload) the real @actions/artifact talks to. It records every
// request, and can be told to fail the next requests to a path. Uploaded artifacts can be listed and downloaded.
// Every REST request and answer is checked against GitHub's published description (github-openapi.ts): what does
// not fit fails the test at stop(). Like GitHub, it pages with Link headers in the /repositories/{id}/… form, answers
// the artifact service in its snake_case spelling, and serves an artifact's zip by a redirect to another origin.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerProblems, exampleAnswer, matchOperation, requestProblems, type MatchedOperation } from './github-openapi.js';

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
  readonly pulls = new Map<number, { headSha: string; labels?: string[]; body?: string }>();
  /** Each issue's events (labeled, …), oldest first. */
  readonly issueEvents = new Map<number, { event: string; label?: string; actor: string; created_at: string }[]>();
  /** Repository roles by login (admin, maintain, write, triage, read); 404 for anyone else. */
  readonly roles = new Map<string, string>();
  /** Issues (not pull requests) of the repository. */
  readonly issues: { number: number; title: string; body: string; state: 'open' | 'closed'; state_reason?: string | null }[] = [];
  /** The merged pull requests each commit came with, by sha. */
  readonly commitPulls = new Map<string, { number: number; title: string }[]>();
  /** The run that uploads in this test belong to. */
  uploadRun = { id: 7000, head_branch: 'main', head_sha: 'f'.repeat(40), conclusion: 'success' as string | null };
  private uploads = new Map<string, { name: string; blocks: Map<string, Buffer>; body?: Buffer }>();
  private nextId = 9000;
  /** Failures to answer, in turn, for requests whose path starts with the key ("POST /repos/…" limits it to a method). */
  readonly faults = new Map<string, Fault[]>();
  private server: Server | undefined;
  /** Artifact zips live on another origin, as GitHub's blob storage does. */
  private blobs: Server | undefined;
  private blobUrl = '';
  /** Requests that reached the blob origin, with the authorization they carried (GitHub's token must not follow). */
  readonly blobRequests: RecordedRequest[] = [];
  /** What did not fit GitHub's description; stop() fails with it. */
  readonly violations: string[] = [];
  /** Requests and answers checked against the description. */
  readonly checked = { requests: 0, answers: 0 };
  /** The repository the requests name, and its id in the /repositories/{id}/… links. */
  private repository = { owner: 'octo-org', repo: 'shop', id: 1296269 };
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)));
    });
    this.blobs = createServer((req, res) => this.serveBlob(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    await new Promise<void>((r) => this.blobs!.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.blobUrl = `http://127.0.0.1:${(this.blobs.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    // Keep-alive sockets of the clients would hold close() open past the test.
    for (const server of [this.server, this.blobs]) {
      server?.closeAllConnections();
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    }
    process.stderr.write(
      `fake GitHub: ${this.checked.requests} requests and ${this.checked.answers} answers checked against GitHub's OpenAPI description, ${this.violations.length} did not fit\n`,
    );
    if (this.violations.length > 0) throw new Error(`the fake GitHub was used in ways GitHub's description does not allow:\n${this.violations.join('\n')}`);
  }

  private serveBlob(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.blobUrl);
    this.blobRequests.push({ method: req.method ?? 'GET', path: url.pathname, ...(req.headers.authorization && { authorization: req.headers.authorization }) });
    const a = /^\/blobs\/(\d+)\.zip$/.exec(url.pathname) && this.artifacts.find((x) => `/blobs/${x.id}.zip` === url.pathname);
    if (!a || !a.zip) {
      res.writeHead(404, { 'content-type': 'application/xml' });
      return void res.end('<Error><Code>BlobNotFound</Code></Error>');
    }
    res.writeHead(200, { 'content-type': 'application/zip' });
    res.end(Buffer.from(a.zip));
  }

  /** The REST path as /repos/{owner}/{repo}/…, whichever form it came in; the repository remembered for links. */
  private restPath(pathname: string): string {
    const byId = /^\/repositories\/(\d+)(\/.*)$/.exec(pathname);
    if (byId) return Number(byId[1]) === this.repository.id ? `/repos/${this.repository.owner}/${this.repository.repo}${byId[2]}` : pathname;
    const named = /^\/repos\/([^/]+)\/([^/]+)\//.exec(pathname);
    if (named) this.repository = { ...this.repository, owner: decodeURIComponent(named[1]!), repo: decodeURIComponent(named[2]!) };
    return pathname;
  }

  /** A Link header to the next page, as GitHub writes it: by the repository's id. */
  private nextLink(path: string, params: Record<string, string | number>): string {
    const rest = path.replace(/^\/repos\/[^/]+\/[^/]+/, '');
    const query = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]));
    return `<${this.url}/repositories/${this.repository.id}${rest}?${query}>; rel="next"`;
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
    const artifactService = /^\/(twirp|upload)\//.test(url.pathname);
    const path = artifactService ? url.pathname : this.restPath(url.pathname);
    let op: MatchedOperation | undefined;
    if (!artifactService) {
      this.checked.requests++;
      op = matchOperation(method, path);
      if (!op) this.violations.push(`${method} ${url.pathname}: no such operation in GitHub's REST API`);
      else for (const p of requestProblems(op, url.searchParams, body.toString('utf8'))) this.violations.push(`${method} ${url.pathname}: ${p}`);
    }
    let fault = false;
    const json = (status: number, answer: unknown, headers: Record<string, string> = {}) => {
      if (op && !fault) {
        this.checked.answers++;
        for (const p of answerProblems(op, status, answer)) this.violations.push(`${method} ${url.pathname}: ${p}`);
      }
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(answer));
    };
    for (const [key, faults] of this.faults) {
      const [m, prefix] = key.includes(' ') ? key.split(' ', 2) : [undefined, key];
      if ((m === undefined || m === method) && path.startsWith(prefix!) && faults.length > 0) {
        const f = faults.shift()!;
        fault = true;
        return typeof f === 'number' ? json(f, { message: 'fault injected' }) : json(f.status, { message: f.message }, f.headers);
      }
    }
    if (!artifactService && !op) return json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    this.route(req, res, url, path, method, body, json);
  }

  private issuesRoute(method: string, url: URL, body: Buffer, json: (status: number, answer: unknown) => void): void {
    if (method === 'POST') {
      const request = JSON.parse(body.toString('utf8')) as { title: string; body: string };
      const issue = { number: this.nextId++, title: request.title, body: request.body, state: 'open' as const };
      this.issues.push(issue);
      return json(201, this.issueAnswer(issue));
    }
    const state = url.searchParams.get('state') ?? 'open';
    const list = this.issues.filter((i) => state === 'all' || i.state === state).reverse();
    return json(
      200,
      list.map((i) => this.issueAnswer(i)),
    );
  }

  private issueAnswer(i: FakeGitHub['issues'][number]): object {
    // The example of an issue created is a whole issue (the one of getting an issue leaves fields out).
    // Its state_reason is null, which the validator's reading of the enum does not take: set only once closed.
    const { state_reason: _null, ...example } = exampleAnswer('post', '/repos/{owner}/{repo}/issues', 201);
    return {
      ...example,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      ...(i.state_reason && { state_reason: i.state_reason }),
      pull_request: undefined,
    };
  }

  private route(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    path: string,
    method: string,
    body: Buffer,
    json: (status: number, answer: unknown, headers?: Record<string, string>) => void,
  ): void {
    let m: RegExpExecArray | null;
    if ((m = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(CreateArtifact|FinalizeArtifact)$/.exec(path))) {
      const request = JSON.parse(body.toString('utf8')) as { name: string };
      if (m[1] === 'CreateArtifact') {
        const uploadId = `u${this.nextId++}`;
        this.uploads.set(uploadId, { name: request.name, blocks: new Map() });
        return json(200, { ok: true, signed_upload_url: `${this.url}/upload/${uploadId}?sig=fake` });
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
      return json(200, { ok: true, artifact_id: String(id) });
    }
    if ((m = /^\/upload\/(\w+)$/.exec(path)) && req.method === 'PUT') {
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
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts$/.exec(path))) {
      const name = url.searchParams.get('name');
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = this.artifacts.filter((a) => !name || a.name === name);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = this.nextLink(path, { ...(name && { name }), per_page: perPage, page: page + 1 });
      return json(200, { total_count: all.length, artifacts: slice.map((a) => this.artifactAnswer(a)) }, headers);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)$/.exec(path))) {
      const a = this.artifacts.find((x) => x.run.id === Number(m![1]));
      if (!a) return json(404, { message: 'Not Found' });
      const run = exampleAnswer('get', '/repos/{owner}/{repo}/actions/runs/{run_id}', 200);
      return json(200, { ...run, id: a.run.id, conclusion: a.run.conclusion, head_sha: a.run.head_sha, head_branch: a.run.head_branch });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(path))) {
      // GitHub answers with a redirect to short-lived blob storage on another origin.
      res.writeHead(302, { location: `${this.blobUrl}/blobs/${m[1]}.zip?sig=fake` });
      return void res.end();
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) return this.issuesRoute(method, url, body, json);
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const issue = this.issues.find((i) => i.number === Number(m![1]));
      if (!issue) return json(404, { message: 'Not Found' });
      Object.assign(issue, JSON.parse(body.toString('utf8')) as object);
      return json(200, this.issueAnswer(issue));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/pulls$/.exec(path))) {
      const example = exampleAnswer('get', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', 200) as object;
      // Its example leaves out the links and the assignee its schema requires: a pull request's own, and nobody.
      const { _links } = exampleAnswer('get', '/repos/{owner}/{repo}/pulls/{pull_number}', 200) as { _links: object };
      return json(
        200,
        (this.commitPulls.get(m[1]!) ?? []).map((p) => ({
          _links,
          ...example,
          number: p.number,
          title: p.title,
          merged_at: '2026-12-01T10:00:00Z',
          requested_teams: [],
        })),
      );
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (method === 'POST') {
        const comment: FakeComment = {
          id: this.nextId++,
          issue,
          body: (JSON.parse(body.toString('utf8')) as { body: string }).body,
          user: { login: 'github-actions[bot]' },
        };
        this.comments.push(comment);
        return json(201, this.commentAnswer(comment));
      }
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = this.comments.filter((c) => c.issue === issue);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) headers.link = this.nextLink(path, { per_page: perPage, page: page + 1 });
      return json(
        200,
        all.slice((page - 1) * perPage, page * perPage).map((c) => this.commentAnswer(c)),
        headers,
      );
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const comment = this.comments.find((c) => c.id === Number(m![1]));
      if (!comment) return json(404, { message: 'Not Found' });
      comment.body = (JSON.parse(body.toString('utf8')) as { body: string }).body;
      return json(200, this.commentAnswer(comment));
    }
    if (/^\/repos\/[^/]+\/[^/]+\/tags$/.test(path)) {
      const tag = exampleAnswer('get', '/repos/{owner}/{repo}/tags', 200);
      return json(
        200,
        this.tags.map((name) => ({ ...tag, name, commit: { sha: 'a'.repeat(40), url: `${this.url}/repos/o/r/commits/${'a'.repeat(40)}` } })),
      );
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(path))) {
      const pr = this.pulls.get(Number(m[1]));
      if (!pr) return json(404, { message: 'Not Found' });
      const answer = exampleAnswer('get', '/repos/{owner}/{repo}/pulls/{pull_number}', 200) as { head: object; labels: object[]; body: string };
      const label = answer.labels[0] ?? {};
      // GitHub's own example lists a team without the type its schema requires: none here.
      return json(200, {
        ...answer,
        number: Number(m[1]),
        head: { ...answer.head, sha: pr.headSha },
        requested_teams: [],
        labels: (pr.labels ?? []).map((name, i) => ({ ...label, id: 100 + i, name })),
        body: pr.body ?? answer.body,
      });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/events$/.exec(path))) {
      const example = exampleAnswer('get', '/repos/{owner}/{repo}/issues/{issue_number}/events', 200) as unknown as {
        actor: object;
        label?: object;
      };
      const events = this.issueEvents.get(Number(m[1])) ?? [];
      return json(
        200,
        events.map((e, i) => ({
          ...example,
          id: 500 + i,
          event: e.event,
          actor: { ...example.actor, login: e.actor },
          created_at: e.created_at,
          ...(e.label && { label: { name: e.label, color: 'ededed' } }),
        })),
      );
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/collaborators\/([^/]+)\/permission$/.exec(path))) {
      const role = this.roles.get(decodeURIComponent(m[1]!));
      if (!role) return json(404, { message: 'Not Found' });
      const answer = exampleAnswer('get', '/repos/{owner}/{repo}/collaborators/{username}/permission', 200) as { user: object };
      const permission = role === 'triage' || role === 'read' ? 'read' : role === 'maintain' ? 'write' : role;
      return json(200, { ...answer, permission, role_name: role, user: { ...answer.user, login: decodeURIComponent(m[1]!), role_name: role } });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(path))) {
      const list = this.artifacts.filter((a) => a.run.id === Number(m![1]));
      return json(200, { total_count: list.length, artifacts: list.map((a) => this.artifactAnswer(a)) });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(path) && method === 'POST') {
      const request = JSON.parse(body.toString('utf8')) as Omit<FakeCheckRun, 'id' | 'annotations' | 'output'> & {
        output?: FakeCheckRun['output'] & { annotations?: FakeCheckRun['annotations'] };
      };
      // GitHub takes at most 50 annotations a request.
      if ((request.output?.annotations?.length ?? 0) > 50) return json(422, { message: 'Only 50 annotations are allowed per request' });
      const { annotations = [], ...output } = request.output ?? { title: '', summary: '' };
      const run: FakeCheckRun = { ...request, id: this.nextId++, output, annotations };
      this.checkRuns.push(run);
      return json(201, this.checkRunAnswer(run, 201));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const run = this.checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return json(404, { message: 'Not Found' });
      const request = JSON.parse(body.toString('utf8')) as { output?: FakeCheckRun['output'] & { annotations?: FakeCheckRun['annotations'] } };
      if ((request.output?.annotations?.length ?? 0) > 50) return json(422, { message: 'Only 50 annotations are allowed per request' });
      const { annotations = [], ...output } = request.output ?? { title: run.output.title, summary: run.output.summary };
      run.output = { ...run.output, ...output };
      run.annotations.push(...annotations);
      return json(200, this.checkRunAnswer(run, 200));
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/compare\/(.+)$/.exec(path))) {
      const sha = this.mergeBase[decodeURIComponent(m[1]!)];
      if (!sha) return json(404, { message: 'Not Found' });
      const answer = exampleAnswer('get', '/repos/{owner}/{repo}/compare/{basehead}', 200) as { merge_base_commit: object };
      return json(200, { ...answer, merge_base_commit: { ...answer.merge_base_commit, sha } });
    }
    json(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  // GitHub's example objects with this fake's fields over them.
  private artifactAnswer(a: FakeArtifact): Record<string, unknown> {
    const example = exampleAnswer('get', '/repos/{owner}/{repo}/actions/artifacts', 200) as { artifacts: Record<string, unknown>[] };
    const base = example.artifacts[0]!;
    return {
      ...base,
      id: a.id,
      name: a.name,
      expired: a.expired ?? false,
      created_at: a.created_at,
      size_in_bytes: a.zip?.length ?? 0,
      url: `${this.url}/repos/${this.repository.owner}/${this.repository.repo}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.url}/repos/${this.repository.owner}/${this.repository.repo}/actions/artifacts/${a.id}/zip`,
      workflow_run: { ...(base.workflow_run as object), id: a.run.id, head_branch: a.run.head_branch, head_sha: a.run.head_sha },
    };
  }

  private commentAnswer(c: FakeComment): Record<string, unknown> {
    const example = exampleAnswer('get', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 200) as { user: object };
    return {
      ...example,
      id: c.id,
      body: c.body,
      user: { ...example.user, login: c.user.login },
      html_url: `https://github.test/pull/${c.issue}#issuecomment-${c.id}`,
    };
  }

  private checkRunAnswer(run: FakeCheckRun, status: 200 | 201): Record<string, unknown> {
    const template = status === 201 ? '/repos/{owner}/{repo}/check-runs' : '/repos/{owner}/{repo}/check-runs/{check_run_id}';
    const example = exampleAnswer(status === 201 ? 'post' : 'patch', template, status);
    return { ...example, id: run.id, name: run.name, head_sha: run.head_sha, html_url: `https://github.test/runs/${run.id}` };
  }
}

/** A runtime token as a runner gives one: a JWT whose scp claim names the run and job backends. */
export function runtimeToken(): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: 'Actions.GenericRead Actions.Results:11111111-2222-3333-4444-555555555555:66666666-7777-8888-9999-000000000000' })}.sig`;
}
