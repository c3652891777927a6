import type { Config } from "../../core/config/config-schema.js";
import type { Persona } from "../../core/persona/persona.js";
import type { Operation, Plan } from "../../core/plan/operation.js";
import { personaLabel } from "../../core/sync/desired-labels.js";

/** Why the labels of a plan were not compared with GitHub's. */
export type UncheckedReason = "no token" | "no repository";

/** What every front end says when the labels were not compared with GitHub's. */
export function labelsNotChecked(reason: UncheckedReason = "no token"): string {
  const fix = reason === "no token" ? "set GITHUB_TOKEN (and name the repository)" : "name the repository with --repo or GITHUB_REPOSITORY";
  return `labels: not checked against GitHub (${reason}); these would be ensured. To see what would really change, ${fix}.`;
}

/**
 * Rewords the label operations of an offline plan. Planned against no labels at all, every label comes
 * out as a "create" whose reason claims it is missing, which nobody checked; each reason instead says
 * which label it is and that it would be ensured.
 */
export function markLabelsUnchecked(plan: Plan, personas: readonly Persona[], config: Pick<Config, "labels">): Plan {
  const owners = new Map(personas.map((persona) => [personaLabel(persona, config).spec.name.toLowerCase(), persona] as const));
  const reword = (operation: Operation): Operation => {
    if (operation.kind !== "label" || operation.action !== "create") return operation;
    const persona = owners.get(operation.label.name.toLowerCase());
    const status = persona === undefined || persona.status === "active" ? "" : ` (${persona.status})`;
    const what = persona === undefined ? "workflow label persona-governance uses" : `label of persona ${persona.name}${status}`;
    return { ...operation, reason: `${what}; would be ensured (not checked against GitHub)` };
  };
  return { operations: plan.operations.map(reword), warnings: plan.warnings };
}
