import type { Persona } from "../persona/persona.js";

/** Shared between rows with the same answer: treat as read-only. */
export interface PersonaAnswer {
  /** Indices into the persona list, ascending and distinct. */
  personas: number[];
  /** Values that named no persona, trimmed, as written. */
  unknown: string[];
  /** True when the answer was empty. */
  empty: boolean;
}

/**
 * Reads the multi-select "which personas describe you?" answer. Each value is matched against the
 * persona's name, id, aliases and earlier names, ignoring case and repeated spaces, because survey
 * options are often worded a little differently from the persona docs and outlive renames.
 */
export function createPersonaMatcher(
  personas: readonly Pick<Persona, "id" | "name" | "aliases" | "previously">[],
  separator: string,
): (answer: string) => PersonaAnswer {
  const lookup = new Map<string, number>();
  personas.forEach((persona, index) => {
    for (const name of [persona.name, persona.id, ...persona.aliases, ...persona.previously]) {
      const key = normalise(name);
      if (key !== "" && !lookup.has(key)) lookup.set(key, index);
    }
  });
  // Answers repeat heavily (a few persona combinations), so each distinct answer is worked out once,
  // up to a bound that keeps memory flat when every answer differs.
  const answers = new Map<string, PersonaAnswer>();
  const read = (answer: string): PersonaAnswer => {
    const matched: number[] = [];
    const unknown: string[] = [];
    for (const raw of answer.split(separator)) {
      const value = raw.trim();
      if (value === "") continue;
      const index = lookup.get(normalise(value));
      if (index === undefined) unknown.push(value);
      else if (!matched.includes(index)) matched.push(index);
    }
    matched.sort((a, b) => a - b);
    return { personas: matched, unknown, empty: matched.length === 0 && unknown.length === 0 };
  };
  return (answer) => {
    const known = answers.get(answer);
    if (known !== undefined) return known;
    const result = read(answer);
    if (answers.size < ANSWERS_CACHED) answers.set(answer, result);
    return result;
  };
}

const ANSWERS_CACHED = 10_000;

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}
