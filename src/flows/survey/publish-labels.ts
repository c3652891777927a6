import type { LabelSpec } from "../../core/plan/operation.js";
import type { PublishOperation } from "../../core/publish/publish-operation.js";
import { ValidationFailedError } from "../../github/errors.js";
import type { GitHubGateway } from "../../github/gateway.js";
import { formatRepoRef } from "../../github/repo-ref.js";

/**
 * Creates the labels the published issues carry when the repository lacks them (one listing, then a
 * write per missing label), so GitHub does not invent them bare, without colour or description.
 * Existing labels are left exactly as they are: keeping them in shape is `sync`'s job.
 */
export async function ensureLabels(gateway: GitHubGateway, specs: readonly LabelSpec[], dryRun: boolean): Promise<PublishOperation[]> {
  const have = new Set((await gateway.labels.list()).map((label) => label.name.toLowerCase()));
  const repo = formatRepoRef(gateway.repoRef);
  const operations: PublishOperation[] = [];
  for (const spec of specs) {
    if (have.has(spec.name.toLowerCase())) continue;
    have.add(spec.name.toLowerCase());
    if (!dryRun) await createLabel(gateway, spec);
    operations.push({ action: "create", target: "label", repo, subject: spec.name, reason: "the published issues carry it and the repository does not have it yet" });
  }
  return operations;
}

async function createLabel(gateway: GitHubGateway, spec: LabelSpec): Promise<void> {
  try {
    await gateway.labels.create(spec);
  } catch (error) {
    // Someone (or a concurrent run) created it since the listing: that is the state we wanted.
    if (!(error instanceof ValidationFailedError && error.hasCode("already_exists"))) throw error;
  }
}
