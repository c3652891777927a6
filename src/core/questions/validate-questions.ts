import type { Config } from "../config/config-schema.js";
import type { PhaseDefinition } from "../config/phases.js";
import { sortDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Persona } from "../persona/persona.js";
import type { RepoSnapshot } from "../repo/repo-snapshot.js";
import { checkQuestionDuplicates } from "./check-question-duplicates.js";
import { checkQuestionFilePersonas, checkQuestionPhases } from "./check-question-references.js";
import { readQuestionSets } from "./read-question-sets.js";

/**
 * Validates the survey questions files under `survey.questionsPath`, for `persona-gov validate`:
 * YAML and schema errors (`questions-yaml`, `questions-schema`), phases that do not exist
 * (`unknown-phase`), files named after no persona (`unknown-persona-file`), and ids or texts used twice
 * in one persona's survey (`duplicate-question-id`, `duplicate-question-text`). Pure and total: the
 * snapshot holds every byte it reads, and no content makes it throw. Sorted by file and position.
 *
 * @param personas the personas that parsed, whose ids name the questions files
 * @param phases the phases in force (`resolvePhases(config)`)
 */
export function validateQuestions(
  snapshot: RepoSnapshot,
  config: Pick<Config, "survey" | "personas">,
  personas: readonly Pick<Persona, "id">[],
  phases: readonly PhaseDefinition[],
): Diagnostic[] {
  const { sets, diagnostics } = readQuestionSets(snapshot, config);
  return sortDiagnostics([...diagnostics, ...checkQuestionPhases(sets, phases), ...checkQuestionFilePersonas(sets, personas), ...checkQuestionDuplicates(sets)]);
}
