import { commitFiles } from "./commit-files.js";
import { timestamp } from "./ids.js";
import type { FakeState, IssueRecord, PullRecord, RepoRecord } from "./records.js";
import { createIssue } from "./seed-repos.js";

export interface PullSeed {
  head: string;
  base?: string;
  title: string;
  body?: string | null;
  user?: string;
  draft?: boolean;
  labels?: readonly string[];
  /** Files to commit on the head branch (null deletes), so the PR has changes. */
  files?: Record<string, string | null>;
}

/** The open pull request whose head is this branch, if any. */
export function openPullForHead(repo: RepoRecord, head: string): PullRecord | undefined {
  return [...repo.pulls.values()].find((p) => p.head === head && repo.issues.get(p.number)?.state === "open");
}

/**
 * Creates the head branch from the base when it does not exist, commits `files` on it, and opens the
 * pull request (an issue record plus pull details sharing the number).
 */
export function createPull(state: FakeState, repo: RepoRecord, seed: PullSeed): { issue: IssueRecord; pull: PullRecord } {
  const base = seed.base ?? repo.defaultBranch;
  const baseSha = repo.git.refs.get(`heads/${base}`);
  if (!baseSha) throw new Error(`fake GitHub: base branch ${base} does not exist in ${repo.owner}/${repo.name}`);
  if (openPullForHead(repo, seed.head)) throw new Error(`fake GitHub: a pull request for ${seed.head} is already open`);
  if (!repo.git.refs.has(`heads/${seed.head}`)) repo.git.refs.set(`heads/${seed.head}`, baseSha);
  if (seed.files) {
    const changes = new Map(Object.entries(seed.files).map(([p, t]) => [p, t === null ? null : Buffer.from(t)]));
    const who = { name: "Fake Seeder", email: "seeder@example.com", date: timestamp(state) };
    commitFiles(repo, seed.head, changes, `Changes for ${seed.title}`, who);
  }
  const issue = createIssue(state, repo, {
    title: seed.title,
    body: seed.body ?? null,
    ...(seed.user ? { user: seed.user } : {}),
    ...(seed.labels ? { labels: seed.labels } : {}),
    isPullRequest: true,
  });
  const pull: PullRecord = {
    number: issue.number,
    head: seed.head,
    base,
    draft: seed.draft ?? false,
    merged: false,
    maintainerCanModify: true,
  };
  repo.pulls.set(issue.number, pull);
  return { issue, pull };
}
