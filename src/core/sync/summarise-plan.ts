import type { Plan } from "../plan/operation.js";

export interface PlanSummary {
  labels: { create: number; rename: number; update: number; delete: number };
  files: { create: number; update: number };
  /** All operations together; zero means the repository is in sync. */
  operations: number;
  warnings: number;
}

/** Counts a plan's operations by kind and action, for a one-line summary or an Action output. */
export function summarisePlan(plan: Plan): PlanSummary {
  const summary: PlanSummary = {
    labels: { create: 0, rename: 0, update: 0, delete: 0 },
    files: { create: 0, update: 0 },
    operations: plan.operations.length,
    warnings: plan.warnings.length,
  };
  for (const operation of plan.operations) {
    if (operation.kind === "label") summary.labels[operation.action]++;
    else summary.files[operation.action]++;
  }
  return summary;
}

/** "3 label changes, 1 file change, 2 warnings." */
export function describePlanSummary(summary: PlanSummary): string {
  const labels = Object.values(summary.labels).reduce((sum, n) => sum + n, 0);
  const files = summary.files.create + summary.files.update;
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  return `${count(labels, "label change")}, ${count(files, "file change")}, ${count(summary.warnings, "warning")}.`;
}
