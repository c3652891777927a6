import type { Handler, HandlerContext } from "../handler-types.js";
import { renderIssue } from "../render/render-issue.js";
import type { IssueRecord, RepoRecord } from "../state/records.js";
import { sortIssues } from "./issue-filters.js";
import { parseSearchQuery, type SearchQuery } from "./search-query.js";

function qualifierMatches(ctx: HandlerContext, repo: RepoRecord, issue: IssueRecord, key: string, value: string): boolean | undefined {
  const v = value.toLowerCase();
  const labels = issue.labelIds.flatMap((id) => repo.labels.filter((l) => l.id === id).map((l) => l.name.toLowerCase()));
  switch (key) {
    case "repo":
      return `${repo.owner}/${repo.name}`.toLowerCase() === v;
    case "org":
    case "user":
    case "owner":
      return repo.owner.toLowerCase() === v;
    case "is":
    case "type":
    case "state":
      if (v === "issue") return !issue.isPullRequest;
      if (v === "pr" || v === "pull-request") return issue.isPullRequest;
      if (v === "open" || v === "closed") return issue.state === v;
      return undefined;
    case "label":
      return labels.includes(v);
    case "author":
      return issue.user.toLowerCase() === v;
    case "assignee":
      return issue.assignees.some((a) => a.toLowerCase() === v);
    case "no":
      return v === "assignee" ? issue.assignees.length === 0 : v === "label" ? labels.length === 0 : undefined;
    default:
      return undefined;
  }
}

function textMatches(repo: RepoRecord, issue: IssueRecord, query: SearchQuery): boolean {
  const scopes = query.qualifiers.filter((q) => q.key === "in").map((q) => q.value.toLowerCase());
  const fields = scopes.length > 0 ? scopes : ["title", "body", "comments"];
  const texts = [
    fields.includes("title") ? issue.title : "",
    fields.includes("body") ? (issue.body ?? "") : "",
    ...(fields.includes("comments") ? repo.comments.filter((c) => c.issueNumber === issue.number).map((c) => c.body) : []),
  ].map((t) => t.toLowerCase());
  return query.terms.every((term) => texts.some((t) => t.includes(term.toLowerCase())));
}

function matches(ctx: HandlerContext, repo: RepoRecord, issue: IssueRecord, query: SearchQuery): boolean {
  for (const q of query.qualifiers) {
    if (q.key === "in") continue;
    const ok = qualifierMatches(ctx, repo, issue, q.key, q.value);
    if (ok !== undefined && ok === q.negated) return false;
  }
  return textMatches(repo, issue, query);
}

/**
 * GET /search/issues over every repository, with the qualifiers that finding issues by label or by a
 * hidden marker needs. Text terms match as case-insensitive substrings of title, body or comments.
 */
const searchIssues: Handler = (ctx) => {
  const query = parseSearchQuery(ctx.query["q"] ?? "");
  const items: Record<string, unknown>[] = [];
  for (const repo of ctx.state.repos.values()) {
    const found = [...repo.issues.values()].filter((issue) => matches(ctx, repo, issue, query));
    const sorted = sortIssues(repo, found, ctx.query["sort"] ?? "created", ctx.query["order"] ?? "desc");
    items.push(...sorted.map((issue) => ({ ...renderIssue(ctx.state, ctx.urls, repo, issue), score: 1 })));
  }
  return { status: 200, page: { items, key: "items", extra: { total_count: items.length, incomplete_results: false } } };
};

/** Search, by operationId. */
export const searchHandlers: Record<string, Handler> = {
  "search/issues-and-pull-requests": searchIssues,
};
