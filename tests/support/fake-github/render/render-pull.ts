import type { Urls } from "../handler-types.js";
import { diffCommits, mergeBase } from "../state/diff-commits.js";
import type { FakeState, IssueRecord, PullRecord, RepoRecord } from "../state/records.js";
import { renderIssue } from "./render-issue.js";
import { renderRepo } from "./render-repo.js";
import { renderUser } from "./render-user.js";

function branchInfo(state: FakeState, urls: Urls, repo: RepoRecord, branch: string): Record<string, unknown> {
  return {
    label: `${repo.owner}:${branch}`,
    ref: branch,
    sha: repo.git.refs.get(`heads/${branch}`) ?? "0".repeat(40),
    user: renderUser(state, urls, repo.owner),
    repo: renderRepo(state, urls, repo),
  };
}

/** GitHub's `pull-request`, built from the PR's issue record and its branch state. */
export function renderPull(state: FakeState, urls: Urls, repo: RepoRecord, issue: IssueRecord, pull: PullRecord): Record<string, unknown> {
  const base = renderIssue(state, urls, repo, issue);
  const api = `${urls.api}/repos/${repo.owner}/${repo.name}`;
  const self = `${api}/pulls/${pull.number}`;
  const html = String(base["html_url"]);
  const headSha = repo.git.refs.get(`heads/${pull.head}`);
  const baseSha = repo.git.refs.get(`heads/${pull.base}`);
  const mb = headSha && baseSha ? mergeBase(repo.git, baseSha, headSha) : undefined;
  const files = headSha && mb ? diffCommits(repo.git, mb, headSha) : [];
  return {
    url: self,
    id: issue.id,
    node_id: issue.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${headSha ?? ""}`,
    number: pull.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: base["user"],
    body: issue.body,
    labels: base["labels"],
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: base["assignee"],
    assignees: base["assignees"],
    requested_reviewers: [],
    requested_teams: [],
    head: branchInfo(state, urls, repo, pull.head),
    base: branchInfo(state, urls, repo, pull.base),
    _links: {
      self: { href: self },
      html: { href: html },
      issue: { href: `${api}/issues/${pull.number}` },
      comments: { href: `${api}/issues/${pull.number}/comments` },
      review_comments: { href: `${self}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${self}/commits` },
      statuses: { href: `${api}/statuses/${headSha ?? ""}` },
    },
    author_association: base["author_association"],
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: true,
    rebaseable: true,
    mergeable_state: "clean",
    merged_by: null,
    comments: base["comments"],
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: 1,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changed_files: files.length,
  };
}
