import type { Persona } from "../persona/persona.js";
import type { ToolReach } from "./tool-entry.js";

/**
 * Adds up the sizes of the personas using a tool. A sub-persona is part of its parent's population,
 * so when an ancestor also uses the tool its people are already counted there; personas without a
 * `size` are listed rather than guessed.
 *
 * @param users ids of the personas using the tool
 * @param personas every persona that may be a user or an ancestor, by id
 */
export function computeReach(users: readonly string[], personas: ReadonlyMap<string, Pick<Persona, "id" | "size" | "parent">>): ToolReach {
  const using = new Set(users);
  const reach: ToolReach = { people: 0, unsized: [], countedInParent: [] };
  for (const id of users) {
    if (hasUsingAncestor(id, using, personas)) {
      reach.countedInParent.push(id);
      continue;
    }
    const size = personas.get(id)?.size;
    if (size === undefined) reach.unsized.push(id);
    else reach.people += size;
  }
  return reach;
}

function hasUsingAncestor(id: string, using: ReadonlySet<string>, personas: ReadonlyMap<string, Pick<Persona, "parent">>): boolean {
  const visited = new Set([id]);
  let parent = personas.get(id)?.parent;
  // `visited` stops at a parent cycle, which the validator reports separately.
  while (parent !== undefined && !visited.has(parent)) {
    if (using.has(parent)) return true;
    visited.add(parent);
    parent = personas.get(parent)?.parent;
  }
  return false;
}
