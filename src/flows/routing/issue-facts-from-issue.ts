import type { IssueFacts, RoutingEvent } from "../../core/routing/issue-facts.js";
import type { Issue } from "../../github/gateway.js";

/** The routing core's facts from an issue as the gateway read it just now. */
export function issueFactsFromIssue(issue: Issue, event: RoutingEvent, labelAdded?: string): IssueFacts {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body,
    labels: [...issue.labels],
    assignees: [...issue.assignees],
    author: issue.author ?? "",
    state: issue.state,
    event,
    ...(labelAdded === undefined ? {} : { labelAdded }),
  };
}
