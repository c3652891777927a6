import type { Persona } from "../persona/persona.js";
import type { QuestionSet, SurveyQuestion } from "./question-set.js";

/** An active question as the survey tool should show it. */
export interface ExportedQuestion {
  id: string;
  text: string;
  type: SurveyQuestion["type"];
  options?: string[];
  phase?: string;
  /** The persona whose file holds it, or null for a common question. */
  persona: string | null;
}

/** A block of questions in the export: the common ones (`persona: null`) or one persona's own. */
export interface ExportGroup {
  persona: string | null;
  /** The persona's display name; `Everyone` for the common questions. */
  title: string;
  questions: ExportedQuestion[];
}

export interface QuestionsExport {
  /** The persona the export is for, or null for every persona. */
  persona: string | null;
  /** The common questions first, then each persona's own; only active questions, in file order. */
  groups: ExportGroup[];
}

export interface BuildExportOptions {
  /** Only this persona's survey: the common questions, then its own. */
  persona?: string;
  /**
   * The personas, for display names. When given, the files of retired personas and of ids that are
   * no persona are left out, since nobody is asked those questions.
   */
  personas?: readonly Pick<Persona, "id" | "name" | "status">[];
}

/**
 * Gathers what the survey tool should ask, from the questions files: every active question, the
 * common ones first, then each persona's own in file order (personas by id). Proposed and retired
 * questions are never exported.
 */
export function buildQuestionsExport(sets: readonly QuestionSet[], options: BuildExportOptions = {}): QuestionsExport {
  const names = new Map(options.personas?.map((persona) => [persona.id, persona] as const));
  const asked = (id: string) => options.personas === undefined || (names.has(id) && names.get(id)?.status !== "retired");
  const common: ExportGroup = { persona: null, title: "Everyone", questions: sets.filter((set) => set.persona === null).flatMap(activeQuestions) };
  const own = sets
    .filter((set): set is QuestionSet & { persona: string } => set.persona !== null)
    .filter((set) => (options.persona === undefined ? asked(set.persona) : set.persona === options.persona))
    .sort((a, b) => (a.persona < b.persona ? -1 : a.persona > b.persona ? 1 : 0))
    .map((set) => ({ persona: set.persona, title: names.get(set.persona)?.name ?? set.persona, questions: activeQuestions(set) }));
  const groups = [common, ...own].filter((group) => group.questions.length > 0);
  return { persona: options.persona ?? null, groups };
}

function activeQuestions(set: QuestionSet): ExportedQuestion[] {
  return set.questions
    .filter((question) => question.status === "active")
    .map((question) => ({
      id: question.id,
      text: question.text,
      type: question.type,
      ...(question.options === undefined ? {} : { options: [...question.options] }),
      ...(question.phase === undefined ? {} : { phase: question.phase }),
      persona: set.persona,
    }));
}
