import { normaliseQuestionText } from "./normalise-question-text.js";
import type { QuestionSet, SurveyQuestion } from "./question-set.js";

export interface HeaderMatch {
  header: string;
  questionId: string;
  /** The persona whose file holds the question, or null for a common one. */
  persona: string | null;
  /** `exact`: the header is the question's text; `normalised`: equal ignoring case, punctuation and spacing. */
  how: "exact" | "normalised";
}

/** The `survey.scoreColumns` / `survey.commentColumns` mapping, derived from the questions files. */
export interface SurveyMapping {
  /** Header of each scale question → its phase id. */
  scoreColumns: Record<string, string>;
  /** Headers of the free-text questions, in header order. */
  commentColumns: string[];
  /** Headers that match no question (the persona column excepted), in header order. */
  unmatchedHeaders: string[];
  /** Every header that matched, in header order. Choice questions match but feed neither mapping. */
  matches: HeaderMatch[];
  /** Active questions whose text no header matched: asked in theory, missing from this export. */
  missingQuestions: { persona: string | null; id: string; text: string }[];
}

export interface DeriveMappingOptions {
  /** `survey.personaColumn`: never reported as unmatched. */
  personaColumn?: string;
}

const STATUS_PRIORITY: Record<SurveyQuestion["status"], number> = { active: 0, retired: 1, proposed: 2 };

/**
 * Matches a survey export's headers to the questions' texts, so nobody keeps `scoreColumns` and
 * `commentColumns` by hand: a header matches a question whose text it is exactly, or failing that,
 * equal after normalising case, punctuation and spacing (survey tools re-punctuate). Any status
 * matches, so an older export still maps; when two questions share a text, an active one wins, then
 * a common one, then the first by file order. A scale question maps its header to its phase, a text
 * question makes a comment column, and a choice question is recognised without being analysed.
 */
export function deriveSurveyMapping(sets: readonly QuestionSet[], header: readonly string[], options: DeriveMappingOptions = {}): SurveyMapping {
  const candidates = rankCandidates(sets);
  const exact = new Map<string, Candidate>();
  const normalised = new Map<string, Candidate>();
  for (const candidate of candidates) {
    if (!exact.has(candidate.question.text)) exact.set(candidate.question.text, candidate);
    const key = normaliseQuestionText(candidate.question.text);
    if (key !== "" && !normalised.has(key)) normalised.set(key, candidate);
  }
  const personaKey = options.personaColumn === undefined ? undefined : normaliseQuestionText(options.personaColumn);
  const mapping: SurveyMapping = { scoreColumns: {}, commentColumns: [], unmatchedHeaders: [], matches: [], missingQuestions: [] };
  const matchedTexts = new Set<string>();
  for (const column of header) {
    const direct = exact.get(column) ?? exact.get(column.trim());
    const found = direct ?? normalised.get(normaliseQuestionText(column));
    if (found === undefined) {
      if (personaKey === undefined || normaliseQuestionText(column) !== personaKey) mapping.unmatchedHeaders.push(column);
      continue;
    }
    matchedTexts.add(normaliseQuestionText(found.question.text));
    mapping.matches.push({ header: column, questionId: found.question.id, persona: found.persona, how: direct ? "exact" : "normalised" });
    if (found.question.type === "scale" && found.question.phase !== undefined) mapping.scoreColumns[column] = found.question.phase;
    if (found.question.type === "text") mapping.commentColumns.push(column);
  }
  for (const { question, persona } of candidates) {
    if (question.status === "active" && !matchedTexts.has(normaliseQuestionText(question.text))) mapping.missingQuestions.push({ persona, id: question.id, text: question.text });
  }
  return mapping;
}

interface Candidate {
  question: SurveyQuestion;
  persona: string | null;
  order: number;
}

function rankCandidates(sets: readonly QuestionSet[]): Candidate[] {
  const ordered = [...sets.filter((set) => set.persona === null), ...sets.filter((set) => set.persona !== null)];
  const candidates = ordered.flatMap((set) => set.questions.map((question) => ({ question, persona: set.persona })));
  return candidates
    .map((candidate, order) => ({ ...candidate, order }))
    .sort((a, b) => STATUS_PRIORITY[a.question.status] - STATUS_PRIORITY[b.question.status] || a.order - b.order);
}
