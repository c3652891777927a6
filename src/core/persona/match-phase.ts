import type { PhaseDefinition } from "../config/phases.js";

/**
 * Which phase a workflow entry means. People write the id (`code-review`), the name (`Code review`)
 * or the name in id form, in any case; all of them resolve to the id. Unknown text resolves to nothing
 * and is reported by the validator with a suggestion.
 */
export function matchPhase(text: string, phases: readonly PhaseDefinition[]): string | undefined {
  const wanted = text.trim().toLowerCase();
  const lookup = phaseLookup(phases);
  return lookup.get(wanted) ?? lookup.get(wanted.replace(/\s+/g, "-"));
}

// Every workflow row of every doc looks a phase up, so the lookup is built once per phase list.
const lookups = new WeakMap<readonly PhaseDefinition[], Map<string, string>>();

function phaseLookup(phases: readonly PhaseDefinition[]): Map<string, string> {
  let lookup = lookups.get(phases);
  if (!lookup) {
    lookup = new Map();
    // Names are added first so that an id always wins over another phase's name.
    for (const phase of phases) lookup.set(phase.name.toLowerCase(), phase.id);
    for (const phase of phases) lookup.set(phase.id, phase.id);
    lookups.set(phases, lookup);
  }
  return lookup;
}

/** Splits a "Tools" entry written as `Grafana, PagerDuty` into trimmed, non-empty names. */
export function splitTools(text: string): string[] {
  const tools: string[] = [];
  for (const part of text.split(",")) {
    const tool = part.trim();
    if (tool !== "") tools.push(tool);
  }
  return tools;
}
