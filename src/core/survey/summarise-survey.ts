import type { Config } from "../config/config-schema.js";
import type { Persona } from "../persona/persona.js";
import type { BoundedCounter } from "./create-bounded-counter.js";
import type { GroupAccumulator, GroupSettings } from "./create-group-accumulator.js";
import type { ResolvedColumns } from "./resolve-survey-columns.js";
import type { SurveyAnalysis, ToolSummary } from "./survey-analysis.js";

export interface SurveyTotals {
  survey: Config["survey"];
  settings: GroupSettings;
  columns: ResolvedColumns;
  /** Sorted by id; `groups` has one accumulator per persona, then one for everyone. */
  personas: readonly Pick<Persona, "id" | "name">[];
  groups: readonly GroupAccumulator[];
  tools: ToolSummary[];
  counts: { respondents: number; unmatched: number; noPersona: number; nonAnswers: number };
  unknownValues: BoundedCounter;
}

const UNKNOWN_VALUES_LISTED = 20;

/** Assembles the finished analysis from the analyzer's running totals. */
export function summariseSurvey(totals: SurveyTotals): SurveyAnalysis {
  const { survey, settings, columns, personas, groups } = totals;
  return {
    cycle: survey.cycle ?? null,
    ...totals.counts,
    unknownPersonaValues: totals.unknownValues.top(UNKNOWN_VALUES_LISTED),
    untrackedUnknownPersonaValues: totals.unknownValues.untracked(),
    scale: { min: survey.scale.min, max: survey.scale.max },
    minResponses: survey.minResponses,
    commentCap: settings.commentCap,
    quotesPerPainPoint: survey.quotesPerPainPoint,
    topPainPoints: survey.topPainPoints,
    columns: {
      persona: columns.persona.column,
      scores: columns.scores.map(({ column, phase, label }) => ({ column, phase, label })),
      comments: columns.comments.map(({ column }) => column),
    },
    personas: personas.map((persona, index) => ({
      id: persona.id,
      name: persona.name,
      ...groups[index]!.summarise(),
    })),
    everyone: groups[personas.length]!.summarise(),
    tools: totals.tools,
  };
}
