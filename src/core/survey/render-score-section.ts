import { safeInline, tableCell } from "../text/safe-markdown.js";
import { formatCount, formatMedian, formatShare } from "./format-figures.js";
import { renderBarChart } from "./render-bar-chart.js";
import type { QuestionStats } from "./survey-analysis.js";

/**
 * The satisfaction questions, each on its own: a table of distributions (every point of the scale,
 * zero-filled), medians and dissatisfied shares, then one bar chart per question. Deliberately no
 * figure combines questions.
 */
export function renderScoreSection(questions: readonly QuestionStats[], scale: { min: number; max: number }, heading: string): string {
  if (questions.length === 0) return `${heading}\n\nNo score questions are mapped in \`survey.scoreColumns\`.`;
  const points = Array.from({ length: scale.max - scale.min + 1 }, (_, offset) => String(scale.min + offset));
  const bottom = `${scale.min}–${scale.min + 1}`;
  const rows = questions.map((question) =>
    [
      tableCell(question.column) + (question.smallSample ? " ⚠️" : ""),
      tableCell(question.label),
      formatCount(question.n),
      ...points.map((point) => formatCount(question.distribution[point] ?? 0)),
      formatMedian(question.median),
      formatShare(question.dissatisfiedShare),
      formatCount(question.skipped),
      formatCount(question.outOfRange + question.notANumber),
    ].join(" | "),
  );
  const header = ["Question", "About", "Answers", ...points, "Median", `Dissatisfied (${bottom})`, "Skipped", "Not on the scale"];
  const table = [
    `| ${header.join(" | ")} |`,
    `|${header.map((_, index) => (index < 2 ? "---" : "---:")).join("|")}|`,
    ...rows.map((row) => `| ${row} |`),
  ].join("\n");
  const note = `Each question stands alone: there is no overall score. "Dissatisfied" is the share of answers at ${bottom}. ⚠️ marks questions with too few answers to read as a trend.`;
  const charts = questions.map((question) => renderQuestionChart(question, points));
  return [heading, note, table, ...charts].join("\n\n");
}

function renderQuestionChart(question: QuestionStats, points: readonly string[]): string {
  const about = question.label === question.column ? question.column : `${question.label}: ${question.column}`;
  const title = `${about} (n=${question.n})`;
  return [
    `**${safeInline(question.column)}**`,
    renderBarChart({
      title,
      labels: points,
      values: points.map((point) => question.distribution[point] ?? 0),
      yAxis: "Answers",
    }),
  ].join("\n\n");
}
