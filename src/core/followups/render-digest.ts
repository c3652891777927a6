import { mermaidLabel } from "../survey/render-bar-chart.js";
import { neutralizeMentions, safeInline, tableCell } from "../text/safe-markdown.js";
import { calendarDateOf } from "./calendar-date.js";
import { countProgress, type PersonaProgress } from "./count-progress.js";
import { phaseName, type ProgressContext } from "./progress-context.js";
import { progressStatus, type ProgressStatus, type StepProgress } from "./step-progress.js";

export const DIGEST_MARKER = "<!-- persona-governance:followups-digest -->";
const UPDATED_LINE = /^_Updated on \d{4}-\d{2}-\d{2}\._$/m;

const STATUS_TEXT: Record<ProgressStatus, string> = { done: "done", "in-progress": "in progress", overdue: "**overdue**", dropped: "dropped" };

/**
 * The progress digest on the meeting issue, one comment edited in place: the overdue steps first (the
 * escalation), counts per persona, a Mermaid pie of the whole, and every step in a collapsed table.
 * Owner handles are neutralised: the digest informs, the reminders on the tracking issues notify.
 */
export function renderDigest(steps: readonly StepProgress[], context: ProgressContext): string {
  const followed = steps.filter((step) => !step.dropped);
  const { total, perPersona } = countProgress(followed, context.personas, context.now);
  const cycle = context.cycle === undefined ? "" : ` (${safeInline(context.cycle)})`;
  const sections = [
    DIGEST_MARKER,
    `## Progress of the agreed next steps${cycle}`,
    `**${total.done} of ${followed.length} ${followed.length === 1 ? "step" : "steps"} done**, ${total["in-progress"]} in progress, ${total.overdue} overdue.`,
  ];
  const overdue = followed.filter((step) => progressStatus(step, context.now) === "overdue");
  if (overdue.length > 0) sections.push(renderOverdue(overdue, context));
  if (followed.length > 0) sections.push(renderPersonaTable(perPersona), renderPie(total, context.cycle), renderStepTable(followed, context));
  const dropped = steps.filter((step) => step.dropped);
  if (dropped.length > 0) {
    sections.push(`Dropped from the checklist (their issues stay open, without reminders): ${dropped.map((step) => `#${step.issue}`).join(", ")}.`);
  }
  sections.push(`_Updated on ${calendarDateOf(context.now)}._`);
  return `${sections.join("\n\n")}\n`;
}

/** Whether two digests say the same thing, apart from the date they were written. */
export function sameDigest(a: string, b: string): boolean {
  return a.replace(UPDATED_LINE, "") === b.replace(UPDATED_LINE, "");
}

function renderOverdue(steps: readonly StepProgress[], context: ProgressContext): string {
  const lines = steps.map((step) => {
    const owner = step.owner === undefined ? "no owner" : neutralizeMentions(step.owner);
    return `> - #${step.issue} ${safeInline(step.title)}: ${owner}, due ${step.due ?? "?"} (${safeInline(personaName(step.persona, context))})`;
  });
  return [`> [!WARNING]`, `> **Overdue.** These steps are past their due date and still open; they need an owner's update or a new date:`, ...lines].join("\n");
}

function renderPersonaTable(rows: readonly PersonaProgress[]): string {
  const body = rows.map((row) => `| ${tableCell(row.name)} | ${row.counts.done} | ${row.counts["in-progress"]} | ${row.counts.overdue} |`);
  return ["| Persona | Done | In progress | Overdue |", "|---|---:|---:|---:|", ...body].join("\n");
}

function renderPie(total: Record<ProgressStatus, number>, cycle: string | undefined): string {
  const slices = (["done", "in-progress", "overdue"] as const)
    .filter((status) => total[status] > 0)
    .map((status) => `    "${status === "in-progress" ? "In progress" : status === "done" ? "Done" : "Overdue"}" : ${total[status]}`);
  const title = cycle === undefined ? "Next steps" : `Next steps ${mermaidLabel(cycle, 40)}`;
  return ["```mermaid", `pie showData title ${title}`, ...slices, "```"].join("\n");
}

function renderStepTable(steps: readonly StepProgress[], context: ProgressContext): string {
  const rows = [...steps]
    .sort((a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999") || a.issue - b.issue)
    .map((step) => {
      const owner = step.owner === undefined ? "–" : tableCell(step.owner);
      const status = STATUS_TEXT[progressStatus(step, context.now)];
      return `| #${step.issue} ${tableCell(step.title)} | ${tableCell(personaName(step.persona, context))} | ${tableCell(phaseName(context, step.pain))} | ${owner} | ${step.due ?? "–"} | ${status} |`;
    });
  const table = ["| Step | Persona | Pain point | Owner | Due | Status |", "|---|---|---|---|---|---|", ...rows].join("\n");
  return `<details>\n<summary>Every step (${steps.length})</summary>\n\n${table}\n\n</details>`;
}

/** A persona id as its name, or "No persona". */
export function personaName(id: string | undefined, context: Pick<ProgressContext, "personas">): string {
  if (id === undefined) return "No persona";
  return context.personas.find((persona) => persona.id === id)?.name ?? id;
}
