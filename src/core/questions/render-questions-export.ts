import type { Persona } from "../persona/persona.js";
import { safeInline } from "../text/safe-markdown.js";
import { buildQuestionsExport, type ExportedQuestion, type ExportGroup, type QuestionsExport } from "./build-questions-export.js";
import { formatCsv } from "./format-csv.js";
import type { QuestionSet } from "./question-set.js";
import { COMMON_QUESTIONS } from "./question-set.js";

export type QuestionsExportFormat = "md" | "csv" | "json";

export interface QuestionsExportOptions {
  format: QuestionsExportFormat;
  /** Only this persona's survey: the common questions, then its own. */
  persona?: string;
  /** For display names, and to leave out retired and unknown personas' files. */
  personas?: readonly Pick<Persona, "id" | "name" | "status">[];
  /** The answer scale shown next to scale questions in Markdown; 1–5 by default. */
  scale?: { min: number; max: number };
}

export const QUESTIONS_CSV_HEADER = ["persona", "id", "type", "phase", "text", "options"] as const;

/**
 * The active survey questions in a form a survey tool takes: Markdown to read or paste, CSV to import
 * (RFC 4180, one question per row, choice options one per line inside their cell, `common` in the
 * persona column for questions everyone is asked), or JSON. Common questions come first, then each
 * persona's own, in file order; numbering in Markdown runs on, as a respondent would see it.
 */
export function renderQuestionsExport(sets: readonly QuestionSet[], options: QuestionsExportOptions): string {
  const data = buildQuestionsExport(sets, {
    ...(options.persona === undefined ? {} : { persona: options.persona }),
    ...(options.personas === undefined ? {} : { personas: options.personas }),
  });
  if (options.format === "json") return `${JSON.stringify(exportJson(data), null, 2)}\n`;
  if (options.format === "csv") return formatCsv([[...QUESTIONS_CSV_HEADER], ...data.groups.flatMap(csvRows)]);
  const personaName = options.persona === undefined ? undefined : (options.personas?.find((persona) => persona.id === options.persona)?.name ?? options.persona);
  return renderMarkdown(data, personaName, options.scale ?? { min: 1, max: 5 });
}

function exportJson(data: QuestionsExport): Record<string, unknown> {
  return {
    persona: data.persona,
    groups: data.groups.map((group) => ({
      persona: group.persona,
      title: group.title,
      questions: group.questions.map(({ persona: _persona, ...question }) => question),
    })),
  };
}

function csvRows(group: ExportGroup): string[][] {
  return group.questions.map((question) => [
    group.persona ?? COMMON_QUESTIONS,
    question.id,
    question.type,
    question.phase ?? "",
    question.text,
    (question.options ?? []).join("\n"),
  ]);
}

function renderMarkdown(data: QuestionsExport, personaName: string | undefined, scale: { min: number; max: number }): string {
  const title = personaName === undefined ? "# Survey questions" : `# Survey questions: ${safeInline(personaName)}`;
  const parts = [title, "Active questions only: the questions everyone is asked come first, then each persona's own."];
  if (data.groups.length === 0) parts.push("No active questions yet.");
  const common = data.groups.find((group) => group.persona === null)?.questions.length ?? 0;
  for (const group of data.groups) {
    const start = group.persona === null ? 1 : common + 1;
    const items = group.questions.map((question, index) => markdownItem(question, start + index, scale));
    parts.push(`## ${safeInline(group.title)}`, items.join("\n"));
  }
  return `${parts.join("\n\n")}\n`;
}

function markdownItem(question: ExportedQuestion, number: number, scale: { min: number; max: number }): string {
  const marker = `${number}. `;
  const kind = question.type === "scale" ? `scale ${scale.min}–${scale.max}` : question.type;
  const phase = question.phase === undefined ? "" : `, ${question.phase}`;
  const line = `${marker}${safeInline(question.text)} *(${kind}${phase})*`;
  const indent = " ".repeat(marker.length);
  const options = (question.options ?? []).map((option) => `${indent}- ${safeInline(option)}`);
  return [line, ...options].join("\n");
}
