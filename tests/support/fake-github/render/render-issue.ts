import type { Urls } from "../handler-types.js";
import { isOrgMember } from "../state/lookup.js";
import type { CommentRecord, FakeState, IssueRecord, ReactionRecord, RepoRecord } from "../state/records.js";
import { renderLabel } from "./render-label.js";
import { renderUser } from "./render-user.js";

const REACTIONS = ["+1", "-1", "laugh", "hooray", "confused", "heart", "rocket", "eyes"];

/** GitHub's author_association of a login on a repository. */
export function authorAssociation(state: FakeState, repo: RepoRecord, login: string): string {
  if (repo.owner.toLowerCase() === login.toLowerCase()) return "OWNER";
  if (isOrgMember(state, repo.owner, login)) return "MEMBER";
  if (repo.permissions.has(login.toLowerCase())) return "COLLABORATOR";
  return "NONE";
}

function reactionSummary(url: string, reactions: readonly ReactionRecord[]): Record<string, unknown> {
  const counts = Object.fromEntries(REACTIONS.map((c) => [c, reactions.filter((r) => r.content === c).length]));
  return { url, total_count: reactions.length, ...counts };
}

/** GitHub's `issue` (pull requests carry the `pull_request` key, as in the issues API). */
export function renderIssue(state: FakeState, urls: Urls, repo: RepoRecord, issue: IssueRecord): Record<string, unknown> {
  const repoApi = `${urls.api}/repos/${repo.owner}/${repo.name}`;
  const api = `${repoApi}/issues/${issue.number}`;
  const html = `${urls.html}/${repo.owner}/${repo.name}/${issue.isPullRequest ? "pull" : "issues"}/${issue.number}`;
  const labels = issue.labelIds.flatMap((id) => repo.labels.filter((l) => l.id === id)).map((l) => renderLabel(urls, repo, l));
  const assignees = issue.assignees.map((login) => renderUser(state, urls, login));
  const pullApi = `${repoApi}/pulls/${issue.number}`;
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url: api,
    repository_url: repoApi,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(state, urls, issue.user),
    labels,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: repo.comments.filter((c) => c.issueNumber === issue.number).length,
    ...(issue.isPullRequest
      ? { pull_request: { url: pullApi, html_url: html, diff_url: `${html}.diff`, patch_url: `${html}.patch`, merged_at: null } }
      : {}),
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: null,
    author_association: authorAssociation(state, repo, issue.user),
    reactions: reactionSummary(`${api}/reactions`, issue.reactions),
    timeline_url: `${api}/timeline`,
  };
}

/** GitHub's `issue-comment`. */
export function renderComment(state: FakeState, urls: Urls, repo: RepoRecord, comment: CommentRecord): Record<string, unknown> {
  const repoApi = `${urls.api}/repos/${repo.owner}/${repo.name}`;
  const issue = repo.issues.get(comment.issueNumber);
  const kind = issue?.isPullRequest ? "pull" : "issues";
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: `${repoApi}/issues/comments/${comment.id}`,
    html_url: `${urls.html}/${repo.owner}/${repo.name}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApi}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: renderUser(state, urls, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: authorAssociation(state, repo, comment.user),
    reactions: reactionSummary(`${repoApi}/issues/comments/${comment.id}/reactions`, comment.reactions),
  };
}

/** GitHub's `reaction`. */
export function renderReaction(state: FakeState, urls: Urls, reaction: ReactionRecord): Record<string, unknown> {
  return {
    id: reaction.id,
    node_id: reaction.nodeId,
    user: renderUser(state, urls, reaction.user),
    content: reaction.content,
    created_at: reaction.createdAt,
  };
}
