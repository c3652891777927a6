/**
 * Octokit's `RequestError`, recognised by shape rather than by class: Probot, `@actions/github` and our
 * own client may each load their own copy of `@octokit/request-error`, and `instanceof` fails across
 * copies.
 */
export interface HttpFailure {
  status: number;
  message: string;
  request: { method: string; url: string };
  response?: { headers: Record<string, string | number | undefined>; data?: unknown };
}

export function isHttpFailure(error: unknown): error is HttpFailure & Error {
  if (!(error instanceof Error)) return false;
  const candidate = error as Error & Partial<HttpFailure>;
  return typeof candidate.status === "number" && typeof candidate.request?.method === "string" && typeof candidate.request.url === "string";
}

/** The HTTP status of an Octokit error, or undefined for anything else. */
export function statusOf(error: unknown): number | undefined {
  return isHttpFailure(error) ? error.status : undefined;
}

/** A response header as a string (Octokit lower-cases header names). */
export function headerOf(error: HttpFailure, name: string): string | undefined {
  const value = error.response?.headers[name.toLowerCase()];
  return value === undefined ? undefined : String(value);
}

/** GitHub's own error message from the response body, which is more specific than Octokit's. */
export function githubMessageOf(error: HttpFailure): string {
  const data = error.response?.data;
  if (typeof data === "object" && data !== null && "message" in data && typeof data.message === "string") return data.message;
  return error.message;
}
