import { z } from "zod";
import { zodIssuesToDiagnostics } from "../config/parse-config.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { parseYaml, type ParsedYaml } from "../yaml/parse-yaml.js";
import { questionFileSchema, questionSchema } from "./question-schema.js";
import type { QuestionSet, SurveyQuestion } from "./question-set.js";

export interface ParsedQuestionFile {
  /** The questions that are valid; a broken question is reported and left out, the others stay usable. */
  set: QuestionSet;
  diagnostics: Diagnostic[];
}

// The file's outline, checked before the questions one by one so one bad question hides no other.
const outlineSchema = z.strictObject({ questions: z.array(z.unknown()).default([]) });

/**
 * Parses one questions file. YAML errors are `questions-yaml`; schema errors are `questions-schema`,
 * each at the offending key, with a "did you mean" for misspelt keys. Never throws.
 *
 * @param persona the persona id the file belongs to, or null for the common questions
 */
export function parseQuestionFile(file: string, text: string, persona: string | null): ParsedQuestionFile {
  const set: QuestionSet = { file, persona, questions: [] };
  const yaml = parseYaml(text);
  if (yaml.errors.length > 0) {
    const diagnostics = yaml.errors.map((e) =>
      diagnostic({ file, line: e.line, column: e.column, severity: "error", rule: "questions-yaml", message: `YAML error: ${e.message}`, suggestion: "fix the YAML syntax at this line" }),
    );
    return { set, diagnostics };
  }
  if (yaml.value === undefined || yaml.value === null) return { set, diagnostics: [] };
  const outline = outlineSchema.safeParse(yaml.value, { reportInput: true });
  if (!outline.success) {
    return { set, diagnostics: schemaDiagnostics(outline.error.issues, yaml, file, []) };
  }
  const diagnostics: Diagnostic[] = [];
  outline.data.questions.forEach((item, index) => {
    const parsed = questionSchema.safeParse(item, { reportInput: true });
    if (!parsed.success) {
      diagnostics.push(...schemaDiagnostics(parsed.error.issues, yaml, file, ["questions", index]));
      return;
    }
    const positions = Object.fromEntries(Object.keys(parsed.data).map((key) => [key, yaml.locate(["questions", index, key])]));
    const question: SurveyQuestion = { ...parsed.data, ...yaml.locate(["questions", index]), positions };
    set.questions.push(question);
  });
  return { set, diagnostics };
}

function schemaDiagnostics(issues: readonly z.core.$ZodIssue[], yaml: ParsedYaml, file: string, prefix: (string | number)[]): Diagnostic[] {
  const located = issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
  return zodIssuesToDiagnostics(located, yaml, file, "questions-schema", questionFileSchema);
}
