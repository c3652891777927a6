import { NEXT_STEP_LINE_FORMAT } from "../publish/next-step-format.js";
import { renderTemplate } from "../templates/render-template.js";
import { inlineCode, neutralizeMentions } from "../text/safe-markdown.js";
import type { StepProblem } from "./next-step.js";

export const PROBLEMS_MARKER = "<!-- persona-governance:next-step-problems -->";

/**
 * The one reply that lists every checklist line that could not be read, each quoted with what is
 * wrong and the fix, so nobody's step silently goes untracked. Quoted lines keep their mentions
 * inert: the reply must not ping the owners again.
 */
export function renderProblemsComment(problems: readonly StepProblem[]): string {
  const byLine = new Map<number, StepProblem[]>();
  for (const problem of problems) byLine.set(problem.line, [...(byLine.get(problem.line) ?? []), problem]);
  const entries = [...byLine.entries()].sort(([a], [b]) => a - b).map(([line, list]) => renderLine(line, list));
  const count = byLine.size;
  return renderTemplate("followups/problems-comment.md", {
    marker: PROBLEMS_MARKER,
    count: count === 1 ? "1 line" : `${count} lines`,
    them: count === 1 ? "its step has" : "their steps have",
    lines: count === 1 ? "line" : "lines",
    problems: entries.join("\n"),
    format: inlineCode(NEXT_STEP_LINE_FORMAT),
  });
}

/** The reply once every line reads cleanly again. */
export function renderProblemsResolved(): string {
  return renderTemplate("followups/problems-resolved.md", { marker: PROBLEMS_MARKER });
}

function renderLine(line: number, problems: readonly StepProblem[]): string {
  const first = problems[0]!;
  const title = line === 0 ? "**The checklist:**" : `**Line ${line}:** ${inlineCode(neutralizeMentions(first.raw.trim()))}`;
  const details = problems.map((problem) => `  - ${neutralizeMentions(problem.message)} ${neutralizeMentions(problem.fix)}`);
  return [`- ${title}`, ...details].join("\n");
}
