import type { Persona } from "../persona/persona.js";

/**
 * The fields of the two issue forms the App routes. This module is the single source of truth: the
 * form renderer (sync) writes these ids and labels into `.github/ISSUE_TEMPLATE/*.yml`, and the
 * routing core finds the same labels as `### <Label>` headings in the submitted issue body. Renaming a
 * label here renames it in both places at once.
 */

/** "Ask a persona question": who the question is for, and the question itself. */
export const PERSONA_QUESTION_FORM = {
  /** Field id → the label GitHub shows, and renders as the `### <Label>` heading of the issue body. */
  fields: {
    persona: "Persona",
    question: "Your question",
    context: "Context",
    urgency: "Urgency",
  },
  required: ["persona", "question"],
  urgencyOptions: ["Whenever convenient", "Within the usual response time", "Blocking my work"],
  /** Last dropdown option, for askers who don't know which persona fits; routes to `needs-persona`. */
  notSureOption: "Not sure",
  /** Label the form applies on submission, and the routing core adds when it is missing. */
  issueLabel: "persona-question",
} as const;

/** "Propose a survey question" (issue 7): a champion answers it with `/accept` or `/reject`. */
export const SURVEY_QUESTION_FORM = {
  fields: {
    persona: "Persona",
    text: "Question text",
    type: "Question type",
    reason: "Reason",
  },
  required: ["persona", "text", "type"],
  /** Exactly the `type` values of a question in `survey/questions/<persona>.yml`. */
  typeOptions: ["scale", "text", "choice"],
  notSureOption: "Not sure",
  issueLabel: "survey-question",
} as const;

export type PersonaQuestionField = keyof typeof PERSONA_QUESTION_FORM.fields;
export type SurveyQuestionField = keyof typeof SURVEY_QUESTION_FORM.fields;
export type SurveyQuestionType = (typeof SURVEY_QUESTION_FORM.typeOptions)[number];

/**
 * The persona dropdown's options, in order: every active persona by display name, then the "not
 * sure" option. Draft and retired personas are left out: nobody should pick them for a new question,
 * and routing still handles an old issue that names one.
 */
export function personaFormOptions(personas: readonly Pick<Persona, "name" | "status">[]): string[] {
  return [...activePersonasInFormOrder(personas).map((persona) => persona.name), PERSONA_QUESTION_FORM.notSureOption];
}

/** Active personas sorted by display name the way a reader scans a list (case-insensitively). */
export function activePersonasInFormOrder<P extends Pick<Persona, "name" | "status">>(personas: readonly P[]): P[] {
  return personas
    .filter((persona) => persona.status === "active")
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.name.localeCompare(b.name));
}
