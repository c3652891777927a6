import type { PhaseDefinition } from "../config/phases.js";
import type { ParsedYaml } from "../yaml/parse-yaml.js";
import type { FrontMatter } from "./front-matter-schema.js";
import { matchPhase, splitTools } from "./match-phase.js";
import type { WorkflowStep } from "./persona.js";

/**
 * The workflow map written in front matter, each entry positioned at its phase key:
 *
 *     workflow:
 *       code-review: [GitHub]
 *       building: Bazel, BuildBuddy
 *       testing: { tools: [pytest], how: Runs the suite before every push }
 */
export function readFrontMatterWorkflow(
  workflow: FrontMatter["workflow"],
  yaml: Pick<ParsedYaml, "locate">,
  phases: readonly PhaseDefinition[],
): WorkflowStep[] {
  if (!workflow) return [];
  return Object.entries(workflow).map(([phase, entry]) => {
    const { tools, how } = typeof entry === "string" ? { tools: splitTools(entry), how: "" } : Array.isArray(entry) ? { tools: entry, how: "" } : { tools: entry.tools, how: entry.how ?? "" };
    return { phase: matchPhase(phase, phases) ?? phase, tools, how, ...yaml.locate(["workflow", phase]), source: "front-matter" as const };
  });
}
