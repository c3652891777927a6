import type { FileOperation } from "../core/plan/operation.js";
import type { OperationResult } from "./apply-label-operation.js";
import { ValidationFailedError } from "./errors.js";
import type { GitHubGateway, PullRequest } from "./gateway.js";

export interface FileDelivery {
  via: "pr" | "commit";
  /** The sync branch the pull request comes from (via "pr"). */
  branch: string;
  /** Default: the repository's default branch. */
  baseBranch?: string | undefined;
  commitMessage: string;
  prTitle: string;
  prBody: string;
}

export interface FileOperationsResult extends OperationResult {
  commit: { sha: string; branch: string; changed: boolean };
  pullRequest?: { number: number; url: string; created: boolean };
}

/**
 * Writes every file operation in one commit: on the sync branch with one pull request (found by its
 * head branch and updated in place, never duplicated), or straight onto the base branch.
 */
export async function applyFileOperations(gateway: GitHubGateway, operations: readonly FileOperation[], delivery: FileDelivery): Promise<FileOperationsResult> {
  const base = delivery.baseBranch ?? (await gateway.repo.getRepository()).defaultBranch;
  const branch = delivery.via === "commit" ? base : delivery.branch;
  const files = operations.map((operation) => ({ path: operation.target, content: operation.content }));
  const result = await gateway.git.commitFiles({ branch, base, message: delivery.commitMessage, files });
  const commit = { sha: result.commitSha, branch, changed: result.changed };
  if (!result.differsFromBase) return { status: "skipped", detail: `${base} already has these contents`, commit };
  if (delivery.via === "commit") {
    return { status: result.changed ? "applied" : "skipped", detail: `committed to ${base}`, commit };
  }
  const { pull, created, updated } = await ensurePullRequest(gateway, { head: branch, base, title: delivery.prTitle, body: delivery.prBody });
  const pullRequest = { number: pull.number, url: pull.htmlUrl, created };
  const wrote = result.changed || created || updated;
  const detail = `${result.changed ? "committed to" : "already on"} ${branch}; pull request #${pull.number}${created ? " opened" : updated ? " updated" : ""}`;
  return { status: wrote ? "applied" : "skipped", detail, commit, pullRequest };
}

async function ensurePullRequest(
  gateway: GitHubGateway,
  wanted: { head: string; base: string; title: string; body: string },
): Promise<{ pull: PullRequest; created: boolean; updated: boolean }> {
  const existing = await gateway.pulls.findOpen(wanted.head);
  if (existing !== undefined) {
    if (existing.title === wanted.title && existing.body === wanted.body) return { pull: existing, created: false, updated: false };
    const pull = await gateway.pulls.update(existing.number, { title: wanted.title, body: wanted.body });
    return { pull, created: false, updated: true };
  }
  try {
    return { pull: await gateway.pulls.create(wanted), created: true, updated: false };
  } catch (error) {
    // A concurrent run opened it between our lookup and our create: use theirs.
    if (!(error instanceof ValidationFailedError)) throw error;
    const opened = await gateway.pulls.findOpen(wanted.head);
    if (opened === undefined) throw error;
    return { pull: opened, created: false, updated: false };
  }
}
