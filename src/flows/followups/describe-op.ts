import type { FollowupOp } from "../../core/followups/followup-op.js";

const COMMENT_ROLE: Record<Extract<FollowupOp, { kind: "comment" }>["role"], string> = {
  problems: "the reply listing unreadable lines",
  dropped: "a note that the step was dropped",
  restored: "a note that the step is back",
  "state-change": "a note on why its state changed",
  reminder: "a reminder",
  digest: "the progress digest",
  "closing-report": "the closing report",
};

/** One operation in a line of plain words (no Markdown), e.g. `create tracking issue "…" for line 14`. */
export function describeOp(op: FollowupOp): string {
  switch (op.kind) {
    case "create-label":
      return `create label "${op.label.name}"`;
    case "create-issue": {
      const assign = op.assignees.length === 0 ? "" : `, assigned to ${op.assignees.join(", ")}`;
      return `create tracking issue "${op.title}" for line ${op.line} (labels ${op.labels.join(", ")}${assign}${op.close ? ", closed as done" : ""})`;
    }
    case "update-issue":
      return `update #${op.issue}: ${op.changes.join(", ")}`;
    case "assign":
      return `assign #${op.issue} to ${op.logins.join(", ")}`;
    case "unassign":
      return `unassign ${op.logins.join(", ")} from #${op.issue}`;
    case "edit-meeting":
      return `edit the checklist of #${op.issue}: ${op.reason}`;
    case "comment":
      return `${op.commentId === undefined ? "post" : "update"} ${COMMENT_ROLE[op.role]} on #${op.issue}`;
    case "close-meeting":
      return `close #${op.issue} as completed`;
  }
}

/** The operation's reason, unless the description already says it. */
export function reasonOf(op: FollowupOp): string | undefined {
  return op.kind === "edit-meeting" ? undefined : op.reason;
}
