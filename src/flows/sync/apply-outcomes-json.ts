import type { ApplyPlanResult, OutcomeStatus } from "../../github/apply-plan.js";

export interface OutcomeJson {
  kind: "label" | "file";
  target: string;
  action: string;
  status: OutcomeStatus;
  detail?: string;
  error?: string;
}

export interface ApplyResultJson {
  outcomes: OutcomeJson[];
  pullRequest?: { number: number; url: string; created: boolean };
  commit?: { sha: string; branch: string; changed: boolean };
}

/** What `persona-gov apply --format json` adds to the plan: what happened to each operation. */
export function applyResultToJson(result: ApplyPlanResult): ApplyResultJson {
  return {
    outcomes: result.outcomes.map(({ operation, status, detail, error }) => ({
      kind: operation.kind,
      target: operation.target,
      action: operation.action,
      status,
      ...(detail === undefined ? {} : { detail }),
      ...(error === undefined ? {} : { error: error.message }),
    })),
    ...(result.pullRequest === undefined ? {} : { pullRequest: result.pullRequest }),
    ...(result.commit === undefined ? {} : { commit: result.commit }),
  };
}
