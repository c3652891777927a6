import { daysUntil } from "./calendar-date.js";

/** A tracking issue as the reminders, the digest and the closing report see it. */
export interface StepProgress {
  issue: number;
  title: string;
  url: string;
  state: "open" | "closed";
  /** Closed as "not planned" rather than completed. */
  notPlanned: boolean;
  /** `YYYY-MM-DD`. */
  due?: string;
  /** Persona id. */
  persona?: string;
  /** Phase id of the pain point the step addresses. */
  pain?: string;
  /** `@user` or `@org/team`. */
  owner?: string;
  assignees: string[];
  /** ISO 8601 time the issue was closed, when it is. */
  closedAt?: string;
  /** Removed from the meeting's checklist; its issue stays open but is no longer followed up. */
  dropped: boolean;
}

export type ProgressStatus = "done" | "in-progress" | "overdue" | "dropped";

/** Where a step stands on the UTC day of `now`: closed is done, open past its due day is overdue. */
export function progressStatus(step: StepProgress, now: Date): ProgressStatus {
  if (step.dropped) return "dropped";
  if (step.state === "closed") return "done";
  const days = step.due === undefined ? undefined : daysUntil(step.due, now);
  return days !== undefined && days < 0 ? "overdue" : "in-progress";
}
