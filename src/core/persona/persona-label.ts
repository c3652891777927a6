import type { Config } from "../config/config-schema.js";
import type { Persona } from "./persona.js";

/**
 * The GitHub label that stands for a persona: the configured prefix plus the persona's own label name
 * (front matter `label.name`) or, by default, its display name. Every feature that writes or reads
 * persona labels (sync, routing, heads-ups) goes through this one function, so they never disagree.
 */
export function personaLabelName(persona: Pick<Persona, "name" | "label">, config: Pick<Config, "labels">): string {
  return `${config.labels.prefix}${persona.label?.name ?? persona.name}`;
}
