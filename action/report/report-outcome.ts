import type { CommandOutcome } from "../commands/command.js";
import type { ActionCore } from "../deps.js";

/** Carries out a command's outcome: annotations, outputs, the job summary, then the step's status. */
export async function reportOutcome(core: ActionCore, outcome: CommandOutcome): Promise<void> {
  for (const annotation of outcome.annotations) {
    if (annotation.level === "error") core.error(annotation.message, annotation.properties);
    else core.warning(annotation.message, annotation.properties);
  }
  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
  await core.writeSummary(outcome.summary);
  if (outcome.failure !== undefined) core.setFailed(outcome.failure);
}
