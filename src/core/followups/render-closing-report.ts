import { safeInline, tableCell } from "../text/safe-markdown.js";
import { dayNumber } from "./calendar-date.js";
import { personaName } from "./render-digest.js";
import { phaseName, type ProgressContext } from "./progress-context.js";
import type { StepProgress } from "./step-progress.js";

export const CLOSING_REPORT_MARKER = "<!-- persona-governance:followups-closing-report -->";

/**
 * The report posted when every followed-up step is closed, just before the meeting issue is closed:
 * what was agreed, what became of it and whether it landed before its due date. It has no date of
 * its own, so posting it twice would write the same text.
 */
export function renderClosingReport(steps: readonly StepProgress[], context: ProgressContext): string {
  const followed = steps.filter((step) => !step.dropped);
  const late = followed.filter((step) => finishedLate(step));
  const notPlanned = followed.filter((step) => step.notPlanned);
  const cycle = context.cycle === undefined ? "" : ` of ${safeInline(context.cycle)}`;
  const summary = [
    `Every next step agreed in this review meeting${cycle} is closed: ${followed.length} in all`,
    late.length > 0 ? `, ${late.length} after its due date` : "",
    notPlanned.length > 0 ? `, ${notPlanned.length} closed as not planned` : "",
    ". This issue is closed as completed; reopen it to add more steps.",
  ].join("");
  const rows = followed.map((step) => {
    const closed = step.closedAt?.slice(0, 10) ?? "–";
    const outcome = step.notPlanned ? "not planned" : finishedLate(step) ? "done, late" : "done";
    return `| #${step.issue} ${tableCell(step.title)} | ${tableCell(personaName(step.persona, context))} | ${tableCell(phaseName(context, step.pain))} | ${step.due ?? "–"} | ${closed} | ${outcome} |`;
  });
  const sections = [
    CLOSING_REPORT_MARKER,
    "## Closing report",
    summary,
    ["| Step | Persona | Pain point | Due | Closed | Outcome |", "|---|---|---|---|---|---|", ...rows].join("\n"),
  ];
  const dropped = steps.filter((step) => step.dropped);
  if (dropped.length > 0) sections.push(`Dropped from the checklist along the way: ${dropped.map((step) => `#${step.issue}`).join(", ")}.`);
  sections.push("The next survey's analysis shows these steps beside the pain points they addressed, so the champions can see whether they helped.");
  return `${sections.join("\n\n")}\n`;
}

function finishedLate(step: StepProgress): boolean {
  if (step.notPlanned || step.due === undefined || step.closedAt === undefined) return false;
  const due = dayNumber(step.due);
  const closed = dayNumber(step.closedAt.slice(0, 10));
  return due !== undefined && closed !== undefined && closed > due;
}
