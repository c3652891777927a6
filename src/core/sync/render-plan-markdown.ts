import type { FileOperation, LabelOperation, Plan } from "../plan/operation.js";
import { detailsBlock, safeInline, tableCell } from "../text/safe-markdown.js";
import { IN_SYNC_MESSAGE } from "./render-plan-text.js";
import { describePlanSummary, summarisePlan } from "./summarise-plan.js";

export interface PlanMarkdownOptions {
  /** Longest output, in UTF-16 units (never fewer than GitHub's characters). GitHub's comment limit is 65,536. */
  maxLength?: number;
}

export const DEFAULT_PLAN_MARKDOWN_LENGTH = 60_000;

const TRUNCATED_NOTE = "_The plan was cut short to stay under GitHub's comment size limit. Run `persona-gov plan` to see all of it._";

/**
 * The plan as Markdown for a pull request comment or a job summary: a summary line, a table of label
 * changes, each file change as a collapsed diff, and the warnings. When the whole would exceed
 * `maxLength`, file diffs are shown in path order while they fit and the rest are replaced by a line
 * saying so, with a note at the end. Everything taken from persona docs or files is escaped so it
 * cannot ping anyone or break the layout.
 */
export function renderPlanMarkdown(plan: Plan, options: PlanMarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_PLAN_MARKDOWN_LENGTH;
  const labels = plan.operations.filter((operation): operation is LabelOperation => operation.kind === "label");
  const files = plan.operations.filter((operation): operation is FileOperation => operation.kind === "file");
  const head = ["### persona-governance sync plan", plan.operations.length === 0 ? IN_SYNC_MESSAGE : `**${describePlanSummary(summarisePlan(plan))}**`];
  if (labels.length > 0) head.push("#### Labels", labelTable(labels));
  const tail = plan.warnings.length === 0 ? [] : ["#### Warnings", plan.warnings.map((w) => `- ${safeInline(w.file)}${w.line > 0 ? ` line ${w.line}` : ""}: ${safeInline(w.message)} (${safeInline(w.rule)})`).join("\n")];
  let budget = maxLength - join([...head, ...tail]).length - TRUNCATED_NOTE.length - 8;
  let omitted = false;
  const fileParts: string[] = [];
  for (const file of files) {
    const summary = `${file.action} ${file.target}: ${file.reason}`;
    const full = detailsBlock(summary, diffFence(file.diff));
    const short = detailsBlock(summary, "_Diff left out to keep this comment under GitHub's size limit._");
    const part = full.length + 2 <= budget ? full : short.length + 2 <= budget ? short : undefined;
    if (part !== full) omitted = true;
    if (part === undefined) continue;
    fileParts.push(part);
    budget -= part.length + 2;
  }
  const sections = [...head, ...(files.length > 0 ? ["#### Files", ...fileParts] : []), ...tail, ...(omitted ? [TRUNCATED_NOTE] : [])];
  const text = join(sections);
  if (text.length <= maxLength) return text;
  // Only when the label table and warnings alone are too long: cut, and say so.
  const cut = `${text.slice(0, Math.max(0, maxLength - TRUNCATED_NOTE.length - 3))}\n\n${TRUNCATED_NOTE}\n`;
  return cut.slice(0, maxLength);
}

function labelTable(labels: readonly LabelOperation[]): string {
  const rows = labels.map((operation) => {
    const name = operation.action === "delete" || operation.label.name === operation.target ? tableCell(operation.target) : `${tableCell(operation.target)} → ${tableCell(operation.label.name)}`;
    const look = operation.action === "delete" ? "" : `#${operation.label.color} ${tableCell(operation.label.description)}`;
    return `| ${operation.action} | ${name} | ${look} | ${tableCell(operation.reason)} |`;
  });
  return ["| Action | Label | Colour and description | Reason |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

/** A diff in a fence longer than any backtick run inside it, so file content cannot close it early. */
function diffFence(diff: string): string {
  const longest = Math.max(0, ...(diff.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}diff\n${diff.replace(/\r/g, "").trimEnd()}\n${fence}`;
}

function join(sections: readonly string[]): string {
  return `${sections.join("\n\n")}\n`;
}
