import { PERSONA_QUESTION_FORM, SURVEY_QUESTION_FORM } from "./question-form-fields.js";

/**
 * The fixed labels routing applies besides the persona labels. Only the names live here: the sync
 * creates these labels with their descriptions and colour (`WORKFLOW_LABELS` in src/core/sync), and a
 * test checks that every name below is among them.
 */
export const ROUTING_LABELS = {
  question: PERSONA_QUESTION_FORM.issueLabel,
  surveyQuestion: SURVEY_QUESTION_FORM.issueLabel,
  needsPersona: "needs-persona",
  declined: "declined",
} as const;
