import type { Plan } from "../../core/plan/operation.js";
import type { ValidationReport } from "../../core/validation-report.js";
import type { GitHubGateway, RequestStats } from "../../github/gateway.js";

/** A local checkout of the repository, at `root`. */
export interface CheckoutSource {
  kind: "checkout";
  root: string;
}

/** The repository on GitHub, at a branch, tag or commit (the default branch when `ref` is omitted). */
export interface GitHubSource {
  kind: "github";
  ref?: string;
}

export type RepoSource = CheckoutSource | GitHubSource;

/**
 * What a sync is planned from. Offline (no token), everything comes from one checkout and the labels
 * are not checked. Online, the labels come from GitHub, and the persona docs and the current managed
 * files each come from a checkout or from GitHub: the CLI reads both from GitHub, an Action on a pull
 * request reads both from the PR's checkout (so the plan shows what merging would change), and an
 * Action on a push reads the docs from the checkout but the files from GitHub, which the commit builds on.
 */
export type PlanSyncRequest =
  | { mode: "offline"; root: string; configPath?: string | undefined }
  | { mode: "online"; gateway: GitHubGateway; docs: RepoSource; files: RepoSource; configPath?: string | undefined };

/** The persona docs have errors, so no plan was made: it would be built on broken docs. */
export interface BlockedSync {
  status: "invalid";
  report: ValidationReport;
  stats: RequestStats;
}

export interface PlannedSync {
  status: "planned";
  report: ValidationReport;
  plan: Plan;
  /** False offline: the label operations list what would be ensured, not what is missing. */
  labelsChecked: boolean;
  /** API calls the planning made (zero offline). */
  stats: RequestStats;
}

export type SyncPlanResult = BlockedSync | PlannedSync;
