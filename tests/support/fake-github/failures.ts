/** A failure to inject into matching requests, before any state changes. */
export interface FailureSpec {
  /** HTTP method; any method when omitted. */
  method?: string;
  /** Exact path (decoded or as sent, without query) or a pattern tested on the decoded path. */
  path?: string | RegExp;
  /** The OpenAPI operationId, e.g. "issues/create-label"; an alternative to `path`. */
  operationId?: string;
  /** Status to answer with. Defaults: 500, or 403 for rate limits. */
  status?: number;
  headers?: Record<string, string>;
  /** JSON body; defaults to GitHub's error shape with a fitting message. */
  body?: unknown;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Fill in GitHub's headers and message for a primary (x-ratelimit-*) or secondary (retry-after) rate limit. */
  rateLimit?: "primary" | "secondary";
  /** Seconds until the limit resets (rate limits only; default 1). */
  retryAfterSeconds?: number;
}

export interface InjectedFailure {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

interface PendingFailure {
  spec: FailureSpec;
  remaining: number;
}

/** The queue behind `failNext`: each spec fails the next `times` matching requests. */
export class FailureQueue {
  private pending: PendingFailure[] = [];

  add(spec: FailureSpec): void {
    this.pending.push({ spec, remaining: spec.times ?? 1 });
  }

  clear(): void {
    this.pending = [];
  }

  /** Consumes and returns the failure for this request, if one matches. */
  take(method: string, path: string, rawPath: string, operationId: string | undefined, now: Date): InjectedFailure | undefined {
    const found = this.pending.find((p) => matches(p.spec, method, path, rawPath, operationId));
    if (!found) return undefined;
    found.remaining--;
    if (found.remaining <= 0) this.pending = this.pending.filter((p) => p !== found);
    return render(found.spec, now);
  }
}

function matches(spec: FailureSpec, method: string, path: string, rawPath: string, operationId: string | undefined): boolean {
  if (spec.method !== undefined && spec.method.toUpperCase() !== method) return false;
  if (spec.operationId !== undefined && spec.operationId !== operationId) return false;
  if (typeof spec.path === "string") return spec.path === path || spec.path === rawPath;
  if (spec.path instanceof RegExp) return spec.path.test(path);
  return true;
}

function render(spec: FailureSpec, now: Date): InjectedFailure {
  const wait = spec.retryAfterSeconds ?? 1;
  const docs = "https://docs.github.com/rest";
  if (spec.rateLimit === "primary") {
    const reset = String(Math.ceil(now.getTime() / 1000) + wait);
    const headers = {
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-used": "5000",
      "x-ratelimit-reset": reset,
      "x-ratelimit-resource": "core",
      ...spec.headers,
    };
    const body = spec.body ?? {
      message: "API rate limit exceeded for installation.",
      documentation_url: `${docs}/overview/rate-limits-for-the-rest-api`,
      status: String(spec.status ?? 403),
    };
    return { status: spec.status ?? 403, headers, body };
  }
  if (spec.rateLimit === "secondary") {
    const headers = { "retry-after": String(wait), ...spec.headers };
    const message = "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
    const body = spec.body ?? {
      message,
      documentation_url: `${docs}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
      status: String(spec.status ?? 403),
    };
    return { status: spec.status ?? 403, headers, body };
  }
  const status = spec.status ?? 500;
  const message =
    status >= 500
      ? "Server Error"
      : status === 404
        ? "Not Found"
        : status === 403
          ? "Resource not accessible by integration"
          : "Injected failure";
  return { status, headers: { ...spec.headers }, body: spec.body ?? { message, documentation_url: docs, status: String(status) } };
}
