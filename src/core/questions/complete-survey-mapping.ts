import type { Config } from "../config/config-schema.js";
import { deriveSurveyMapping, type SurveyMapping } from "./derive-survey-mapping.js";
import type { QuestionSet } from "./question-set.js";

export interface CompletedSurveyMapping {
  /** `config.survey` with `scoreColumns` and `commentColumns` filled in where the config left them out. */
  survey: Config["survey"];
  /** The derivation, when one of the two was derived: its unmatched headers belong in the report. */
  derived?: SurveyMapping;
}

/**
 * The survey mapping the analysis should use: what the config says, and for whichever of
 * `survey.scoreColumns` / `survey.commentColumns` it leaves out, what the questions files say, matched
 * against this export's header. A hand-written mapping always wins, key by key.
 */
export function completeSurveyMapping(survey: Config["survey"], sets: readonly QuestionSet[], header: readonly string[]): CompletedSurveyMapping {
  if (survey.scoreColumns !== undefined && survey.commentColumns !== undefined) return { survey };
  const derived = deriveSurveyMapping(sets, header, { personaColumn: survey.personaColumn });
  return {
    survey: {
      ...survey,
      scoreColumns: survey.scoreColumns ?? derived.scoreColumns,
      commentColumns: survey.commentColumns ?? derived.commentColumns,
    },
    derived,
  };
}
