import type { ToolDefinition } from "../config/config-schema.js";
import type { Persona } from "../persona/persona.js";
import { keepComment, type OfferedComment } from "./offered-comment.js";
import { createRankedSample, type RankedSample } from "./create-ranked-sample.js";
import type { SurveyComment, ToolSummary } from "./survey-analysis.js";

/**
 * Running figures per registry tool across all respondents, with or without a persona: who names it,
 * from which personas, and up to `commentCap` of the comments naming it, so its owners can read them.
 */
export function createToolAccumulator(toolCount: number, personaCount: number, commentCap: number) {
  const mentions = new Int32Array(toolCount);
  const byPersona = new Int32Array(toolCount * personaCount);
  const comments = new Int32Array(toolCount);
  const shown: RankedSample<SurveyComment>[] = Array.from({ length: toolCount }, () =>
    createRankedSample<SurveyComment>(commentCap),
  );
  return {
    addComment(tools: readonly number[], comment: OfferedComment): void {
      for (const tool of tools) {
        comments[tool]!++;
        const sample = shown[tool]!;
        if (sample.accepts(0, comment.hash, comment.row)) sample.offer(0, comment.hash, comment.row, keepComment(comment));
      }
    },
    addRespondent(tools: readonly number[], personas: readonly number[]): void {
      for (const tool of tools) {
        mentions[tool]!++;
        for (const persona of personas) byPersona[tool * personaCount + persona]!++;
      }
    },
    /** Tools named at least once, most named first, ties by name. */
    summarise(definitions: readonly ToolDefinition[], personas: readonly Pick<Persona, "id">[]): ToolSummary[] {
      return definitions
        .map((tool, index) => ({
          name: tool.name,
          owner: tool.owner ?? null,
          phase: tool.phase ?? null,
          mentions: mentions[index]!,
          personas: personas.filter((_, persona) => byPersona[index * personaCount + persona]! > 0).map((p) => p.id),
          comments: comments[index]!,
          shown: shown[index]!.items().sort((a, b) => a.row - b.row || a.question - b.question),
        }))
        .filter((tool) => tool.mentions > 0)
        .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
  };
}
