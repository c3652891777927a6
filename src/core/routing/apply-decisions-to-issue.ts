import type { Decision } from "./decision.js";
import type { ExistingState, IssueFacts } from "./issue-facts.js";
import { MAX_ASSIGNEES, withoutNames } from "./routing-writes.js";

/** An issue as the routing core sees it: the facts plus the App's earlier comments. */
export interface IssueSnapshot {
  facts: IssueFacts;
  existing: ExistingState;
}

/** Id given to a routing comment that a decision creates, until GitHub assigns the real one. */
export const PENDING_COMMENT_ID = 0;

/**
 * What the issue looks like after `decisions` are carried out, as GitHub would leave it (labels and
 * logins compared case-insensitively, at most 10 assignees). It lets the core decide several commands
 * in a row, and lets tests check that routing again after applying its own decisions writes nothing.
 */
export function applyDecisionsToIssue(snapshot: IssueSnapshot, decisions: readonly Decision[]): IssueSnapshot {
  let facts: IssueFacts = {
    ...snapshot.facts,
    labels: [...snapshot.facts.labels],
    assignees: [...snapshot.facts.assignees],
  };
  let existing: ExistingState = { ...snapshot.existing, repliedTo: [...snapshot.existing.repliedTo] };
  for (const decision of decisions) {
    switch (decision.kind) {
      case "add-labels":
        facts = { ...facts, labels: withoutNames([...facts.labels, ...decision.labels]) };
        break;
      case "remove-labels":
        facts = { ...facts, labels: withoutNames(facts.labels, decision.labels) };
        break;
      case "assign":
        facts = { ...facts, assignees: withoutNames([...facts.assignees, ...decision.logins]).slice(0, MAX_ASSIGNEES) };
        break;
      case "unassign":
        facts = { ...facts, assignees: withoutNames(facts.assignees, decision.logins) };
        break;
      case "comment-create":
      case "comment-update":
        existing = applyComment(existing, decision);
        break;
      case "close":
        facts = { ...facts, state: "closed" };
        break;
      case "react":
      case "accept-survey-question":
      case "skip":
        break;
    }
  }
  return { facts, existing };
}

function applyComment(
  existing: ExistingState,
  decision: Extract<Decision, { kind: "comment-create" | "comment-update" }>,
): ExistingState {
  if (decision.role.kind === "reply") return { ...existing, repliedTo: [...existing.repliedTo, decision.role.to] };
  const id = decision.kind === "comment-update" ? decision.commentId : PENDING_COMMENT_ID;
  return { ...existing, routingComment: { id, body: decision.body } };
}
