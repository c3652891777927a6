import type { Persona } from "../persona/persona.js";
import type { PersonaResolution } from "./resolve-persona.js";

/**
 * Finds a persona named in free text (an issue's title and body), for repositories that turn on
 * `routing.detectMentions`. A name or alias counts only as a whole word (letters and digits around
 * it break the match, so "SRE" is not found in "PRESRELEASE", though "SREs" counts), case-insensitively. When names of
 * several personas appear, the result is `ambiguous`: routing lists them rather than guessing.
 */
export function detectPersonaMention(text: string, personas: readonly Persona[]): PersonaResolution | undefined {
  const haystack = text.normalize("NFKC");
  const found: PersonaResolution[] = [];
  for (const persona of personas) {
    const byName = mentions(haystack, persona.name);
    if (byName || persona.aliases.some((alias) => mentions(haystack, alias))) {
      found.push({ persona, matchedBy: byName ? "name" : "alias" });
    }
  }
  if (found.length === 0) return undefined;
  if (found.length === 1) return found[0];
  return { ambiguous: found.flatMap((entry) => ("persona" in entry ? [entry.persona] : [])) };
}

function mentions(haystack: string, term: string): boolean {
  const words = term
    .normalize("NFKC")
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "");
  if (words.length === 0) return false;
  const pattern = words.map(escapeRegExp).join("\\s+");
  // A plural or possessive ("SREs", "SRE's") still names the persona.
  return new RegExp(`(?<![\\p{L}\\p{N}_])${pattern}(?:['’]?s)?(?![\\p{L}\\p{N}_])`, "iu").test(haystack);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
