import type { LabelOperation } from "../core/plan/operation.js";
import { NotFoundError, ValidationFailedError } from "./errors.js";
import type { LabelsGateway } from "./gateway.js";

/** What happened to one operation; `applyPlan` adds the operation itself. */
export interface OperationResult {
  status: "applied" | "skipped";
  detail?: string;
}

/**
 * Applies one label operation so that it converges whatever state a previous, interrupted run left:
 * a create that finds the label updates it, an update that finds nothing creates it, and a rename
 * whose old name is gone finishes on the new name. A delete never removes a label that is in use.
 */
export async function applyLabelOperation(labels: LabelsGateway, operation: LabelOperation): Promise<OperationResult> {
  switch (operation.action) {
    case "create":
      try {
        await labels.create(operation.label);
        return { status: "applied" };
      } catch (error) {
        if (!(error instanceof ValidationFailedError && error.hasCode("already_exists"))) throw error;
        await labels.update(operation.label.name, operation.label);
        return { status: "applied", detail: "the label already existed; updated it to match" };
      }
    case "update":
      return updateOrCreate(labels, operation.target, operation);
    case "rename":
      return renameLabel(labels, operation);
    case "delete":
      return deleteUnusedLabel(labels, operation.target);
  }
}

async function updateOrCreate(labels: LabelsGateway, name: string, operation: Extract<LabelOperation, { label: unknown }>): Promise<OperationResult> {
  try {
    await labels.update(name, operation.label);
    return { status: "applied" };
  } catch (error) {
    if (!isMissing(error)) throw error;
    await labels.create(operation.label);
    return { status: "applied", detail: `no label "${name}" existed; created "${operation.label.name}"` };
  }
}

async function renameLabel(labels: LabelsGateway, operation: Extract<LabelOperation, { action: "rename" }>): Promise<OperationResult> {
  try {
    await labels.update(operation.target, operation.label);
    return { status: "applied" };
  } catch (error) {
    if (error instanceof ValidationFailedError && error.hasCode("already_exists")) {
      throw new ValidationFailedError(
        `Cannot rename label "${operation.target}" to "${operation.label.name}": a label with the new name already exists. Merge them by hand (move the issues, delete one label), then run again.`,
        { cause: error, status: error.status, request: error.request, errors: error.errors },
      );
    }
    if (!isMissing(error)) throw error;
  }
  // The old name is gone: an earlier run may have renamed it already.
  const result = await updateOrCreate(labels, operation.label.name, operation);
  return { ...result, detail: result.detail ?? `"${operation.target}" was already renamed; updated "${operation.label.name}"` };
}

async function deleteUnusedLabel(labels: LabelsGateway, name: string): Promise<OperationResult> {
  const inUse = await labels.countIssues(name);
  if (inUse > 0) {
    const who = inUse === 1 ? "1 issue or pull request still carries it" : `${inUse} issues or pull requests still carry it`;
    return { status: "skipped", detail: `kept: ${who}` };
  }
  const deleted = await labels.delete(name);
  return deleted ? { status: "applied" } : { status: "skipped", detail: "already deleted" };
}

function isMissing(error: unknown): boolean {
  return error instanceof NotFoundError && error.subject === "resource";
}
