import { closestMatch } from "../diagnostics/suggest.js";
import type { ToolEntry } from "./tool-entry.js";

export type FoundTool = { entry: ToolEntry } | { entry?: undefined; suggestion?: string };

/**
 * The index entry a user means by `name`: its name or one of its aliases, ignoring case and
 * surrounding spaces. Otherwise the nearest name or alias as a suggestion, reported by the tool's name.
 */
export function findTool(index: readonly ToolEntry[], name: string): FoundTool {
  const wanted = name.trim().toLowerCase();
  const owners = new Map<string, ToolEntry>();
  for (const entry of index) {
    for (const known of [entry.name, ...entry.aliases]) if (!owners.has(known.toLowerCase())) owners.set(known.toLowerCase(), entry);
  }
  const entry = owners.get(wanted);
  if (entry !== undefined) return { entry };
  const near = closestMatch(wanted, owners.keys());
  const suggestion = near === undefined ? undefined : owners.get(near)?.name;
  return suggestion === undefined ? {} : { suggestion };
}
