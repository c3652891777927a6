import { findField, findOption, STATUS_NAMES, type FieldNames, type ProjectFieldInfo } from "./project-shapes.js";

export interface NewFieldPlan {
  name: string;
  dataType: "TEXT" | "DATE" | "SINGLE_SELECT";
  options?: string[];
  reason: string;
}

export interface OptionReplacement {
  fieldId: string;
  fieldName: string;
  /** The whole new option list: the current options first, in order, then the missing ones. */
  options: string[];
  added: string[];
}

export interface ProjectFieldPlan {
  create: NewFieldPlan[];
  replace?: OptionReplacement;
  /** What could not be set up, in words a user can act on. */
  notes: string[];
}

/**
 * What the project needs before items can be filled in: the Persona, Due, Cycle and Owner fields
 * (created when missing, since the API allows it), and a Persona option per persona. GitHub cannot add
 * a single option: the whole list is replaced and every option gets a new id, so `replace` carries the
 * full list and the caller must re-set values afterwards. Status is GitHub's own field: its options
 * are never changed, a missing one is reported instead.
 */
export function planProjectFields(fields: readonly ProjectFieldInfo[], personaNames: readonly string[], names: FieldNames): ProjectFieldPlan {
  const plan: ProjectFieldPlan = { create: [], notes: [] };
  const status = findField(fields, names.status);
  if (status === undefined || status.dataType !== "SINGLE_SELECT") {
    plan.notes.push(`The project has no single-select "${names.status}" field, so items get no status. Name the status field in followups.fields.status.`);
  } else {
    const missing = Object.values(STATUS_NAMES).filter((aliases) => findOption(status, aliases) === undefined).map((aliases) => aliases[0]);
    if (missing.length > 0) {
      plan.notes.push(`The "${status.name}" field has no ${missing.map((name) => `"${name}"`).join(" or ")} option. Add ${missing.length === 1 ? "it" : "them"} on the board: persona-governance leaves the status options alone, since other automations rely on them.`);
    }
  }
  planPersonaField(fields, personaNames, names.persona, plan);
  planSimpleField(fields, names.due, "DATE", ["DATE", "TEXT"], plan);
  planSimpleField(fields, names.cycle, "TEXT", ["TEXT", "ITERATION", "SINGLE_SELECT"], plan);
  planSimpleField(fields, names.owner, "TEXT", ["TEXT", "SINGLE_SELECT"], plan);
  return plan;
}

function planPersonaField(fields: readonly ProjectFieldInfo[], personaNames: readonly string[], name: string, plan: ProjectFieldPlan): void {
  const field = findField(fields, name);
  if (field === undefined) {
    if (personaNames.length === 0) return;
    plan.create.push({ name, dataType: "SINGLE_SELECT", options: [...personaNames], reason: `the project has no "${name}" field; it is created with one option per persona` });
    return;
  }
  if (field.dataType === "TEXT") return;
  if (field.dataType !== "SINGLE_SELECT") {
    plan.notes.push(`The "${field.name}" field is a ${field.dataType.toLowerCase()} field, so the persona cannot go in it. Make it a single-select or a text field.`);
    return;
  }
  const added = personaNames.filter((persona) => findOption(field, [persona]) === undefined);
  if (added.length === 0) return;
  plan.replace = { fieldId: field.id, fieldName: field.name, options: [...field.options.map((option) => option.name), ...added], added };
}

function planSimpleField(fields: readonly ProjectFieldInfo[], name: string, createAs: "TEXT" | "DATE", accepted: readonly string[], plan: ProjectFieldPlan): void {
  const field = findField(fields, name);
  if (field === undefined) {
    plan.create.push({ name, dataType: createAs, reason: `the project has no "${name}" field` });
  } else if (!accepted.includes(field.dataType)) {
    plan.notes.push(`The "${field.name}" field is a ${field.dataType.toLowerCase()} field, which persona-governance cannot fill in; it takes ${accepted.map((type) => type.toLowerCase().replace("_", "-")).join(", ")} fields.`);
  }
}
