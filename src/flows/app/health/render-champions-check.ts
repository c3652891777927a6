import { tableCell } from "../../../core/text/safe-markdown.js";
import type { CheckOutput } from "../../../github/gateway.js";
import { conclusionFor } from "../to-check-annotations.js";
import type { ChampionProblem } from "./champion-problem.js";

/** The check run's name: branch protection rules refer to it, so it never changes. */
export const CHAMPIONS_CHECK_NAME = "Persona champions";

/**
 * The "Persona champions" check: each problem annotated at the `champions:` line of the doc that
 * names the handle, and a table of them all. Errors (a handle CODEOWNERS or routing cannot use) fail
 * the check; warnings alone make it neutral.
 */
export function renderChampionsCheck(problems: readonly ChampionProblem[], listsChecked: number): { conclusion: "success" | "failure" | "neutral"; output: CheckOutput } {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const counts = { errors, warnings: problems.length - errors };
  const scope = `Checked the champions of ${listsChecked} persona doc${listsChecked === 1 ? "" : "s"} this pull request changes.`;
  const rows = problems.map((p) => `| ${tableCell(p.file)} | ${tableCell(p.handle)} | ${p.severity} | ${tableCell(p.message)} | ${tableCell(p.suggestion)} |`);
  const table = rows.length === 0 ? ["Every champion exists, belongs to the organisation and has write access; every team has members."] : ["| Doc | Champion | Level | Problem | Fix |", "| --- | --- | --- | --- | --- |", ...rows];
  return {
    conclusion: conclusionFor(counts),
    output: {
      title: problems.length === 0 ? "All champions check out" : `${problems.length} champion problem${problems.length === 1 ? "" : "s"}`,
      summary: [scope, "", ...table].join("\n"),
      annotations: problems.map((p) => ({
        path: p.file,
        startLine: p.line,
        endLine: p.line,
        level: p.severity === "error" ? "failure" : "warning",
        message: `${p.message}\nSuggestion: ${p.suggestion}`,
        title: p.rule,
      })),
    },
  };
}
