import type { Config } from "../config/config-schema.js";
import { COMMON_QUESTIONS } from "./question-set.js";

/** The questions folder without leading or trailing slashes (`./survey/questions/` → `survey/questions`). */
export function questionsFolder(config: Pick<Config, "survey">): string {
  return config.survey.questionsPath.replace(/^\.\/+/, "").replace(/^\/+|\/+$/g, "");
}

/** Where a persona's questions live (or the common ones, for `common`): `<questionsPath>/<id>.yml`. */
export function questionFilePath(config: Pick<Config, "survey">, personaId: string): string {
  const folder = questionsFolder(config);
  return folder === "" ? `${personaId}.yml` : `${folder}/${personaId}.yml`;
}

export interface QuestionFileEntry {
  file: string;
  /** The file name without its extension: a persona id, or `common`. */
  name: string;
  /** A `.yaml` file: not read, because CODEOWNERS and `/accept` use `.yml`. */
  wrongExtension: boolean;
}

/**
 * The YAML files directly inside the questions folder, sorted by path, so results do not depend on
 * the order the snapshot listed them. Files in subfolders are not questions files.
 */
export function findQuestionFiles(paths: Iterable<string>, config: Pick<Config, "survey">): QuestionFileEntry[] {
  const folder = questionsFolder(config);
  const prefix = folder === "" ? "" : `${folder}/`;
  const found = new Map<string, QuestionFileEntry>();
  for (const path of paths) {
    if (!path.startsWith(prefix)) continue;
    const base = path.slice(prefix.length);
    const match = /^([^/]+)\.(yml|yaml)$/.exec(base);
    if (!match) continue;
    found.set(path, { file: path, name: match[1]!, wrongExtension: match[2] === "yaml" });
  }
  return [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Whether a questions file holds the common questions rather than one persona's. */
export function isCommonQuestionsFile(name: string): boolean {
  return name === COMMON_QUESTIONS;
}
