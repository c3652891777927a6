import { closestMatch } from "../diagnostics/suggest.js";
import type { Persona } from "../persona/persona.js";

/** How a typed persona was recognised: by display name, by id, or by one of its aliases. */
export type PersonaMatch = { persona: Persona; matchedBy: "name" | "id" | "alias" };
/** The text fits several personas equally well; routing asks instead of guessing. */
export type PersonaAmbiguity = { ambiguous: Persona[] };
export type PersonaResolution = PersonaMatch | PersonaAmbiguity;

const LABEL_PREFIX = /^persona\s*:\s*/i;
const WRAPPERS = /^[\s*_`"'“”‘’]+|[\s*_`"'“”‘’.!?]+$/g;

/**
 * Finds the persona a person typed, in a form field, a `/persona` command or a label: case- and
 * spacing-insensitive, tolerant of a `persona:` prefix, quotes and emphasis around the name. Names
 * are tried first, then ids, then aliases, and the first level that matches decides; when that level
 * matches several personas, the answer is `ambiguous`. A multi-line value falls back to its first
 * line, for the edited form whose persona field gained a remark underneath.
 */
export function resolvePersona(text: string, personas: readonly Persona[]): PersonaResolution | undefined {
  const whole = resolveLine(text, personas);
  if (whole !== undefined) return whole;
  const lines = text.split(/\r\n?|\n/).filter((line) => line.trim() !== "");
  return lines.length > 1 ? resolveLine(lines[0] ?? "", personas) : undefined;
}

/** The persona whose name, id or alias is the closest plausible typo of `text`, for "did you mean". */
export function suggestPersona(text: string, personas: readonly Persona[]): Persona | undefined {
  const typed = normalizePersonaText(text);
  if (typed === "") return undefined;
  const byTerm = new Map<string, Persona>();
  for (const persona of personas) {
    for (const term of [persona.name, persona.id, ...persona.aliases]) {
      const key = normalizePersonaText(term);
      if (!byTerm.has(key)) byTerm.set(key, persona);
    }
  }
  const best = closestMatch(typed, byTerm.keys());
  return best === undefined ? undefined : byTerm.get(best);
}

/** Lower-case, single-spaced, without a `persona:` prefix or surrounding quotes and emphasis. */
export function normalizePersonaText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(WRAPPERS, "")
    .replace(LABEL_PREFIX, "")
    .replace(WRAPPERS, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

function resolveLine(text: string, personas: readonly Persona[]): PersonaResolution | undefined {
  const typed = normalizePersonaText(text);
  if (typed === "") return undefined;
  const levels: [PersonaMatch["matchedBy"], (persona: Persona) => string[]][] = [
    ["name", (persona) => [persona.name]],
    ["id", (persona) => [persona.id]],
    ["alias", (persona) => persona.aliases],
  ];
  for (const [matchedBy, termsOf] of levels) {
    const hits = personas.filter((persona) => termsOf(persona).some((term) => normalizePersonaText(term) === typed));
    const unique = [...new Map(hits.map((persona) => [persona.id, persona])).values()];
    if (unique.length === 1) return { persona: unique[0]!, matchedBy };
    if (unique.length > 1) return { ambiguous: unique };
  }
  return undefined;
}
