import { escapeMarkdownInline, tableCell } from "../text/safe-markdown.js";
import { describeReach } from "./describe-reach.js";
import type { ToolEntry, ToolUse } from "./tool-entry.js";

export interface ToolsTableOptions {
  /** A relative link to a persona's doc, to link the persona names; plain names without it. */
  personaLink?: (personaId: string) => string | undefined;
}

const EMPTY = "—";

/**
 * The tool index as a Markdown table, in the index's order (by reach): each tool's owner, the
 * personas using it with the phases they use it in, its reach and, when the index was built with a
 * survey analysis, how many respondents named it. Every piece of doc or config text is escaped as a
 * table cell. Owners are plain handles: in a repository file they render as links without notifying.
 */
export function renderToolsTable(index: readonly ToolEntry[], options: ToolsTableOptions = {}): string {
  const withSurvey = index.some((entry) => entry.survey !== null);
  const cycle = index.find((entry) => entry.survey !== null)?.survey?.cycle ?? null;
  const header = ["Tool", "Owner", "Used by", "Reach", ...(withSurvey ? [cycle === null ? "Survey mentions" : `Survey mentions (${tableCell(cycle)})`] : [])];
  const rows = index.map((entry) => {
    const cells = [
      toolCell(entry),
      entry.owner ?? (entry.registered ? EMPTY : `${EMPTY} (not in the registry)`),
      usedBy(entry.uses, options) || EMPTY,
      escapeMarkdownInline(describeReach(entry)),
      ...(withSurvey ? [entry.survey === null ? EMPTY : String(entry.survey.mentions)] : []),
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows].join("\n");
}

function toolCell(entry: ToolEntry): string {
  const name = entry.url === null ? `**${tableCell(entry.name)}**` : `**[${tableCell(entry.name)}](${linkTarget(entry.url)})**`;
  return entry.aliases.length === 0 ? name : `${name} (${entry.aliases.map(tableCell).join(", ")})`;
}

/** `Backend Developer (Building, Testing), SRE (Monitoring and alerting)`: one mention per persona. */
function usedBy(uses: readonly ToolUse[], options: ToolsTableOptions): string {
  const phases = new Map<string, { name: string; phases: string[] }>();
  for (const use of uses) {
    const persona = phases.get(use.persona) ?? { name: use.personaName, phases: [] };
    if (!persona.phases.includes(use.phaseName)) persona.phases.push(use.phaseName);
    phases.set(use.persona, persona);
  }
  return [...phases.entries()]
    .map(([id, persona]) => {
      const link = options.personaLink?.(id);
      const name = link === undefined ? tableCell(persona.name) : `[${tableCell(persona.name)}](${link})`;
      return `${name} (${persona.phases.map(tableCell).join(", ")})`;
    })
    .join(", ");
}

/** A URL as a Markdown link target: the characters that could end or break the link are percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(/[\s<>()|]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
