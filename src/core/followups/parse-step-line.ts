import { parseHandle } from "../config/handles.js";
import { closestMatch } from "../diagnostics/suggest.js";
import {
  NEXT_STEP_DUE_PATTERN,
  NEXT_STEP_FIELD_PATTERN,
  NEXT_STEP_FIELDS,
  NEXT_STEP_LINE_FORMAT,
  NEXT_STEP_OWNER_PATTERN,
  NEXT_STEP_TASK_PATTERN,
  type NextStepField,
} from "../publish/next-step-format.js";
import { inlineCode } from "../text/safe-markdown.js";
import { isCalendarDate } from "./calendar-date.js";
import type { ChecklistLine } from "./checklist-lines.js";
import type { NextStep, StepProblem } from "./next-step.js";
import { resolvePersonaValue, resolvePhaseValue, type StepVocabulary } from "./step-vocabulary.js";

const LIST_ITEM = /^[ \t]{0,3}[-*+][ \t]+/;
const REFERENCE = /(?<=^|\s)#(\d{1,9})(?=[\s.,;:)]|$)/g;
const LEADING_REFERENCE = /^#(\d{1,9})(?=\s|$)/;
const FIELD_LIKE = /(?<=^|\s)([A-Za-z][A-Za-z-]{1,20}):(\S+)/g;

/**
 * Reads one checklist line in the format of `next-step-format.ts`. Returns undefined for lines that
 * are not steps (prose, sub-items), the step when it reads cleanly, else every problem found, each
 * with a fix, so one reply can list all that is wrong with the line at once.
 */
export function parseStepLine(entry: ChecklistLine, vocabulary: StepVocabulary): NextStep | StepProblem[] | undefined {
  const task = NEXT_STEP_TASK_PATTERN.exec(entry.text);
  const problem = (message: string, fix: string): StepProblem => ({ line: entry.line, raw: entry.raw, message, fix, references: referencesOf(entry.text) });
  if (task === null) {
    if (!LIST_ITEM.test(entry.text) || !looksLikeStep(entry.text)) return undefined;
    return [problem("This list item has no task box, so it is not read as a step.", `Start the line with ${inlineCode("- [ ] ")}, as in ${inlineCode(NEXT_STEP_LINE_FORMAT)}.`)];
  }
  const rest = task[2]!;
  const problems: StepProblem[] = [];
  const { values: fields, seen } = readFields(rest, problem, problems, vocabulary);
  const owner = readOwner(rest, problem, problems);
  const text = stepText(rest);
  if (text.replace(LEADING_REFERENCE, "").trim() === "") {
    problems.push(problem("The line does not say what the step is.", `Write the step before the owner and fields, as in ${inlineCode(NEXT_STEP_LINE_FORMAT)}.`));
  }
  const due = fields.due ?? vocabulary.planningDeadline;
  if (due === undefined && !seen.has("due") && vocabulary.dueOptional !== true) {
    problems.push(problem("The line has no `due:` date and the settings set no `survey.planningDeadline` to fall back on.", "Add `due:YYYY-MM-DD` to the line, or set `survey.planningDeadline` in the settings file."));
  }
  if (problems.length > 0) return problems;
  const step: NextStep = { line: entry.line, raw: entry.raw, text, done: task[1] !== " ", dueFrom: fields.due === undefined ? "deadline" : "line", references: referencesOf(rest) };
  if (owner !== undefined) step.owner = owner;
  if (due !== undefined) step.due = due;
  if (fields.persona !== undefined) step.persona = fields.persona;
  if (fields.pain !== undefined) step.pain = fields.pain;
  return step;
}

type MakeProblem = (message: string, fix: string) => StepProblem;

interface ReadFields {
  /** Fields that read cleanly. */
  values: Partial<Record<NextStepField, string>>;
  /** Fields present on the line, valid or not. */
  seen: Set<NextStepField>;
}

