import type { Persona } from "../persona/persona.js";
import { tableCell } from "../text/safe-markdown.js";
import type { PersonaTreeEntry } from "./persona-tree.js";
import { relativeLink } from "./repo-paths.js";

const EMPTY = "—";

/**
 * The directory's table: one row per persona, sub-personas right under their parent. Every piece of
 * doc text is escaped as a table cell, so a `|` in a name or summary cannot break the row. Champions
 * are written as plain handles: the validator only lets through `@user` and `@org/team`, which hold
 * nothing Markdown would read, and in a repository file they render as profile links without notifying.
 *
 * @param folder the folder the directory page lives in, for relative links to the docs
 */
export function renderPersonaTable(entries: readonly PersonaTreeEntry[], folder: string): string {
  const rows = entries.map(({ persona, depth, parent }) => {
    const indent = depth > 0 ? `${"&nbsp;&nbsp;".repeat(depth - 1)}↳ ` : "";
    const cells = [
      `${indent}${docLink(persona, folder)}`,
      persona.summary === undefined ? EMPTY : tableCell(persona.summary),
      persona.champions.length === 0 ? EMPTY : persona.champions.map((handle) => handle.handle).join(", "),
      persona.size === undefined ? EMPTY : String(persona.size),
      parent !== undefined ? docLink(parent, folder) : persona.parent !== undefined ? tableCell(persona.parent) : EMPTY,
      persona.status,
    ];
    return `| ${cells.join(" | ")} |`;
  });
  return ["| Persona | Summary | Champions | Size | Parent | Status |", "| --- | --- | --- | --- | --- | --- |", ...rows].join("\n");
}

function docLink(persona: Persona, folder: string): string {
  return `[${tableCell(persona.name)}](${relativeLink(folder, persona.file)})`;
}
