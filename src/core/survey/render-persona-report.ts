import { safeInline, tableCell } from "../text/safe-markdown.js";
import { describeCaveats, smallSampleSentence } from "./describe-caveats.js";
import { formatCount, formatShare, plural } from "./format-figures.js";
import { renderCommentDetails, renderPainPoint, renderPainPointTable } from "./render-pain-points.js";
import { renderScoreSection } from "./render-score-section.js";
import type { PersonaAnalysis, SurveyAnalysis } from "./survey-analysis.js";

export interface PersonaReportOptions {
  /** Raw comments listed per category, at most the analysis's cap; lower it to fit an issue body. */
  commentsPerCategory?: number;
  /** Link back to the overview, e.g. `README.md` or an issue URL. */
  overviewLink?: string;
  /** Top-level heading level: 1 for a file, 2 when the report is embedded in an issue. */
  headingLevel?: 1 | 2;
}

/**
 * One persona's survey report in GitHub Markdown: ranked pain points with charts, quotes and every
 * kept comment per category, the score questions one by one, the tools named, and what the analysis
 * does not tell you. Pure and deterministic; every piece of respondent text is escaped.
 */
export function renderPersonaReport(analysis: SurveyAnalysis, persona: PersonaAnalysis, options: PersonaReportOptions = {}): string {
  const level = options.headingLevel ?? 1;
  const h = (depth: number): string => "#".repeat(level + depth - 1);
  const limit = Math.min(options.commentsPerCategory ?? analysis.commentCap, analysis.commentCap);
  const cycle = analysis.cycle === null ? "" : ` (${safeInline(analysis.cycle)})`;
  const sections = [`${h(1)} ${safeInline(persona.name)}: survey results${cycle}`];
  if (persona.smallSample) sections.push(`> [!WARNING]\n> ${smallSampleSentence(persona.responses)}`);
  sections.push(describeRespondents(persona));
  if (options.overviewLink !== undefined) sections.push(`Back to the [overview of all personas](${options.overviewLink}).`);
  sections.push(...renderPainPoints(analysis, persona, limit, h));
  sections.push(renderScoreSection(persona.questions, analysis.scale, `${h(2)} Satisfaction scores`));
  sections.push(renderUncategorised(persona, limit, h(2)));
  sections.push(renderTools(analysis, persona, h(2)));
  sections.push(`${h(2)} What this analysis does not tell you\n\n${describeCaveats(analysis, persona).map((line) => `- ${line}`).join("\n")}`);
  return `${sections.join("\n\n")}\n`;
}

function describeRespondents(persona: PersonaAnalysis): string {
  const commenters =
    persona.responses === 0
      ? ""
      : ` ${formatCount(persona.commenters)} of them (${formatShare(persona.commenters / persona.responses)}) left ${plural(persona.comments, "comment")}.`;
  return `${plural(persona.responses, "respondent")} chose this persona.${commenters} Pain points are ranked by how many respondents mention them.`;
}

function renderPainPoints(analysis: SurveyAnalysis, persona: PersonaAnalysis, limit: number, h: (depth: number) => string): string[] {
  const top = persona.painPoints.slice(0, analysis.topPainPoints);
  const rest = persona.painPoints.slice(analysis.topPainPoints);
  if (top.length === 0) return [`${h(2)} Top pain points\n\nNo comment mentioned any phase or registered tool.`];
  const sections = [
    `${h(2)} Top pain points`,
    renderPainPointTable(top, `${persona.name}: respondents per pain point`),
    ...top.map((point) => renderPainPoint(point, { commentsPerCategory: limit, heading: h(3) })),
  ];
  if (rest.length > 0) {
    sections.push(`${h(2)} Other phases mentioned`, renderPainPointTable(rest, `${persona.name}: other phases mentioned`));
    sections.push(...rest.map((point) => renderPainPoint(point, { commentsPerCategory: limit, heading: h(3) })));
  }
  return sections;
}

function renderUncategorised(persona: PersonaAnalysis, limit: number, heading: string): string {
  const group = persona.uncategorised;
  if (group.comments === 0) return `${heading} Uncategorised comments\n\nEvery comment matched at least one phase or tool.`;
  const share = persona.comments === 0 ? 0 : group.comments / persona.comments;
  const intro = `${plural(group.comments, "comment")} (${formatShare(share)} of this persona's comments) from ${plural(group.mentions, "respondent")} matched no phase keyword and no tool. Read them: they may hold a pain point the keywords miss.`;
  return [`${heading} Uncategorised comments`, intro, renderCommentDetails(`Uncategorised comments (${formatCount(group.comments)})`, group, limit)].join("\n\n");
}

function renderTools(analysis: SurveyAnalysis, persona: PersonaAnalysis, heading: string): string {
  if (persona.tools.length === 0) return `${heading} Tools named\n\nNo comment named a tool from the registry (\`tools\` in the config).`;
  const owners = new Map(analysis.tools.map((tool) => [tool.name, tool]));
  const rows = persona.tools.map((tool) => {
    const summary = owners.get(tool.name);
    return `| ${tableCell(tool.name)} | ${formatCount(tool.mentions)} | ${tableCell(summary?.phase ?? "–")} | ${tableCell(summary?.owner ?? "–")} |`;
  });
  return `${heading} Tools named\n\n${["| Tool | Respondents | Phase | Owner |", "|---|---:|---|---|", ...rows].join("\n")}`;
}
