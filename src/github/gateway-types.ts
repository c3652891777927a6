/**
 * The values the gateway hands out and takes in. Plain data, named for the domain; the Octokit
 * response shapes stay inside the implementation.
 */
export interface RepositoryInfo {
  owner: string;
  repo: string;
  defaultBranch: string;
  private: boolean;
  archived: boolean;
  htmlUrl: string;
  nodeId: string;
}

export interface FileContent {
  path: string;
  /** Git blob SHA. */
  sha: string;
  bytes: Uint8Array;
  /** `bytes` decoded as UTF-8. */
  text: string;
}

export type ConditionalFile =
  | { status: "unchanged" }
  | { status: "missing" }
  | { status: "changed"; file: FileContent; etag: string | undefined };

export interface TreeFile {
  path: string;
  /** Git blob SHA. */
  sha: string;
  /** Bytes, as the tree reports it. */
  size: number;
  /** Git file mode, e.g. `100644`, `100755` or `120000` (symbolic link). */
  mode: string;
}

export interface CommitFilesInput {
  /** The branch to write. Equal to `base` for a direct commit. */
  branch: string;
  /** The branch the commit builds on. */
  base: string;
  message: string;
  files: readonly { path: string; content: string }[];
}

export interface CommitFilesResult {
  /** The commit that holds the files: a new one, or the existing head when nothing had to change. */
  commitSha: string;
  /** False when nothing was written. */
  changed: boolean;
  /** False when the files are identical to `base`, so there is nothing to propose. */
  differsFromBase: boolean;
}

export interface PullRequest {
  number: number;
  nodeId: string;
  title: string;
  body: string;
  htmlUrl: string;
  headBranch: string;
  baseBranch: string;
}

/** A file a pull request changes, as `PullsGateway.listFiles` reports it. */
export interface PullRequestFile {
  path: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  /** The path before a rename. */
  previousPath?: string;
}

/** A conditional read of a branch head: "unchanged" when the ETag still matches (no rate-limit cost). */
export type ConditionalBranch = { status: "unchanged" } | { status: "missing" } | { status: "changed"; sha: string; etag: string | undefined };

export interface PullRequestInput {
  head: string;
  base: string;
  title: string;
  body: string;
}

export type IssueState = "open" | "closed";
export type IssueStateReason = "completed" | "not_planned" | "reopened";

export interface Issue {
  number: number;
  /** GraphQL node id, e.g. for adding the issue to a Projects (v2) board. */
  nodeId: string;
  title: string;
  body: string;
  state: IssueState;
  stateReason: IssueStateReason | undefined;
  labels: string[];
  assignees: string[];
  author: string | undefined;
  htmlUrl: string;
  isPullRequest: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | undefined;
}

export interface IssueInput {
  title: string;
  body: string;
  labels?: readonly string[];
  assignees?: readonly string[];
}

export interface IssueUpdate {
  title?: string;
  body?: string;
  state?: IssueState;
  stateReason?: IssueStateReason;
  /** Replaces all labels. */
  labels?: readonly string[];
  /** Replaces all assignees. */
  assignees?: readonly string[];
}

export interface IssueListFilter {
  /** Issues carrying all of these labels. */
  labels?: readonly string[];
  /** Default "all". */
  state?: IssueState | "all";
  /** Only issues updated at or after this ISO 8601 time. */
  since?: string;
}

export interface Comment {
  id: number;
  body: string;
  author: string | undefined;
  htmlUrl: string;
  createdAt: string;
  updatedAt: string;
}

export type Reaction = "+1" | "-1" | "laugh" | "confused" | "heart" | "hooray" | "rocket" | "eyes";

export interface UserInfo {
  login: string;
  type: "User" | "Bot" | "Organization";
  name: string | undefined;
}

export type RepoPermission = "admin" | "maintain" | "write" | "triage" | "read" | "none";
