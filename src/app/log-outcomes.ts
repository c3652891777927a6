import type { Context } from "probot";
import type { DecisionOutcome } from "../github/apply-decisions.js";

/**
 * One log line for what a routing flow did: the writes by status, then one warning per failure or
 * unsupported decision. Reasons name issues, labels and logins, never quote user text.
 */
export function logOutcomes(context: Context, concern: string, outcomes: readonly DecisionOutcome[]): void {
  const writes = outcomes.filter((outcome) => outcome.status !== "skipped");
  const summary = writes.length === 0 ? "nothing to do" : writes.map((outcome) => `${outcome.status} ${outcome.decision.kind}`).join(", ");
  context.log.info(`${concern}: ${summary}`);
  for (const outcome of outcomes) {
    if (outcome.status === "failed") context.log.warn(`${concern}: ${outcome.decision.kind} failed: ${outcome.error?.message ?? "unknown error"}`);
    if (outcome.status === "unsupported") context.log.warn(`${concern}: ${outcome.decision.kind} is unsupported here: ${outcome.detail ?? ""}`);
  }
}
