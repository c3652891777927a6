import type { DesiredIssue, IssueLink } from "../../core/publish/publication.js";
import type { PublishOperation, PublishTarget } from "../../core/publish/publish-operation.js";
import { indexByMarker, reconcileIssue, type ExistingIssue } from "../../core/publish/reconcile.js";
import { ValidationFailedError } from "../../github/errors.js";
import type { GitHubGateway, Issue } from "../../github/gateway.js";

export interface IssueWrites {
  operations: PublishOperation[];
  /** Where each desired issue is now, by its `key`; absent for issues a dry run would create. */
  links: Map<string, IssueLink>;
  /** The issues as found or written, by `key`, e.g. to read their authors. */
  issues: Map<string, Issue>;
}

const TARGETS: Readonly<Record<DesiredIssue["kind"], PublishTarget>> = {
  analysis: "analysis-issue",
  "heads-up": "heads-up-issue",
  meeting: "meeting-issue",
};

/**
 * Brings each desired issue about in `gateway`'s repository, one at a time and in order: finds it among
 * `existing` (one listing of the label, made by the caller) by its marker, then creates it, rewrites its generated part and
 * adds missing labels, or leaves it alone. A dry run only records what it would do.
 */
export async function writeIssues(gateway: GitHubGateway, desired: readonly DesiredIssue[], existing: readonly Issue[], dryRun: boolean): Promise<IssueWrites> {
  const found = indexByMarker(existing, desired.map((issue) => issue.marker));
  const result: IssueWrites = { operations: [], links: new Map(), issues: new Map() };
  for (const issue of desired) {
    const current = found.get(issue.marker);
    const change = reconcileIssue(issue, current === undefined ? undefined : toExisting(current));
    const base = { target: TARGETS[issue.kind], repo: issue.repo, subject: issue.subject, reason: change.reason, ...(issue.notes.length > 0 && change.action === "create" ? { notes: issue.notes } : {}) };
    let written = current;
    if (change.action === "create" && !dryRun) written = await createIssue(gateway, issue);
    if (change.action === "update" && current !== undefined && !dryRun) written = await updateIssue(gateway, current, change.body, change.addLabels);
    if (written !== undefined) {
      result.links.set(issue.key, { number: written.number, url: written.htmlUrl });
      result.issues.set(issue.key, written);
    }
    result.operations.push({ ...base, action: change.action, ...(written === undefined ? {} : { url: written.htmlUrl, number: written.number }) });
  }
  return result;
}

function toExisting(issue: Issue): ExistingIssue {
  return { number: issue.number, body: issue.body, labels: issue.labels, url: issue.htmlUrl };
}

/**
 * Creates the issue with its assignees. GitHub rejects the whole request when one assignee cannot be
 * assigned (not a collaborator), so then the issue is created without them and they are added
 * afterwards, which skips the ones GitHub refuses.
 */
async function createIssue(client: GitHubGateway, issue: DesiredIssue): Promise<Issue> {
  const input = { title: issue.title, body: issue.body, labels: issue.labels };
  if (issue.assignees.length === 0) return client.issues.create(input);
  try {
    return await client.issues.create({ ...input, assignees: issue.assignees });
  } catch (error) {
    if (!(error instanceof ValidationFailedError) || !error.errors.some((failure) => failure.field === "assignees")) throw error;
    const created = await client.issues.create(input);
    await client.issues.addAssignees(created.number, issue.assignees);
    return (await client.issues.get(created.number)) ?? created;
  }
}

async function updateIssue(gateway: GitHubGateway, current: Issue, body: string | undefined, addLabels: readonly string[]): Promise<Issue> {
  if (addLabels.length > 0) await gateway.issues.addLabels(current.number, addLabels);
  return body === undefined ? current : gateway.issues.update(current.number, { body });
}
