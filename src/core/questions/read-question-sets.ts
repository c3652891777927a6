import type { Config } from "../config/config-schema.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { readText } from "../persona/read-text.js";
import type { RepoSnapshot } from "../repo/repo-snapshot.js";
import { findQuestionFiles, isCommonQuestionsFile } from "./question-files.js";
import { parseQuestionFile } from "./parse-question-file.js";
import type { QuestionSet } from "./question-set.js";

export interface QuestionSets {
  /** One set per readable `.yml` file, sorted by path; `common.yml` has `persona: null`. */
  sets: QuestionSet[];
  /** Problems reading or parsing the files (not the cross-file checks: see validateQuestions). */
  diagnostics: Diagnostic[];
}

/**
 * Reads every questions file in the snapshot. Pure: the snapshot holds the bytes. Broken questions are
 * reported and left out, so the export and the survey mapping still work with the rest.
 */
export function readQuestionSets(snapshot: RepoSnapshot, config: Pick<Config, "survey" | "personas">): QuestionSets {
  const sets: QuestionSet[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of findQuestionFiles([...snapshot.paths, ...snapshot.files.keys()], config)) {
    if (entry.wrongExtension) {
      diagnostics.push(fileProblem(entry.file, "warning", "questions-schema", "questions files end in `.yml`; this `.yaml` file is not read", `rename it to \`${entry.name}.yml\``));
      continue;
    }
    const bytes = snapshot.files.get(entry.file);
    if (!bytes) {
      diagnostics.push(fileProblem(entry.file, "error", "file-unread", "the contents of this questions file were not available to the validator", "make it a regular, readable file (not a symbolic link)"));
      continue;
    }
    const decoded = readText(entry.file, bytes, config.personas.maxFileBytes);
    diagnostics.push(...decoded.diagnostics);
    if (decoded.text === undefined) continue;
    const parsed = parseQuestionFile(entry.file, decoded.text, isCommonQuestionsFile(entry.name) ? null : entry.name);
    diagnostics.push(...parsed.diagnostics);
    sets.push(parsed.set);
  }
  return { sets, diagnostics };
}

function fileProblem(file: string, severity: Diagnostic["severity"], rule: string, message: string, suggestion: string): Diagnostic {
  return diagnostic({ file, line: 1, column: 1, severity, rule, message, suggestion });
}
