import type { GitHubGateway, RepoRef } from "../../github/gateway.js";
import type { BranchHead } from "./persona-cache.js";

/** The head of `branch` in `repo` with its ETag, or undefined when the branch does not exist. */
export async function readBranchHead(gateway: GitHubGateway, repo: RepoRef, branch: string): Promise<BranchHead | undefined> {
  const read = await gatewayFor(gateway, repo).git.getBranchIfChanged(branch, undefined);
  return read.status === "changed" ? { repo, branch, sha: read.sha, etag: read.etag } : undefined;
}

/**
 * Whether every head is where it was. Each check is a conditional request: GitHub answers 304 from the
 * ETag without counting it against the rate limit, though it is still a round trip.
 */
export async function headsUnchanged(gateway: GitHubGateway, heads: readonly BranchHead[]): Promise<boolean> {
  const checks = await Promise.all(
    heads.map(async (head) => {
      const read = await gatewayFor(gateway, head.repo).git.getBranchIfChanged(head.branch, head.etag);
      return read.status === "unchanged" || (read.status === "changed" && read.sha === head.sha);
    }),
  );
  return checks.every(Boolean);
}

/** The gateway for `repo`: this one when it is the same repository, else one over the same client. */
export function gatewayFor(gateway: GitHubGateway, repo: RepoRef): GitHubGateway {
  return sameRepo(gateway.repoRef, repo) ? gateway : gateway.forRepo(repo);
}

/** Whether two references name the same repository (GitHub names are case-insensitive). */
export function sameRepo(a: RepoRef, b: RepoRef): boolean {
  return a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
}
