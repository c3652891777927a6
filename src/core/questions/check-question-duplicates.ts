import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { normaliseQuestionText } from "./normalise-question-text.js";
import { commonQuestions, type PlacedQuestion } from "./persona-survey.js";
import type { QuestionSet } from "./question-set.js";

/**
 * A persona's survey is its own file plus `common.yml`, so within that union every id must be unique
 * (ids key the question's history across cycles, whatever its status) and no question may be asked
 * twice under different ids (the same text after normalising case, punctuation and spacing). Retired
 * questions are left out of the text check: they are not asked any more, and a reworded question may
 * return to an earlier wording. Each duplicate is reported once, at its second occurrence.
 */
export function checkQuestionDuplicates(sets: readonly QuestionSet[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const common = commonQuestions(sets);
  const commonSeen = findDuplicates(common, createSeen(), out);
  for (const set of sets) {
    if (set.persona === null) continue;
    const own = set.questions.map((question) => ({ file: set.file, persona: set.persona, question }));
    findDuplicates(own, copySeen(commonSeen), out);
  }
  return out;
}

interface Seen {
  ids: Map<string, PlacedQuestion>;
  texts: Map<string, PlacedQuestion>;
}

function createSeen(): Seen {
  return { ids: new Map(), texts: new Map() };
}

function copySeen(seen: Seen): Seen {
  return { ids: new Map(seen.ids), texts: new Map(seen.texts) };
}

function findDuplicates(questions: readonly PlacedQuestion[], seen: Seen, out: Diagnostic[]): Seen {
  for (const placed of questions) {
    const { question } = placed;
    const earlierId = seen.ids.get(question.id);
    if (earlierId) {
      out.push(duplicate(placed, "duplicate-question-id", `question id "${question.id}" is already used ${where(earlierId, placed)}`, "give this question its own id: ids are unique within a persona's survey (its file and common.yml)"));
    } else {
      seen.ids.set(question.id, placed);
    }
    if (question.status === "retired") continue;
    const text = normaliseQuestionText(question.text);
    const earlierText = seen.texts.get(text);
    if (earlierText && !earlierId) {
      out.push(duplicate(placed, "duplicate-question-text", `question "${question.id}" asks the same as "${earlierText.question.id}" ${where(earlierText, placed)}`, `remove one of them, or retire "${earlierText.question.id}" if this question replaces it`));
    } else if (!earlierText) {
      seen.texts.set(text, placed);
    }
  }
  return seen;
}

function where(earlier: PlacedQuestion, current: PlacedQuestion): string {
  return earlier.file === current.file ? `at line ${earlier.question.line}` : `in ${earlier.file} (line ${earlier.question.line})`;
}

function duplicate(placed: PlacedQuestion, rule: string, message: string, suggestion: string): Diagnostic {
  const at = rule === "duplicate-question-text" ? (placed.question.positions.text ?? placed.question) : (placed.question.positions.id ?? placed.question);
  return diagnostic({ file: placed.file, line: at.line, column: at.column, severity: "error", rule, message, suggestion });
}
