import type { Config } from "../../core/config/config-schema.js";
import { resolvePhases } from "../../core/config/resolve-phases.js";
import { completeSurveyMapping } from "../../core/questions/complete-survey-mapping.js";
import type { SurveyMapping } from "../../core/questions/derive-survey-mapping.js";
import type { QuestionSet } from "../../core/questions/question-set.js";
import type { Persona } from "../../core/persona/persona.js";
import { createSurveyAnalyzer } from "../../core/survey/create-survey-analyzer.js";
import type { SurveyAnalysis } from "../../core/survey/survey-analysis.js";
import { SurveyInputError } from "../../core/survey/survey-input-error.js";
import { openSurveyRows } from "./read-survey-rows.js";

export interface AnalyzeSurveyFileInput {
  /** Path of the export: CSV, JSON array or JSON Lines. */
  path: string;
  config: Pick<Config, "survey" | "phases" | "tools">;
  personas: readonly Pick<Persona, "id" | "name" | "aliases" | "previously">[];
  /** How messages name the file, e.g. the path as typed; defaults to `path`. */
  name?: string;
  /**
   * The survey questions files: where the config leaves `survey.scoreColumns` or
   * `survey.commentColumns` out, the mapping is derived from them and the export's header.
   */
  questionSets?: readonly QuestionSet[];
  /** Raw comments kept per category and per tool; defaults to the analyzer's cap. */
  commentCap?: number;
  /** Called with the mapping derived from `questionSets`, when one was derived, for the report's notes. */
  onDerivedMapping?: (derived: SurveyMapping) => void;
}

/**
 * Streams a survey export through the analysis: the header is checked against `config.survey` before
 * any row is read, then rows are fed one by one, so memory stays flat however large the file.
 *
 * @throws SurveyInputError for a missing, empty or unreadable file, a mapping that names a column the
 *   header lacks, or an export with a header but no responses
 */
export async function analyzeSurveyFile(input: AnalyzeSurveyFileInput): Promise<SurveyAnalysis> {
  const name = input.name ?? input.path;
  const source = await openSurveyRows(input.path, { multiValueSeparator: input.config.survey.multiValueSeparator, name });
  try {
    const completed = input.questionSets === undefined ? { survey: input.config.survey } : completeSurveyMapping(input.config.survey, input.questionSets, source.header);
    const { survey } = completed;
    if (completed.derived !== undefined) input.onDerivedMapping?.(completed.derived);
    const analyzer = createSurveyAnalyzer({
      config: { survey },
      personas: input.personas,
      phases: resolvePhases(input.config),
      tools: input.config.tools,
      header: source.header,
      ...(input.commentCap === undefined ? {} : { commentCap: input.commentCap }),
    });
    for await (const batch of source.batches) for (const row of batch) analyzer.addValues(row.values, row.row);
    const analysis = analyzer.finish();
    if (analysis.respondents === 0) {
      throw new SurveyInputError([`${name} has a header row but no responses: export the survey again once people have answered.`]);
    }
    return analysis;
  } finally {
    await source.close();
  }
}
