import type { Config } from "../config/config-schema.js";
import type { Persona } from "../persona/persona.js";
import type { LabelOperation, LabelSpec, PlanWarning } from "../plan/operation.js";
import { compareText } from "./compare-text.js";
import { desiredLabelWarnings, personaLabel, type PersonaLabel } from "./desired-labels.js";
import { planLabelDeletes } from "./plan-label-deletes.js";

export interface LabelPlan {
  operations: LabelOperation[];
  warnings: PlanWarning[];
}

const ACTION_ORDER: Record<LabelOperation["action"], number> = { create: 0, rename: 1, update: 2, delete: 3 };

/**
 * What to do to the repository's labels so the desired ones exist. GitHub compares label names
 * case-insensitively, and so does this. A persona label that is missing while one of its earlier names
 * exists is renamed, so its issues keep it. Labels that are neither desired nor an earlier name are
 * never touched; only labels listed in `labels.delete` are deleted, and only when `labelUsage` shows
 * that no issue uses them.
 *
 * @param labelUsage issue counts by label name, for the labels listed in `labels.delete`
 */
export function planLabels(
  desired: readonly LabelSpec[],
  current: readonly LabelSpec[],
  personas: readonly Persona[],
  config: Pick<Config, "labels">,
  labelUsage?: Readonly<Record<string, number>>,
): LabelPlan {
  const existing = new Map(current.map((label) => [label.name.toLowerCase(), label]));
  const desiredKeys = new Set(desired.map((label) => label.name.toLowerCase()));
  const owners = new Map(personas.map((persona) => personaLabel(persona, config)).map((owned) => [owned.spec.name.toLowerCase(), owned]));
  const renamed = new Set<string>();
  const operations: LabelOperation[] = [];
  const warnings = desiredLabelWarnings(personas, config);
  for (const spec of desired) {
    const owner = owners.get(spec.name.toLowerCase());
    const earlier = (owner?.previousNames ?? [])
      .map((name) => existing.get(name.toLowerCase()))
      .filter((label): label is LabelSpec => label !== undefined)
      .filter((label) => !desiredKeys.has(label.name.toLowerCase()) && !renamed.has(label.name.toLowerCase()));
    const present = existing.get(spec.name.toLowerCase());
    if (present !== undefined) {
      const update = updateOperation(present, spec, owner);
      if (update) operations.push(update);
      for (const old of earlier) warnings.push(bothExistWarning(owner, old.name, present.name));
      continue;
    }
    const [from, ...others] = earlier;
    if (from === undefined) {
      operations.push({ kind: "label", action: "create", target: spec.name, label: spec, reason: createReason(owner) });
      continue;
    }
    renamed.add(from.name.toLowerCase());
    operations.push({ kind: "label", action: "rename", target: from.name, label: spec, reason: renameReason(owner, from.name, config) });
    for (const old of others) warnings.push(bothExistWarning(owner, old.name, spec.name));
  }
  const deletes = planLabelDeletes(config, existing, desiredKeys, renamed, labelUsage);
  return { operations: sortLabelOperations([...operations, ...deletes.operations]), warnings: [...warnings, ...deletes.warnings] };
}

/** Labels in the order a reviewer reads them: creates, renames, updates, deletes, each by name. */
export function sortLabelOperations(operations: readonly LabelOperation[]): LabelOperation[] {
  return [...operations].sort((a, b) => ACTION_ORDER[a.action] - ACTION_ORDER[b.action] || compareText(a.target, b.target));
}

/** Which of name, colour and description differ; colours compare as hex, so case does not count. */
export function labelChanges(current: LabelSpec, desired: LabelSpec): string[] {
  const changes: string[] = [];
  if (current.name !== desired.name) changes.push("name");
  if (current.color.replace(/^#/, "").toLowerCase() !== desired.color.toLowerCase()) changes.push("color");
  if ((current.description ?? "") !== desired.description) changes.push("description");
  return changes;
}

function updateOperation(present: LabelSpec, spec: LabelSpec, owner: PersonaLabel | undefined): LabelOperation | undefined {
  const changes = labelChanges(present, spec);
  if (changes.length === 0) return undefined;
  const what = owner === undefined ? "workflow label" : `label of persona ${owner.persona.name}`;
  const retired = owner?.persona.status === "retired" && changes.includes("color") ? ` (persona ${owner.persona.name} is retired)` : "";
  const reason = `${what} out of date: ${changes.map(describeChange).join(", ")}${retired}`;
  return { kind: "label", action: "update", target: present.name, label: spec, changes, reason };
}

function describeChange(change: string): string {
  return change === "name" ? "name case" : change === "color" ? "colour" : change;
}

function createReason(owner: PersonaLabel | undefined): string {
  if (owner === undefined) return "workflow label persona-governance uses";
  const status = owner.persona.status === "active" ? "" : ` (${owner.persona.status})`;
  return `persona ${owner.persona.name}${status} has no label yet`;
}

function renameReason(owner: PersonaLabel | undefined, from: string, config: Pick<Config, "labels">): string {
  if (owner === undefined) return `renamed from ${from}`;
  const previous = owner.persona.previously.find((old) => `${config.labels.prefix}${old}`.toLowerCase() === from.toLowerCase());
  if (previous !== undefined) return `persona ${owner.persona.name} renamed from ${previous}`;
  return `persona ${owner.persona.name} now sets its own label name (label.name)`;
}

function bothExistWarning(owner: PersonaLabel | undefined, old: string, current: string): PlanWarning {
  const persona = owner?.persona;
  return {
    file: persona?.file ?? "",
    line: persona?.keyLines["previously"] ?? persona?.keyLines["name"] ?? 1,
    rule: "label-rename-conflict",
    message: `both "${old}" (an earlier name of persona ${persona?.name ?? current}) and "${current}" exist, so nothing was renamed; move the issues from "${old}" to "${current}" by hand, then list "${old}" under labels.delete`,
  };
}
