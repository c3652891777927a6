import { safeInline } from "../../core/text/safe-markdown.js";
import type { ProjectSyncResult } from "./project-sync.js";
import type { OpOutcome } from "./apply-followup-ops.js";
import { describeOp, reasonOf } from "./describe-op.js";
import type { RemindFollowupsResult } from "./remind-followups.js";
import type { SyncFollowupsResult } from "./sync-followups.js";

/** How a report is written: plain text for a terminal, or Markdown for a job summary. */
export type ReportStyle = "text" | "markdown";

/** A sync's outcome, plan-style: what was (or would be) done to the issues, then to the project. */
export function renderSyncReport(result: SyncFollowupsResult, repo: string, style: ReportStyle): string {
  const cycle = result.meeting.cycle === undefined ? "" : ` (${result.meeting.cycle})`;
  const lines = [heading(`Follow-ups of the review meeting #${result.meeting.number}${cycle} in ${repo}`, style)];
  const { steps, problems, dropped } = result.plan.counts;
  lines.push(`${steps} ${steps === 1 ? "step" : "steps"} in the checklist, ${problems} unreadable ${problems === 1 ? "line" : "lines"}, ${dropped} dropped.`);
  lines.push(...renderOutcomes(result.outcomes, style));
  lines.push(...result.plan.notes.map((note) => bullet(`note: ${note}`, style)));
  if (result.project !== undefined) lines.push("", ...renderProject(result.project, result.dryRun, style));
  if (result.dryRun) lines.push("", "Dry run: nothing was written.");
  return `${lines.join("\n")}\n`;
}

/** A reminder run's outcome, one block per meeting. */
export function renderRemindReport(result: RemindFollowupsResult, repo: string, style: ReportStyle): string {
  if (result.meetings.length === 0) return `No open review-meeting issue in ${repo}: nothing to remind about.\n`;
  const lines: string[] = [];
  for (const meeting of result.meetings) {
    const cycle = meeting.meeting.cycle === undefined ? "" : ` (${meeting.meeting.cycle})`;
    if (lines.length > 0) lines.push("");
    lines.push(heading(`Reminders for the review meeting #${meeting.meeting.number}${cycle} in ${repo}`, style));
    lines.push(...renderOutcomes(meeting.outcomes, style));
    lines.push(...meeting.reminders.skipped.map((skip) => bullet(`#${skip.issue}: no reminder, ${skip.reason}`, style)));
  }
  if (result.dryRun) lines.push("", "Dry run: nothing was written.");
  return `${lines.join("\n")}\n`;
}

function renderOutcomes(outcomes: readonly OpOutcome[], style: ReportStyle): string[] {
  if (outcomes.length === 0) return [bullet("nothing to change", style)];
  return outcomes.map((outcome) => {
    const prefix = outcome.status === "planned" ? "would " : outcome.status === "failed" ? "FAILED to " : outcome.status === "skipped" ? "skipped: " : "";
    const reason = reasonOf(outcome.op);
    const extra = outcome.error !== undefined ? `: ${outcome.error.message}` : outcome.detail !== undefined ? ` (${outcome.detail})` : reason !== undefined ? ` (${reason})` : "";
    return bullet(`${prefix}${describeOp(outcome.op)}${extra}`, style);
  });
}

function renderProject(project: ProjectSyncResult, dryRun: boolean, style: ReportStyle): string[] {
  const lines = [heading(`Project ${project.title === undefined ? project.url : `"${project.title}" (${project.url})`}`, style)];
  if (project.error !== undefined) return [...lines, bullet(`could not update the project: ${project.error}`, style)];
  lines.push(...project.fieldChanges.map((change) => bullet(change, style)));
  for (const item of project.items) {
    const values = item.writes.map((write) => `${write.fieldName}=${write.display}`).join(", ");
    const verb = item.action === "added" ? (dryRun ? "would add" : "added") : item.action === "updated" ? (dryRun ? "would set" : "set") : item.action === "failed" ? "FAILED" : "unchanged";
    const detail = item.error ?? values;
    lines.push(bullet(`${item.label}: ${verb}${detail === "" ? "" : ` ${detail}`}`, style));
  }
  lines.push(...project.notes.map((note) => bullet(`note: ${note}`, style)));
  return lines;
}

// Markdown goes into a job summary, and the lines quote issue titles people wrote: escaped there.
function heading(text: string, style: ReportStyle): string {
  return style === "markdown" ? `### ${safeInline(text)}\n` : `${text}:`;
}

function bullet(text: string, style: ReportStyle): string {
  return style === "markdown" ? `- ${safeInline(text)}` : `  ${text}`;
}
