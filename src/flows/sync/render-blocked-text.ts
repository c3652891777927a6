import type { Diagnostic } from "../../core/diagnostics/diagnostic.js";
import type { ValidationReport } from "../../core/validation-report.js";

// Messages quote persona docs: keep terminal control sequences out.
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** The line that tells the user why nothing was planned. */
export function blockedMessage(report: ValidationReport): string {
  const { errors } = report.counts;
  return `The persona docs have ${errors} error${errors === 1 ? "" : "s"}; fix these first, because a sync built on broken docs would write broken labels and files. Nothing was planned.`;
}

/**
 * Why a sync refused to plan, for a terminal: every error (warnings do not block, so they are left to
 * `persona-gov validate`), one per line with its position and fix, then what to do.
 */
export function renderBlockedText(report: ValidationReport): string {
  const errors = report.diagnostics.filter((d) => d.severity === "error");
  return `${errors.map(formatDiagnostic).join("\n")}\n\n${blockedMessage(report)}\n`;
}

function formatDiagnostic(d: Diagnostic): string {
  const fix = d.suggestion === undefined ? "" : ` (${clean(d.suggestion)})`;
  return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${clean(d.message)}${fix}  [${d.rule}]`;
}

function clean(text: string): string {
  return text.replace(/\r/g, "").replace(TERMINAL_CONTROLS, " ");
}
