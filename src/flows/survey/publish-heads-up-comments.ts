import type { DesiredComment, PublishInput } from "../../core/publish/publication.js";
import type { PublishOperation } from "../../core/publish/publish-operation.js";
import { planHeadsUps } from "../../core/publish/plan-heads-ups.js";
import { reconcileComment } from "../../core/publish/reconcile.js";
import type { PublishLinks } from "../../core/publish/render-heads-up.js";
import type { Comment, GitHubGateway, Issue } from "../../github/gateway.js";

export interface HeadsUpCommentInput {
  publish: PublishInput;
  /** Persona ids being published. */
  personas: ReadonlySet<string>;
  /** The analysis issues that exist (after this run's writes), by persona id. */
  analysisIssues: ReadonlyMap<string, Issue>;
  links: PublishLinks;
  dryRun: boolean;
}

/**
 * Heads-ups as comments on the analysis issues (`survey.headsUp.mode: comment`). Each analysis issue's
 * comments are listed once. Only comments written by the account that wrote the issue count as ours,
 * since anyone can paste a marker into a comment; the owner's mention stays in the comment that holds
 * it from an earlier run, so it is never sent again from a new one.
 */
export async function writeHeadsUpComments(gateway: GitHubGateway, input: HeadsUpCommentInput): Promise<PublishOperation[]> {
  const first = planHeadsUps(input.publish, { personas: input.personas, links: input.links });
  const existing = await listOwnComments(gateway, input.analysisIssues, new Set(first.comments.map((comment) => comment.persona)));
  const holders = findMentionHolders(first.comments, existing);
  const { comments } = planHeadsUps(input.publish, { personas: input.personas, links: input.links, mentionHolders: holders });
  const operations: PublishOperation[] = [];
  for (const desired of comments) {
    const issue = input.analysisIssues.get(desired.persona);
    const current = existing.get(desired.persona)?.find((comment) => comment.body.includes(desired.marker));
    const change = reconcileComment(desired, current === undefined ? undefined : { id: current.id, body: current.body, url: current.htmlUrl });
    const base = { target: "heads-up-comment" as const, repo: input.publish.repo, subject: desired.subject, reason: change.reason };
    if (issue === undefined) {
      // Only in a dry run: the analysis issue it belongs on would be created first.
      operations.push({ ...base, action: "create", reason: "its analysis issue is created first" });
      continue;
    }
    let written = current;
    if (!input.dryRun && change.action === "create") written = await gateway.comments.create(issue.number, desired.body);
    if (!input.dryRun && change.action === "update") written = await gateway.comments.update(change.existing.id, desired.body);
    operations.push({ ...base, action: change.action, number: issue.number, ...(written === undefined ? {} : { url: written.htmlUrl }) });
  }
  return operations;
}

async function listOwnComments(gateway: GitHubGateway, issues: ReadonlyMap<string, Issue>, personas: ReadonlySet<string>): Promise<Map<string, Comment[]>> {
  const comments = new Map<string, Comment[]>();
  for (const persona of personas) {
    const issue = issues.get(persona);
    if (issue === undefined) continue;
    const author = issue.author?.toLowerCase();
    const all = await gateway.comments.list(issue.number);
    comments.set(persona, all.filter((comment) => author === undefined || comment.author?.toLowerCase() === author));
  }
  return comments;
}

/** Owner key → persona whose existing heads-up comment mentions the owner for real. */
function findMentionHolders(desired: readonly DesiredComment[], existing: ReadonlyMap<string, Comment[]>): Map<string, string> {
  const holders = new Map<string, string>();
  for (const comment of desired) {
    const found = existing.get(comment.persona)?.find((candidate) => candidate.body.includes(comment.marker));
    const owner = comment.subject;
    if (found !== undefined && !holders.has(comment.key) && found.body.includes(`\n${owner}:`)) holders.set(comment.key, comment.persona);
  }
  return holders;
}
