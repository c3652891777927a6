import type { ToolEntry } from "./tool-entry.js";

/**
 * The `--format json` document of `persona-gov tools`: `{"tools": [...]}` in index order, or
 * `{"tool": {...}}` for one tool. Each tool carries `reach.people` and the personas without a size
 * separately, so a script never mistakes a lower bound for an exact figure.
 */
export function toToolsJson(index: readonly ToolEntry[]): { tools: Record<string, unknown>[] } {
  return { tools: index.map(toolJson) };
}

export function toToolJson(entry: ToolEntry): { tool: Record<string, unknown> } {
  return { tool: toolJson(entry) };
}

function toolJson(entry: ToolEntry): Record<string, unknown> {
  return {
    name: entry.name,
    aliases: entry.aliases,
    registered: entry.registered,
    phase: entry.phase,
    owner: entry.owner,
    url: entry.url,
    personas: entry.personas,
    uses: entry.uses.map((use) => ({ persona: use.persona, phase: use.phase, how: use.how, written: use.written })),
    reach: { people: entry.reach.people, exact: entry.reach.unsized.length === 0, unsized: entry.reach.unsized, countedInParent: entry.reach.countedInParent },
    survey: entry.survey,
  };
}
