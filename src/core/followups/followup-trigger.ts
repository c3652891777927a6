import { isMeetingBody } from "./meeting-marker.js";
import { readTrackingRecord } from "./tracking-marker.js";

/**
 * Which meeting an issue event concerns: the meeting issue itself (its checklist was edited), or the
 * meeting of a tracking issue (it was closed or reopened, so the checklist's box and the board follow).
 * Undefined for every other issue, which the follow-ups leave alone.
 */
export function meetingOfIssue(issue: { number: number; body: string | null | undefined }): number | undefined {
  const body = issue.body ?? "";
  if (isMeetingBody(body)) return issue.number;
  return readTrackingRecord(body)?.meeting;
}
