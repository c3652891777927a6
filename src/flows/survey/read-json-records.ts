import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { SurveyInputError } from "../../core/survey/survey-input-error.js";
import { splitJsonArray } from "./split-json-array.js";

export type JsonRecord = Record<string, unknown>;

export interface NumberedRecord {
  record: JsonRecord;
  /** The line (JSON Lines) or 1-based array position (JSON). */
  row: number;
}

/**
 * Streams the objects of a JSON Lines file (one per line, blank lines skipped) or of a JSON array,
 * without reading the file whole.
 *
 * @throws SurveyInputError naming the line or element that is not a JSON object
 */
export async function* readJsonRecords(path: string, name: string, format: "json" | "jsonl"): AsyncGenerator<NumberedRecord> {
  if (format === "jsonl") yield* readJsonLines(path, name);
  else yield* readJsonArray(path, name);
}

async function* readJsonLines(path: string, name: string): AsyncGenerator<NumberedRecord> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Number.POSITIVE_INFINITY });
  let row = 0;
  for await (const raw of lines) {
    row++;
    const line = row === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") continue;
    yield { record: parseObject(line, () => `${name} line ${row}`), row };
  }
}

async function* readJsonArray(path: string, name: string): AsyncGenerator<NumberedRecord> {
  let row = 0;
  try {
    for await (const element of splitJsonArray(createReadStream(path, { encoding: "utf8" }))) {
      row++;
      yield { record: parseObject(element, () => `${name} element ${row} of the array`), row };
    }
  } catch (error) {
    if (error instanceof SurveyInputError) throw error;
    throw new SurveyInputError([`${name}: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

function parseObject(text: string, where: () => string): JsonRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SurveyInputError([`${where()} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Expected one object per response.`]);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new SurveyInputError([`${where()} is not a JSON object; each response must be an object of question → answer.`]);
  }
  return value as JsonRecord;
}
