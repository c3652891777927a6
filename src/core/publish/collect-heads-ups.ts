import type { PainPoint, PersonaAnalysis, SurveyAnalysis, ToolCount, ToolSummary } from "../survey/survey-analysis.js";
import { ownerKey } from "./publish-markers.js";

/** One tool of the owner, named within one of a persona's top pain points. */
export interface HeadsUpEntry {
  persona: PersonaAnalysis;
  point: PainPoint;
  /** The tool and how many of the pain point's respondents named it. */
  tool: ToolCount;
}

/** Everything one owner hears about in a cycle: their tools in any persona's top pain points. */
export interface HeadsUpGroup {
  /** The handle as the tools registry writes it, e.g. `@acme/ci-team`. */
  owner: string;
  /** `ownerKey(owner)`: how heads-ups are grouped and found again. */
  key: string;
  /** The owner's tools that appear in the entries, in the analysis's order (most named first). */
  tools: ToolSummary[];
  /** In persona order, then pain-point rank, then tool order within the pain point. */
  entries: HeadsUpEntry[];
}

/**
 * Groups the tools named in each persona's top pain points (`survey.topPainPoints`) by owner, so
 * every owner gets one heads-up per cycle however many personas and tools are involved. Tools
 * without an owner in the registry are left out: there is nobody to tell. `include` picks the
 * personas being published (a retired persona's pain points tell nobody anything).
 */
export function collectHeadsUps(analysis: SurveyAnalysis, include: (personaId: string) => boolean): HeadsUpGroup[] {
  const summaries = new Map(analysis.tools.map((tool) => [tool.name, tool]));
  const groups = new Map<string, HeadsUpGroup>();
  for (const persona of analysis.personas) {
    if (!include(persona.id)) continue;
    for (const point of persona.painPoints.slice(0, analysis.topPainPoints)) {
      for (const tool of point.tools) {
        const owner = summaries.get(tool.name)?.owner;
        if (owner === null || owner === undefined) continue;
        const key = ownerKey(owner);
        const group = groups.get(key) ?? { owner, key, tools: [], entries: [] };
        group.entries.push({ persona, point, tool });
        groups.set(key, group);
      }
    }
  }
  for (const group of groups.values()) {
    const named = new Set(group.entries.map((entry) => entry.tool.name));
    group.tools = analysis.tools.filter((tool) => named.has(tool.name));
  }
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
