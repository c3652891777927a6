import type { FileOperation, LabelOperation, Operation, Plan } from "../core/plan/operation.js";
import { applyFileOperations, type FileDelivery, type FileOperationsResult } from "./apply-file-operations.js";
import { applyLabelOperation } from "./apply-label-operation.js";
import { PermissionError, RateLimitError } from "./errors.js";
import type { GitHubGateway } from "./gateway.js";

export interface ApplyPlanOptions extends FileDelivery {
  /** Report every operation as "planned" and send no request at all. */
  dryRun: boolean;
}

export type OutcomeStatus = "planned" | "applied" | "failed" | "skipped";

export interface Outcome {
  operation: Operation;
  status: OutcomeStatus;
  detail?: string;
  error?: Error;
}

export interface ApplyPlanResult {
  /** One per operation, in plan order. */
  outcomes: Outcome[];
  /** The sync pull request, when files went through one. */
  pullRequest?: { number: number; url: string; created: boolean };
  /** The commit holding the files, when there were file operations. */
  commit?: { sha: string; branch: string; changed: boolean };
}

/**
 * The one executor of plans, and the only place that knows about dry runs. Labels change one request
 * at a time; a failure is recorded and the rest carry on, except after a rate limit or a missing
 * permission, which would fail every later request the same way. Files change in one commit. Every
 * step converges, so running again after a partial failure finishes the job without duplicates.
 */
export async function applyPlan(gateway: GitHubGateway, plan: Plan, options: ApplyPlanOptions): Promise<ApplyPlanResult> {
  if (options.dryRun) {
    return { outcomes: plan.operations.map((operation) => ({ operation, status: "planned", ...plannedDetail(operation, options) })) };
  }
  const outcomes = new Map<Operation, Outcome>();
  const halted = await applyLabels(gateway, plan.operations.filter(isLabelOperation), outcomes);
  const files = plan.operations.filter((operation): operation is FileOperation => operation.kind === "file");
  let delivered: FileOperationsResult | undefined;
  if (files.length > 0 && halted instanceof RateLimitError) {
    for (const operation of files) outcomes.set(operation, notAttempted(operation, halted));
  } else if (files.length > 0) {
    try {
      delivered = await applyFileOperations(gateway, files, options);
      for (const operation of files) outcomes.set(operation, { operation, status: delivered.status, ...detailOf(delivered.detail) });
    } catch (error) {
      for (const operation of files) outcomes.set(operation, { operation, status: "failed", error: asError(error) });
    }
  }
  return {
    outcomes: plan.operations.map((operation) => outcomes.get(operation) ?? { operation, status: "skipped" }),
    ...(delivered?.pullRequest ? { pullRequest: delivered.pullRequest } : {}),
    ...(delivered ? { commit: delivered.commit } : {}),
  };
}

/** Applies label operations in order; returns the error that stopped them early, if one did. */
async function applyLabels(gateway: GitHubGateway, operations: readonly LabelOperation[], outcomes: Map<Operation, Outcome>): Promise<Error | undefined> {
  let halted: Error | undefined;
  for (const operation of operations) {
    if (halted !== undefined) {
      outcomes.set(operation, notAttempted(operation, halted));
      continue;
    }
    try {
      const result = await applyLabelOperation(gateway.labels, operation);
      outcomes.set(operation, { operation, ...result });
    } catch (error) {
      const failure = asError(error);
      outcomes.set(operation, { operation, status: "failed", error: failure });
      if (failure instanceof RateLimitError || failure instanceof PermissionError) halted = failure;
    }
  }
  return halted;
}

function plannedDetail(operation: Operation, options: FileDelivery): { detail?: string } {
  if (operation.kind !== "file") return {};
  const base = options.baseBranch ?? "the default branch";
  return { detail: options.via === "commit" ? `would commit to ${base}` : `would commit to ${options.branch} and open or update its pull request into ${base}` };
}

function notAttempted(operation: Operation, cause: Error): Outcome {
  return { operation, status: "skipped", detail: `not attempted after an earlier failure: ${cause.message}` };
}

function isLabelOperation(operation: Operation): operation is LabelOperation {
  return operation.kind === "label";
}

function detailOf(detail: string | undefined): { detail?: string } {
  return detail === undefined ? {} : { detail };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(`Unexpected non-error thrown: ${String(error)}`);
}
