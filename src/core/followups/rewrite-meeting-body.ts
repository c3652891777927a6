import { findNextStepsSection } from "../publish/find-next-steps-section.js";
import { safeInline } from "../text/safe-markdown.js";
import type { DroppedStep } from "./followup-op.js";

const TASK_LINE = /^([ \t]{0,3}[-*+][ \t]+\[)([ xX])(\][ \t]+)(.*)$/;
const DROPPED_START = "<!-- persona-governance:dropped-steps -->";
const DROPPED_END = "<!-- persona-governance:dropped-steps:end -->";
const DROPPED_HEADING = /(?:^|\n)## Dropped steps[ \t]*\r?\n$/;

/** A resolved line edit: the line as read, and what it becomes. */
export interface ResolvedEdit {
  from: string;
  to: string;
}

/**
 * A checklist line with its box set to `box` and, when `link` is given, `#link` put right after the
 * box: the position GitHub renders as a tracked issue with its live state. Everything else on the line
 * (the person's own wording, bullet and spacing) stays as written.
 */
export function rewriteStepLine(line: string, box: " " | "x", link?: number): string {
  const task = TASK_LINE.exec(line);
  if (task === null) return line;
  const rest = link === undefined ? task[4]! : `#${link} ${task[4]!}`;
  return `${task[1]!}${box}${task[3]!}${rest}`;
}

/**
 * Applies line edits and the "Dropped steps" section to a meeting body. Each edit finds its line by
 * exact text, so edits made from an older copy of the body still land when people added or moved
 * lines meanwhile; an edit whose line changed since is skipped (the next sync reads the new line) and
 * returned in `missed`. Nothing outside the edited lines and the dropped section changes.
 */
export function applyMeetingEdits(body: string, edits: readonly ResolvedEdit[], dropped: readonly DroppedStep[]): { body: string; missed: ResolvedEdit[] } {
  const parts = body.split(/(\r?\n)/);
  const used = new Set<number>();
  const missed: ResolvedEdit[] = [];
  for (const edit of edits) {
    const index = parts.findIndex((part, i) => i % 2 === 0 && !used.has(i) && part === edit.from);
    if (index < 0) {
      missed.push(edit);
      continue;
    }
    used.add(index);
    parts[index] = edit.to;
  }
  return { body: replaceDroppedSection(parts.join(""), dropped), missed };
}

/** The "Dropped steps" section as it should read; empty when nothing is dropped. */
export function renderDroppedSection(dropped: readonly DroppedStep[]): string {
  if (dropped.length === 0) return "";
  const lines = [...dropped].sort((a, b) => a.issue - b.issue).map((step) => `- #${step.issue} ${safeInline(step.title)}`);
  return [
    "## Dropped steps",
    DROPPED_START,
    "Removed from the agreed next steps above. Their issues stay open but get no reminders; put a step's line back, with its `#number`, to follow it up again.",
    "",
    ...lines,
    DROPPED_END,
  ].join("\n");
}

function replaceDroppedSection(body: string, dropped: readonly DroppedStep[]): string {
  const section = renderDroppedSection(dropped);
  const start = body.indexOf(DROPPED_START);
  const end = start < 0 ? -1 : body.indexOf(DROPPED_END, start);
  if (start >= 0 && end >= 0) {
    const heading = DROPPED_HEADING.exec(body.slice(0, start));
    const from = heading === null ? start : start - heading[0].length + (heading[0].startsWith("\n") ? 1 : 0);
    const to = end + DROPPED_END.length;
    if (section === "") return `${body.slice(0, from).replace(/\s+$/, "")}${tail(body.slice(to))}`;
    return `${body.slice(0, from)}${section}${body.slice(to)}`;
  }
  if (section === "") return body;
  const insertAt = findNextStepsSection(body)?.content.end ?? body.length;
  const before = body.slice(0, insertAt).replace(/\s+$/, "");
  const after = body.slice(insertAt);
  return `${before}\n\n${section}\n${after === "" ? "" : `\n${after.replace(/^\s+/, "")}`}`;
}

function tail(rest: string): string {
  const trimmed = rest.replace(/^\s+/, "");
  return trimmed === "" ? "\n" : `\n\n${trimmed}`;
}

/** Whether the body's dropped section already says exactly this. */
export function hasDroppedSection(body: string, dropped: readonly DroppedStep[]): boolean {
  return replaceDroppedSection(body, dropped) === body;
}
