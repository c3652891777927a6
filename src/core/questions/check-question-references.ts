import type { PhaseDefinition } from "../config/phases.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { closestMatch } from "../diagnostics/suggest.js";
import type { Persona } from "../persona/persona.js";
import { COMMON_QUESTIONS, type QuestionSet } from "./question-set.js";

/**
 * Every `phase` a question names must be a phase in force (default or `phases.extra`): the analysis
 * reports a scale question's scores under it. A phase written by its display name gets its id
 * suggested; anything else gets the nearest id.
 */
export function checkQuestionPhases(sets: readonly QuestionSet[], phases: readonly PhaseDefinition[]): Diagnostic[] {
  const ids = phases.map((phase) => phase.id);
  const known = new Set(ids);
  const out: Diagnostic[] = [];
  for (const set of sets) {
    for (const question of set.questions) {
      if (question.phase === undefined || known.has(question.phase)) continue;
      const phase = question.phase;
      const byName = phases.find((candidate) => candidate.name.toLowerCase() === phase.toLowerCase().replace(/-/g, " "));
      const near = byName?.id ?? closestMatch(phase, ids);
      const at = question.positions.phase ?? question;
      out.push(
        diagnostic({
          file: set.file,
          line: at.line,
          column: at.column,
          severity: "error",
          rule: "unknown-phase",
          message: `question "${question.id}" names the unknown phase "${phase}"`,
          suggestion: near ? `did you mean \`${near}\`?` : "use a phase id from the configuration, or add it under `phases.extra` in the settings file",
        }),
      );
    }
  }
  return out;
}

/**
 * A persona's questions file is named after the persona's id; a file named after no persona is never
 * asked (and CODEOWNERS gives it to nobody), which is almost always a typo or a renamed persona.
 */
export function checkQuestionFilePersonas(sets: readonly QuestionSet[], personas: readonly Pick<Persona, "id">[]): Diagnostic[] {
  const ids = personas.map((persona) => persona.id);
  const known = new Set(ids);
  const out: Diagnostic[] = [];
  for (const set of sets) {
    if (set.persona === null || known.has(set.persona)) continue;
    const near = closestMatch(set.persona, ids);
    const folder = set.file.slice(0, set.file.length - `${set.persona}.yml`.length);
    out.push(
      diagnostic({
        file: set.file,
        line: 1,
        column: 1,
        severity: "error",
        rule: "unknown-persona-file",
        message: `questions file for the persona "${set.persona}", which does not exist`,
        suggestion: near
          ? `did you mean \`${folder}${near}.yml\`? Rename the file to match the persona's id`
          : `name the file after a persona's id, or \`${COMMON_QUESTIONS}.yml\` for questions everyone is asked`,
      }),
    );
  }
  return out;
}
