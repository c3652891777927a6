import { readFormFields } from "./parse-issue-form.js";
import { PERSONA_QUESTION_FORM, SURVEY_QUESTION_FORM, type SurveyQuestionType } from "./question-form-fields.js";
import { normalizePersonaText } from "./resolve-persona.js";
import { ROUTING_LABELS } from "./routing-labels.js";

/** A persona question, or a proposal for a survey question (which `/accept` and `/reject` answer). */
export type QuestionKind = "question" | "survey";

export interface QuestionIssue {
  kind: QuestionKind;
  /** Whether the body is (an edited version of) one of our forms: it has the Persona heading. */
  fromForm: boolean;
  /** The persona field's value; absent when empty, `_No response_` or the "not sure" option. */
  personaText?: string;
  /** For proposals: the question text and type as submitted. */
  proposal?: { text?: string; type?: SurveyQuestionType };
}

/**
 * Reads what routing needs out of an issue's body and labels. A body with the survey form's own
 * headings (question text or type), or an issue labelled `survey-question`, is a proposal; anything
 * else is treated as a persona question.
 */
export function readQuestionIssue(body: string, labels: readonly string[]): QuestionIssue {
  const survey = readFormFields(body, SURVEY_QUESTION_FORM.fields);
  const isSurvey =
    survey.found.includes("text") ||
    survey.found.includes("type") ||
    labels.some((label) => label.toLowerCase() === ROUTING_LABELS.surveyQuestion);
  if (isSurvey) {
    const type = parseQuestionType(survey.values.type);
    const proposal = {
      ...(survey.values.text === undefined ? {} : { text: survey.values.text }),
      ...(type === undefined ? {} : { type }),
    };
    return withPersona({ kind: "survey", fromForm: survey.found.includes("persona"), proposal }, survey.values.persona);
  }
  const question = readFormFields(body, PERSONA_QUESTION_FORM.fields);
  return withPersona({ kind: "question", fromForm: question.found.includes("persona") }, question.values.persona);
}

function withPersona(issue: QuestionIssue, value: string | undefined): QuestionIssue {
  if (value === undefined) return issue;
  const notSure = normalizePersonaText(PERSONA_QUESTION_FORM.notSureOption);
  return normalizePersonaText(value) === notSure ? issue : { ...issue, personaText: value };
}

/** Accepts the type as the dropdown writes it, or with other case and words after it ("Scale (1-5)"). */
function parseQuestionType(value: string | undefined): SurveyQuestionType | undefined {
  const word = value
    ?.trim()
    .split(/[^A-Za-z]/)[0]
    ?.toLowerCase();
  return SURVEY_QUESTION_FORM.typeOptions.find((option) => option === word);
}
