import type { PhaseDefinition } from "../config/phases.js";

/**
 * Which phase a workflow entry means. People write the id (`code-review`), the name (`Code review`)
 * or the name in id form, in any case; all of them resolve to the id. Unknown text resolves to nothing
 * and is reported by the validator with a suggestion.
 */
export function matchPhase(text: string, phases: readonly PhaseDefinition[]): string | undefined {
  const wanted = text.trim().toLowerCase();
  const asId = wanted.replace(/\s+/g, "-");
  for (const phase of phases) {
    if (phase.id === wanted || phase.id === asId || phase.name.toLowerCase() === wanted) return phase.id;
  }
  return undefined;
}

/** Splits a "Tools" entry written as `Grafana, PagerDuty` into trimmed, non-empty names. */
export function splitTools(text: string): string[] {
  return text
    .split(",")
    .map((tool) => tool.trim())
    .filter((tool) => tool !== "");
}
