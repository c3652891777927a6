import type { Diagnostic } from "../../core/diagnostics/diagnostic.js";
import type { Plan } from "../../core/plan/operation.js";
import { renderPlanMarkdown } from "../../core/sync/render-plan-markdown.js";
import { inlineCode, tableCell } from "../../core/text/safe-markdown.js";
import type { ValidationReport } from "../../core/validation-report.js";
import type { CheckOutput } from "../../github/gateway.js";
import { conclusionFor, toCheckAnnotations } from "./to-check-annotations.js";

/** The check run's name: branch protection rules refer to it, so it never changes. */
export const DOCS_CHECK_NAME = "Persona docs";

/** Room for the plan in the summary, which GitHub limits to 65,535 characters. */
const PLAN_LENGTH = 40_000;
/** Room for the findings table in the check's text, within the same limit. */
const FINDINGS_LENGTH = 60_000;

export interface DocsCheck {
  conclusion: "success" | "failure" | "neutral";
  output: CheckOutput;
}

/**
 * The "Persona docs" check run of a pull request: every finding as an annotation, a summary table per
 * file, the sync plan for what merging would change (or why there is none), and every finding again
 * as a table in the details, since annotations on files outside the diff are easy to miss. Text from
 * the pull request is escaped, so it cannot ping anyone or break the tables.
 */
export function renderDocsCheck(report: ValidationReport, plan: Plan | undefined): DocsCheck {
  const { counts } = report;
  const settings = report.configFile === undefined ? "the default settings" : `settings from ${inlineCode(report.configFile)}`;
  const scope = `Checked ${count(report.filesChecked, "persona doc")} with ${settings}.`;
  const summary = [scope, "", ...fileTotals(report.diagnostics), "", planSection(report, plan)].join("\n");
  return {
    conclusion: conclusionFor(counts),
    output: {
      title: title(counts),
      summary,
      ...(report.diagnostics.length === 0 ? {} : { text: findingsTable(report.diagnostics) }),
      annotations: toCheckAnnotations(report.diagnostics),
    },
  };
}

function title(counts: { errors: number; warnings: number }): string {
  if (counts.errors > 0) return `${count(counts.errors, "error")}, ${count(counts.warnings, "warning")}`;
  return counts.warnings > 0 ? count(counts.warnings, "warning") : "All persona docs pass";
}

function fileTotals(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return ["No problems found."];
  const totals = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    const entry = totals.get(d.file) ?? { errors: 0, warnings: 0 };
    if (d.severity === "error") entry.errors++;
    else entry.warnings++;
    totals.set(d.file, entry);
  }
  const rows = [...totals].map(([file, t]) => `| ${tableCell(file)} | ${t.errors} | ${t.warnings} |`);
  return ["| File | Errors | Warnings |", "| --- | ---: | ---: |", ...rows];
}

function planSection(report: ValidationReport, plan: Plan | undefined): string {
  if (plan !== undefined) return renderPlanMarkdown(plan, { maxLength: PLAN_LENGTH });
  const errors = count(report.counts.errors, "error");
  return `### persona-governance sync plan\nNo plan: with ${errors} in the docs, merging would sync broken labels and files. Fix the errors and the plan appears here.`;
}

function findingsTable(diagnostics: readonly Diagnostic[]): string {
  const lines = ["| File | Line | Severity | Rule | Message | Suggestion |", "| --- | ---: | --- | --- | --- | --- |"];
  let length = lines.join("\n").length;
  let listed = 0;
  for (const d of diagnostics) {
    const row = `| ${tableCell(d.file)} | ${d.line} | ${d.severity} | ${tableCell(d.rule)} | ${tableCell(d.message)} | ${tableCell(d.suggestion ?? "")} |`;
    if (length + row.length + 200 > FINDINGS_LENGTH) break;
    lines.push(row);
    length += row.length + 1;
    listed++;
  }
  const rest = diagnostics.length - listed;
  if (rest > 0) lines.push("", `${count(rest, "more finding")} ${rest === 1 ? "is" : "are"} in the annotations only.`);
  return lines.join("\n");
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
