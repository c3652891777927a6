/**
 * The GitHub edge: everything else reaches GitHub through these exports, never through Octokit.
 */
export { applyPlan, type ApplyPlanOptions, type ApplyPlanResult, type Outcome, type OutcomeStatus } from "./apply-plan.js";
export { createOctokit, type CreateOctokitOptions } from "./create-octokit.js";
export { createOctokitGateway } from "./create-octokit-gateway.js";
export { GitHubError, NotFoundError, PermissionError, RateLimitError, ValidationFailedError, type ValidationFailure } from "./errors.js";
export type * from "./gateway.js";
export type { OctokitClient } from "./octokit-client.js";
export { parseProjectUrl } from "./parse-project-url.js";
export { formatRepoRef, parseRepoRef } from "./repo-ref.js";
export { snapshotFromGitHub, snapshotRequestFor, type SnapshotRequest } from "./snapshot-from-github.js";
