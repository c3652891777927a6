import { applyDecisionsToIssue, type IssueSnapshot } from "./apply-decisions-to-issue.js";
import type { CommandActor } from "./command-permissions.js";
import { decideCommand } from "./decide-command.js";
import type { Decision } from "./decision.js";
import type { CommandContext, IssueFacts } from "./issue-facts.js";
import type { Command } from "./parse-slash-commands.js";
import { renderReplyMarker } from "./routing-marker.js";
import { commentDecision, withoutNames } from "./routing-writes.js";

type CommentDecision = Extract<Decision, { kind: "comment-create" | "comment-update" }>;

/**
 * Decides all the commands of one comment, in order, each seeing the issue as the ones before left
 * it. The result is what a careful person would do by hand: the net label and assignee changes, one
 * routing-comment write, one reply holding every explanation, and each reaction at most once.
 */
export function decideCommands(
  commands: readonly Command[],
  actor: CommandActor,
  facts: IssueFacts,
  ctx: CommandContext,
): Decision[] {
  const start: IssueSnapshot = { facts, existing: ctx.existing };
  let snapshot = start;
  const all: Decision[] = [];
  for (const command of commands) {
    // Replies are merged below, so each command still sees the original reply markers.
    const decisions = decideCommand(command, actor, snapshot.facts, {
      ...ctx,
      existing: { ...snapshot.existing, repliedTo: ctx.existing.repliedTo },
    });
    all.push(...decisions);
    snapshot = applyDecisionsToIssue(snapshot, decisions);
  }
  return [
    ...netChanges(start.facts, snapshot.facts, all),
    ...mergeRoutingComment(all, ctx),
    ...mergeReplies(all, ctx),
    ...firstOfEach(all, (decision) => decision.kind === "close"),
    ...all.filter((decision) => decision.kind === "accept-survey-question"),
    ...firstOfEach(
      all,
      (decision) => decision.kind === "react",
      (decision) => (decision.kind === "react" ? decision.content : ""),
    ),
    ...all.filter((decision) => decision.kind === "skip"),
  ];
}

function netChanges(before: IssueFacts, after: IssueFacts, all: readonly Decision[]): Decision[] {
  const reasons = (kind: Decision["kind"]): string =>
    [...new Set(all.filter((decision) => decision.kind === kind).map((decision) => decision.reason))].join("; ");
  const issue = before.number;
  const changes: Decision[] = [];
  const removed = withoutNames(before.labels, after.labels);
  const added = withoutNames(after.labels, before.labels);
  const unassigned = withoutNames(before.assignees, after.assignees);
  const assigned = withoutNames(after.assignees, before.assignees);
  if (removed.length > 0) {
    changes.push({ kind: "remove-labels", issue, labels: removed, reason: reasons("remove-labels") });
  }
  if (added.length > 0) changes.push({ kind: "add-labels", issue, labels: added, reason: reasons("add-labels") });
  if (unassigned.length > 0) changes.push({ kind: "unassign", issue, logins: unassigned, reason: reasons("unassign") });
  if (assigned.length > 0) changes.push({ kind: "assign", issue, logins: assigned, reason: reasons("assign") });
  return changes;
}

/** At most one write of the routing comment, with the text the last command left it with. */
function mergeRoutingComment(all: readonly Decision[], ctx: CommandContext): Decision[] {
  const writes = all.filter(
    (decision): decision is CommentDecision => isComment(decision) && decision.role.kind === "routing",
  );
  const last = writes[writes.length - 1];
  if (last === undefined) return [];
  return [commentDecision(last.issue, last.role, ctx.existing.routingComment, last.body, last.reason)];
}

/** All replies to the command comment as one comment under one marker. */
function mergeReplies(all: readonly Decision[], ctx: CommandContext): Decision[] {
  const replies = all.filter(
    (decision): decision is CommentDecision => isComment(decision) && decision.role.kind === "reply",
  );
  const first = replies[0];
  if (first === undefined || replies.length === 1) return replies;
  const marker = renderReplyMarker(ctx.commentId);
  const parts = replies.map((reply) => reply.body.replace(marker, "").trim());
  const reason = replies.map((reply) => reply.reason).join("; ");
  return [
    { kind: "comment-create", issue: first.issue, role: first.role, body: `${marker}\n${parts.join("\n\n")}`, reason },
  ];
}

function isComment(decision: Decision): decision is CommentDecision {
  return decision.kind === "comment-create" || decision.kind === "comment-update";
}

function firstOfEach(
  all: readonly Decision[],
  keep: (decision: Decision) => boolean,
  key: (decision: Decision) => string = () => "",
): Decision[] {
  const seen = new Set<string>();
  return all.filter((decision) => {
    if (!keep(decision) || seen.has(key(decision))) return false;
    seen.add(key(decision));
    return true;
  });
}
