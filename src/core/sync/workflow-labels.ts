import type { Config } from "../config/config-schema.js";
import type { LabelSpec } from "../plan/operation.js";

/**
 * The labels the product's workflows put on issues. Their names are fixed because the App, the
 * routing and the follow-ups look for them by name; only the colour comes from the config.
 */
export const WORKFLOW_LABELS: readonly { name: string; description: string }[] = [
  { name: "persona-question", description: "A question for a persona's champions" },
  { name: "needs-persona", description: "A persona question that names no known persona yet: needs triage" },
  { name: "pain-point", description: "A pain point from a persona survey analysis" },
  { name: "heads-up", description: "Tells a tool's owners that a survey named their tool among the top pain points" },
  { name: "next-step", description: "A next step agreed after a persona survey review" },
  { name: "declined", description: "The champion declined this request; the reason is in a comment" },
  { name: "persona-health", description: "Health of the persona program: docs, champions and reviews" },
  { name: "survey-question", description: "A proposed survey question, for the persona's champions to accept or reject" },
];

/** The workflow labels as they should exist in the repository. */
export function workflowLabelSpecs(config: Pick<Config, "labels">): LabelSpec[] {
  const color = config.labels.workflowColor.toLowerCase();
  return WORKFLOW_LABELS.map((label) => ({ name: label.name, color, description: label.description }));
}
