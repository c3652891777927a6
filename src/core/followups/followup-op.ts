import type { LabelSpec } from "../plan/operation.js";

/** Where a rewritten checklist line should link: an existing issue, or one this run creates. */
export type StepLink = { issue: number } | { createdKey: string };

/** One checklist line to rewrite, found again by its exact text when the edit is applied. */
export interface LineEdit {
  /** 1-based line in the body the plan was made from (for messages). */
  line: number;
  /** The line as it was read. */
  from: string;
  /** The box the line should show. */
  box: " " | "x";
  /** Set when the line does not link its tracking issue yet. */
  link?: StepLink;
}

/** A tracking issue listed in the meeting issue's "Dropped steps" section. */
export interface DroppedStep {
  issue: number;
  title: string;
}

/** Which of our comments a comment operation writes; the same role is found again by its marker. */
export type CommentRole = "problems" | "dropped" | "restored" | "state-change" | "reminder" | "digest" | "closing-report";

/**
 * What the follow-ups want done on GitHub, as data. The planners compute these; the executor
 * (`applyFollowupOps` in src/flows/followups) is the only code that writes, and the only one that knows
 * about dry runs. Every operation says why, so a dry run explains itself.
 */
export type FollowupOp =
  | { kind: "create-label"; label: LabelSpec; reason: string }
  | {
      kind: "create-issue";
      /** The step's key, so line edits can link the issue once it has a number. */
      key: string;
      line: number;
      title: string;
      body: string;
      labels: string[];
      assignees: string[];
      /** The step was ticked before it had an issue: close it as completed right after. */
      close: boolean;
      reason: string;
    }
  | {
      kind: "update-issue";
      issue: number;
      title?: string;
      body?: string;
      state?: "open" | "closed";
      /** Replaces every label. */
      labels?: string[];
      /** What changes, for the report, e.g. `title`, `due date`. */
      changes: string[];
      reason: string;
    }
  | { kind: "assign"; issue: number; logins: string[]; reason: string }
  | { kind: "unassign"; issue: number; logins: string[]; reason: string }
  | { kind: "edit-meeting"; issue: number; edits: LineEdit[]; dropped: DroppedStep[]; reason: string }
  | { kind: "comment"; issue: number; role: CommentRole; body: string; reason: string; commentId?: number }
  | { kind: "close-meeting"; issue: number; reason: string };

export type FollowupOpKind = FollowupOp["kind"];
