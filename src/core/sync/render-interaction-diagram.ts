import type { Persona } from "../persona/persona.js";
import { compareText } from "./compare-text.js";
import { resolveLink } from "./repo-paths.js";

/** Drafts get a dashed outline and retired personas turn grey, so the chart shows who is current. */
const STATUS_STYLES = [
  ["draft", "stroke-dasharray: 5 5"],
  ["retired", "fill:#eeeeee,color:#6a737d,stroke-dasharray: 5 5"],
] as const;

/**
 * A Mermaid flowchart of how personas interact: a solid arrow from A to B when A's doc links to B's
 * doc, and a dotted arrow from a sub-persona to its parent. Node ids are derived from persona ids and
 * labels are quoted with every character outside a small safe set written as a Mermaid entity, so a
 * persona name cannot add nodes, links, click handlers or directives to the chart.
 */
export function renderInteractionDiagram(personas: readonly Persona[]): string {
  const sorted = [...personas].sort((a, b) => compareText(a.id, b.id));
  const ids = nodeIds(sorted);
  const byFile = new Map(sorted.map((persona) => [persona.file, persona]));
  const lines = ["flowchart LR"];
  for (const persona of sorted) lines.push(`  ${ids.get(persona)}["${mermaidLabel(persona.name)}"]`);
  const edges = new Set<string>();
  for (const persona of sorted) {
    const targets = persona.links
      .map((link) => byFile.get(resolveLink(persona.file, link.url) ?? ""))
      .filter((target): target is Persona => target !== undefined && target !== persona)
      .sort((a, b) => compareText(a.id, b.id));
    for (const target of targets) edges.add(`  ${ids.get(persona)} --> ${ids.get(target)}`);
    const parent = sorted.find((candidate) => candidate.id === persona.parent && candidate !== persona);
    if (parent !== undefined) edges.add(`  ${ids.get(persona)} -.->|sub-persona of| ${ids.get(parent)}`);
  }
  lines.push(...edges);
  for (const [status, style] of STATUS_STYLES) {
    const members = sorted.filter((persona) => persona.status === status).map((persona) => ids.get(persona));
    if (members.length > 0) lines.push(`  classDef ${status} ${style}`, `  class ${members.join(",")} ${status}`);
  }
  return lines.join("\n");
}

/** Text for inside a quoted Mermaid label: letters, digits and plain punctuation as is, the rest as `#code;`. */
export function mermaidLabel(text: string): string {
  return [...text.replace(/\s+/g, " ").trim()]
    .map((character) => (/^[\p{L}\p{N} ,.:'()/+?!_-]$/u.test(character) ? character : `#${character.codePointAt(0)};`))
    .join("");
}

function nodeIds(personas: readonly Persona[]): Map<Persona, string> {
  const ids = new Map<Persona, string>();
  const used = new Set<string>();
  for (const persona of personas) {
    const base = `p_${persona.id.replace(/[^A-Za-z0-9]/g, "_")}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    ids.set(persona, id);
  }
  return ids;
}
