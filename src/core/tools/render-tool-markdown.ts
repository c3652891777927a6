import { safeInline, tableCell } from "../text/safe-markdown.js";
import { describeReach } from "./describe-reach.js";
import type { ToolEntry, ToolSurveyMentions } from "./tool-entry.js";

/**
 * One tool in full, as Markdown to paste into a design doc or an issue: owner, reach, survey
 * mentions, and a table of every persona using it with the phase and how. Doc text is escaped and
 * mentions in it are neutralised; the owner's handle is kept as written, since naming the owner is
 * the point (paste it where a ping is wanted, or it renders as a plain link in a file).
 */
export function renderToolMarkdown(entry: ToolEntry): string {
  const parts = [`## ${safeInline(entry.name)}`];
  const facts = [
    entry.aliases.length === 0 ? undefined : `- **Also known as:** ${entry.aliases.map(safeInline).join(", ")}`,
    `- **Owner:** ${entry.owner ?? (entry.registered ? "none recorded" : "none (not in the tools registry)")}`,
    entry.phase === null ? undefined : `- **Phase:** ${entry.phase}`,
    reachFact(entry),
    entry.survey === null ? undefined : surveyFact(entry.survey),
  ];
  parts.push(facts.filter((fact): fact is string => fact !== undefined).join("\n"));
  if (entry.uses.length === 0) {
    parts.push("No persona's workflow map names this tool.");
  } else {
    const rows = entry.uses.map((use) => `| ${tableCell(use.personaName)} | ${tableCell(use.phaseName)} | ${use.how.trim() === "" ? "—" : tableCell(use.how)} |`);
    parts.push(["| Persona | Phase | How |", "| --- | --- | --- |", ...rows].join("\n"));
  }
  return `${parts.join("\n\n")}\n`;
}

function reachFact(entry: ToolEntry): string {
  const inParent = entry.reach.countedInParent;
  const note = inParent.length === 0 ? "" : ` (sub-personas counted within their parent: ${inParent.join(", ")})`;
  return `- **Reach:** ${safeInline(describeReach(entry))}${note}`;
}

function surveyFact(survey: ToolSurveyMentions): string {
  const cycle = survey.cycle === null ? "" : ` ${safeInline(survey.cycle)}`;
  const who = survey.byPersona.length === 0 ? "" : ` (${survey.byPersona.map((row) => `${row.persona}: ${row.mentions}`).join(", ")})`;
  return `- **Survey${cycle}:** named by ${survey.mentions} ${survey.mentions === 1 ? "respondent" : "respondents"}${who}`;
}
