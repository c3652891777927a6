import { tableCell } from "../text/safe-markdown.js";
import { formatCount } from "./format-figures.js";
import type { SurveyComment } from "./survey-analysis.js";

export interface CommentTableOptions {
  /** Show the words that matched this phase; without it, every match is shown with its phase. */
  phase?: string;
  /** Show at most this many of the kept comments. */
  limit: number;
}

/**
 * Respondents' comments as a table (row, question, why it matched, the text), every cell escaped so a
 * comment cannot break the table, the `<details>` block around it, or ping anyone.
 */
export function renderCommentTable(comments: readonly SurveyComment[], options: CommentTableOptions): string {
  const rows = comments.slice(0, options.limit).map((comment) =>
    [String(comment.row), tableCell(comment.column), tableCell(describeMatch(comment, options.phase)), tableCell(comment.text)].join(" | "),
  );
  return ["| Row | Question | Matched | Comment |", "|---:|---|---|---|", ...rows.map((row) => `| ${row} |`)].join("\n");
}

/** "Showing 200 of 1,532 comments, a fixed sample chosen by hashing their text." or all of them. */
export function describeShown(total: number, kept: number, limit: number): string {
  const shown = Math.min(kept, limit);
  if (shown >= total) return `All ${formatCount(total)} ${total === 1 ? "comment" : "comments"}.`;
  return `Showing ${formatCount(shown)} of ${formatCount(total)} comments: a fixed sample chosen by hashing their text, so it is the same on every run.`;
}

function describeMatch(comment: SurveyComment, phase: string | undefined): string {
  const matches = phase === undefined ? comment.matches : comment.matches.filter((match) => match.phase === phase);
  const words = matches.map((match) => (phase === undefined ? `${match.phase}: ${match.words.join(", ")}` : match.words.join(", ")));
  const tools = comment.tools.length > 0 ? [`tools: ${comment.tools.join(", ")}`] : [];
  return [...words, ...tools].join("; ") || "nothing";
}
