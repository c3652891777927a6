import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from "yaml";
import type { QuestionType } from "./question-schema.js";

/** A question to add (or update) as `status: active`, e.g. from an accepted proposal. */
export interface NewQuestion {
  id: string;
  text: string;
  type: QuestionType;
  options?: readonly string[];
  phase?: string;
}

/** The file cannot be edited without losing what it says: broken YAML, or not the expected shape. */
export class QuestionFileEditError extends Error {
  override readonly name = "QuestionFileEditError";
}

/**
 * Adds a question to a questions file with `status: active`, keeping the file's comments, key order,
 * quoting and list indentation, or creates the file when `existing` is undefined or blank. A question
 * with the same id is updated in place instead (re-activated if it was retired), so applying the same
 * question twice gives the same text as applying it once; when nothing changes, `existing` comes back
 * byte for byte. The question itself is not validated here: the pull request's validation check says
 * what is missing (a scale question's phase, for one).
 *
 * @throws QuestionFileEditError when `existing` is not valid YAML, or its `questions` is not a list
 */
export function addQuestionToFile(existing: string | undefined, question: NewQuestion): string {
  const text = existing === undefined || existing.trim() === "" ? "questions: []\n" : existing;
  const doc: Document = parseDocument(text);
  if (doc.errors.length > 0) throw new QuestionFileEditError(`the questions file is not valid YAML (${doc.errors[0]!.message.split("\n")[0]}); fix it before adding a question`);
  const list = questionsList(doc);
  const current = list.items.find((item): item is YAMLMap => isMap(item) && scalarValue(item.get("id", true)) === question.id);
  if (current === undefined) {
    list.flow = false;
    const node = doc.createNode(fields(question));
    // Follow the file's habit of a blank line between questions.
    node.spaceBefore = list.items.slice(1).some((item) => isMap(item) && item.spaceBefore === true);
    list.items.push(node);
  } else if (sameQuestion(current, question)) {
    return text;
  } else {
    updateQuestion(doc, current, question);
  }
  return doc.toString({ lineWidth: 0, indentSeq: seqIsIndented(text, list) });
}

function questionsList(doc: Document): YAMLSeq {
  if (doc.contents === null) doc.contents = doc.createNode({});
  if (!isMap(doc.contents)) throw new QuestionFileEditError("the questions file must be a mapping with a `questions:` list");
  const value = doc.contents.get("questions", true);
  if (value === undefined || (isScalar(value) && value.value === null)) {
    const list = doc.createNode([]) as YAMLSeq;
    doc.contents.set("questions", list);
    return list;
  }
  if (!isSeq(value)) throw new QuestionFileEditError("`questions` in the questions file must be a list");
  return value;
}

function fields(question: NewQuestion): Record<string, unknown> {
  return {
    id: question.id,
    text: question.text,
    type: question.type,
    ...(question.options === undefined ? {} : { options: [...question.options] }),
    ...(question.phase === undefined ? {} : { phase: question.phase }),
    status: "active",
  };
}

function updateQuestion(doc: Document, item: YAMLMap, question: NewQuestion): void {
  const wanted = fields(question);
  for (const key of ["text", "type", "options", "phase", "status"]) {
    const value = wanted[key];
    if (value === undefined) item.delete(key);
    else if (!sameValue(item.get(key, true), value)) item.set(key, doc.createNode(value));
  }
  item.delete("retiredIn");
}

function sameQuestion(item: YAMLMap, question: NewQuestion): boolean {
  const wanted = fields(question);
  const keys = ["text", "type", "options", "phase", "status", "retiredIn"];
  return keys.every((key) => (wanted[key] === undefined ? !item.has(key) : sameValue(item.get(key, true), wanted[key])));
}

function sameValue(node: unknown, value: unknown): boolean {
  if (Array.isArray(value)) return isSeq(node) && node.items.length === value.length && node.items.every((item, index) => scalarValue(item) === value[index]);
  return scalarValue(node) === value;
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

/** Whether the file writes `questions:` items indented under the key (`  - id:`) or flush with it. */
function seqIsIndented(text: string, list: YAMLSeq): boolean {
  const first = list.items[0];
  const start = first !== undefined && (isMap(first) || isScalar(first)) ? first.range?.[0] : undefined;
  if (start === undefined) return true;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const dash = text.lastIndexOf("-", start - 1);
  return dash >= lineStart && dash - lineStart > 0;
}
