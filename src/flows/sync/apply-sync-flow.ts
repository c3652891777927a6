import type { Plan } from "../../core/plan/operation.js";
import type { ValidationReport } from "../../core/validation-report.js";
import { applyPlan, type ApplyPlanResult } from "../../github/apply-plan.js";
import type { GitHubGateway, RequestStats } from "../../github/gateway.js";
import { planRepositorySync } from "./plan-sync-flow.js";
import { renderSyncPullRequest } from "./sync-pull-request.js";
import type { BlockedSync, RepoSource } from "./sync-request.js";
import { startCounting } from "./sync-stats.js";

export interface ApplySyncRequest {
  gateway: GitHubGateway;
  /** Where the persona docs come from; the files are always planned against the default branch on GitHub. */
  docs: RepoSource;
  configPath?: string | undefined;
  /** Overrides `sync.via` from the settings. */
  via?: "pr" | "commit" | undefined;
  /** Plan and report what would be done, writing nothing. */
  dryRun: boolean;
}

export interface AppliedSync {
  status: "applied";
  report: ValidationReport;
  plan: Plan;
  result: ApplyPlanResult;
  via: "pr" | "commit";
  /** True when at least one write reached GitHub. */
  changed: boolean;
  /** API calls of the whole sync, planning included. */
  stats: RequestStats;
}

export type ApplySyncResult = BlockedSync | AppliedSync;

/**
 * Plans against the repository on GitHub, then applies the plan: labels through the REST API, files in
 * one commit, through the sync pull request or straight onto the default branch. Every step converges,
 * so a run after a partial failure finishes the job, and a run right after a complete one writes nothing.
 */
export async function applyRepositorySync(request: ApplySyncRequest): Promise<ApplySyncResult> {
  const { gateway } = request;
  const stats = startCounting(gateway);
  const planned = await planRepositorySync({ mode: "online", gateway, docs: request.docs, files: { kind: "github" }, configPath: request.configPath });
  if (planned.status === "invalid") return { ...planned, stats: stats() };
  const { plan, report } = planned;
  const via = request.via ?? report.config.sync.via;
  const text = renderSyncPullRequest(plan);
  const result = await applyPlan(gateway, plan, {
    dryRun: request.dryRun,
    via,
    branch: report.config.sync.branch,
    commitMessage: text.commitMessage,
    prTitle: text.title,
    prBody: text.body,
  });
  const changed = result.outcomes.some((outcome) => outcome.status === "applied");
  return { status: "applied", report, plan, result, via, changed, stats: stats() };
}
