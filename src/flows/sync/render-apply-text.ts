import type { Operation } from "../../core/plan/operation.js";
import type { ApplyPlanResult, Outcome, OutcomeStatus } from "../../github/apply-plan.js";

const STATUS_COLOUR: Record<OutcomeStatus, string> = { applied: "32", planned: "36", skipped: "33", failed: "31" };
// Names and messages partly come from persona docs: keep terminal control sequences out.
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * What an apply did, for a terminal: one line per operation with its status, the pull request, and a
 * count by status. A dry run says plainly that nothing was written.
 */
export function renderApplyText(result: ApplyPlanResult, options: { color: boolean; dryRun: boolean }): string {
  const paint = (status: OutcomeStatus, text: string) => (options.color ? `\u001B[${STATUS_COLOUR[status]}m${text}\u001B[0m` : text);
  const lines = result.outcomes.map((outcome) => `  ${paint(outcome.status, outcome.status.padEnd(7))}  ${outcome.operation.kind.padEnd(5)}  ${clean(nameOf(outcome.operation))}${suffix(outcome)}`);
  const sections = [lines.length === 0 ? "Nothing to apply." : `${options.dryRun ? "Dry run: nothing was written." : "Outcome"}\n${lines.join("\n")}`];
  const pull = result.pullRequest;
  if (pull !== undefined) sections.push(`Pull request #${pull.number} ${pull.created ? "opened" : "is open"}: ${pull.url}`);
  if (lines.length > 0) sections.push(countByStatus(result.outcomes));
  return `${sections.join("\n\n")}\n`;
}

/** "12 applied, 1 skipped, 1 failed." */
export function countByStatus(outcomes: readonly Outcome[]): string {
  const order: OutcomeStatus[] = ["planned", "applied", "skipped", "failed"];
  const parts = order.flatMap((status) => {
    const count = outcomes.filter((outcome) => outcome.status === status).length;
    return count === 0 ? [] : [`${count} ${status}`];
  });
  return `${parts.join(", ")}.`;
}

function nameOf(operation: Operation): string {
  if (operation.kind === "label" && operation.action !== "delete" && operation.label.name !== operation.target) return `${operation.target} → ${operation.label.name}`;
  return operation.target;
}

function suffix(outcome: Outcome): string {
  const note = outcome.error?.message ?? outcome.detail;
  return note === undefined ? "" : `: ${clean(note)}`;
}

function clean(text: string): string {
  return text.replace(/\r/g, "").replace(TERMINAL_CONTROLS, " ");
}
