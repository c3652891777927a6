import type { FollowupOp } from "../../core/followups/followup-op.js";
import { applyMeetingEdits, rewriteStepLine, type ResolvedEdit } from "../../core/followups/rewrite-meeting-body.js";
import { PermissionError, RateLimitError, ValidationFailedError } from "../../github/errors.js";
import type { GitHubGateway, Issue } from "../../github/gateway.js";

export type OpStatus = "planned" | "applied" | "skipped" | "failed";

export interface OpOutcome {
  op: FollowupOp;
  status: OpStatus;
  detail?: string;
  error?: Error;
}

export interface AppliedOps {
  outcomes: OpOutcome[];
  /** Issues created, by step key. */
  created: Map<string, Issue>;
}

/**
 * The one executor of follow-up operations, and the only place that knows about dry runs. Operations
 * run in the planner's order (labels, then issues, then the meeting issue that links them, then
 * comments). A failure is recorded and the rest carry on, except after a rate limit or a missing
 * permission, which would fail every later request the same way.
 */
export async function applyFollowupOps(gateway: GitHubGateway, operations: readonly FollowupOp[], options: { dryRun: boolean }): Promise<AppliedOps> {
  const outcomes: OpOutcome[] = [];
  const created = new Map<string, Issue>();
  let halted: Error | undefined;
  for (const op of operations) {
    if (options.dryRun) {
      outcomes.push({ op, status: "planned" });
    } else if (halted !== undefined) {
      outcomes.push({ op, status: "skipped", detail: `not attempted after an earlier failure: ${halted.message}` });
    } else {
      try {
        const detail = await applyOne(gateway, op, created);
        outcomes.push(detail === undefined ? { op, status: "applied" } : { op, status: "applied", detail });
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        if (failure instanceof RateLimitError || failure instanceof PermissionError) halted = failure;
        outcomes.push({ op, status: "failed", error: failure });
      }
    }
  }
  return { outcomes, created };
}

async function applyOne(gateway: GitHubGateway, op: FollowupOp, created: Map<string, Issue>): Promise<string | undefined> {
  switch (op.kind) {
    case "create-label":
      return createLabel(gateway, op.label);
    case "create-issue": {
      let issue = await gateway.issues.create({ title: op.title, body: op.body, labels: op.labels });
      created.set(op.key, issue);
      // Assigning separately: GitHub rejects a whole new issue over one assignee it cannot assign,
      // while adding assignees skips the ones it cannot.
      if (op.assignees.length > 0) await gateway.issues.addAssignees(issue.number, op.assignees);
      if (op.close) issue = await gateway.issues.update(issue.number, { state: "closed", stateReason: "completed" });
      created.set(op.key, issue);
      return `#${issue.number}`;
    }
    case "update-issue":
      await gateway.issues.update(op.issue, {
        ...(op.title === undefined ? {} : { title: op.title }),
        ...(op.body === undefined ? {} : { body: op.body }),
        ...(op.labels === undefined ? {} : { labels: op.labels }),
        ...(op.state === undefined ? {} : op.state === "closed" ? { state: "closed", stateReason: "completed" } : { state: "open" }),
      });
      return undefined;
    case "assign":
      await gateway.issues.addAssignees(op.issue, op.logins);
      return undefined;
    case "unassign":
      await gateway.issues.removeAssignees(op.issue, op.logins);
      return undefined;
    case "edit-meeting":
      return editMeeting(gateway, op, created);
    case "comment":
      if (op.commentId !== undefined) await gateway.comments.update(op.commentId, op.body);
      else await gateway.comments.create(op.issue, op.body);
      return undefined;
    case "close-meeting":
      await gateway.issues.update(op.issue, { state: "closed", stateReason: "completed" });
      return undefined;
  }
}

async function createLabel(gateway: GitHubGateway, label: { name: string; color: string; description: string }): Promise<string | undefined> {
  try {
    await gateway.labels.create(label);
    return undefined;
  } catch (error) {
    if (error instanceof ValidationFailedError && error.hasCode("already_exists")) return "already there";
    throw error;
  }
}

/**
 * Reads the meeting issue again right before writing it, and applies each line edit where that exact
 * line still is: people edit the issue while a sync runs, and their edits must survive ours.
 */
async function editMeeting(gateway: GitHubGateway, op: Extract<FollowupOp, { kind: "edit-meeting" }>, created: ReadonlyMap<string, Issue>): Promise<string | undefined> {
  const meeting = await gateway.issues.get(op.issue);
  if (meeting === undefined) throw new Error(`The meeting issue #${op.issue} is gone.`);
  const resolved: ResolvedEdit[] = [];
  let unlinked = 0;
  for (const edit of op.edits) {
    const link = edit.link === undefined ? undefined : "issue" in edit.link ? edit.link.issue : created.get(edit.link.createdKey)?.number;
    if (edit.link !== undefined && link === undefined) unlinked++;
    const to = rewriteStepLine(edit.from, edit.box, link);
    if (to !== edit.from) resolved.push({ from: edit.from, to });
  }
  const { body, missed } = applyMeetingEdits(meeting.body, resolved, op.dropped);
  if (body !== meeting.body) await gateway.issues.update(op.issue, { body });
  const notes: string[] = [];
  if (missed.length > 0) notes.push(`${missed.length} line(s) changed meanwhile and were left for the next sync`);
  if (unlinked > 0) notes.push(`${unlinked} line(s) not linked because their issue was not created`);
  return notes.length === 0 ? undefined : notes.join("; ");
}
