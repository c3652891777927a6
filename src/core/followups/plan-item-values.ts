import { findField, findOption, STATUS_NAMES, type FieldNames, type FieldValue, type ProjectFieldInfo } from "./project-shapes.js";

/** What a tracking issue says that its project item should show. */
export interface ItemFacts {
  state: "open" | "closed";
  /** The persona's display name. */
  persona?: string;
  due?: string;
  cycle?: string;
  owner?: string;
}

export interface FieldWrite {
  fieldId: string;
  fieldName: string;
  value: FieldValue;
  /** The value as a person reads it, for the plan. */
  display: string;
}

export interface ItemValuePlan {
  writes: FieldWrite[];
  notes: string[];
}

/**
 * The field values to write on one item: only those that differ from what the item holds, so a re-run
 * writes nothing. Status follows the issue: closed is Done; an open issue is set to Todo when it has no
 * status or shows Done (it was reopened), while any other status someone chose (In Progress) stays.
 * Cycle goes into a text field as text, or into an iteration field as the iteration titled like the
 * cycle, else the one whose dates hold the due date.
 */
export function planItemValues(fields: readonly ProjectFieldInfo[], current: Readonly<Record<string, FieldValue>> | undefined, facts: ItemFacts, names: FieldNames): ItemValuePlan {
  const plan: ItemValuePlan = { writes: [], notes: [] };
  const set = (field: ProjectFieldInfo, value: FieldValue, display: string) => {
    if (!sameValue(current?.[field.id], value)) plan.writes.push({ fieldId: field.id, fieldName: field.name, value, display });
  };
  planStatus(fields, current, facts, names.status, set);
  if (facts.persona !== undefined) planChoice(findField(fields, names.persona), facts.persona, set, plan);
  if (facts.due !== undefined) {
    const due = findField(fields, names.due);
    if (due?.dataType === "DATE") set(due, { date: facts.due }, facts.due);
    else if (due?.dataType === "TEXT") set(due, { text: facts.due }, facts.due);
  }
  if (facts.cycle !== undefined) planCycle(findField(fields, names.cycle), facts, set, plan);
  if (facts.owner !== undefined) planChoice(findField(fields, names.owner), facts.owner, set, plan);
  return plan;
}

type Setter = (field: ProjectFieldInfo, value: FieldValue, display: string) => void;

function planStatus(fields: readonly ProjectFieldInfo[], current: Readonly<Record<string, FieldValue>> | undefined, facts: ItemFacts, name: string, set: Setter): void {
  const field = findField(fields, name);
  if (field === undefined || field.dataType !== "SINGLE_SELECT") return;
  const done = findOption(field, STATUS_NAMES.done);
  if (facts.state === "closed") {
    if (done !== undefined) set(field, { singleSelectOptionId: done.id }, done.name);
    return;
  }
  const value = current?.[field.id];
  const chosen = value !== undefined && "singleSelectOptionId" in value ? value.singleSelectOptionId : undefined;
  const stillValid = chosen !== undefined && field.options.some((option) => option.id === chosen);
  if (stillValid && chosen !== done?.id) return;
  const todo = findOption(field, STATUS_NAMES.todo);
  if (todo !== undefined) set(field, { singleSelectOptionId: todo.id }, todo.name);
}

function planChoice(field: ProjectFieldInfo | undefined, text: string, set: Setter, plan: ItemValuePlan): void {
  if (field === undefined) return;
  if (field.dataType === "TEXT") {
    set(field, { text }, text);
  } else if (field.dataType === "SINGLE_SELECT") {
    const option = findOption(field, [text]);
    if (option !== undefined) set(field, { singleSelectOptionId: option.id }, option.name);
    else plan.notes.push(`The "${field.name}" field has no option "${text}".`);
  }
}

function planCycle(field: ProjectFieldInfo | undefined, facts: ItemFacts, set: Setter, plan: ItemValuePlan): void {
  if (field === undefined || facts.cycle === undefined) return;
  if (field.dataType !== "ITERATION") {
    planChoice(field, facts.cycle, set, plan);
    return;
  }
  const iteration = field.iterations.find((candidate) => candidate.title.trim().toLowerCase() === facts.cycle!.trim().toLowerCase()) ?? (facts.due === undefined ? undefined : field.iterations.find((candidate) => holds(candidate, facts.due!)));
  if (iteration !== undefined) set(field, { iterationId: iteration.id }, iteration.title);
  else plan.notes.push(`The "${field.name}" iteration field has no iteration titled "${facts.cycle}"${facts.due === undefined ? "" : ` or covering ${facts.due}`}.`);
}

/** Whether the iteration's days include the date (both `YYYY-MM-DD`, compared as UTC days). */
function holds(iteration: { startDate: string; duration: number }, date: string): boolean {
  const start = Date.parse(`${iteration.startDate}T00:00:00Z`);
  const day = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(start) && Number.isFinite(day) && day >= start && day < start + iteration.duration * 86_400_000;
}

function sameValue(a: FieldValue | undefined, b: FieldValue): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
