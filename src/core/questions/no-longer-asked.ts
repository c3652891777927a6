import type { Config } from "../config/config-schema.js";
import type { QuestionSet } from "./question-set.js";

export interface RetiredQuestion {
  /** The persona whose file holds it, or null for a common question. */
  persona: string | null;
  id: string;
  text: string;
}

/**
 * Questions asked in the previous cycle and not in this one: retired with `retiredIn` equal to
 * `survey.cycle` (see question-schema.ts for why retirement is dated). The analysis lists them so a
 * trend that stops is explained. Without a `survey.cycle` nothing can be said, so the list is empty.
 * Common questions come first, then each persona's, in file order.
 */
export function noLongerAsked(sets: readonly QuestionSet[], config: { survey: Pick<Config["survey"], "cycle"> }): RetiredQuestion[] {
  const cycle = config.survey.cycle;
  if (cycle === undefined) return [];
  const ordered = [...sets.filter((set) => set.persona === null), ...sets.filter((set) => set.persona !== null)];
  return ordered.flatMap((set) =>
    set.questions
      .filter((question) => question.status === "retired" && question.retiredIn === cycle)
      .map((question) => ({ persona: set.persona, id: question.id, text: question.text })),
  );
}
