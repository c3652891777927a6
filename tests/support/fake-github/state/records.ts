import type { GitStore } from "./git-store.js";
import type { ProjectRecord } from "./project-records.js";

/** Repository permission levels, as the collaborator-permission endpoint reports them. */
export type Permission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export interface UserRecord {
  id: number;
  nodeId: string;
  login: string;
  type: "User" | "Bot" | "Organization";
  name: string | null;
  email: string | null;
}

export interface TeamRecord {
  id: number;
  nodeId: string;
  slug: string;
  name: string;
  /** Member logins, in the order GitHub lists them. */
  members: string[];
}

export interface OrgRecord {
  id: number;
  nodeId: string;
  login: string;
  /** Member logins, lower-cased. */
  members: Set<string>;
  /** Teams by slug. */
  teams: Map<string, TeamRecord>;
}

export interface LabelRecord {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface IssueRecord {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  user: string;
  state: "open" | "closed";
  stateReason: "completed" | "not_planned" | "reopened" | "duplicate" | null;
  /** Label ids, so renaming a label keeps it on its issues. */
  labelIds: number[];
  assignees: string[];
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Set when this issue is the conversation of a pull request. */
  isPullRequest: boolean;
  reactions: ReactionRecord[];
}

export interface ReactionRecord {
  id: number;
  nodeId: string;
  content: string;
  user: string;
  createdAt: string;
}

export interface CommentRecord {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
  reactions: ReactionRecord[];
}

export interface PullRecord {
  number: number;
  /** Head branch name in this repository. */
  head: string;
  base: string;
  draft: boolean;
  merged: boolean;
  maintainerCanModify: boolean;
}

export interface CheckRunRecord {
  id: number;
  nodeId: string;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  /** Every annotation sent so far: GitHub appends the annotations of each update. */
  annotations: Record<string, unknown>[];
}

export interface RepoRecord {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  private: boolean;
  archived: boolean;
  description: string | null;
  defaultBranch: string;
  git: GitStore;
  labels: LabelRecord[];
  /** Issues and pull requests share one numbering, as on GitHub. */
  issues: Map<number, IssueRecord>;
  pulls: Map<number, PullRecord>;
  comments: CommentRecord[];
  checkRuns: CheckRunRecord[];
  /** Explicit collaborator permissions by lower-cased login. */
  permissions: Map<string, Permission>;
  nextNumber: number;
}

export interface InstallationRecord {
  id: number;
  account: string;
  /** Full names ("owner/name") of the repositories it can reach, or "all". */
  repos: string[] | "all";
  permissions: Record<string, string>;
}

export interface AppRecord {
  id: number;
  slug: string;
  name: string;
  owner: string;
}

/** The whole in-memory GitHub. Keys of the maps are lower-cased, as GitHub names are case-insensitive. */
export interface FakeState {
  app: AppRecord;
  users: Map<string, UserRecord>;
  orgs: Map<string, OrgRecord>;
  /** Repositories by lower-cased "owner/name". */
  repos: Map<string, RepoRecord>;
  installations: Map<number, InstallationRecord>;
  /** Installation access tokens issued so far → installation id. */
  tokens: Map<string, number>;
  projects: ProjectRecord[];
  /** Login that acts for tokens that are not installation tokens. */
  actor: string;
  nextId: number;
  now: () => Date;
}
