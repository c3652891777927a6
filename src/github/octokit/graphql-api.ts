import { GitHubError, NotFoundError, PermissionError, RateLimitError } from "../errors.js";
import type { GraphQLOptions } from "../gateway.js";
import type { ApiContext } from "./api-context.js";
import { mapRequestError } from "./map-request-error.js";
import { githubMessageOf, isHttpFailure } from "./request-error.js";

interface GraphQLErrorEntry {
  type?: string;
  message: string;
}

const PROJECTS_TOKEN_ADVICE =
  "The token cannot reach Projects (v2). The default Actions GITHUB_TOKEN never can: pass a PAT or GitHub App token with the `project` scope / `organization_projects` permission as `project-token`.";

/**
 * Runs a GraphQL document and maps failures by GitHub's error `type` (FORBIDDEN, INSUFFICIENT_SCOPES,
 * NOT_FOUND, RATE_LIMITED) or, for HTTP-level failures, by status.
 */
export async function runGraphql<T>(context: ApiContext, query: string, variables: Record<string, unknown> = {}, options: GraphQLOptions = {}): Promise<T> {
  const resource = options.resource ?? (/projectV2/i.test(query) ? "projects" : "repository");
  try {
    return await context.client.graphql<T>(query, variables);
  } catch (error) {
    throw await mapGraphqlError(error, resource, context);
  }
}

async function mapGraphqlError(error: unknown, resource: "projects" | "repository", context: ApiContext): Promise<unknown> {
  const entries = graphqlErrorsOf(error);
  if (entries === undefined) {
    if (resource === "projects" && isHttpFailure(error) && (error.status === 401 || error.status === 403)) {
      return new PermissionError(`${PROJECTS_TOKEN_ADVICE} GitHub said: "${githubMessageOf(error)}"`, { cause: error, status: error.status, request: "POST /graphql", permission: "organization_projects: write" });
    }
    return mapRequestError(error, (repo) => context.isRepoVisible(repo));
  }
  const said = entries.map((entry) => entry.message).join("; ");
  const types = new Set(entries.map((entry) => entry.type));
  const base = { cause: error, request: "POST /graphql" };
  if (types.has("RATE_LIMITED")) {
    return new RateLimitError(`GitHub's GraphQL rate limit is used up. Run again after it resets (within the hour). GitHub said: "${said}"`, base);
  }
  if (types.has("FORBIDDEN") || types.has("INSUFFICIENT_SCOPES")) {
    const advice = resource === "projects" ? PROJECTS_TOKEN_ADVICE : "The token is not allowed to read or change this; check its permissions or scopes.";
    return new PermissionError(`${advice} GitHub said: "${said}"`, { ...base, permission: resource === "projects" ? "organization_projects: write" : undefined });
  }
  if (types.has("NOT_FOUND")) {
    const advice = resource === "projects"
      ? `The project was not found. Check the project URL or number; if it is right, then: ${PROJECTS_TOKEN_ADVICE}`
      : "Something the query names was not found, or the token cannot see it.";
    return new NotFoundError(`${advice} GitHub said: "${said}"`, { ...base, subject: "resource" });
  }
  return new GitHubError(`GitHub rejected a GraphQL request: ${said}`, base);
}

function graphqlErrorsOf(error: unknown): GraphQLErrorEntry[] | undefined {
  if (!(error instanceof Error) || !("errors" in error) || !Array.isArray(error.errors)) return undefined;
  return error.errors.map((entry: unknown) => {
    const record = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    const message = typeof record["message"] === "string" ? record["message"] : "unknown error";
    return typeof record["type"] === "string" ? { type: record["type"], message } : { message };
  });
}