function readFields(rest: string, problem: MakeProblem, problems: StepProblem[], vocabulary: StepVocabulary): ReadFields {
  const values: Partial<Record<NextStepField, string>> = {};
  const seen = new Set<NextStepField>();
  for (const match of rest.matchAll(NEXT_STEP_FIELD_PATTERN)) {
    const name = match[1] as NextStepField;
    const value = match[2]!;
    if (seen.has(name)) {
      problems.push(problem(`${inlineCode(NEXT_STEP_FIELDS[name])} appears more than once.`, `Keep one ${inlineCode(`${NEXT_STEP_FIELDS[name]}…`)} on the line.`));
      continue;
    }
    seen.add(name);
    const checked = checkField(name, value, vocabulary);
    if (typeof checked === "string") values[name] = checked;
    else problems.push(problem(checked.message, checked.fix));
  }
  if (!seen.has("persona")) {
    problems.push(problem("The line names no persona.", `Add ${inlineCode("persona:<id>")}, one of: ${vocabulary.personas.map((p) => inlineCode(p.id)).join(", ") || "(no persona docs were found)"}.`));
  }
  for (const match of rest.matchAll(FIELD_LIKE)) {
    const name = match[1]!.toLowerCase();
    if (Object.hasOwn(NEXT_STEP_FIELDS, name)) continue;
    const near = closestMatch(name, Object.keys(NEXT_STEP_FIELDS));
    if (near !== undefined) problems.push(problem(`${inlineCode(`${match[1]}:`)} is not a field of a step.`, `Did you mean ${inlineCode(`${near}:${match[2]}`)}?`));
  }
  return { values, seen };
}

function checkField(name: NextStepField, value: string, vocabulary: StepVocabulary): string | { message: string; fix: string } {
  if (name === "due") {
    if (NEXT_STEP_DUE_PATTERN.test(value) && isCalendarDate(value)) return value;
    return { message: `${inlineCode(`due:${value}`)} is not a date.`, fix: "Write the date as `due:YYYY-MM-DD`, e.g. `due:2027-01-15`." };
  }
  return name === "persona" ? resolvePersonaValue(value, vocabulary) : resolvePhaseValue(value, vocabulary);
}

function readOwner(rest: string, problem: MakeProblem, problems: StepProblem[]) {
  const handles = [...rest.matchAll(NEXT_STEP_OWNER_PATTERN)].map((match) => `@${match[1]!}`);
  if (handles.length === 1) return parseHandle(handles[0]!);
  if (handles.length === 0) {
    problems.push(problem("The line names no owner.", "Add the one person (`@login`) or team (`@org/team`) who owns the step."));
  } else {
    problems.push(problem(`The line names ${handles.length} owners (${handles.map((h) => inlineCode(h)).join(", ")}); a step has exactly one.`, "Keep the owner's handle and name the others in words, or split the step into one line per owner."));
  }
  return undefined;
}

/**
 * The line's words without the fields and the owner. Issue references stay: the planner takes out the
 * one that links the tracking issue, once it knows which that is.
 */
function stepText(rest: string): string {
  return rest
    .replace(NEXT_STEP_FIELD_PATTERN, " ")
    .replace(NEXT_STEP_OWNER_PATTERN, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function referencesOf(text: string): number[] {
  const rest = NEXT_STEP_TASK_PATTERN.exec(text)?.[2] ?? text.replace(LIST_ITEM, "");
  const leading = LEADING_REFERENCE.exec(rest);
  const all = [...rest.matchAll(REFERENCE)].map((match) => Number(match[1]));
  const first = leading === null ? [] : [Number(leading[1])];
  return [...new Set([...first, ...all])];
}

function looksLikeStep(text: string): boolean {
  return new RegExp(NEXT_STEP_FIELD_PATTERN.source).test(text) || new RegExp(NEXT_STEP_OWNER_PATTERN.source).test(text);
}
