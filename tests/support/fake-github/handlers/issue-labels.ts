import { isJsonObject, type Json } from "../openapi/json.js";
import { GitHubHttpError } from "../errors.js";
import type { Handler, HandlerContext, HandlerResult } from "../handler-types.js";
import { renderLabel } from "../render/render-label.js";
import { timestamp } from "../state/ids.js";
import type { IssueRecord, RepoRecord } from "../state/records.js";
import { ensureLabel } from "../state/seed-repos.js";
import { assertLabelName } from "./labels.js";
import { findLabel, issueFrom, repoFrom } from "./lookups.js";

/** Label names from any of the body shapes GitHub accepts: {labels:[...]}, [...], "name", with strings or {name}. */
function namesFromBody(raw: Json | undefined): string[] {
  const list = isJsonObject(raw) ? raw["labels"] : raw;
  const items = Array.isArray(list) ? list : typeof list === "string" ? [list] : [];
  return items.flatMap((item) =>
    typeof item === "string" ? [item] : isJsonObject(item) && typeof item["name"] === "string" ? [item["name"]] : [],
  );
}

/** Adds labels by name (creating missing ones), keeping existing ones and their order. */
export function addLabelsToIssue(ctx: HandlerContext, repo: RepoRecord, issue: IssueRecord, names: readonly string[]): void {
  for (const name of names) {
    assertLabelName(name);
    const label = ensureLabel(ctx.state, repo, name);
    if (!issue.labelIds.includes(label.id)) issue.labelIds.push(label.id);
  }
  issue.updatedAt = timestamp(ctx.state);
}

function labelsOf(ctx: HandlerContext, repo: RepoRecord, issue: IssueRecord): unknown[] {
  return issue.labelIds.flatMap((id) => repo.labels.filter((l) => l.id === id)).map((l) => renderLabel(ctx.urls, repo, l));
}

function withIssue(run: (ctx: HandlerContext, repo: RepoRecord, issue: IssueRecord) => HandlerResult): Handler {
  return (ctx) => {
    const repo = repoFrom(ctx);
    return run(ctx, repo, issueFrom(ctx, repo));
  };
}

/** Labels on one issue, by operationId. */
export const issueLabelHandlers: Record<string, Handler> = {
  "issues/list-labels-on-issue": withIssue((ctx, repo, issue) => ({ status: 200, page: { items: labelsOf(ctx, repo, issue) } })),
  "issues/add-labels": withIssue((ctx, repo, issue) => {
    addLabelsToIssue(ctx, repo, issue, namesFromBody(ctx.rawBody));
    return { status: 200, body: labelsOf(ctx, repo, issue) };
  }),
  "issues/set-labels": withIssue((ctx, repo, issue) => {
    issue.labelIds = [];
    addLabelsToIssue(ctx, repo, issue, namesFromBody(ctx.rawBody));
    return { status: 200, body: labelsOf(ctx, repo, issue) };
  }),
  "issues/remove-label": withIssue((ctx, repo, issue) => {
    const label = findLabel(repo, ctx.params["name"] ?? "");
    if (!label || !issue.labelIds.includes(label.id)) throw new GitHubHttpError(404, "Label does not exist");
    issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
    issue.updatedAt = timestamp(ctx.state);
    return { status: 200, body: labelsOf(ctx, repo, issue) };
  }),
  "issues/remove-all-labels": withIssue((ctx, _repo, issue) => {
    issue.labelIds = [];
    issue.updatedAt = timestamp(ctx.state);
    return { status: 204 };
  }),
};
