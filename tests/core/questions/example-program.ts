import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { parseConfig } from "../../../src/core/config/parse-config.js";
import type { QuestionSet } from "../../../src/core/questions/question-set.js";
import { readQuestionSets } from "../../../src/core/questions/read-question-sets.js";
import { snapshotFromTexts } from "../../../src/core/repo/repo-snapshot.js";

/** The example repository's settings, questions files and survey export header, for end-to-end checks. */
const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));

export function exampleQuestionFiles(): Record<string, string> {
  const folder = `${EXAMPLES}survey/questions/`;
  return Object.fromEntries(readdirSync(folder).map((name) => [`survey/questions/${name}`, readFileSync(`${folder}${name}`, "utf8")]));
}

export function exampleQuestionSets(): QuestionSet[] {
  const config = exampleConfig();
  return readQuestionSets(snapshotFromTexts(exampleQuestionFiles()), config).sets;
}

export function exampleConfig() {
  return parseConfig(readFileSync(`${EXAMPLES}.github/persona-governance.yml`, "utf8")).config;
}

export function exampleSurveyHeader(): string[] {
  const rows = parse(readFileSync(`${EXAMPLES}survey/2026-H2-export.csv`), { bom: true, toLine: 1 }) as string[][];
  return rows[0]!;
}
