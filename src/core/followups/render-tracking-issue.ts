import { plural } from "../survey/format-figures.js";
import { renderTemplate } from "../templates/render-template.js";
import { quoteBlock, safeInline } from "../text/safe-markdown.js";
import { renderTrackingMarkers, type TrackingRecord } from "./tracking-marker.js";

/** Names and links the tracking issue's body shows beside the record. */
export interface TrackingIssueContext {
  personaName?: string;
  painName?: string;
  /** The persona's analysis issue of the meeting's cycle, when `survey publish` made one. */
  analysisIssue?: number;
  /** Whether the steps also go on a project board. */
  hasProject: boolean;
  remindDaysBefore: number;
  reminderIntervalDays: number;
}

const MAX_TITLE = 256;

/** The issue title for a step: its text on one line, within GitHub's length limit. */
export function trackingIssueTitle(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
  return line.length <= MAX_TITLE ? line : `${line.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}

/**
 * The body of a tracking issue: the hidden record, the step as agreed (quoted, so nothing in it can
 * ping anyone or break the layout), its owner, due date, persona and pain point with a link to the
 * persona's analysis, and what to do. The owner handle is written as a mention on purpose: the
 * owner should hear about the step the moment it is tracked.
 */
export function renderTrackingIssueBody(record: TrackingRecord, context: TrackingIssueContext): string {
  const dueNote = record.due === undefined ? "not set" : record.due;
  const pain = record.pain === undefined ? "not named" : `${safeInline(context.painName ?? record.pain)}${context.analysisIssue === undefined ? "" : ` (analysis: #${context.analysisIssue})`}`;
  return renderTemplate("followups/tracking-issue.md", {
    markers: renderTrackingMarkers(record),
    meeting: String(record.meeting),
    cycle: record.cycle === undefined ? "" : ` (${safeInline(record.cycle)})`,
    text: quoteBlock(record.text),
    owner: record.owner ?? "not named",
    due: dueNote,
    persona: record.persona === undefined ? "not named" : safeInline(context.personaName ?? record.persona),
    pain,
    project: context.hasProject ? " and the project board moves it to Done" : "",
    remindDaysBefore: plural(context.remindDaysBefore, "day"),
    interval: plural(context.reminderIntervalDays, "day"),
  });
}
