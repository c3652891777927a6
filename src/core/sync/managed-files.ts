import type { Config } from "../config/config-schema.js";
import { findCodeownersFile } from "./codeowners-file.js";
import { compareText } from "./compare-text.js";
import { PROMPTS_FOLDER } from "./render-copilot-prompt.js";
import { directoryPath } from "./render-directory.js";
import { QUESTION_FORM_PATH } from "./render-question-form.js";
import { SURVEY_QUESTION_FORM_PATH } from "../questions/render-survey-question-form.js";

/**
 * The files the sync may write, so a front end knows which to read before planning: the CODEOWNERS
 * file in force, the issue forms (persona question and survey question proposal) and the directory
 * page (each unless switched off under `sync`), and, when Copilot prompts are on, the prompt files
 * that already exist (the others are new, so there is nothing to read). Paths the repository lacks
 * are included too: they are files the plan may create.
 */
export function managedFiles(config: Pick<Config, "sync" | "personas">, paths: ReadonlySet<string>): string[] {
  const files: string[] = [];
  if (config.sync.codeowners) files.push(findCodeownersFile(paths));
  if (config.sync.issueForm) files.push(QUESTION_FORM_PATH, SURVEY_QUESTION_FORM_PATH);
  if (config.sync.directory) files.push(directoryPath(config));
  if (config.sync.copilotPrompts) {
    for (const path of paths) if (path.startsWith(`${PROMPTS_FOLDER}/`) && path.endsWith(".prompt.md")) files.push(path);
  }
  return [...new Set(files)].sort(compareText);
}
