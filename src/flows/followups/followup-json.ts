import type { FollowupOp } from "../../core/followups/followup-op.js";
import type { OpOutcome } from "./apply-followup-ops.js";
import { describeOp } from "./describe-op.js";
import type { RemindFollowupsResult } from "./remind-followups.js";
import type { SyncFollowupsResult } from "./sync-followups.js";

/** `followups sync --format json`: the plan and what became of each operation. */
export function syncResultToJson(result: SyncFollowupsResult): Record<string, unknown> {
  return {
    meeting: result.meeting,
    dryRun: result.dryRun,
    counts: result.plan.counts,
    operations: result.outcomes.map(outcomeToJson),
    notes: result.plan.notes,
    project: result.project ?? null,
    stats: result.stats,
  };
}

/** `followups remind --format json`. */
export function remindResultToJson(result: RemindFollowupsResult): Record<string, unknown> {
  return {
    dryRun: result.dryRun,
    meetings: result.meetings.map((meeting) => ({
      meeting: meeting.meeting,
      reminders: meeting.reminders.reminders.map(({ issue, kind, days, reason }) => ({ issue, kind, days, reason })),
      skipped: meeting.reminders.skipped,
      operations: meeting.outcomes.map(outcomeToJson),
    })),
    stats: result.stats,
  };
}

function outcomeToJson(outcome: OpOutcome): Record<string, unknown> {
  const json: Record<string, unknown> = { kind: outcome.op.kind, status: outcome.status, summary: describeOp(outcome.op), ...targetOf(outcome.op) };
  if ("reason" in outcome.op) json["reason"] = outcome.op.reason;
  if (outcome.detail !== undefined) json["detail"] = outcome.detail;
  if (outcome.error !== undefined) json["error"] = outcome.error.message;
  return json;
}

function targetOf(op: FollowupOp): Record<string, unknown> {
  switch (op.kind) {
    case "create-label":
      return { label: op.label.name };
    case "create-issue":
      return { line: op.line, title: op.title, labels: op.labels, assignees: op.assignees };
    case "comment":
      return { issue: op.issue, role: op.role };
    default:
      return { issue: op.issue };
  }
}
