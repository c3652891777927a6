import { describePlanSummary, summarisePlan } from "../../core/sync/summarise-plan.js";
import type { ApplySyncResult } from "../sync/apply-sync-flow.js";
import { countByStatus } from "../sync/render-apply-text.js";
import { describeRequestStats } from "../sync/sync-stats.js";

/** One log line for a sync the App ran: what it changed, through which pull request, at what cost. */
export function describeSync(result: ApplySyncResult): string {
  const cost = describeRequestStats(result.stats, result.report.personas.length);
  if (result.status === "invalid") {
    const { errors } = result.report.counts;
    return `sync skipped: the persona docs have ${errors} error${errors === 1 ? "" : "s"} (see the "Persona docs" check of the pull request that brought them); ${cost}`;
  }
  if (result.plan.operations.length === 0) return `sync: already in sync; ${cost}`;
  const pull = result.result.pullRequest;
  const where = pull === undefined ? `via ${result.via}` : `via pull request #${pull.number} (${pull.created ? "opened" : "updated"})`;
  const failures = [...new Set(result.result.outcomes.flatMap((outcome) => (outcome.error === undefined ? [] : [outcome.error.message])))];
  const failed = failures.length === 0 ? "" : `; failed: ${failures.join(" | ")}`;
  return `sync: ${describePlanSummary(summarisePlan(result.plan))} ${countByStatus(result.result.outcomes)} ${where}; ${cost}${failed}`;
}
