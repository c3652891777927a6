import type { FollowupOp } from "./followup-op.js";
import type { OwnComment } from "./followup-sync-input.js";
import type { ProgressContext } from "./progress-context.js";
import { renderClosingReport } from "./render-closing-report.js";
import { renderDigest, sameDigest } from "./render-digest.js";
import type { StepProgress } from "./step-progress.js";

export interface MeetingProgressInput {
  meeting: { number: number; state: "open" | "closed" };
  steps: readonly StepProgress[];
  context: ProgressContext;
  digest?: OwnComment;
  closingReport?: OwnComment;
}

/**
 * The meeting issue's side of a reminder run: the digest comment, edited in place only when what it
 * says changed (not merely its date), and, once every followed-up step is closed, the closing report
 * and closing the meeting as completed. A closing report that is already there with the same text
 * means someone reopened the meeting after we closed it: that is left alone.
 */
export function planMeetingProgress(input: MeetingProgressInput): FollowupOp[] {
  const operations: FollowupOp[] = [];
  const meeting = input.meeting.number;
  if (input.steps.length > 0) {
    const body = renderDigest(input.steps, input.context);
    if (input.digest === undefined || !sameDigest(input.digest.body, body)) {
      const reason = input.digest === undefined ? "the meeting has tracked steps and no digest yet" : "the steps' progress changed since the last digest";
      operations.push({ kind: "comment", issue: meeting, role: "digest", body, reason, ...(input.digest === undefined ? {} : { commentId: input.digest.id }) });
    }
  }
  const followed = input.steps.filter((step) => !step.dropped);
  if (input.meeting.state !== "open" || followed.length === 0 || followed.some((step) => step.state !== "closed")) return operations;
  const report = renderClosingReport(input.steps, input.context);
  if (input.closingReport?.body === report) return operations;
  const reason = `all ${followed.length === 1 ? "1 step is" : `${followed.length} steps are`} closed`;
  operations.push({ kind: "comment", issue: meeting, role: "closing-report", body: report, reason, ...(input.closingReport === undefined ? {} : { commentId: input.closingReport.id }) });
  operations.push({ kind: "close-meeting", issue: meeting, reason });
  return operations;
}
