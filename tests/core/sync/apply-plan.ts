import type { LabelSpec, Operation, Plan } from "../../../src/core/plan/operation.js";
import type { SyncState } from "../../../src/core/sync/plan-sync.js";

/**
 * What the repository looks like after a plan is applied, the way GitHub would do it: label names
 * match case-insensitively, a rename keeps the label, files are replaced whole. Used to check that
 * planning again against the result finds nothing left to do.
 */
export function applyPlan(state: SyncState, plan: Plan): SyncState {
  const files = new Map(state.files);
  const paths = new Set(state.paths);
  for (const operation of plan.operations) {
    if (operation.kind !== "file") continue;
    files.set(operation.target, operation.content);
    paths.add(operation.target);
  }
  return { labels: applyLabelOperations(state.labels, plan.operations), files, paths };
}

export function applyLabelOperations(labels: readonly LabelSpec[], operations: readonly Operation[]): LabelSpec[] {
  let result = [...labels];
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  for (const operation of operations) {
    if (operation.kind !== "label") continue;
    if (operation.action === "create") {
      if (result.some((label) => same(label.name, operation.label.name))) throw new Error(`label ${operation.label.name} already exists`);
      result.push({ ...operation.label });
    } else if (operation.action === "delete") {
      result = result.filter((label) => !same(label.name, operation.target));
    } else {
      const index = result.findIndex((label) => same(label.name, operation.target));
      if (index < 0) throw new Error(`label ${operation.target} does not exist`);
      result[index] = { ...operation.label };
    }
  }
  return result;
}
