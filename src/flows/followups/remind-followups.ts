import { daysUntil } from "../../core/followups/calendar-date.js";
import type { FollowupOp } from "../../core/followups/followup-op.js";
import { readMeetingCycle } from "../../core/followups/meeting-marker.js";
import { planMeetingProgress } from "../../core/followups/plan-meeting-progress.js";
import { planReminders, type ReminderPlan, type ReminderSubject } from "../../core/followups/plan-reminders.js";
import { NEXT_STEP_LABEL } from "../../core/followups/step-labels.js";
import { lastReminderAt } from "../../core/followups/reminder-marker.js";
import { CLOSING_REPORT_MARKER } from "../../core/followups/render-closing-report.js";
import { DIGEST_MARKER } from "../../core/followups/render-digest.js";
import { readTrackingIssues, toStepProgress, type TrackingIssue } from "../../core/followups/tracking-issue.js";
import { resolvePhases } from "../../core/config/resolve-phases.js";
import type { GitHubGateway, Issue, RequestStats } from "../../github/gateway.js";
import { startCounting } from "../sync/sync-stats.js";
import { applyFollowupOps, type OpOutcome } from "./apply-followup-ops.js";
import { findMeetingIssue, listOpenMeetings } from "./find-meeting.js";
import type { FollowupProgram } from "./followup-program.js";

export interface RemindFollowupsRequest {
  gateway: GitHubGateway;
  program: FollowupProgram;
  /** One meeting issue; default: every open review-meeting issue. */
  meeting?: number;
  /** The clock: reminders, overdue steps and the digest are computed as of this instant. */
  now: Date;
  dryRun: boolean;
}

export interface MeetingReminders {
  meeting: { number: number; url: string; cycle?: string };
  reminders: ReminderPlan;
  operations: FollowupOp[];
  outcomes: OpOutcome[];
}

export interface RemindFollowupsResult {
  meetings: MeetingReminders[];
  dryRun: boolean;
  stats: RequestStats;
}

/**
 * `followups remind`: for each open meeting, a reminder on every tracking issue that is due soon or
 * overdue (at most one per issue per interval, read from our earlier reminders' markers), the digest
 * on the meeting issue, and the closing report once every step is closed. Stateless and safe to run
 * from several places at once: the markers are the only memory, so a second run finds the first's.
 */
export async function remindFollowups(request: RemindFollowupsRequest): Promise<RemindFollowupsResult> {
  const { gateway, dryRun } = request;
  const stats = startCounting(gateway);
  const meetings = request.meeting === undefined ? await listOpenMeetings(gateway) : [await findMeetingIssue(gateway, { number: request.meeting })];
  const results: MeetingReminders[] = [];
  const allTracking = meetings.length === 0 ? [] : await gateway.issues.list({ labels: [NEXT_STEP_LABEL], state: "all" });
  for (const meeting of meetings) {
    const tracking = readTrackingIssues(allTracking, meeting.number);
    const planned = await planMeeting(request, meeting, tracking);
    const applied = await applyFollowupOps(gateway, planned.operations, { dryRun });
    results.push({ ...planned, outcomes: applied.outcomes });
  }
  return { meetings: results, dryRun, stats: stats() };
}

async function planMeeting(request: RemindFollowupsRequest, meeting: Issue, tracking: readonly TrackingIssue[]): Promise<Omit<MeetingReminders, "outcomes">> {
  const { gateway, program, now } = request;
  const cycle = readMeetingCycle(meeting.body);
  const subjects = await reminderSubjects(gateway, tracking, meeting.number, request);
  const reminders = planReminders(subjects, now, program.config);
  const comments = await gateway.comments.list(meeting.number);
  const digest = comments.find((comment) => comment.body.includes(DIGEST_MARKER));
  const closingReport = comments.find((comment) => comment.body.includes(CLOSING_REPORT_MARKER));
  const progress = planMeetingProgress({
    meeting: { number: meeting.number, state: meeting.state },
    steps: tracking.map(toStepProgress),
    context: { meeting: meeting.number, ...(cycle === undefined ? {} : { cycle }), personas: program.personas, phases: resolvePhases(program.config), now },
    ...(digest === undefined ? {} : { digest: { id: digest.id, body: digest.body } }),
    ...(closingReport === undefined ? {} : { closingReport: { id: closingReport.id, body: closingReport.body } }),
  });
  const reminderOps: FollowupOp[] = reminders.reminders.map((reminder) => ({ kind: "comment", issue: reminder.issue, role: "reminder", body: reminder.body, reason: reminder.reason }));
  return { meeting: { number: meeting.number, url: meeting.htmlUrl, ...(cycle === undefined ? {} : { cycle }) }, reminders, operations: [...reminderOps, ...progress] };
}

/**
 * The tracking issues that may need a reminder, each with its last reminder's time. Only open steps
 * inside the reminder window have their comments read, so a quiet week costs a handful of requests.
 */
async function reminderSubjects(gateway: GitHubGateway, tracking: readonly TrackingIssue[], meeting: number, request: RemindFollowupsRequest): Promise<ReminderSubject[]> {
  const window = request.program.config.followups.remindDaysBefore;
  const subjects: ReminderSubject[] = [];
  for (const entry of tracking) {
    const progress = toStepProgress(entry);
    const days = progress.due === undefined ? undefined : daysUntil(progress.due, request.now);
    if (progress.state !== "open" || progress.dropped || days === undefined || days > window) continue;
    const comments = await gateway.comments.list(entry.issue.number);
    const last = lastReminderAt(comments.map((comment) => comment.body), request.now);
    subjects.push({ ...progress, meeting, ...(last === undefined ? {} : { lastReminderAt: last }) });
  }
  return subjects;
}
