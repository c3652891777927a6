/** What `survey publish` did, or in a dry run would do, to one thing on GitHub. */
export type PublishAction = "create" | "update" | "unchanged" | "skipped";

export type PublishTarget = "label" | "analysis-issue" | "meeting-issue" | "heads-up-issue" | "heads-up-comment";

export interface PublishOperation {
  action: PublishAction;
  target: PublishTarget;
  /** `owner/name`. */
  repo: string;
  /** A persona name, an owner handle, a label name, the cycle's meeting. */
  subject: string;
  reason: string;
  /** The issue or comment, once it exists (never for a create in a dry run). */
  url?: string;
  number?: number;
  /** Things worth knowing that are not failures, e.g. a champion team without members. */
  notes?: string[];
}

export interface PublishReport {
  cycle: string;
  repo: string;
  dryRun: boolean;
  operations: PublishOperation[];
}

export const TARGET_NAMES: Readonly<Record<PublishTarget, string>> = {
  label: "label",
  "analysis-issue": "analysis issue",
  "meeting-issue": "review-meeting issue",
  "heads-up-issue": "heads-up issue",
  "heads-up-comment": "heads-up comment",
};

/** How many operations have each action. */
export function countActions(operations: readonly PublishOperation[]): Record<PublishAction, number> {
  const counts: Record<PublishAction, number> = { create: 0, update: 0, unchanged: 0, skipped: 0 };
  for (const operation of operations) counts[operation.action]++;
  return counts;
}

/** True when the run wrote (or, dry, would write) anything. */
export function hasChanges(report: PublishReport): boolean {
  return report.operations.some((operation) => operation.action === "create" || operation.action === "update");
}
