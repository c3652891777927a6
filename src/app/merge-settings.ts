/**
 * Merges settings objects, most general first: mappings merge key by key, anything else (lists
 * included) is replaced by the more specific file. A repository that lists its own
 * `routing.fallbackChampions` therefore replaces the organisation's list instead of adding to it.
 */
export function mergeSettings(layers: readonly unknown[]): unknown {
  let merged: unknown = undefined;
  for (const layer of layers) merged = mergeTwo(merged, layer);
  return merged;
}

function mergeTwo(base: unknown, override: unknown): unknown {
  if (!isMapping(base) || !isMapping(override)) return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = mergeTwo(base[key], value);
  return out;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
