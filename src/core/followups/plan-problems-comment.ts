import type { FollowupOp } from "./followup-op.js";
import type { OwnComment } from "./followup-sync-input.js";
import type { StepProblem } from "./next-step.js";
import { renderProblemsComment, renderProblemsResolved } from "./render-problems-comment.js";

/**
 * The reply about unreadable lines: created when the first problem appears, edited in place while
 * they change, and turned into a short all-clear once they are fixed (rather than deleted, so the
 * thread still makes sense). Nothing is written when the text would not change.
 */
export function planProblemsComment(meeting: number, problems: readonly StepProblem[], existing: OwnComment | undefined): FollowupOp[] {
  if (problems.length === 0) {
    if (existing === undefined) return [];
    const body = renderProblemsResolved();
    return existing.body === body ? [] : [{ kind: "comment", issue: meeting, role: "problems", body, commentId: existing.id, reason: "every line of the checklist reads cleanly now" }];
  }
  const body = renderProblemsComment(problems);
  if (existing?.body === body) return [];
  const lines = new Set(problems.map((problem) => problem.line)).size;
  const reason = `${lines === 1 ? "1 line" : `${lines} lines`} of the checklist cannot be read`;
  return [{ kind: "comment", issue: meeting, role: "problems", body, reason, ...(existing === undefined ? {} : { commentId: existing.id }) }];
}
