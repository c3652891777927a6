import type { QuestionFields } from "./question-schema.js";

/** One question as written in a questions file, with where it was written. */
export interface SurveyQuestion extends QuestionFields {
  /** 1-based position of the question's list item, for diagnostics. */
  line: number;
  column: number;
  /** Where each key of the question was written, e.g. `positions.phase`, for pointing at the key. */
  positions: Partial<Record<keyof QuestionFields, Position>>;
}

export interface Position {
  line: number;
  column: number;
}

/**
 * The questions of one file: a persona's (`persona` is its id, taken from the file name) or the
 * common ones asked to everyone (`persona` is null). Questions keep their file order.
 */
export interface QuestionSet {
  file: string;
  persona: string | null;
  questions: SurveyQuestion[];
}

/** Base name (without `.yml`) of the file holding the questions every persona is asked. */
export const COMMON_QUESTIONS = "common";
