import { tableCell } from "../../core/text/safe-markdown.js";
import type { ApplyPlanResult } from "../../github/apply-plan.js";
import { countByStatus } from "./render-apply-text.js";

/**
 * What an apply did, as Markdown for a job summary: one row per operation with its status and detail
 * (error messages included), then the pull request. Cells are escaped, since names come from persona docs.
 */
export function renderApplyMarkdown(result: ApplyPlanResult): string {
  if (result.outcomes.length === 0) return "";
  const rows = result.outcomes.map(({ operation, status, detail, error }) => {
    const note = error?.message ?? detail ?? "";
    return `| ${status} | ${operation.kind} | ${tableCell(operation.target)} | ${tableCell(note)} |`;
  });
  const sections = ["#### What was done", `**${countByStatus(result.outcomes)}**`, ["| Status | Kind | Target | Detail |", "| --- | --- | --- | --- |", ...rows].join("\n")];
  const pull = result.pullRequest;
  if (pull !== undefined) sections.push(`Pull request [#${pull.number}](${pull.url}) ${pull.created ? "was opened" : "is open"} with the file changes.`);
  return `${sections.join("\n\n")}\n`;
}
