import { isMeetingBody, readMeetingCycle } from "../../core/followups/meeting-marker.js";
import { REVIEW_MEETING_LABEL } from "../../core/publish/publish-labels.js";
import { meetingMarker } from "../../core/publish/publish-markers.js";
import type { GitHubGateway, Issue } from "../../github/gateway.js";

/** The meeting issue could not be found; the message says how to point at it. */
export class MeetingNotFoundError extends Error {
  override readonly name = "MeetingNotFoundError";
}

/**
 * The review-meeting issue to follow up: issue `number` when given (it must carry the meeting
 * marker, so a wrong number cannot turn some other issue's task list into tracking issues), else the
 * meeting of `cycle`, found by its marker among the issues labelled `review-meeting`.
 *
 * @throws MeetingNotFoundError naming what was looked for and how to fix it
 */
export async function findMeetingIssue(gateway: GitHubGateway, request: { number?: number; cycle?: string }): Promise<Issue> {
  if (request.number !== undefined) {
    const issue = await gateway.issues.get(request.number);
    if (issue === undefined || issue.isPullRequest) throw new MeetingNotFoundError(`#${request.number} is not an issue of this repository.`);
    if (!isMeetingBody(issue.body)) {
      throw new MeetingNotFoundError(`#${request.number} is not a review-meeting issue: its description lacks the marker \`survey publish\` writes. Pass the number of the meeting issue that \`survey publish\` created.`);
    }
    return issue;
  }
  if (request.cycle === undefined) {
    throw new MeetingNotFoundError("No meeting issue to follow up: pass --meeting N, or set survey.cycle in the settings file so the meeting of the current cycle can be found.");
  }
  const found = await gateway.issues.findByMarker(meetingMarker(request.cycle), { labels: [REVIEW_MEETING_LABEL] });
  if (found === undefined) {
    throw new MeetingNotFoundError(`No review-meeting issue for cycle ${request.cycle}: run \`persona-gov survey publish\` first, or pass --meeting N.`);
  }
  return found;
}

/** Every open review-meeting issue (any cycle), oldest first: what a scheduled run follows up. */
export async function listOpenMeetings(gateway: GitHubGateway): Promise<Issue[]> {
  const issues = await gateway.issues.list({ labels: [REVIEW_MEETING_LABEL], state: "open" });
  return issues.filter((issue) => !issue.isPullRequest && readMeetingCycle(issue.body) !== undefined);
}
