/**
 * The errors the gateway throws. Each message says what to do next, so the CLI, the Action and the App
 * can print `error.message` as it is. The Octokit error that caused it stays on `cause`.
 */
export interface GitHubErrorOptions {
  cause?: unknown;
  /** HTTP status, when the failure came from an HTTP response. */
  status?: number | undefined;
  /** The request that failed, e.g. `POST /repos/acme/widgets/labels`. */
  request?: string | undefined;
}

export class GitHubError extends Error {
  override name = "GitHubError";
  readonly status: number | undefined;
  readonly request: string | undefined;

  constructor(message: string, options: GitHubErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
    this.request = options.request;
  }
}

/** 403 (or a GraphQL FORBIDDEN / INSUFFICIENT_SCOPES): the token lacks a permission. */
export class PermissionError extends GitHubError {
  override name = "PermissionError";
  /** The permission we believe is missing, written as in a workflow's `permissions:`, e.g. `issues: write`. */
  readonly permission: string | undefined;
  /** GitHub's own `x-accepted-github-permissions` header, when it sent one. */
  readonly acceptedPermissions: string | undefined;

  constructor(message: string, options: GitHubErrorOptions & { permission?: string | undefined; acceptedPermissions?: string | undefined }) {
    super(message, options);
    this.permission = options.permission;
    this.acceptedPermissions = options.acceptedPermissions;
  }
}

/**
 * 404. `subject` tells a repository that is missing (or invisible to the token, which GitHub does not
 * distinguish) from a missing thing inside a repository that is there.
 */
export class NotFoundError extends GitHubError {
  override name = "NotFoundError";
  readonly subject: "repository" | "resource";

  constructor(message: string, options: GitHubErrorOptions & { subject: "repository" | "resource" }) {
    super(message, options);
    this.subject = options.subject;
  }
}

/** A primary or secondary rate limit that outlasted our retries. */
export class RateLimitError extends GitHubError {
  override name = "RateLimitError";
  /** When the primary limit resets, from `x-ratelimit-reset`. */
  readonly resetAt: Date | undefined;
  /** Seconds GitHub asked us to wait, from `retry-after`. */
  readonly retryAfterSeconds: number | undefined;

  constructor(message: string, options: GitHubErrorOptions & { resetAt?: Date | undefined; retryAfterSeconds?: number | undefined }) {
    super(message, options);
    this.resetAt = options.resetAt;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** One entry of the `errors` array GitHub sends with `422 Validation Failed`. */
export interface ValidationFailure {
  resource?: string;
  field?: string;
  code: string;
  message?: string;
}

/** 422: GitHub understood the request but rejected its content. */
export class ValidationFailedError extends GitHubError {
  override name = "ValidationFailedError";
  readonly errors: readonly ValidationFailure[];

  constructor(message: string, options: GitHubErrorOptions & { errors: readonly ValidationFailure[] }) {
    super(message, options);
    this.errors = options.errors;
  }

  /** True when GitHub reported this code, e.g. `already_exists`. */
  hasCode(code: string): boolean {
    return this.errors.some((error) => error.code === code);
  }
}
