import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import Bottleneck from "bottleneck";

export interface CreateOctokitOptions {
  token: string;
  /** API base, e.g. `GITHUB_API_URL`; `https://HOST/api/v3` on GitHub Enterprise Server. */
  baseUrl?: string | undefined;
  userAgent?: string | undefined;
  /** Retries of a request that failed with a 5xx (default 3), with growing waits. */
  retries?: number;
  /** Retries after a primary or secondary rate limit (default 3). */
  rateLimitRetries?: number;
  /** The longest a rate limit may make us wait before we give up with a RateLimitError (default 300 s). */
  maxRateLimitWaitSeconds?: number;
  /**
   * Multiplies every wait: retry backoff, `retry-after`, `x-ratelimit-reset` and the pacing between
   * writes. 1 in production; tests pass something like 0.001.
   */
  timeScale?: number;
  /** Where warnings about rate limits and retries go. Silent by default. */
  warn?: (message: string) => void;
}

const DEFAULT_BASE_URL = "https://api.github.com";
const DEFAULT_USER_AGENT = "persona-governance";
/** Statuses never worth repeating; 429 is left to the throttling plugin, which honours `retry-after`. */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

/**
 * Builds the Octokit that the CLI and the Action use: REST + GraphQL, retries on 5xx with backoff,
 * and GitHub's rate-limit etiquette (pacing of writes, `retry-after` and `x-ratelimit-reset` honoured
 * on primary and secondary limits) from `@octokit/plugin-throttling`.
 */
export function createOctokit(options: CreateOctokitOptions): Octokit {
  const scale = options.timeScale ?? 1;
  const warn = options.warn ?? (() => undefined);
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 300;
  const ThrottledOctokit = Octokit.plugin(retry, throttling);
  return new ThrottledOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ""),
    userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
    log: { debug: () => undefined, info: () => undefined, warn, error: () => undefined },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: 1000 * scale, doNotRetry: DO_NOT_RETRY },
    throttle: {
      retryAfterBaseValue: 1000 * scale,
      ...(scale === 1 ? {} : scaledPacing(scale)),
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < rateLimitRetries && retryAfter <= maxWait;
        warn(`Rate limit hit on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s` : "giving up"}.`);
        return again;
      },
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        const again = retryCount < rateLimitRetries && retryAfter <= maxWait;
        warn(`Secondary rate limit hit on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s` : "giving up"}.`);
        return again;
      },
    },
  });
}

// The plugin spaces writes 1 s apart (3 s for ones that notify people), as GitHub asks. Its default
// limiters are shared by the whole process, so scaled ones are built for this client only.
function scaledPacing(scale: number): { write: Bottleneck.Group; notifications: Bottleneck.Group; search: Bottleneck.Group } {
  return {
    write: new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.round(1000 * scale) }),
    notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.round(3000 * scale) }),
    search: new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.round(2000 * scale) }),
  };
}
