import { describeReach } from "./describe-reach.js";
import type { ToolEntry, ToolSurveyMentions } from "./tool-entry.js";

/**
 * The tool index for a terminal: one line per tool, by reach, with its owner, how many personas use
 * it and, with an analysis, its survey mentions. Text from docs and config has control characters
 * removed so it cannot drive the terminal.
 */
export function renderToolsText(index: readonly ToolEntry[]): string {
  if (index.length === 0) return "No tools: the settings' `tools` registry is empty and no workflow map names a tool.\n";
  const width = Math.min(28, Math.max(...index.map((entry) => clean(entry.name).length)));
  const lines = index.map((entry) => {
    const parts = [
      `reach ${describeReach(entry)}`,
      entry.personas.length === 1 ? "1 persona" : `${entry.personas.length} personas`,
      entry.owner ?? (entry.registered ? "no owner" : "not in the registry"),
    ];
    if (entry.survey !== null) parts.push(surveyLine(entry.survey));
    return `${clean(entry.name).padEnd(width)}  ${parts.join(" · ")}`;
  });
  return `${lines.join("\n")}\n\nRun \`persona-gov tools NAME\` for one tool's personas, phases and how they use it.\n`;
}

/** One tool in full: every persona using it, in which phase, and how. */
export function renderToolText(entry: ToolEntry): string {
  const lines = [entry.aliases.length === 0 ? clean(entry.name) : `${clean(entry.name)} (also: ${entry.aliases.map(clean).join(", ")})`];
  lines.push(`  Owner:    ${entry.owner ?? (entry.registered ? "none recorded" : "none: the tool is not in the settings' tools registry")}`);
  if (entry.phase !== null) lines.push(`  Phase:    ${entry.phase}`);
  if (entry.url !== null) lines.push(`  Link:     ${clean(entry.url)}`);
  lines.push(`  Reach:    ${reachDetail(entry)}`);
  if (entry.survey !== null) lines.push(`  Survey:   ${surveyLine(entry.survey)}${byPersona(entry.survey)}`);
  if (entry.uses.length === 0) {
    lines.push("  Used by:  no persona's workflow map names it");
  } else {
    lines.push("  Used by:");
    for (const use of entry.uses) {
      const how = use.how.trim() === "" ? "" : `: ${clean(use.how)}`;
      lines.push(`    ${clean(use.personaName)} (${use.persona}), ${clean(use.phaseName)}${how}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function reachDetail(entry: ToolEntry): string {
  if (entry.personas.length === 0) return "no persona uses it";
  const notes = [];
  if (entry.reach.unsized.length > 0) notes.push(`no size for ${entry.reach.unsized.join(", ")}`);
  if (entry.reach.countedInParent.length > 0) notes.push(`counted within a parent: ${entry.reach.countedInParent.join(", ")}`);
  const total = entry.reach.unsized.length === 0 ? `${entry.reach.people} people` : entry.reach.people === 0 ? "unknown" : `at least ${entry.reach.people} people`;
  return `${total}${notes.length === 0 ? "" : ` (${notes.join("; ")})`}`;
}

function surveyLine(survey: ToolSurveyMentions): string {
  const cycle = survey.cycle === null ? "the survey" : `the ${clean(survey.cycle)} survey`;
  return `${survey.mentions} ${survey.mentions === 1 ? "respondent" : "respondents"} named it in ${cycle}`;
}

function byPersona(survey: ToolSurveyMentions): string {
  const rows = survey.byPersona;
  return rows.length === 0 ? "" : ` (${rows.map((row) => `${row.persona} ${row.mentions}`).join(", ")})`;
}

function clean(text: string): string {
  return text.replace(/\p{Cc}+/gu, " ").trim();
}
