import type { Config } from "./config-schema.js";
import { DEFAULT_PHASES, type PhaseDefinition } from "./phases.js";

/**
 * The phases in force: the defaults (unless switched off) followed by the config's own. A config phase
 * whose id is a default one adds its keywords to it and may rename it, rather than replacing it.
 */
export function resolvePhases(config: Pick<Config, "phases">): PhaseDefinition[] {
  const phases = new Map<string, PhaseDefinition>();
  if (config.phases.includeDefaults) {
    for (const phase of DEFAULT_PHASES) phases.set(phase.id, { ...phase, keywords: [...phase.keywords] });
  }
  for (const extra of config.phases.extra) {
    const existing = phases.get(extra.id);
    phases.set(extra.id, {
      id: extra.id,
      name: extra.name ?? existing?.name ?? humanise(extra.id),
      keywords: [...(existing?.keywords ?? []), ...extra.keywords],
    });
  }
  return [...phases.values()];
}

function humanise(id: string): string {
  const words = id.split("-").join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
