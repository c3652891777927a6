import { tableCell } from "../text/safe-markdown.js";
import type { PreviousStep } from "./previous-next-steps.js";

const STATE_TEXT: Record<PreviousStep["state"], string> = { done: "✅ done", "not planned": "closed, not planned", dropped: "dropped", open: "⏳ still open" };

/**
 * The "Next steps from the last cycle" section of a persona's survey report: each step beside the
 * pain point it addressed and that pain point's rank now, so champions see whether the work helped.
 *
 * @param currentRanks rank of each phase among the persona's pain points in this survey
 */
export function renderPreviousSteps(
  steps: readonly PreviousStep[],
  options: { heading: string; cycle?: string; phaseName: (id: string) => string; currentRanks: ReadonlyMap<string, number> },
): string {
  const since = options.cycle === undefined ? "the last cycle" : options.cycle;
  if (steps.length === 0) return `${options.heading} Next steps from ${since}\n\nNo next steps were tracked for this persona in ${since}.`;
  const rows = steps.map((step) => {
    const pain = step.pain === undefined ? "–" : tableCell(options.phaseName(step.pain));
    const rank = step.pain === undefined ? "–" : (options.currentRanks.get(step.pain)?.toString() ?? "not mentioned");
    return `| ${pain} | ${rank} | [#${step.issue}](${step.url}) ${tableCell(step.title)} | ${STATE_TEXT[step.state]} | ${step.due ?? "–"} |`;
  });
  const done = steps.filter((step) => step.state === "done").length;
  return [
    `${options.heading} Next steps from ${since}`,
    `${done} of ${steps.length} next steps agreed after ${since} are done. Each is shown beside the pain point it addressed and where that pain point ranks in this survey.`,
    ["| Pain point | Rank now | Step | Status | Due |", "|---|---:|---|---|---|", ...rows].join("\n"),
  ].join("\n\n");
}
