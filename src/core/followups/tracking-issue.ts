import type { StepProgress } from "./step-progress.js";
import { readTrackingRecord, type TrackingRecord } from "./tracking-marker.js";

/** An issue as the follow-ups read it; the gateway's `Issue` has this shape. */
export interface IssueFacts {
  number: number;
  nodeId: string;
  title: string;
  body: string;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | undefined;
  labels: string[];
  assignees: string[];
  htmlUrl: string;
  closedAt: string | undefined;
}

/** A tracking issue: an issue whose body carries our marker, with the record read from it. */
export interface TrackingIssue {
  issue: IssueFacts;
  record: TrackingRecord;
}

/** The tracking issues of `meeting` among `issues`, lowest number first. */
export function readTrackingIssues(issues: readonly IssueFacts[], meeting: number): TrackingIssue[] {
  return issues
    .flatMap((issue) => {
      const record = readTrackingRecord(issue.body);
      return record !== undefined && record.meeting === meeting ? [{ issue, record }] : [];
    })
    .sort((a, b) => a.issue.number - b.issue.number);
}

/** What the reminders, the digest and the closing report need of a tracking issue. */
export function toStepProgress(tracking: TrackingIssue): StepProgress {
  const { issue, record } = tracking;
  const progress: StepProgress = {
    issue: issue.number,
    title: issue.title,
    url: issue.htmlUrl,
    state: issue.state,
    notPlanned: issue.state === "closed" && issue.stateReason === "not_planned",
    assignees: issue.assignees,
    dropped: record.dropped,
  };
  if (record.due !== undefined) progress.due = record.due;
  if (record.persona !== undefined) progress.persona = record.persona;
  if (record.pain !== undefined) progress.pain = record.pain;
  if (record.owner !== undefined) progress.owner = record.owner;
  if (issue.closedAt !== undefined) progress.closedAt = issue.closedAt;
  return progress;
}
