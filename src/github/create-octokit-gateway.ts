import { countRequests } from "./count-requests.js";
import type { GitHubGateway, GraphQLOptions, RepoRef } from "./gateway.js";
import { createApiContext, guardMethods, type VisibilityMemo } from "./octokit/api-context.js";
import { createChecksApi } from "./octokit/checks-api.js";
import { createCommentsApi } from "./octokit/comments-api.js";
import { createGitApi } from "./octokit/git-api.js";
import { runGraphql } from "./octokit/graphql-api.js";
import { createIssuesApi } from "./octokit/issues-api.js";
import { createLabelsApi } from "./octokit/labels-api.js";
import { createPeopleApi } from "./octokit/people-api.js";
import { createProjectsApi } from "./octokit/projects-api.js";
import { createPullsApi } from "./octokit/pulls-api.js";
import { createRepositoryApi } from "./octokit/repository-api.js";
import type { OctokitClient } from "./octokit-client.js";

/**
 * Builds the gateway over any Octokit that has `request`, `graphql` and `hook`: our `createOctokit()`,
 * Probot's `context.octokit`, or `@actions/github`'s `getOctokit()`. The repository is passed in, never
 * read from an Actions or webhook context.
 */
export function createOctokitGateway(client: OctokitClient, repo: RepoRef): GitHubGateway {
  return buildGateway(client, repo, new Map());
}

function buildGateway(client: OctokitClient, repo: RepoRef, visibility: VisibilityMemo): GitHubGateway {
  const context = createApiContext(client, repo, visibility);
  const stats = countRequests(client);
  return {
    repoRef: { ...repo },
    repo: guardMethods(context, createRepositoryApi(context)),
    labels: guardMethods(context, createLabelsApi(context)),
    git: guardMethods(context, createGitApi(context)),
    pulls: guardMethods(context, createPullsApi(context)),
    issues: guardMethods(context, createIssuesApi(context)),
    comments: guardMethods(context, createCommentsApi(context)),
    people: guardMethods(context, createPeopleApi(context)),
    checks: guardMethods(context, createChecksApi(context)),
    projects: createProjectsApi(context),
    graphql: <T>(query: string, variables?: Record<string, unknown>, options?: GraphQLOptions) => runGraphql<T>(context, query, variables, options),
    stats,
    forRepo: (other) => buildGateway(client, other, visibility),
  };
}
