import type { Config } from "../config/config-schema.js";
import { personaLabelName } from "../persona/persona-label.js";
import type { Persona } from "../persona/persona.js";

/** A persona label found on an issue, with the label name exactly as the issue carries it. */
export interface PersonaLabelHit {
  persona: Persona;
  label: string;
}

/**
 * The persona labels among an issue's labels, in the order, one per persona. GitHub compares
 * label names case-insensitively, so this does too. Labels with the prefix that name no known
 * persona are not persona labels: they are left alone.
 */
export function findPersonaLabels(
  labels: readonly string[],
  personas: readonly Persona[],
  config: Pick<Config, "labels">,
): PersonaLabelHit[] {
  const byName = new Map(personas.map((persona) => [personaLabelName(persona, config).toLowerCase(), persona]));
  const hits: PersonaLabelHit[] = [];
  for (const label of labels) {
    const persona = byName.get(label.toLowerCase());
    if (persona !== undefined && !hits.some((hit) => hit.persona.id === persona.id)) hits.push({ persona, label });
  }
  return hits;
}

/** Whether `label` is some persona's label. */
export function isPersonaLabel(label: string, personas: readonly Persona[], config: Pick<Config, "labels">): boolean {
  return findPersonaLabels([label], personas, config).length > 0;
}
