import { GitHubHttpError, notFound } from "../errors.js";
import type { HandlerContext } from "../handler-types.js";
import { findRepo } from "../state/lookup.js";
import type { IssueRecord, LabelRecord, RepoRecord } from "../state/records.js";

/** The repository named by the `owner` and `repo` path parameters, or GitHub's 404. */
export function repoFrom(ctx: HandlerContext): RepoRecord {
  const repo = findRepo(ctx.state, ctx.params["owner"] ?? "", ctx.params["repo"] ?? "");
  if (!repo) throw notFound();
  return repo;
}

/** The issue (or pull request) named by `issue_number` / `pull_number`, or GitHub's 404. */
export function issueFrom(ctx: HandlerContext, repo: RepoRecord): IssueRecord {
  const issue = repo.issues.get(Number(ctx.params["issue_number"] ?? ctx.params["pull_number"]));
  if (!issue) throw notFound();
  return issue;
}

/** A label by name, case-insensitive like GitHub. */
export function findLabel(repo: RepoRecord, name: string): LabelRecord | undefined {
  const wanted = name.toLowerCase();
  return repo.labels.find((l) => l.name.toLowerCase() === wanted);
}

/** A numeric path parameter such as `comment_id`. */
export function numberParam(ctx: HandlerContext, name: string): number {
  return Number(ctx.params[name]);
}

/** Rejects writes to an archived repository the way GitHub does. */
export function assertWritable(repo: RepoRecord): void {
  if (repo.archived) throw new GitHubHttpError(403, "Repository was archived so is read-only.");
}
