import { describeEndpoint, type EndpointFacts } from "./describe-endpoint.js";
import { GitHubError, NotFoundError, PermissionError, RateLimitError, ValidationFailedError, type ValidationFailure } from "../errors.js";
import type { RepoRef } from "../gateway.js";
import { githubMessageOf, headerOf, isHttpFailure, type HttpFailure } from "./request-error.js";

/** Answers whether a repository exists and the token can see it; memoised by the caller. */
export type RepoVisibility = (repo: RepoRef) => Promise<boolean>;

/**
 * Turns an Octokit error into one of our typed errors, chosen by HTTP status (never by message text).
 * Anything that is not an HTTP failure is returned unchanged.
 */
export async function mapRequestError(error: unknown, isRepoVisible: RepoVisibility): Promise<unknown> {
  if (error instanceof GitHubError || !isHttpFailure(error)) return error;
  const facts = describeEndpoint(error.request.method, error.request.url);
  const base = { cause: error, status: error.status, request: facts.request };
  const said = githubMessageOf(error);
  if (isRateLimited(error)) return rateLimitError(error, facts, base);
  switch (error.status) {
    case 401:
      return new GitHubError(`GitHub rejected the token on ${facts.request} (401 ${said}): it is missing, expired or revoked. Provide a valid token.`, base);
    case 403:
      return permissionError(error, facts, said, base);
    case 404:
      return notFoundError(facts, isRepoVisible, base);
    case 422:
      return validationError(error, facts, said, base);
    default:
      if (error.status >= 500) {
        return new GitHubError(`GitHub could not answer ${facts.request} (${error.status} ${said}), even after retrying. This is usually temporary: run again, and the run picks up where this one stopped.`, base);
      }
      return new GitHubError(`${facts.request} failed (${error.status}): ${said}`, base);
  }
}

/**
 * How to phrase the advice for a missing permission. Exported for the GraphQL mapper, which names
 * permissions the REST paths cannot.
 */
export function permissionAdvice(permission: string): string {
  if (permission.startsWith("members:")) {
    return `It is an organisation permission that the Actions GITHUB_TOKEN never has: use a GitHub App token with "${permission}" or a personal access token with the read:org scope.`;
  }
  return `Grant it to the GitHub App, add \`${permission}\` to the workflow's \`permissions:\`, or use a token that has it.`;
}

function permissionError(error: HttpFailure, facts: EndpointFacts, said: string, base: BaseOptions): PermissionError {
  const accepted = headerOf(error, "x-accepted-github-permissions");
  const need = facts.permission === undefined
    ? "the token is not allowed to do this."
    : `the token lacks the "${facts.permission}" permission. ${permissionAdvice(facts.permission)}`;
  const acceptedNote = accepted === undefined ? "" : ` GitHub accepts: ${accepted}.`;
  return new PermissionError(`GitHub refused ${facts.request} (403): ${need}${acceptedNote} GitHub said: "${said}"`, {
    ...base,
    permission: facts.permission,
    acceptedPermissions: accepted,
  });
}

async function notFoundError(facts: EndpointFacts, isRepoVisible: RepoVisibility, base: BaseOptions): Promise<NotFoundError> {
  const repo = facts.repo;
  if (repo !== undefined && (facts.isRepository || !(await isRepoVisible(repo)))) {
    const name = `${repo.owner}/${repo.repo}`;
    return new NotFoundError(
      `Repository ${name} was not found, or the token cannot see it (GitHub answers 404 for both). Check the name, and that the token has access to ${name}: install the GitHub App on it, or use a token that can read it.`,
      { ...base, subject: "repository" },
    );
  }
  if (repo === undefined) {
    const needs = facts.permission === undefined ? "" : ` (this needs "${facts.permission}")`;
    return new NotFoundError(`Not found: ${facts.resource} (${facts.request} answered 404): it does not exist, or the token cannot see it${needs}.`, { ...base, subject: "resource" });
  }
  const what = facts.resource.charAt(0).toUpperCase() + facts.resource.slice(1);
  return new NotFoundError(`${what} does not exist (${facts.request} answered 404); the repository itself exists and the token can see it.`, { ...base, subject: "resource" });
}

function validationError(error: HttpFailure, facts: EndpointFacts, said: string, base: BaseOptions): ValidationFailedError {
  const errors = validationFailures(error.response?.data);
  const details = errors.map((e) => [[e.resource, e.field].filter(Boolean).join("."), e.code === "custom" ? "" : e.code, e.message ?? ""].filter(Boolean).join(" "));
  const summary = details.length > 0 ? `: ${details.join("; ")}` : "";
  return new ValidationFailedError(`GitHub rejected ${facts.request} (422 ${said})${summary}`, { ...base, errors });
}

function rateLimitError(error: HttpFailure, facts: EndpointFacts, base: BaseOptions): RateLimitError {
  const retryAfter = Number(headerOf(error, "retry-after"));
  const resetHeader = Number(headerOf(error, "x-ratelimit-reset"));
  const resetAt = Number.isFinite(resetHeader) && resetHeader > 0 ? new Date(resetHeader * 1000) : undefined;
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  const message = headerOf(error, "x-ratelimit-remaining") === "0"
    ? `GitHub's API rate limit is used up (${facts.request} answered ${error.status})${resetAt ? `; it resets at ${resetAt.toISOString()}` : ""}. Run again after that, or use a token with a larger quota, such as a GitHub App installation token.`
    : `GitHub's secondary rate limit stopped ${facts.request} (${error.status})${retryAfterSeconds ? `; it asked to wait ${retryAfterSeconds} s` : ""}. Make fewer requests at once, or run again in a few minutes.`;
  return new RateLimitError(message, { ...base, resetAt, retryAfterSeconds });
}

function isRateLimited(error: HttpFailure): boolean {
  if (error.status === 429) return true;
  return error.status === 403 && (headerOf(error, "x-ratelimit-remaining") === "0" || headerOf(error, "retry-after") !== undefined);
}

function validationFailures(data: unknown): ValidationFailure[] {
  if (typeof data !== "object" || data === null || !("errors" in data) || !Array.isArray(data.errors)) return [];
  return data.errors.map((entry: unknown): ValidationFailure => {
    if (typeof entry === "string") return { code: "custom", message: entry };
    const record = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    const failure: ValidationFailure = { code: typeof record["code"] === "string" ? record["code"] : "invalid" };
    if (typeof record["resource"] === "string") failure.resource = record["resource"];
    if (typeof record["field"] === "string") failure.field = record["field"];
    if (typeof record["message"] === "string") failure.message = record["message"];
    return failure;
  });
}

type BaseOptions = { cause: unknown; status: number; request: string };
