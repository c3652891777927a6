import { NEXT_STEP_LABEL } from "../../core/followups/step-labels.js";
import { readTrackingIssues, type TrackingIssue } from "../../core/followups/tracking-issue.js";
import type { GitHubGateway, Issue } from "../../github/gateway.js";

/**
 * The tracking issues of a meeting: one listing of the issues labelled `next-step`, plus any issue the
 * checklist links that is missing from it (someone removed the label). Those are read one by one and
 * kept only when their marker names this meeting, so a removed label never makes a step look new.
 */
export async function listTrackingIssues(gateway: GitHubGateway, meeting: number, references: readonly number[] = []): Promise<TrackingIssue[]> {
  const labelled = await gateway.issues.list({ labels: [NEXT_STEP_LABEL], state: "all" });
  const known = new Set(labelled.map((issue) => issue.number));
  const extra: Issue[] = [];
  for (const number of new Set(references)) {
    if (known.has(number) || number === meeting) continue;
    const issue = await gateway.issues.get(number);
    if (issue !== undefined && !issue.isPullRequest) extra.push(issue);
  }
  return readTrackingIssues([...labelled, ...extra].filter((issue) => !issue.isPullRequest), meeting);
}
