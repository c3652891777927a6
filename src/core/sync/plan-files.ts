import type { Config } from "../config/config-schema.js";
import type { Persona } from "../persona/persona.js";
import type { FileOperation, PlanWarning } from "../plan/operation.js";
import { findCodeownersFile } from "./codeowners-file.js";
import { codeownersReason } from "./codeowners-reason.js";
import { compareText } from "./compare-text.js";
import { countDiffLines, fileDiff } from "./file-diff.js";
import { mergeCodeowners } from "./merge-codeowners.js";
import { copilotPromptPath, renderCopilotPrompt } from "./render-copilot-prompt.js";
import { renderCodeownersBlock } from "./render-codeowners-block.js";
import { directoryPath, renderDirectory, type DirectorySection } from "./render-directory.js";
import { QUESTION_FORM_PATH, renderQuestionForm } from "./render-question-form.js";
import { renderSurveyQuestionForm, SURVEY_QUESTION_FORM_PATH } from "../questions/render-survey-question-form.js";
import { toolsDirectorySection } from "../tools/tools-directory-section.js";

export interface FileState {
  /**
   * Current contents of the managed files (`managedFiles` lists them); `undefined` means absent. A
   * path in `paths` with no entry here counts as unread, and is left alone.
   */
  files: ReadonlyMap<string, string | undefined>;
  paths: ReadonlySet<string>;
}

export interface FilePlanInput {
  personas: readonly Persona[];
  config: Config;
  current: FileState;
  directorySections?: readonly DirectorySection[];
}

/** Marks every file the sync generates whole; its absence means a hand-written file gets replaced. */
const GENERATED_MARK = "persona-governance";

/**
 * File operations for the generated files: CODEOWNERS (merged, never replaced), the issue forms
 * (persona question, survey question proposal), the directory page (with the tool index's "Tools"
 * section when there are tools) and, when switched on, one Copilot prompt per active persona. A file
 * is written only when its content would change, so planning against the result of a plan finds
 * nothing to do. A file the repository has but the caller did not read is left alone with a warning,
 * never overwritten.
 */
export function planFiles(input: FilePlanInput): { operations: FileOperation[]; warnings: PlanWarning[] } {
  const { personas, config, current } = input;
  const files = collectFiles(current);
  if (config.sync.codeowners) {
    const path = findCodeownersFile(current.paths);
    const block = renderCodeownersBlock(personas, config, { paths: current.paths });
    files.warnings.push(...block.warnings);
    if (!files.unread(path)) {
      const merged = mergeCodeowners(current.files.get(path), block, path);
      files.warnings.push(...merged.warnings);
      files.add(path, merged.content, () => codeownersReason(merged, block));
    }
  }
  const active = personas.filter((persona) => persona.status === "active");
  if (config.sync.issueForm) {
    files.add(QUESTION_FORM_PATH, renderQuestionForm(personas, config), generatedReason("persona question form", plural(active.length, "active persona")));
    files.add(SURVEY_QUESTION_FORM_PATH, renderSurveyQuestionForm(personas, config), generatedReason("survey question proposal form", plural(active.length, "active persona")));
  }
  if (config.sync.directory) {
    const tools = toolsDirectorySection(personas, config);
    const sections = [...(input.directorySections ?? []), ...(tools === undefined ? [] : [tools])];
    const options = sections.length === 0 ? {} : { sections };
    files.add(directoryPath(config), renderDirectory(personas, config, options), generatedReason("persona directory", plural(personas.length, "persona")));
  }
  if (config.sync.copilotPrompts) {
    for (const persona of active) {
      files.add(copilotPromptPath(persona), renderCopilotPrompt(persona, config), generatedReason(`Copilot prompt for persona ${persona.name}`, persona.file));
    }
  }
  return { operations: files.operations.sort((a, b) => compareText(a.target, b.target)), warnings: files.warnings };
}

/** Accumulates file operations, writing a file only when it changes and never one it could not read. */
function collectFiles(current: FileState) {
  const operations: FileOperation[] = [];
  const warnings: PlanWarning[] = [];
  const unread = (path: string): boolean => {
    if (current.files.has(path) || !current.paths.has(path)) return false;
    warnings.push({ file: path, line: 1, rule: "sync-file-not-read", message: `${path} exists but was not read, so the sync leaves it alone; read every file managedFiles() lists before planning` });
    return true;
  };
  const add = (path: string, content: string, reason: (previous: string | undefined, diff: string) => string): void => {
    const previous = current.files.get(path);
    if (previous === content || unread(path)) return;
    const diff = fileDiff(path, previous, content);
    const operation: FileOperation = { kind: "file", action: previous === undefined ? "create" : "update", target: path, content, diff, reason: reason(previous, diff) };
    operations.push(previous === undefined ? operation : { ...operation, previous });
  };
  return { operations, warnings, unread, add };
}

function generatedReason(what: string, source: string): (previous: string | undefined, diff: string) => string {
  return (previous, diff) => {
    if (previous === undefined) return `new ${what}, from ${source}`;
    const { added, removed } = countDiffLines(diff);
    const replaced = previous.includes(GENERATED_MARK) ? "" : "; replaces a file persona-governance did not write";
    return `${what} out of date: ${plural(added, "line")} added, ${removed} removed${replaced}`;
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
