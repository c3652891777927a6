import type { PersonaAnalysis } from "../survey/survey-analysis.js";
import { previousNextSteps } from "./previous-next-steps.js";
import { renderPreviousSteps } from "./render-previous-steps.js";
import type { TrackingIssue } from "./tracking-issue.js";

/**
 * The "Next steps from <previous cycle>" section for one persona's survey report: the steps agreed
 * for it after the previous survey, each beside the pain point it addressed and where that pain
 * point ranks now. `tracking` is every tracking issue (any meeting); only the persona's steps of
 * `previousCycle` are shown.
 *
 * @param heading the Markdown heading marks, e.g. `##` in a report file
 */
export function previousStepsSection(persona: Pick<PersonaAnalysis, "id" | "painPoints">, tracking: readonly TrackingIssue[], options: { previousCycle: string; phases: readonly { id: string; name: string }[]; heading: string }): string {
  const steps = previousNextSteps(tracking, persona.id, options.previousCycle);
  const currentRanks = new Map(persona.painPoints.map((point) => [point.phase, point.rank] as const));
  const names = new Map(options.phases.map((phase) => [phase.id, phase.name] as const));
  return renderPreviousSteps(steps, { heading: options.heading, cycle: options.previousCycle, phaseName: (id) => names.get(id) ?? id, currentRanks });
}
