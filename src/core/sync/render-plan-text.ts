import type { FileOperation, LabelOperation, Plan } from "../plan/operation.js";
import { describePlanSummary, summarisePlan } from "./summarise-plan.js";

export interface PlanTextOptions {
  /** ANSI colours, for a terminal; the caller decides (TTY, NO_COLOR, FORCE_COLOR). */
  color: boolean;
}

export const IN_SYNC_MESSAGE = "No changes: the repository is in sync.";

const ANSI = { bold: "1", red: "31", green: "32", yellow: "33", cyan: "36" } as const;
type Style = keyof typeof ANSI;
// Text from persona docs and files is shown as is, minus anything a terminal would act on.
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const ACTION_STYLE: Record<string, Style> = { create: "green", rename: "yellow", update: "yellow", delete: "red" };

/**
 * The plan as a reviewer reads it in a terminal: a table of label changes, then each file change with
 * its unified diff, then the warnings and a one-line summary. With nothing to do it says so plainly.
 */
export function renderPlanText(plan: Plan, options: PlanTextOptions = { color: false }): string {
  const paint = (style: Style, text: string) => (options.color ? `\u001B[${ANSI[style]}m${text}\u001B[0m` : text);
  const labels = plan.operations.filter((operation): operation is LabelOperation => operation.kind === "label");
  const files = plan.operations.filter((operation): operation is FileOperation => operation.kind === "file");
  const sections: string[] = [];
  if (plan.operations.length === 0) sections.push(IN_SYNC_MESSAGE);
  if (labels.length > 0) sections.push(`${paint("bold", "Labels")}\n${labelTable(labels, paint)}`);
  for (const file of files) {
    const heading = `${paint(ACTION_STYLE[file.action] ?? "bold", file.action)} ${paint("bold", clean(file.target))}: ${clean(file.reason)}`;
    sections.push(`${heading}\n${colourDiff(clean(file.diff).trimEnd(), paint)}`);
  }
  if (plan.warnings.length > 0) {
    const lines = plan.warnings.map((w) => `  ${paint("yellow", "warning")} ${clean(w.file)}${w.line > 0 ? `:${w.line}` : ""} ${clean(w.message)} (${w.rule})`);
    sections.push(`${paint("bold", "Warnings")}\n${lines.join("\n")}`);
  }
  if (plan.operations.length > 0 || plan.warnings.length > 0) sections.push(describePlanSummary(summarisePlan(plan)));
  return `${sections.join("\n\n")}\n`;
}

function labelTable(labels: readonly LabelOperation[], paint: (style: Style, text: string) => string): string {
  const rows = labels.map((operation) => [operation.action, clean(labelName(operation)), clean(operation.reason)] as const);
  const width = Math.max(...rows.map(([, name]) => [...name].length));
  return rows
    .map(([action, name, reason]) => `  ${paint(ACTION_STYLE[action] ?? "bold", action.padEnd(6))}  ${name}${" ".repeat(width - [...name].length)}  ${reason}`)
    .join("\n");
}

function labelName(operation: LabelOperation): string {
  if (operation.action === "rename" || (operation.action === "update" && operation.label.name !== operation.target)) {
    return `${operation.target} → ${operation.label.name}`;
  }
  return operation.target;
}

function colourDiff(diff: string, paint: (style: Style, text: string) => string): string {
  return diff
    .split("\n")
    .map((line) => {
      if (line.startsWith("+++ ") || line.startsWith("--- ")) return paint("bold", line);
      if (line.startsWith("@@")) return paint("cyan", line);
      if (line.startsWith("+")) return paint("green", line);
      if (line.startsWith("-")) return paint("red", line);
      return line;
    })
    .join("\n");
}

function clean(text: string): string {
  return text.replace(/\r/g, "").replace(TERMINAL_CONTROLS, "");
}
