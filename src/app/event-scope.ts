import type { Context } from "probot";
import type { GitHubGateway } from "../github/gateway.js";
import { createOctokitGateway } from "../github/create-octokit-gateway.js";

/** The parts of a repository event's payload the scope is read from. */
interface RepositoryPayload {
  installation?: { id: number } | undefined;
  repository: { default_branch: string; html_url: string; owner: { login: string; type?: string | undefined } | null };
}

/** Where a repository event happened, from its payload, and a gateway to answer it with. */
export interface EventScope {
  gateway: GitHubGateway;
  installationId: number;
  defaultBranch: string;
  /** The organisation that owns the repository; undefined when a user does. */
  org: string | undefined;
  repoUrl: string;
}

/**
 * Reads the event's scope, or undefined when the payload lacks an installation (a webhook not sent to
 * an App installation, which the App cannot answer).
 */
export function readEventScope(context: Context<"issues" | "issue_comment" | "pull_request" | "push">): EventScope | undefined {
  const payload: RepositoryPayload = context.payload;
  const installationId = payload.installation?.id;
  if (installationId === undefined) return undefined;
  const { repository } = payload;
  return {
    gateway: createOctokitGateway(context.octokit, context.repo()),
    installationId,
    defaultBranch: repository.default_branch,
    org: repository.owner?.type === "Organization" ? repository.owner.login : undefined,
    repoUrl: repository.html_url,
  };
}
