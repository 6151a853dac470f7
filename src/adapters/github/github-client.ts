// The GitHub REST client: @actions/github's getOctokit (the runner's API URL, its proxy settings and user agent),
// with retries on 5xx (plugin-retry), waits on rate limits (plugin-throttling) and a timeout on every call, so a slow
// or flaky API never hangs a gate.
import { getOctokit } from '@actions/github';
import type { Logger } from '../../logger.js';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { firstLineOf } from '../../core/errors.js';

export type GitHub = ReturnType<typeof getOctokit>;

interface GitHubClientOptions {
  /** The REST API root: GITHUB_API_URL on a runner, a fake server in tests. */
  baseUrl?: string;
  /** Milliseconds per call before it is abandoned. */
  timeoutMs?: number;
  /** Base of the quadratic backoff between retries (1 s, 4 s, 9 s by default). */
  retryBaseMs?: number;
  log?: Pick<Logger, 'warn'>;
}

export function createGitHubClient(token: string, opts: GitHubClientOptions = {}): GitHub {
  const options = {
    ...(opts.baseUrl && { baseUrl: opts.baseUrl }),
    userAgent: 'perf-gate',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => opts.log?.warn(m), error: (m: string) => opts.log?.warn(m) },
    retry: { retryAfterBaseValue: opts.retryBaseMs ?? 1000 },
    throttle: {
      // Wait out a rate limit twice, then give up: the gate degrades to "no baseline" rather than hang.
      onRateLimit: (after: number, _o: unknown, _k: unknown, retryCount: number) => retryCount < 2 && after <= 60,
      onSecondaryRateLimit: (after: number, _o: unknown, _k: unknown, retryCount: number) => retryCount < 2 && after <= 60,
    },
  };
  const octokit = getOctokit(token, options, retry, throttling);
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request, signal: options.request?.signal ?? AbortSignal.timeout(opts.timeoutMs ?? 30_000) };
  });
  return octokit;
}

/** A failed API call as a result: its HTTP status when there was one, and the first line of its message. */
export function apiFailure(e: unknown): { ok: false; status?: number; reason: string } {
  const status = (e as { status?: number }).status;
  const message = firstLineOf(e);
  return { ok: false, ...(status !== undefined && { status }), reason: status ? `HTTP ${status}: ${message}` : (message ?? 'unknown error') };
}
