import type { QuestionSet, SurveyQuestion } from "./question-set.js";

/** A question together with the file it came from. */
export interface PlacedQuestion {
  file: string;
  /** The persona whose file holds it, or null for a common question. */
  persona: string | null;
  question: SurveyQuestion;
}

/**
 * What one persona's respondents are asked: the common questions first, then the persona's own, each
 * in file order. Every status is included; callers filter (the export keeps only active questions).
 */
export function personaSurvey(sets: readonly QuestionSet[], personaId: string): PlacedQuestion[] {
  const place = (set: QuestionSet) => set.questions.map((question) => ({ file: set.file, persona: set.persona, question }));
  return [
    ...sets.filter((set) => set.persona === null).flatMap(place),
    ...sets.filter((set) => set.persona === personaId).flatMap(place),
  ];
}

/** The common questions, in file order. */
export function commonQuestions(sets: readonly QuestionSet[]): PlacedQuestion[] {
  return sets
    .filter((set) => set.persona === null)
    .flatMap((set) => set.questions.map((question) => ({ file: set.file, persona: null, question })));
}
