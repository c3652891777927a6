import type { Plan, PlanWarning } from "../plan/operation.js";

export interface PlanJson {
  operations: {
    kind: "label" | "file";
    target: string;
    action: string;
    reason: string;
    /** The label as it will be, for label creates, renames and updates. */
    label?: { name: string; color: string; description: string };
    changes?: string[];
    diff?: string;
  }[];
  warnings: PlanWarning[];
}

/** The plan in the shape `persona-gov plan --format json` prints; file contents are left out, diffs kept. */
export function planToJson(plan: Plan): PlanJson {
  return {
    operations: plan.operations.map((operation) => {
      const base = { kind: operation.kind, target: operation.target, action: operation.action, reason: operation.reason };
      if (operation.kind === "file") return { ...base, diff: operation.diff };
      if (operation.action === "delete") return base;
      return operation.action === "update" ? { ...base, label: operation.label, changes: operation.changes } : { ...base, label: operation.label };
    }),
    warnings: plan.warnings,
  };
}

/** `planToJson` as indented JSON text with a final newline. */
export function renderPlanJson(plan: Plan): string {
  return `${JSON.stringify(planToJson(plan), null, 2)}\n`;
}
