import { NEXT_STEP_LABEL } from "../../core/followups/step-labels.js";
import type { TrackingIssue } from "../../core/followups/tracking-issue.js";
import { readTrackingRecord } from "../../core/followups/tracking-marker.js";
import type { GitHubGateway } from "../../github/gateway.js";

/**
 * Every tracking issue of one survey cycle, whichever meeting agreed it: what the next survey's
 * report shows as "next steps from the previous cycle". One listing of the `next-step` issues.
 */
export async function listCycleSteps(gateway: GitHubGateway, cycle: string): Promise<TrackingIssue[]> {
  const issues = await gateway.issues.list({ labels: [NEXT_STEP_LABEL], state: "all" });
  return issues.flatMap((issue) => {
    const record = readTrackingRecord(issue.body);
    return record !== undefined && record.cycle === cycle && !issue.isPullRequest ? [{ issue, record }] : [];
  });
}
