import type { ToolEntry } from "./tool-entry.js";

/**
 * Reach in words: `640`, `≥ 640; 2 personas have no size`, `unknown; 1 persona has no size`, or `—`
 * when no persona uses the tool.
 * The number is never shown bare when part of it is unknown.
 */
export function describeReach(entry: Pick<ToolEntry, "reach" | "personas">): string {
  if (entry.personas.length === 0) return "—";
  const { people, unsized } = entry.reach;
  if (unsized.length === 0) return String(people);
  const who = unsized.length === 1 ? "1 persona has no size" : `${unsized.length} personas have no size`;
  return people === 0 ? `unknown; ${who}` : `≥ ${people}; ${who}`;
}
