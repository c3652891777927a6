import { inlineCode, safeInline } from "../text/safe-markdown.js";
import type { SurveyMapping } from "./derive-survey-mapping.js";
import type { RetiredQuestion } from "./no-longer-asked.js";

export interface QuestionNotesInput {
  /** The derived mapping, when the analysis derived one from the questions files. */
  derived?: SurveyMapping;
  noLongerAsked: readonly RetiredQuestion[];
  /** `survey.cycle`, to say which cycle stopped asking. */
  cycle?: string;
  /** Persona id → display name. */
  personaNames?: ReadonlyMap<string, string>;
}

/**
 * A section for the survey overview about the questions themselves: how the export's columns were
 * mapped from the questions files (and which columns matched no question, so nothing is silently
 * ignored), and which questions are no longer asked, so a trend that stops is explained. Empty when
 * there is nothing to say. Header and question texts come from files and exports, so they are escaped.
 */
export function renderQuestionNotes(input: QuestionNotesInput): string {
  const parts: string[] = [];
  if (input.derived !== undefined) parts.push(...mappingNotes(input.derived, input.personaNames));
  if (input.noLongerAsked.length > 0) {
    const since = input.cycle === undefined ? "" : ` in ${safeInline(input.cycle)}`;
    parts.push(`**No longer asked.** These questions were retired${since}, so their figures stop here and are not comparable with earlier cycles:`);
    parts.push(input.noLongerAsked.map((question) => `- ${whose(question.persona, input.personaNames)}: ${safeInline(question.text)} (${inlineCode(question.id)})`).join("\n"));
  }
  return parts.length === 0 ? "" : ["## Survey questions", ...parts].join("\n\n");
}

function mappingNotes(derived: SurveyMapping, names: ReadonlyMap<string, string> | undefined): string[] {
  const scores = Object.keys(derived.scoreColumns).length;
  const notes = [
    `The score and comment columns were matched to the questions files (\`survey.scoreColumns\` / \`survey.commentColumns\` are not set): ${count(scores, "score column")} and ${count(derived.commentColumns.length, "comment column")}.`,
  ];
  if (derived.unmatchedHeaders.length > 0) {
    notes.push(`**Columns that match no question**, so they are not analysed: ${derived.unmatchedHeaders.map((header) => inlineCode(header === "" ? "(empty header)" : header)).join(", ")}.`);
  }
  if (derived.missingQuestions.length > 0) {
    notes.push(`**Active questions missing from this export:**\n\n${derived.missingQuestions.map((question) => `- ${whose(question.persona, names)}: ${safeInline(question.text)} (${inlineCode(question.id)})`).join("\n")}`);
  }
  return notes;
}

function whose(persona: string | null, names: ReadonlyMap<string, string> | undefined): string {
  if (persona === null) return "Everyone";
  return safeInline(names?.get(persona) ?? persona);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
