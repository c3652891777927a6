import type { Context } from "probot";
import type { IssueFacts } from "../core/routing/issue-facts.js";

type IssueEvent = Context<"issues.opened" | "issues.edited" | "issues.labeled">;

/** The routing core's facts from an `issues` webhook payload, as GitHub sent them. */
export function issueFactsFromPayload(payload: IssueEvent["payload"]): IssueFacts {
  const { issue } = payload;
  const labelAdded = payload.action === "labeled" ? payload.label?.name : undefined;
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? "",
    labels: (issue.labels ?? []).map((label) => label.name),
    assignees: (issue.assignees ?? []).flatMap((user) => (user === null ? [] : [user.login])),
    author: issue.user?.login ?? "",
    state: issue.state === "closed" ? "closed" : "open",
    event: payload.action,
    ...(labelAdded === undefined ? {} : { labelAdded }),
  };
}
