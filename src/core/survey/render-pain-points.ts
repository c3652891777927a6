import { detailsBlock, quoteBlock, safeInline, tableCell } from "../text/safe-markdown.js";
import { formatCount, formatShare, plural } from "./format-figures.js";
import { renderBarChart } from "./render-bar-chart.js";
import { describeShown, renderCommentTable } from "./render-comment-table.js";
import type { PainPoint, SurveyComment, ToolCount } from "./survey-analysis.js";

export interface PainPointOptions {
  commentsPerCategory: number;
  /** Heading level for each pain point's own section, e.g. "###". */
  heading: string;
}

/** The ranked pain points as a table and a horizontal bar chart of respondents per phase. */
export function renderPainPointTable(points: readonly PainPoint[], chartTitle: string): string {
  const rows = points.map((point) =>
    `| ${point.rank} | ${tableCell(point.name)} | ${formatCount(point.mentions)} | ${formatShare(point.share)} | ${formatCount(point.comments)} | ${tableCell(listTools(point.tools))} |`,
  );
  const table = ["| Rank | Phase | Respondents | Share of commenters | Comments | Tools named |", "|---:|---|---:|---:|---:|---|", ...rows].join("\n");
  const chart = renderBarChart({
    title: chartTitle,
    labels: points.map((point) => point.name),
    values: points.map((point) => point.mentions),
    yAxis: "Respondents",
    horizontal: true,
  });
  return `${table}\n\n${chart}`;
}

/**
 * One pain point in full: why comments landed there (the matched keywords), the tools named, a few
 * representative quotes, and every kept comment in a collapsible table for the tool owners.
 */
export function renderPainPoint(point: PainPoint, options: PainPointOptions): string {
  const parts = [
    `${options.heading} ${point.rank}. ${safeInline(point.name)}: ${plural(point.mentions, "respondent")} (${formatShare(point.share)} of commenters)`,
    `Matched keywords: ${point.keywords.map((keyword) => `${safeInline(keyword.value)} (${formatCount(keyword.count)})`).join(", ")}.`,
  ];
  if (point.tools.length > 0) parts.push(`Tools named: ${safeInline(listTools(point.tools))}.`);
  parts.push(...point.quotes.map(renderQuote));
  parts.push(renderCommentDetails(`All comments about ${point.name} (${formatCount(point.comments)})`, point, options.commentsPerCategory, point.phase));
  return parts.join("\n\n");
}

/** A collapsible table of a category's kept comments, with how many are shown out of how many. */
export function renderCommentDetails(
  summary: string,
  group: { comments: number; shown: readonly SurveyComment[] },
  limit: number,
  phase?: string,
): string {
  if (limit <= 0 || group.shown.length === 0) return `${plural(group.comments, "comment")}, not listed here.`;
  const table = renderCommentTable(group.shown, phase === undefined ? { limit } : { limit, phase });
  return detailsBlock(summary, `${describeShown(group.comments, group.shown.length, limit)}\n\n${table}`);
}

function renderQuote(quote: SurveyComment): string {
  return `${quoteBlock(quote.text)}\n>\n> — row ${quote.row}, ${safeInline(quote.column)}`;
}

function listTools(tools: readonly ToolCount[]): string {
  if (tools.length === 0) return "–";
  return tools.map((tool) => `${tool.name} (${formatCount(tool.mentions)})`).join(", ");
}
