import type { Context } from "probot";
import { createOctokitGateway } from "../github/create-octokit-gateway.js";
import { PermissionError } from "../github/errors.js";
import type { GitHubGateway, RepoRef } from "../github/gateway.js";
import { parseRepoRef } from "../github/repo-ref.js";

export type InstallationEvent = Context<"installation.created" | "installation_repositories.added">;

/** The events that give the App new repositories. */
export const INSTALLATION_EVENTS = ["installation.created", "installation_repositories.added"] as const;

/** The repositories an installation event gives the App, and the organisation that owns them. */
export function installedRepositories(context: InstallationEvent): { repos: RepoRef[]; org: string | undefined } {
  const { payload } = context;
  const listed = payload.action === "created" ? (payload.repositories ?? []) : payload.repositories_added;
  const account = payload.installation.account;
  const login = account !== null && "login" in account ? account.login : undefined;
  const org = account !== null && "type" in account && account.type === "Organization" ? login : undefined;
  return { repos: listed.flatMap((repo) => parseRepoRef(repo.full_name) ?? []), org };
}

/**
 * Runs `work` for each newly installed repository, one at a time. A failure in one repository is
 * logged and the others still run; the first failure other than a missing permission is rethrown at
 * the end, so the delivery shows as failed and can be redelivered.
 */
export async function forEachInstalledRepository(
  context: InstallationEvent,
  concern: string,
  work: (gateway: GitHubGateway, org: string | undefined) => Promise<void>,
): Promise<void> {
  const { repos, org } = installedRepositories(context);
  let failure: unknown;
  for (const repo of repos) {
    try {
      await work(createOctokitGateway(context.octokit, repo), org);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      context.log.warn(`${concern}: ${repo.owner}/${repo.repo}: ${message}`);
      if (!(error instanceof PermissionError)) failure ??= error;
    }
  }
  if (failure !== undefined) throw failure;
}
