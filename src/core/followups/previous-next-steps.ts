import type { TrackingIssue } from "./tracking-issue.js";

/** A next step of an earlier cycle, as the next survey's report shows it. */
export interface PreviousStep {
  /** Phase id of the pain point it addressed; undefined when the line named none. */
  pain: string | undefined;
  title: string;
  /** `done` (closed as completed), `not planned`, `dropped` or `open`. */
  state: "done" | "not planned" | "dropped" | "open";
  url: string;
  issue: number;
  due: string | undefined;
}

/**
 * The next steps agreed for `persona`, optionally only those of one cycle, with where they stand, so
 * the next survey's report can put each beside the pain point it was meant to relieve. Ordered by
 * pain point, then issue number.
 */
export function previousNextSteps(trackingIssues: readonly TrackingIssue[], persona: string, cycle?: string): PreviousStep[] {
  return trackingIssues
    .filter(({ record }) => record.persona === persona && (cycle === undefined || record.cycle === cycle))
    .map(({ issue, record }) => ({
      pain: record.pain,
      title: issue.title,
      state: stateOf(issue.state, issue.stateReason, record.dropped),
      url: issue.htmlUrl,
      issue: issue.number,
      due: record.due,
    }))
    .sort((a, b) => (a.pain ?? "\uffff").localeCompare(b.pain ?? "\uffff") || a.issue - b.issue);
}

function stateOf(state: "open" | "closed", reason: string | undefined, dropped: boolean): PreviousStep["state"] {
  if (state === "closed") return reason === "not_planned" ? "not planned" : "done";
  return dropped ? "dropped" : "open";
}
