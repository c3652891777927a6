import { meetingMarker } from "../publish/publish-markers.js";

const MEETING_PATTERN = /<!-- persona-governance:review-meeting cycle=([^\s>]{1,200}) -->/;

/** Whether a body is a review-meeting issue's (it carries the marker `survey publish` writes). */
export function isMeetingBody(body: string): boolean {
  return MEETING_PATTERN.test(body);
}

/** The survey cycle a review-meeting issue is for, from its marker; undefined when it has none. */
export function readMeetingCycle(body: string): string | undefined {
  const match = MEETING_PATTERN.exec(body);
  if (match === null) return undefined;
  try {
    const cycle = decodeURIComponent(match[1]!);
    // Only a marker that `survey publish` could have written counts.
    return body.includes(meetingMarker(cycle)) ? cycle : undefined;
  } catch {
    return undefined;
  }
}
