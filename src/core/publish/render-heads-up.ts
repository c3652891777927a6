import { smallSampleSentence } from "../survey/describe-caveats.js";
import { formatCount, formatShare } from "../survey/format-figures.js";
import { renderCommentDetails } from "../survey/render-pain-points.js";
import type { PersonaAnalysis, SurveyComment } from "../survey/survey-analysis.js";
import { renderTemplate } from "../templates/render-template.js";
import { safeInline, tableCell } from "../text/safe-markdown.js";
import type { HeadsUpEntry } from "./collect-heads-ups.js";
import { fitBody } from "./fit-body.js";
import { describeFullReport, renderTruncatedNote } from "./truncated-note.js";
import type { IssueLink, PublishInput } from "./publication.js";

/** Issues the heads-up links to; absent ones are not published yet (a dry run). */
export interface PublishLinks {
  /** Analysis issues by persona id. */
  analysis: ReadonlyMap<string, IssueLink>;
  meeting?: IssueLink;
}

/** Raw comments naming one tool, with how many there were in all. */
export interface ToolComments {
  tool: string;
  group: { comments: number; shown: readonly SurveyComment[] };
}

export interface HeadsUpText {
  /** How the owner is named in the first sentence: a mention, or an inert handle with a note. */
  mention: string;
  entries: readonly HeadsUpEntry[];
  comments: readonly ToolComments[];
  commentsIntro: string;
  links: PublishLinks;
}

/**
 * The text of a heads-up: which tools of the owner are among whose top pain points, with links to the
 * analyses and the meeting, the small-sample warnings, and the raw comments naming the tools in
 * collapsed tables. The owner is named once, in the first words; everything else is inert.
 */
export function renderHeadsUp(input: PublishInput, text: HeadsUpText): string {
  const personas = uniquePersonas(text.entries);
  const tools = [...new Set(text.entries.map((entry) => entry.tool.name))];
  const render = (limit: number): string =>
    renderTemplate("publish/heads-up.md", {
      mention: text.mention,
      cycle: safeInline(input.cycle),
      tools: listWords(tools.map((tool) => `**${safeInline(tool)}**`)),
      personas: listWords(personas.map((persona) => `the ${safeInline(persona.name)} persona`)),
      deadline: input.config.survey.planningDeadline === undefined ? "the next planning cycle" : `the planning deadline, ${input.config.survey.planningDeadline}`,
      table: renderEntryTable(text.entries, text.links),
      caveats: renderCaveats(personas, text.links),
      commentsIntro: text.commentsIntro,
      comments: text.comments.map((entry) => renderCommentDetails(`Comments naming ${entry.tool} (${formatCount(entry.group.comments)})`, entry.group, limit)).join("\n\n"),
    }).replace(/\n{3,}/g, "\n\n");
  const fitted = fitBody(render, input.analysis.commentCap);
  if (!fitted.reduced) return fitted.text;
  const what = fitted.cut ? "Some comments were left out" : `This heads-up shows at most ${fitted.commentLimit} comments per tool`;
  return `${fitted.text}\n\n${renderTruncatedNote(what, describeFullReport(input))}`;
}

function renderEntryTable(entries: readonly HeadsUpEntry[], links: PublishLinks): string {
  const rows = entries.map(({ persona, point, tool }) => {
    const sample = persona.smallSample ? " ⚠️" : "";
    const cells = [
      `${tableCell(persona.name)}${sample}`,
      `${point.rank}. ${tableCell(point.name)}`,
      `${formatCount(point.mentions)} (${formatShare(point.share)})`,
      tableCell(tool.name),
      formatCount(tool.mentions),
      linkTo(links.analysis.get(persona.id)),
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return [
    "| Persona | Pain point (rank) | Respondents mentioning it (share of commenters) | Your tool | Of them, naming the tool | Analysis |",
    "|---|---|---:|---|---:|---|",
    ...rows,
  ].join("\n");
}

function renderCaveats(personas: readonly PersonaAnalysis[], links: PublishLinks): string {
  const lines = personas.filter((persona) => persona.smallSample).map((persona) => `> ⚠️ ${safeInline(persona.name)}: ${smallSampleSentence(persona.responses)}`);
  const meeting = links.meeting === undefined ? [] : [`The review meeting for this cycle, with the top pain points of every persona: ${linkTo(links.meeting)}.`];
  return [...(lines.length > 0 ? [lines.join("\n>\n")] : []), ...meeting].join("\n\n");
}

/** `[#12](url)`, or a note that the issue is not published yet (a dry run). */
export function linkTo(link: IssueLink | undefined): string {
  return link === undefined ? "not published yet" : `[#${link.number}](${link.url})`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1) ?? ""}`;
}

function uniquePersonas(entries: readonly HeadsUpEntry[]): PersonaAnalysis[] {
  const seen = new Map<string, PersonaAnalysis>();
  for (const entry of entries) if (!seen.has(entry.persona.id)) seen.set(entry.persona.id, entry.persona);
  return [...seen.values()];
}

