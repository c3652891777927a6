import { optNameList, optNullableString, optString } from "../body-reader.js";
import { GitHubHttpError, validationFailed } from "../errors.js";
import type { Handler, HandlerContext } from "../handler-types.js";
import { renderIssue } from "../render/render-issue.js";
import { renderUser } from "../render/render-user.js";
import { timestamp } from "../state/ids.js";
import { actorFor, isAssignable } from "../state/lookup.js";
import type { IssueRecord, RepoRecord } from "../state/records.js";
import { createIssue } from "../state/seed-repos.js";
import { addLabelsToIssue } from "./issue-labels.js";
import { filterIssues } from "./issue-filters.js";
import { assertWritable, issueFrom, repoFrom } from "./lookups.js";

const MAX_BODY = 65536;

/** GitHub refuses bodies over 65,536 characters. */
export function checkBodyLength(resource: string, body: string | null | undefined): void {
  if (typeof body === "string" && body.length > MAX_BODY) {
    throw validationFailed({ resource, code: "custom", field: "body", message: `body is too long (maximum is ${MAX_BODY} characters)` });
  }
}

function assigneesFrom(ctx: HandlerContext, repo: RepoRecord): string[] | undefined {
  const list = optNameList(ctx.body, "assignees");
  const single = optNullableString(ctx.body, "assignee");
  const wanted = list ?? (single === undefined ? undefined : single === null ? [] : [single]);
  for (const login of wanted ?? []) {
    if (!isAssignable(ctx.state, repo, login))
      throw validationFailed({ resource: "Issue", code: "invalid", field: "assignees", value: login });
  }
  return wanted && [...new Set(wanted)];
}

function titleFrom(ctx: HandlerContext): string | undefined {
  const title = ctx.body["title"];
  return typeof title === "number" ? String(title) : typeof title === "string" ? title : undefined;
}

const listIssues: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  return { status: 200, page: { items: filterIssues(repo, ctx.query).map((i) => renderIssue(ctx.state, ctx.urls, repo, i)) } };
};

const createIssueHandler: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const title = titleFrom(ctx);
  if (title === undefined || title.trim() === "") throw validationFailed({ resource: "Issue", code: "missing_field", field: "title" });
  const body = optNullableString(ctx.body, "body");
  checkBodyLength("Issue", body);
  const assignees = assigneesFrom(ctx, repo) ?? [];
  const issue = createIssue(ctx.state, repo, { title, body: body ?? null, user: actorFor(ctx.state, ctx.token), assignees });
  addLabelsToIssue(ctx, repo, issue, optNameList(ctx.body, "labels") ?? []);
  const rendered = renderIssue(ctx.state, ctx.urls, repo, issue);
  return { status: 201, body: rendered, headers: { location: String(rendered["url"]) } };
};

const getIssue: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  return { status: 200, body: renderIssue(ctx.state, ctx.urls, repo, issueFrom(ctx, repo)) };
};

/** Applies state and state_reason the way GitHub does (closing stamps closed_at, reopening clears it). */
export function applyState(ctx: HandlerContext, issue: IssueRecord): void {
  const state = optString(ctx.body, "state");
  const reason = optNullableString(ctx.body, "state_reason") as IssueRecord["stateReason"] | undefined;
  if (state === "closed" && issue.state !== "closed") {
    issue.state = "closed";
    issue.closedAt = timestamp(ctx.state);
    issue.stateReason = reason ?? "completed";
  } else if (state === "open" && issue.state !== "open") {
    issue.state = "open";
    issue.closedAt = null;
    issue.stateReason = reason ?? "reopened";
  } else if (reason !== undefined && issue.state === "closed") {
    issue.stateReason = reason;
  }
}

const updateIssue: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  assertWritable(repo);
  const issue = issueFrom(ctx, repo);
  const title = titleFrom(ctx);
  if (title !== undefined) issue.title = title;
  const body = optNullableString(ctx.body, "body");
  checkBodyLength("Issue", body);
  if (body !== undefined) issue.body = body;
  const assignees = assigneesFrom(ctx, repo);
  if (assignees) issue.assignees = assignees;
  const labels = optNameList(ctx.body, "labels");
  if (labels) {
    issue.labelIds = [];
    addLabelsToIssue(ctx, repo, issue, labels);
  }
  applyState(ctx, issue);
  issue.updatedAt = timestamp(ctx.state);
  return { status: 200, body: renderIssue(ctx.state, ctx.urls, repo, issue) };
};

const addAssignees: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const issue = issueFrom(ctx, repo);
  // GitHub silently ignores logins that cannot be assigned here.
  for (const login of optNameList(ctx.body, "assignees") ?? []) {
    const known = issue.assignees.some((a) => a.toLowerCase() === login.toLowerCase());
    if (!known && isAssignable(ctx.state, repo, login) && issue.assignees.length < 10) issue.assignees.push(login);
  }
  issue.updatedAt = timestamp(ctx.state);
  return { status: 201, body: renderIssue(ctx.state, ctx.urls, repo, issue) };
};

const removeAssignees: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const issue = issueFrom(ctx, repo);
  const drop = new Set((optNameList(ctx.body, "assignees") ?? []).map((l) => l.toLowerCase()));
  issue.assignees = issue.assignees.filter((a) => !drop.has(a.toLowerCase()));
  issue.updatedAt = timestamp(ctx.state);
  return { status: 200, body: renderIssue(ctx.state, ctx.urls, repo, issue) };
};

const checkAssignable: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  if (!isAssignable(ctx.state, repo, ctx.params["assignee"] ?? "")) throw new GitHubHttpError(404, "Not Found");
  return { status: 204 };
};

const listAssignable: Handler = (ctx) => {
  const repo = repoFrom(ctx);
  const logins = [...ctx.state.users.values()].filter((u) => u.type !== "Organization" && isAssignable(ctx.state, repo, u.login));
  return { status: 200, page: { items: logins.map((u) => renderUser(ctx.state, ctx.urls, u.login)) } };
};

/** Issues and assignees, by operationId. */
export const issueHandlers: Record<string, Handler> = {
  "issues/list-for-repo": listIssues,
  "issues/create": createIssueHandler,
  "issues/get": getIssue,
  "issues/update": updateIssue,
  "issues/add-assignees": addAssignees,
  "issues/remove-assignees": removeAssignees,
  "issues/check-user-can-be-assigned": checkAssignable,
  "issues/list-assignees": listAssignable,
};
