import type { SurveyQuestionType } from "./question-form-fields.js";

/**
 * What the routing core wants done to one issue, as data. The executor (`applyDecisions` in
 * src/github) carries these out in order and is the only place that knows a dry run; the core never
 * writes. Every decision says why, so a dry run or a log line explains itself.
 */
export type Decision =
  | { kind: "add-labels"; issue: number; labels: string[]; reason: string }
  | { kind: "remove-labels"; issue: number; labels: string[]; reason: string }
  | { kind: "assign"; issue: number; logins: string[]; reason: string }
  | { kind: "unassign"; issue: number; logins: string[]; reason: string }
  | { kind: "comment-create"; issue: number; role: CommentRole; body: string; reason: string }
  | { kind: "comment-update"; issue: number; role: CommentRole; commentId: number; body: string; reason: string }
  | { kind: "close"; issue: number; stateReason: "completed" | "not_planned"; reason: string }
  | { kind: "react"; commentId: number; content: ReactionContent; reason: string }
  | {
      kind: "accept-survey-question";
      issue: number;
      personaId: string;
      question: { text: string; type: SurveyQuestionType };
      reason: string;
    }
  | { kind: "skip"; reason: string };

/**
 * Which of our comments a comment decision writes: the one routing comment per issue, or a reply to
 * one command comment (found again by its marker, so a redelivery does not reply twice).
 */
export type CommentRole = { kind: "routing" } | { kind: "reply"; to: number };

export type ReactionContent = "+1" | "confused";

export type DecisionKind = Decision["kind"];

/** Whether a decision list changes anything on GitHub (anything but `skip`). */
export function hasWrites(decisions: readonly Decision[]): boolean {
  return decisions.some((decision) => decision.kind !== "skip");
}
