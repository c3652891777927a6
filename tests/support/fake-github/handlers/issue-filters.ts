import type { IssueRecord, RepoRecord } from "../state/records.js";

/** The query filters of GET /repos/{owner}/{repo}/issues that the fake supports. */
export function filterIssues(repo: RepoRecord, query: Record<string, string>): IssueRecord[] {
  const state = query["state"] ?? "open";
  const labels = (query["labels"] ?? "")
    .split(",")
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== "");
  const since = query["since"] ? Date.parse(query["since"]) : undefined;
  const issues = [...repo.issues.values()].filter((issue) => {
    if (state !== "all" && issue.state !== state) return false;
    if (query["creator"] && issue.user.toLowerCase() !== query["creator"].toLowerCase()) return false;
    if (!matchesAssignee(issue, query["assignee"])) return false;
    if (since !== undefined && Date.parse(issue.updatedAt) < since) return false;
    const names = issue.labelIds.flatMap((id) => repo.labels.filter((l) => l.id === id).map((l) => l.name.toLowerCase()));
    return labels.every((l) => names.includes(l));
  });
  return sortIssues(repo, issues, query["sort"] ?? "created", query["direction"] ?? "desc");
}

function matchesAssignee(issue: IssueRecord, assignee: string | undefined): boolean {
  if (assignee === undefined) return true;
  if (assignee === "none") return issue.assignees.length === 0;
  if (assignee === "*") return issue.assignees.length > 0;
  return issue.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase());
}

/** Sorts like GitHub: by created (default), updated or comments; newest first unless direction=asc. */
export function sortIssues(repo: RepoRecord, issues: IssueRecord[], sort: string, direction: string): IssueRecord[] {
  const key = (issue: IssueRecord): number => {
    if (sort === "comments") return repo.comments.filter((c) => c.issueNumber === issue.number).length;
    // The number breaks ties between issues created within the same second.
    return Date.parse(sort === "updated" ? issue.updatedAt : issue.createdAt) * 100000 + issue.number;
  };
  const sign = direction === "asc" ? 1 : -1;
  return [...issues].sort((a, b) => sign * (key(a) - key(b)));
}
