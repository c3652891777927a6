import type { Persona } from "../persona/persona.js";
import { compareText } from "./compare-text.js";

export interface PersonaTreeEntry {
  persona: Persona;
  /** 0 for a top-level persona, 1 for a sub-persona, and so on. */
  depth: number;
  /** The parent persona, when `parent` names one that exists. */
  parent?: Persona;
}

/**
 * Personas in reading order: top-level ones by name, each followed by its sub-personas by name. A
 * persona whose parent does not exist, or that sits in a parent cycle, is listed at the top level
 * rather than lost.
 */
export function orderPersonaTree(personas: readonly Persona[]): PersonaTreeEntry[] {
  const byId = new Map(personas.map((persona) => [persona.id, persona]));
  const children = new Map<string, Persona[]>();
  const roots: Persona[] = [];
  for (const persona of personas) {
    const parent = persona.parent === undefined ? undefined : byId.get(persona.parent);
    if (parent === undefined || parent === persona || inCycle(persona, byId)) roots.push(persona);
    else children.set(parent.id, [...(children.get(parent.id) ?? []), persona]);
  }
  const byName = (a: Persona, b: Persona) => compareText(a.name, b.name) || compareText(a.id, b.id);
  const entries: PersonaTreeEntry[] = [];
  const visit = (persona: Persona, depth: number, parent: Persona | undefined) => {
    entries.push(parent === undefined ? { persona, depth } : { persona, depth, parent });
    for (const child of [...(children.get(persona.id) ?? [])].sort(byName)) visit(child, depth + 1, persona);
  };
  for (const root of roots.sort(byName)) visit(root, 0, undefined);
  return entries;
}

function inCycle(persona: Persona, byId: ReadonlyMap<string, Persona>): boolean {
  const seen = new Set<string>();
  for (let current = persona.parent; current !== undefined; current = byId.get(current)?.parent) {
    if (current === persona.id) return true;
    // A loop further up that this persona is not part of: it hangs below a persona in that loop.
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}
