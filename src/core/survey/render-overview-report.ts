import { safeInline, tableCell } from "../text/safe-markdown.js";
import { describeCaveats } from "./describe-caveats.js";
import { formatCount, formatShare, plural } from "./format-figures.js";
import { renderBarChart } from "./render-bar-chart.js";
import { renderCommentDetails } from "./render-pain-points.js";
import { renderScoreSection } from "./render-score-section.js";
import type { PersonaAnalysis, SurveyAnalysis } from "./survey-analysis.js";

export interface OverviewReportOptions {
  /** Where each persona's report lives; defaults to `<id>.md` beside the overview. */
  personaLink?: (personaId: string) => string;
  /** Raw comments listed per tool, at most the analysis's cap. */
  commentsPerTool?: number;
}

/**
 * The survey overview: respondents per persona with each one's top pain point, the pain points side by
 * side across personas, everyone's score distributions, the tools named with every kept comment naming
 * each (so owners can read them), the unknown persona answers, and the caveats.
 */
export function renderOverviewReport(analysis: SurveyAnalysis, options: OverviewReportOptions = {}): string {
  const link = options.personaLink ?? ((id: string) => `${id}.md`);
  const limit = Math.min(options.commentsPerTool ?? analysis.commentCap, analysis.commentCap);
  const cycle = analysis.cycle === null ? "" : ` (${safeInline(analysis.cycle)})`;
  const matched = analysis.respondents - analysis.unmatched;
  const sections = [
    `# Survey results${cycle}`,
    `${plural(analysis.respondents, "respondent")}: ${formatCount(matched)} named at least one persona, ${formatCount(analysis.unmatched)} named none. Figures are per persona; no score combines questions.`,
    renderPersonaTable(analysis, link),
    renderPainPointMatrix(analysis),
    renderScoreSection(analysis.everyone.questions, analysis.scale, "## Satisfaction scores, all respondents"),
    renderToolSection(analysis, limit),
    renderUnknownPersonas(analysis),
    `## What this analysis does not tell you\n\n${describeCaveats(analysis).map((line) => `- ${line}`).join("\n")}`,
  ];
  return `${sections.filter((section) => section !== "").join("\n\n")}\n`;
}

function renderPersonaTable(analysis: SurveyAnalysis, link: (id: string) => string): string {
  if (analysis.personas.length === 0) return "## Personas\n\nNo personas are defined, so no respondent could be matched to one.";
  const rows = analysis.personas.map((persona) => {
    const top = persona.painPoints[0];
    const topText = top === undefined ? "–" : `${tableCell(top.name)} (${formatShare(top.share)})`;
    const sample = persona.smallSample ? "⚠️ small sample" : "";
    return `| [${tableCell(persona.name)}](${link(persona.id)}) | ${formatCount(persona.responses)} | ${formatCount(persona.commenters)} | ${topText} | ${sample} |`;
  });
  return ["## Personas\n", "| Persona | Respondents | Commenters | Top pain point | |", "|---|---:|---:|---|---|", ...rows].join("\n");
}

function renderPainPointMatrix(analysis: SurveyAnalysis): string {
  const phases = new Map<string, string>();
  for (const persona of analysis.personas) {
    for (const point of persona.painPoints.slice(0, analysis.topPainPoints)) phases.set(point.phase, point.name);
  }
  const everyone = analysis.everyone.painPoints;
  if (everyone.length === 0) return "## Pain points across personas\n\nNo comment mentioned any phase or registered tool.";
  const ordered = everyone.filter((point) => phases.has(point.phase));
  const header = ["Phase", ...analysis.personas.map((persona) => tableCell(persona.name)), "Everyone"];
  const rows = ordered.map((point) =>
    [tableCell(point.name), ...analysis.personas.map((persona) => cell(persona, point.phase, analysis.topPainPoints)), `${formatCount(point.mentions)} (${formatShare(point.share)})`].join(" | "),
  );
  const intro = `Phases in at least one persona's top ${analysis.topPainPoints}, with respondents mentioning them and their share of that persona's commenters; **bold** marks a persona's top ${analysis.topPainPoints}.`;
  const table = [`| ${header.join(" | ")} |`, `|---|${header.slice(1).map(() => "---:").join("|")}|`, ...rows.map((row) => `| ${row} |`)].join("\n");
  const chart = renderBarChart({
    title: "All respondents: respondents per phase",
    labels: everyone.map((point) => point.name),
    values: everyone.map((point) => point.mentions),
    yAxis: "Respondents",
    horizontal: true,
  });
  return ["## Pain points across personas", intro, table, chart].join("\n\n");
}

function cell(persona: PersonaAnalysis, phase: string, top: number): string {
  const point = persona.painPoints.find((candidate) => candidate.phase === phase);
  if (point === undefined) return "–";
  const text = `${formatCount(point.mentions)} (${formatShare(point.share)})`;
  return point.rank <= top ? `**${text}**` : text;
}

function renderToolSection(analysis: SurveyAnalysis, limit: number): string {
  if (analysis.tools.length === 0) return "## Tools named\n\nNo comment named a tool from the registry (`tools` in the config).";
  const rows = analysis.tools.map(
    (tool) =>
      `| ${tableCell(tool.name)} | ${tableCell(tool.owner ?? "–")} | ${tableCell(tool.phase ?? "–")} | ${formatCount(tool.mentions)} | ${tableCell(tool.personas.join(", ") || "–")} |`,
  );
  const details = analysis.tools.map((tool) => renderCommentDetails(`Comments naming ${tool.name} (${formatCount(tool.comments)})`, tool, limit));
  return ["## Tools named\n", "| Tool | Owner | Phase | Respondents | Personas |", "|---|---|---|---:|---|", ...rows].join("\n") + `\n\n${details.join("\n\n")}`;
}

function renderUnknownPersonas(analysis: SurveyAnalysis): string {
  if (analysis.unknownPersonaValues.length === 0) return "";
  const rows = analysis.unknownPersonaValues.map((value) => `| ${tableCell(value.value)} | ${formatCount(value.count)} |`);
  const untracked =
    analysis.untrackedUnknownPersonaValues > 0
      ? `\n\n${plural(analysis.untrackedUnknownPersonaValues, "more answer")} had values too varied to list one by one.`
      : "";
  return [
    "## Persona answers that match no persona",
    `These values of "${safeInline(analysis.columns.persona)}" match no persona name, id, alias or earlier name. If one means an existing persona, add it to that persona's \`aliases\`.`,
    ["| Answer | Respondents |", "|---|---:|", ...rows].join("\n") + untracked,
  ].join("\n\n");
}
